#include "CliApp.h"

#include "CliText.h"
#include "TextReport.h"

#include "lowregret/Decision.h"
#include "lowregret/Guide.h"
#include "lowregret/OutcomeJson.h"
#include "lowregret/Scenario.h"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdlib>
#include <ostream>

namespace lowregret::cli {

CliApp::CliApp(std::vector<std::string> args, std::ostream& out, std::ostream& err)
    : m_args(std::move(args)), m_out(out), m_err(err), m_lang(languageFromEnvironment())
{
}

Lang CliApp::languageFromEnvironment()
{
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(name);
        if (!value || !*value)
            continue;
        std::string v(value);
        v = v.substr(0, v.find_first_of(".@")); // "zh_TW.UTF-8" -> "zh_TW"
        return parseLang(v).value_or(Lang::En);
    }
    return Lang::En;
}

int CliApp::fail(const std::string& message)
{
    m_err << "lowregret-cli: " << CliText::get("error", m_lang) << ": " << message << "\n";
    return BadInput;
}

int CliApp::usageError(const std::string& message)
{
    m_err << "lowregret-cli: " << message << "\n" << CliText::get("try_help", m_lang) << "\n";
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
            m_out << CliText::get("help", m_lang);
            return Ok;
        }
        if (a == "--version") {
            m_out << "lowregret-cli " << LOWREGRET_VERSION << "\n";
            return Ok;
        }
        if (a == "--verbose") {
            m_verbose = true;
        } else if (a == "--format") {
            if (!value(m_format))
                return usageError("--format: " + CliText::get("missing_value", m_lang));
            if (m_format != "text" && m_format != "json")
                return usageError("--format " + m_format + ": " + CliText::get("bad_value", m_lang) + " (text, json)");
        } else if (a == "--lang") {
            std::string code;
            if (!value(code))
                return usageError("--lang: " + CliText::get("missing_value", m_lang));
            if (!parseLang(code))
                return usageError("--lang " + code + ": " + CliText::get("bad_value", m_lang) + " (en, zh-Hant)");
        } else if (a == "--guide") {
            if (!value(m_guideFile))
                return usageError("--guide: " + CliText::get("missing_value", m_lang));
        } else if (a.size() > 1 && a[0] == '-' && a != "-") {
            return usageError(CliText::get("unknown_option", m_lang) + ": " + a);
        } else if (command.empty()) {
            command = a;
        } else if (m_scenarioFile.empty()) {
            m_scenarioFile = a;
        } else {
            return usageError(CliText::get("bad_value", m_lang) + ": " + a);
        }
    }

    auto logger = spdlog::stderr_logger_st("lowregret-cli");
    logger->set_pattern("lowregret-cli: %l: %v");
    logger->set_level(m_verbose ? spdlog::level::debug : spdlog::level::warn);
    spdlog::set_default_logger(logger);

    if (command.empty()) {
        m_err << CliText::get("help", m_lang);
        return BadInput;
    }
    if (command != "decide")
        return usageError(CliText::get("unknown_command", m_lang) + ": " + command);
    if (m_scenarioFile.empty())
        return usageError(CliText::get("missing_file", m_lang));
    return decide();
}

int CliApp::decide()
{
    const Guide* guide = nullptr;
    std::optional<Guide> custom;
    if (!m_guideFile.empty()) {
        auto loaded = Guide::fromFile(m_guideFile);
        if (!loaded.guide) {
            for (const auto& p : loaded.errors)
                fail(CliText::get("guide_error", m_lang) + ": " + p.describe(m_lang));
            return BadInput;
        }
        custom = std::move(loaded.guide);
        guide = &*custom;
        spdlog::debug("guide read from {}", m_guideFile);
    } else {
        guide = &Guide::builtIn();
    }

    auto loaded = Scenario::fromFile(m_scenarioFile, *guide);
    if (!loaded.scenario) {
        for (const auto& p : loaded.errors) {
            // File-level problems already name the file in their path.
            const bool named = p.path.rfind(m_scenarioFile, 0) == 0;
            fail(named ? p.describe(m_lang) : m_scenarioFile + ": " + p.describe(m_lang));
        }
        return BadInput;
    }
    for (const auto& p : loaded.warnings)
        m_err << "lowregret-cli: " << CliText::get("warning", m_lang) << ": " << m_scenarioFile << ": "
              << p.describe(m_lang) << "\n";
    spdlog::debug("scenario read from {}", m_scenarioFile);

    const auto result = Decision::decide(*guide, *loaded.scenario);
    if (!result.outcome) {
        for (const auto& p : result.errors)
            fail(m_scenarioFile + ": " + p.describe(m_lang));
        return BadInput;
    }
    if (m_format == "json")
        m_out << OutcomeJson::build(*guide, *loaded.scenario, *result.outcome, m_lang).dump(2) << "\n";
    else
        m_out << TextReport::render(*guide, *loaded.scenario, *result.outcome, m_lang);
    return Ok;
}

} // namespace lowregret::cli
