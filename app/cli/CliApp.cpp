#include "CliApp.h"

#include "CliText.h"
#include "TextLayout.h"
#include "TextReport.h"

#include "lowregret/analysis/Decision.h"
#include "lowregret/analysis/Sensitivity.h"
#include "lowregret/catalog/CatalogUpdate.h"
#include "lowregret/catalog/LiteLlmImport.h"
#include "lowregret/costs/CostCsv.h"
#include "lowregret/guide/Guide.h"
#include "lowregret/io/Format.h"
#include "lowregret/io/Limits.h"
#include "lowregret/io/PlainNumber.h"
#include "lowregret/outcome/Evaluation.h"
#include "lowregret/outcome/OutcomeJson.h"
#include "lowregret/outcome/Sections.h"
#include "lowregret/scenario/Scenario.h"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <ostream>

namespace lowregret::cli {

namespace {
// A hostile file can hold thousands of mistakes; the first few say enough.
constexpr std::size_t k_maxProblemsShown = Evaluation::maxProblemsShown;
} // namespace

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
    return decide(command == "sensitivity");
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

int CliApp::decide(bool sensitivityOnly)
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
    const auto& scenario = *evaluation.scenario;
    const auto& outcome = *evaluation.outcome;
    if (sensitivityOnly)
        return sensitivity(*guide, scenario, outcome, evaluation.offer);
    if (m_format == "csv") {
        // The monthly series; only the header when there are no costs (no usage, out of scope).
        m_out << (outcome.costs ? CostCsv::series(*outcome.costs, scenario.currency) : CostCsv::header());
        return Ok;
    }
    if (m_format == "json")
        m_out << OutcomeJson::build(*guide, scenario, outcome, m_lang, evaluation.offer).dump(2) << "\n";
    else
        m_out << TextReport::render(
            guide->title().in(m_lang), Sections::build(*guide, scenario, outcome, evaluation.offer, m_lang));
    return Ok;
}

int CliApp::sensitivity(
    const Guide& guide, const Scenario& scenario, const Decision::Outcome& outcome, const Offer* offer)
{
    const auto analysis
        = outcome.recommendation == Recommendation::OutOfScope ? std::nullopt : Sensitivity::analyse(guide, scenario);
    if (m_format == "json") {
        // The same object as `decide --format json` holds as "sensitivity".
        nlohmann::json j = analysis
            ? Sensitivity::toJson(*analysis)
            : nlohmann::json { { "recommendation", recommendationId(outcome.recommendation) },
                  { "tornado", nlohmann::json::array() }, { "flip_points", nlohmann::json::array() },
                  { "regret", nullptr }, { "ranges", nlohmann::json::object() } };
        m_out << j.dump(2) << "\n";
        return Ok;
    }
    Sections sections = Sections::build(guide, scenario, outcome, offer, m_lang);
    if (!analysis) {
        const bool nofit = scenario.answers.exclusions.empty() && scenario.answers.monthlyTokens
            && !CostModel::localRuns(scenario); // the reason, only when it is the one
        m_out << CliText::format(nofit ? "no_sensitivity_nofit" : "no_sensitivity", m_lang,
            { Sections::recommendationName(outcome.recommendation, m_lang) })
              << "\n";
        return Ok;
    }
    std::erase_if(sections.sections,
        [](const Sections::Section& s) { return s.id != "recommendation" && s.id != "sensitivity"; });
    m_out << TextReport::render(guide.title().in(m_lang), sections);
    return Ok;
}

} // namespace lowregret::cli

