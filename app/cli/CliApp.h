#pragma once

#include "lowregret/Catalog.h"
#include "lowregret/Lang.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace lowregret::cli {

// lowregret-cli: parses the command line, runs one command, returns the exit status.
class CliApp final {
public:
    enum Exit { Ok = 0, BadInput = 2 };

    CliApp(std::vector<std::string> args, std::ostream& out, std::ostream& err);
    int run();

private:
    int decide();
    int prices();
    int importPrices();
    [[nodiscard]] lowregret::Catalog loadCatalog();
    int fail(const std::string& message);
    int usageError(const std::string& message);
    static Lang languageFromEnvironment();

    std::vector<std::string> m_args;
    std::ostream& m_out;
    std::ostream& m_err;
    Lang m_lang = Lang::En;
    std::string m_format = "text";
    std::string m_guideFile;
    std::string m_scenarioFile; // or the price file for import-prices
    double m_inputTokens = 6'000'000;  // the guide's 12M a month at 1:1
    double m_outputTokens = 6'000'000;
    std::string m_useCase;
    bool m_verbose = false;
};

} // namespace lowregret::cli
