#pragma once

#include "lowregret/catalog/Catalog.h"
#include "lowregret/guide/Guide.h"
#include "lowregret/io/Lang.h"
#include "lowregret/outcome/Evaluation.h"

#include "PlainSpaces.h"

#include <cstddef>
#include <functional>
#include <istream>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace lowregret::cli {

// lowregret-cli: parses the command line, runs one command, returns the exit status.
class CliApp final {
public:
    enum Exit { Ok = 0, BadInput = 2 };

    // `in` is read by `decide -`.
    CliApp(std::vector<std::string> args, std::istream& in, std::ostream& out, std::ostream& err);
    int run();

private:
    // The commands, each in its own file (docs/cli.md).
    int decide(); // DecideCommand.cpp
    int sensitivity(); // SensitivityCommand.cpp
    int prices(); // PricesCommand.cpp
    int importPrices(); // ImportPricesCommand.cpp
    int hardware(); // HardwareCommand.cpp
    int usage(); // UsageCommand.cpp
    int compare(); // CompareCommand.cpp

    // What the commands share, here in CliApp.cpp with the parsing.
    // A hostile file can hold thousands of mistakes; the first few say enough.
    static constexpr std::size_t maxProblemsShown = Evaluation::maxProblemsShown;
    // Reads, checks and decides the scenario file (standard input for "-") as Evaluation does,
    // reporting its warnings and problems; once it is decided, `report` writes the outcome and
    // returns the exit status.
    int evaluateScenario(const std::function<int(const Guide&, const Evaluation&)>& report);
    [[nodiscard]] lowregret::Catalog loadCatalog();
    [[nodiscard]] std::string help() const;
    // The built-in guide, or the one --guide names (read once); null, with the reasons
    // reported, when that file cannot be used.
    const Guide* guide();
    int fail(const std::string& message);
    // "lowregret-cli: error: FILE: PROBLEM"; a file-level problem already names the file.
    int failIn(const std::string& file, const Problem& problem);
    // "lowregret-cli: warning: FILE: TEXT" (no "FILE: " when `file` is empty).
    void warn(const std::string& file, const std::string& text);
    int usageError(const std::string& message);
    static Lang languageFromEnvironment();

    std::vector<std::string> m_args;
    std::istream& m_in;
    // What is written goes on to the caller's streams with plain spaces (PlainSpaces.h).
    PlainSpacesBuffer m_outBuffer;
    PlainSpacesBuffer m_errBuffer;
    std::ostream m_out;
    std::ostream m_err;
    Lang m_lang = Lang::En;
    std::string m_format = "text";
    std::string m_guideFile;
    std::string m_scenarioFile; // or the price file for import-prices
    // Unset: the guide's example usage (defaults.example_monthly_tokens) at its input share.
    std::optional<double> m_inputTokens;
    std::optional<double> m_outputTokens;
    std::string m_useCase;
    bool m_all = false; // prices --all: the retired offers, too
    std::optional<std::string> m_asOf; // import-prices --as-of
    std::optional<Guide> m_customGuide;
    // hardware
    std::string m_model;
    std::string m_quantization;
    std::string m_engine;
    std::string m_sizingScenario; // --scenario: the cloud price and the sizing's other inputs
    std::vector<std::string> m_measuredFiles; // --measured: llama-bench files of the team's runs
    std::optional<double> m_monthlyTokens;
    std::optional<double> m_inputShare;
    std::optional<double> m_context;
    std::optional<double> m_concurrency;
    bool m_verbose = false;
    bool m_dryRun = false; // import-prices --dry-run: what would change, nothing written
    // usage (and compare): every file named after the command
    std::vector<std::string> m_files;
    std::string m_into; // usage --into: the scenario to fill
    std::string m_output; // usage --output: where the filled scenario goes
};

} // namespace lowregret::cli