namespace lowregret::cli {

Catalog CliApp::loadCatalog()
{
    Problems problems;
    Catalog catalog = Catalog::load(Catalog::userDirectory(), problems);
    // A damaged file of the user's does not stop the built-in prices from being used.
    for (std::size_t i = 0; i < problems.size() && i < k_maxProblemsShown; ++i)
        warn({}, problems[i].describe(m_lang));
    if (problems.size() > k_maxProblemsShown)
        warn({},
            "…" + CliText::get("(", m_lang) + std::to_string(problems.size() - k_maxProblemsShown)
                + CliText::get(")", m_lang));
    return catalog;
}

int CliApp::prices()
{
    const Guide* guide = this->guide();
    if (!guide)
        return BadInput;
    const auto& defaults = guide->defaults();
    const double inputTokens = m_inputTokens.value_or(defaults.exampleMonthlyTokens * defaults.inputShare);
    const double outputTokens = m_outputTokens.value_or(defaults.exampleMonthlyTokens * (1.0 - defaults.inputShare));
    const Catalog catalog = loadCatalog();
    const std::string today = Catalog::today();
    const auto rows = catalog.rank(inputTokens, outputTokens, { .useCase = m_useCase });

    if (m_format == "json") {
        nlohmann::json models = nlohmann::json::array();
        for (const auto& row : rows) {
            nlohmann::json j = Catalog::offerToJson(*row.offer);
            j["monthly_usd"] = row.monthlyUsd;
            const auto age = Catalog::ageInDays(row.offer->asOf, today);
            j["age_days"] = age ? nlohmann::json(*age) : nlohmann::json(nullptr);
            j["stale"] = Catalog::isStale(*row.offer, today);
            j["suspect"] = row.offer->hasSuspectPrice();
            j["origin"] = row.offer->origin == Offer::Origin::BuiltIn ? "built_in"
                : row.offer->origin == Offer::Origin::User            ? "user"
                                                                      : "imported";
            if (row.offer->note)
                j["note"] = row.offer->note->in(m_lang);
            models.push_back(std::move(j));
        }
        m_out << nlohmann::json { { "input_tokens", inputTokens }, { "output_tokens", outputTokens },
            { "use_case", m_useCase.empty() ? nlohmann::json(nullptr) : nlohmann::json(m_useCase) }, { "as_of", today },
            { "models", std::move(models) } }
                     .dump(2)
              << "\n";
        return Ok;
    }

    std::string heading = CliText::get("prices_heading", m_lang);
    const auto put = [&heading](const std::string& token, const std::string& value) {
        heading.replace(heading.find(token), token.size(), value);
    };
    put("%IN%", Format::tokens(inputTokens, m_lang));
    put("%OUT%", Format::tokens(outputTokens, m_lang));
    m_out << heading << "\n\n";
    bool anyStale = false;
    bool anySuspect = false;
    for (const auto& row : rows) {
        const bool stale = Catalog::isStale(*row.offer, today);
        const bool suspect = row.offer->hasSuspectPrice();
        anyStale = anyStale || stale;
        anySuspect = anySuspect || suspect;
        std::string line = TextLayout::padLeft(Format::money(row.monthlyUsd, m_lang), 16) + "  "
            + TextLayout::padRight(row.offer->model, 34) + " " + TextLayout::padRight(row.offer->provider, 12) + " "
            + TextLayout::padLeft(Format::compactNumber(row.offer->inputUsdPerMtok, 4), 7) + " / "
            + TextLayout::padRight(Format::compactNumber(row.offer->outputUsdPerMtok, 4), 7) + " " + row.offer->asOf
            + (stale ? " *" : "") + (suspect ? " !" : "");
        m_out << line << "\n";
    }
    if (rows.empty())
        m_out << CliText::get("no_offers", m_lang) << "\n";
    if (anyStale || anySuspect)
        m_out << "\n";
    if (anyStale)
        m_out << CliText::get("stale_note", m_lang) << "\n";
    if (anySuspect) {
        std::string note = CliText::get("suspect_note", m_lang);
        for (const auto& [token, value] :
            { std::pair { std::string("%ANY%"), Format::compactNumber(Offer::suspectAnyUsdPerMtok, 0) },
                std::pair { std::string("%SMALL%"), Format::compactNumber(Offer::suspectSmallUsdPerMtok, 0) },
                std::pair { std::string("%B%"), Format::parameters(Offer::smallModelBillions, m_lang) } })
            note.replace(note.find(token), token.size(), value);
        m_out << note << "\n";
    }
    return Ok;
}

int CliApp::importPrices()
{
    const auto result = LiteLlmImport::fromFile(m_scenarioFile, m_asOf);
    if (!result.errors.empty()) {
        for (const auto& p : result.errors)
            fail(p.describe(m_lang));
        return BadInput;
    }
    const auto target = Catalog::userDirectory() / "imported.json";
    // Under a lock, merged by id with what is there now: importing twice duplicates nothing, and
    // two imports at once keep both files' offers.
    const auto update = CatalogUpdate::addOffers(target, result.offers, Offer::Origin::Imported);
    for (std::size_t i = 0; i < update.errors.size() && i < k_maxProblemsShown; ++i)
        failIn(target.string(), update.errors[i]);
    if (!update.errors.empty())
        return BadInput;

    if (m_format == "json") {
        m_out << nlohmann::json { { "read", result.read }, { "imported", result.offers.size() },
            { "skipped", result.skipped }, { "skipped_by_reason", result.skippedByReason }, { "merged", result.merged },
            { "suspect", result.suspect }, { "as_of", result.asOf },
            { "as_of_from", m_asOf ? "option" : "file_modified" }, { "catalog_file", target.string() } }
                     .dump(2)
              << "\n";
        return Ok;
    }
    m_out << CliText::get("import_read", m_lang) << Format::number(result.read, 0) << "\n"
          << CliText::get("import_imported", m_lang) << Format::number(double(result.offers.size()), 0) << "\n"
          << CliText::get("import_skipped", m_lang) << Format::number(result.skipped, 0) << "\n";
    for (const auto& [reason, count] : result.skippedByReason)
        m_out << "  " << TextLayout::padRight(CliText::get("reason." + reason, m_lang), 34) << Format::number(count, 0)
              << "\n";
    m_out << CliText::get("import_merged", m_lang) << Format::number(result.merged, 0) << "\n";
    if (result.suspect > 0)
        m_out << CliText::get("import_suspect", m_lang) << Format::number(result.suspect, 0) << "\n";
    m_out << CliText::get(m_asOf ? "import_as_of_option" : "import_as_of_file", m_lang) << result.asOf << "\n";
    m_out << CliText::get("import_saved", m_lang) << target.string() << "\n";
    return Ok;
}

} // namespace lowregret::cli
