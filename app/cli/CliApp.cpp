#include "CliApp.h"

#include "CliText.h"

#include "lowregret/catalog/Catalog.h"
#include "lowregret/guide/Guide.h"
#include "lowregret/io/Format.h"
#include "lowregret/io/Limits.h"
#include "lowregret/io/PlainNumber.h"
#include "lowregret/outcome/Evaluation.h"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <ostream>
#include <string>
#include <utility>

namespace lowregret::cli {

CliApp::CliApp(std::vector<std::string> args, std::istream& in, std::ostream& out, std::ostream& err)
    : m_args(std::move(args))
    , m_in(in)
    , m_outBuffer(out.rdbuf())
    , m_errBuffer(err.rdbuf())
    , m_out(&m_outBuffer)
    , m_err(&m_errBuffer)
    , m_lang(languageFromEnvironment())
{
}

Lang CliApp::languageFromEnvironment()
{
    for (const char* name : { "LC_ALL", "LC_MESSAGES", "LANG" }) {
        const char* value = std::getenv(name);
        if (!value || !*value)
            continue;
        std::string v(value);
        v = v.substr(0, v.find_first_of(".@")); // "zh_TW.UTF-8" -> "zh_TW"
        return parseLang(v).value_or(Lang::En);
    }
    return Lang::En;
}

std::string CliApp::help() const
{
    // The default usage of `prices` is the guide's example, so the help says what it is.
    const auto& d = Guide::builtIn().defaults();
    std::string text = CliText::get("help", m_lang);
    for (const auto& [token, tokens] : { std::pair { std::string("%IN%"), d.exampleMonthlyTokens * d.inputShare },
             std::pair { std::string("%OUT%"), d.exampleMonthlyTokens * (1.0 - d.inputShare) } })
        for (auto at = text.find(token); at != std::string::npos; at = text.find(token))
            text.replace(at, token.size(), Format::shortTokens(tokens, m_lang));
    return text;
}

int CliApp::fail(const std::string& message)
{
    m_err << "lowregret-cli" << CliText::get(":", m_lang) << CliText::get("error", m_lang) << CliText::get(":", m_lang)
          << message << "\n";
    return BadInput;
}

int CliApp::failIn(const std::string& file, const Problem& problem)
{
    const bool named = problem.path.rfind(file, 0) == 0;
    return fail(named ? problem.describe(m_lang) : file + CliText::get(":", m_lang) + problem.describe(m_lang));
}

void CliApp::warn(const std::string& file, const std::string& text)
{
    m_err << "lowregret-cli" << CliText::get(":", m_lang) << CliText::get("warning", m_lang)
          << CliText::get(":", m_lang) << (file.empty() ? std::string() : file + CliText::get(":", m_lang)) << text
          << "\n";
}

int CliApp::usageError(const std::string& message)
{
    m_err << "lowregret-cli" << CliText::get(":", m_lang) << message << "\n"
          << CliText::get("try_help", m_lang) << "\n";
    return BadInput;
}

int CliApp::run()
{
    // The language is needed for every message, so find it before anything else.
    for (std::size_t i = 0; i + 1 < m_args.size(); ++i)
        if (m_args[i] == "--lang")
            if (const auto lang = parseLang(m_args[i + 1]))
                m_lang = *lang;

    std::string command;
    for (std::size_t i = 0; i < m_args.size(); ++i) {
        const std::string& a = m_args[i];
        const auto value = [&](std::string& target) {
            if (i + 1 >= m_args.size())
                return false;
            target = m_args[++i];
            return true;
        };
        if (a == "-h" || a == "--help") {
            m_out << help();
            return Ok;
        }
        if (a == "--version") {
            m_out << "lowregret-cli " << LOWREGRET_VERSION << "\n";
            return Ok;
        }
        if (a == "--verbose") {
            m_verbose = true;
        } else if (a == "--dry-run") {
            m_dryRun = true;
        } else if (a == "--all") {
            m_all = true;
        } else if (a == "--format") {
            if (!value(m_format))
                return usageError("--format" + CliText::get(":", m_lang) + CliText::get("missing_value", m_lang));
            if (m_format != "text" && m_format != "json" && m_format != "csv")
                return usageError("--format " + m_format + CliText::get(":", m_lang) + CliText::get("bad_value", m_lang)
                    + CliText::get("(", m_lang) + "text, json, csv" + CliText::get(")", m_lang));
        } else if (a == "--lang") {
            std::string code;
            if (!value(code))
                return usageError("--lang" + CliText::get(":", m_lang) + CliText::get("missing_value", m_lang));
            if (!parseLang(code))
                return usageError("--lang " + code + CliText::get(":", m_lang) + CliText::get("bad_value", m_lang)
                    + CliText::get("(", m_lang) + "en, zh-Hant" + CliText::get(")", m_lang));
        } else if (a == "--input-tokens" || a == "--output-tokens") {
            std::string text;
            if (!value(text))
                return usageError(a + CliText::get(":", m_lang) + CliText::get("missing_value", m_lang));
            const double n = lowregret::PlainNumber::parse(text).value_or(-1.0);
            if (!std::isfinite(n) || n < 0 || n > lowregret::limits::maxMonthlyTokens)
                return usageError(a + " " + text + CliText::get(":", m_lang) + CliText::get("bad_value", m_lang)
                    + CliText::get("(", m_lang) + "0 … 1e12" + CliText::get(")", m_lang));
            (a == "--input-tokens" ? m_inputTokens : m_outputTokens) = n;
        } else if (a == "--use-case") {
            if (!value(m_useCase))
                return usageError("--use-case" + CliText::get(":", m_lang) + CliText::get("missing_value", m_lang));
            const auto& cases = lowregret::Catalog::useCases();
            if (std::find(cases.begin(), cases.end(), m_useCase) == cases.end()) {
                std::string allowed;
                for (const auto& c : cases)
                    allowed += (allowed.empty() ? "" : ", ") + c;
                return usageError("--use-case " + m_useCase + CliText::get(":", m_lang)
                    + CliText::get("bad_value", m_lang) + CliText::get("(", m_lang) + allowed
                    + CliText::get(")", m_lang));
            }
        } else if (a == "--as-of") {
            std::string date;
            if (!value(date))
                return usageError("--as-of" + CliText::get(":", m_lang) + CliText::get("missing_value", m_lang));
            if (!Catalog::isDate(date))
                return usageError("--as-of " + date + CliText::get(":", m_lang) + CliText::get("bad_value", m_lang)
                    + CliText::get("(", m_lang) + "YYYY-MM-DD" + CliText::get(")", m_lang));
            m_asOf = date;
        } else if (a == "--model" || a == "--quantization" || a == "--engine" || a == "--scenario") {
            std::string text;
            if (!value(text))
                return usageError(a + CliText::get(":", m_lang) + CliText::get("missing_value", m_lang));
            (a == "--model"                 ? m_model
                    : a == "--quantization" ? m_quantization
                    : a == "--engine"       ? m_engine
                                            : m_sizingScenario)
                = text;
        } else if (a == "--monthly-tokens" || a == "--input-share" || a == "--context" || a == "--concurrency") {
            std::string text;
            if (!value(text))
                return usageError(a + CliText::get(":", m_lang) + CliText::get("missing_value", m_lang));
            const bool share = a == "--input-share";
            const bool whole = a == "--context" || a == "--concurrency";
            const double low = share ? 0.0 : (whole ? 1.0 : 0.0);
            const double high = share  ? 1.0
                : a == "--context"     ? double(lowregret::limits::maxContextTokens)
                : a == "--concurrency" ? double(lowregret::limits::maxConcurrency)
                                       : lowregret::limits::maxMonthlyTokens;
            const auto parsed = lowregret::PlainNumber::parse(text);
            const double n = parsed.value_or(std::nan(""));
            if (!parsed || !std::isfinite(n) || n < low || n > high || (whole && std::trunc(n) != n))
                return usageError(a + " " + text + CliText::get(":", m_lang) + CliText::get("bad_value", m_lang)
                    + CliText::get("(", m_lang) + Format::compactNumber(low) + " … " + Format::compactNumber(high)
                    + CliText::get(")", m_lang));
            (a == "--monthly-tokens"   ? m_monthlyTokens
                    : share            ? m_inputShare
                    : a == "--context" ? m_context
                                       : m_concurrency)
                = n;
        } else if (a == "--measured") {
            if (!value(m_measuredFiles.emplace_back()))
                return usageError(a + CliText::get(":", m_lang) + CliText::get("missing_value", m_lang));
        } else if (a == "--into" || a == "--output") {
            if (!value(a == "--into" ? m_into : m_output))
                return usageError(a + CliText::get(":", m_lang) + CliText::get("missing_value", m_lang));
        } else if (a == "--guide") {
            if (!value(m_guideFile))
                return usageError("--guide" + CliText::get(":", m_lang) + CliText::get("missing_value", m_lang));
        } else if (a.size() > 1 && a[0] == '-' && a != "-") {
            return usageError(CliText::get("unknown_option", m_lang) + CliText::get(":", m_lang) + a);
        } else if (command.empty()) {
            command = a;
        } else {
            m_files.push_back(a);
        }
    }
    // Every command but `usage` and `compare` takes one file at most.
    const bool manyFiles = command == "usage" || command == "compare";
    if (!manyFiles && m_files.size() > 1)
        return usageError(CliText::get("bad_value", m_lang) + CliText::get(":", m_lang) + m_files[1]);
    if (!manyFiles && !m_files.empty())
        m_scenarioFile = m_files.front();

    auto logger = spdlog::stderr_logger_st("lowregret-cli");
    logger->set_pattern("lowregret-cli: %l: %v");
    logger->set_level(m_verbose ? spdlog::level::debug : spdlog::level::warn);
    spdlog::set_default_logger(logger);

    if (command.empty()) {
        m_err << help();
        return BadInput;
    }
    if (m_asOf && command != "import-prices")
        return usageError("--as-of" + CliText::get(":", m_lang) + CliText::get("only_import", m_lang));
    if (m_dryRun && command != "import-prices")
        return usageError("--dry-run" + CliText::get(":", m_lang) + CliText::get("only_import", m_lang));
    if (!m_measuredFiles.empty() && command != "hardware")
        return usageError("--measured" + CliText::get(":", m_lang) + CliText::get("only_hardware", m_lang));
    if (m_format == "csv" && command != "decide" && command != "compare")
        return usageError("--format csv" + CliText::get(":", m_lang) + CliText::get("only_decide_csv", m_lang));
    if ((!m_into.empty() || !m_output.empty()) && command != "usage")
        return usageError(
            (m_into.empty() ? "--output" : "--into") + CliText::get(":", m_lang) + CliText::get("only_usage", m_lang));
    if (command == "prices") {
        if (!m_scenarioFile.empty())
            return usageError(CliText::get("bad_value", m_lang) + CliText::get(":", m_lang) + m_scenarioFile);
        return prices();
    }
    if (command == "hardware") {
        if (!m_scenarioFile.empty())
            return usageError(CliText::get("bad_value", m_lang) + CliText::get(":", m_lang) + m_scenarioFile);
        return hardware();
    }
    if (command == "compare")
        return compare();
    if (command == "usage") {
        if (m_files.empty())
            return usageError(CliText::get("missing_usage_file", m_lang));
        if (!m_into.empty() && m_output.empty())
            return usageError(
                "--into" + CliText::get(":", m_lang) + "--output " + CliText::get("missing_value", m_lang));
        return usage();
    }
    if (command == "import-prices") {
        if (m_scenarioFile.empty())
            return usageError(CliText::get("missing_price_file", m_lang));
        return importPrices();
    }
    if (command != "decide" && command != "sensitivity")
        return usageError(CliText::get("unknown_command", m_lang) + CliText::get(":", m_lang) + command);
    if (m_scenarioFile.empty())
        return usageError(CliText::get("missing_file", m_lang));
    return command == "sensitivity" ? sensitivity() : decide();
}

const Guide* CliApp::guide()
{
    if (m_guideFile.empty())
        return &Guide::builtIn();
    if (!m_customGuide) {
        auto loaded = Guide::fromFile(m_guideFile);
        if (!loaded.guide) {
            for (const auto& p : loaded.errors)
                fail(CliText::get("guide_error", m_lang) + CliText::get(":", m_lang) + p.describe(m_lang));
            return nullptr;
        }
        m_customGuide = std::move(loaded.guide);
        spdlog::debug("guide read from {}", m_guideFile);
    }
    return &*m_customGuide;
}

int CliApp::evaluateScenario(const std::function<int(const Guide&, const Evaluation&)>& report)
{
    const Guide* guide = this->guide();
    if (!guide)
        return BadInput;

    // "-" is standard input, read with the same size limit and the same checks as a file.
    Evaluation::Source source { .file = m_scenarioFile };
    if (m_scenarioFile == "-") {
        m_scenarioFile = CliText::get("stdin", m_lang);
        source = { .stream = &m_in, .name = m_scenarioFile };
    }
    std::optional<Catalog> catalog;
    const auto evaluation = Evaluation::run(source, *guide, [&]() -> const Catalog* {
        catalog = loadCatalog();
        return &*catalog;
    });
    if (evaluation.failedAt != Evaluation::Step::Read) {
        for (const auto& p : evaluation.warnings)
            warn(m_scenarioFile, p.describe(m_lang));
    }
    if (!evaluation.ok()) {
        for (const auto& p : evaluation.errors)
            failIn(m_scenarioFile, p);
        if (evaluation.errorsLeftOut > 0)
            fail(m_scenarioFile + ": … (" + std::to_string(evaluation.errorsLeftOut) + ")");
        return BadInput;
    }
    spdlog::debug("scenario read from {}", m_scenarioFile);
    return report(*guide, evaluation);
}

Catalog CliApp::loadCatalog()
{
    Problems problems;
    Catalog catalog = Catalog::load(Catalog::userDirectory(), problems);
    // A damaged file of the user's does not stop the built-in prices from being used.
    for (std::size_t i = 0; i < problems.size() && i < maxProblemsShown; ++i)
        warn({}, problems[i].describe(m_lang));
    if (problems.size() > maxProblemsShown)
        warn({},
            "…" + CliText::get("(", m_lang) + std::to_string(problems.size() - maxProblemsShown)
                + CliText::get(")", m_lang));
    return catalog;
}

} // namespace lowregret::cli
