// Hostile names (tests/core/HostileText.h) fed through each reader that takes a name from a
// file (a LiteLLM price file, a user catalog, a usage export and its file name, a scenario's
// provenance) into core's outputs (the sections every renderer lays out, the JSON, the
// comparison's CSV): what comes out is valid UTF-8 without control or bidirectional
// characters, names at most SafeText::maxNameChars characters, and no CSV cell a formula.
#include "lowregret/analysis/Decision.h"
#include "lowregret/catalog/Catalog.h"
#include "lowregret/catalog/LiteLlmImport.h"
#include "lowregret/io/SafeText.h"
#include "lowregret/outcome/Comparison.h"
#include "lowregret/outcome/OutcomeJson.h"
#include "lowregret/outcome/Sections.h"
#include "lowregret/scenario/Scenario.h"
#include "lowregret/usage/UsageImport.h"

#include "Gpt4Example.h"
#include "HostileText.h"

#include <gtest/gtest.h>

using hostile::showable;
using lowregret::Guide;
using lowregret::Lang;
using lowregret::LiteLlmImport;
using lowregret::SafeText;
using lowregret::Scenario;

namespace {

constexpr std::size_t maxName = SafeText::maxNameChars;

// Every string of a JSON document, keys too.
void expectShowable(const nlohmann::json& j, const std::string& where)
{
    if (j.is_string()) {
        EXPECT_TRUE(showable(j.get<std::string>(), SafeText::maxTextChars, true)) << where;
    } else if (j.is_object()) {
        for (const auto& [key, value] : j.items()) {
            EXPECT_TRUE(showable(key, maxName)) << where;
            expectShowable(value, where + "." + key);
        }
    } else if (j.is_array()) {
        for (const auto& value : j)
            expectShowable(value, where + "[]");
    }
}

// The outputs of one decided scenario: the sections (which TextReport, ResultHtml and the PDF
// lay out) and the JSON. In one language a name, taking turns, to keep the test quick.
void expectOutputsShowable(const Scenario& s, const lowregret::Offer* offer, const std::string& name)
{
    static int turn = 0;
    const auto& guide = Guide::builtIn();
    const auto decided = lowregret::Decision::decide(guide, s);
    ASSERT_TRUE(decided.outcome.has_value()) << name.substr(0, 80);
    for (const auto lang : { ++turn % 2 ? Lang::En : Lang::ZhHant }) {
        const auto sections = lowregret::Sections::build(guide, s, *decided.outcome, offer, lang);
        expectShowable(sections.toJson(), "sections");
        const auto json = lowregret::OutcomeJson::build(guide, s, *decided.outcome, lang, offer);
        expectShowable(json, "outcome");
        // The megabyte name is not in there whole.
        EXPECT_LT(json.dump().size(), 200'000u);
    }
}

nlohmann::json liteLlmEntry(const std::string& provider)
{
    return { { "litellm_provider", provider }, { "mode", "chat" }, { "input_cost_per_token", 1e-6 },
        { "output_cost_per_token", 2e-6 } };
}

std::string csvQuoted(const std::string& s)
{
    std::string out = "\"";
    for (const char c : s)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

} // namespace

TEST(HostileNames, ALiteLlmPriceFileImportsNamesOnlyAsPlainText)
{
    for (const auto& name : hostile::names()) {
        nlohmann::json file = nlohmann::json::object();
        file[name] = liteLlmEntry("openai");
        file["gpt-x"] = liteLlmEntry(name);
        const auto r = LiteLlmImport::fromJson(file, "2026-01-01", "LiteLLM price file " + name);
        for (const auto& o : r.offers) {
            EXPECT_TRUE(showable(o.model, maxName));
            EXPECT_TRUE(showable(o.provider, maxName));
            EXPECT_TRUE(showable(o.source, SafeText::maxTextChars));
            EXPECT_TRUE(showable(o.id, lowregret::Catalog::maxIdLength));
            // The offer as the cloud option: in every output.
            auto s = test_scenario::gpt4Example();
            s.useOffer(o);
            expectOutputsShowable(s, &o, name);
        }
    }
}

TEST(HostileNames, AUserCatalogReadsNamesOnlyAsPlainText)
{
    for (const auto& name : hostile::names()) {
        const nlohmann::json file = { { "lowregret_catalog", 1 },
            { "offers",
                { { { "id", "acme/model-1" }, { "model", name }, { "provider", name }, { "input_usd_per_mtok", 1 },
                    { "output_usd_per_mtok", 2 }, { "as_of", "2026-01-01" }, { "source", name },
                    { "note", { { "en", name }, { "zh-Hant", name } } },
                    { "strengths", { { { "kind", "general" }, { "benchmark", name } } } } } } } };
        const auto r = lowregret::Catalog::fromJson(file, lowregret::Offer::Origin::User);
        ASSERT_TRUE(r.catalog.has_value()) << name.substr(0, 80);
        const auto& o = r.catalog->offers().front();
        EXPECT_TRUE(showable(o.model, maxName));
        EXPECT_TRUE(showable(o.provider, maxName));
        EXPECT_TRUE(showable(o.strengths.front().benchmark, maxName));
        EXPECT_TRUE(showable(o.source, SafeText::maxTextChars));
        EXPECT_TRUE(showable(o.note->en, SafeText::maxTextChars));
        EXPECT_TRUE(showable(o.note->zhHant, SafeText::maxTextChars));
        auto s = test_scenario::gpt4Example();
        s.useOffer(o);
        expectOutputsShowable(s, &o, name);
    }
}

TEST(HostileNames, AUsageExportAndItsFileNameAreReadAsPlainText)
{
    const std::string header = "start_time,end_time,start_time_iso,end_time_iso,project_id,num_model_requests,user_id,"
                               "api_key_id,model,batch,service_tier,input_tokens,output_tokens,input_cached_tokens";
    for (const auto& name : hostile::names()) {
        // January 2026 covered from its first day to its last: one full month.
        const std::string text = header
            + "\n1767225600,1767312000,2026-01-01T00:00:00+00:00,2026-01-02T00:00:00+00:00,p," + "10,,,"
            + csvQuoted(name) + ",FALSE,default,1000,500,0\n"
            + "1769817600,1769904000,2026-01-31T00:00:00+00:00,2026-02-01T00:00:00+00:00,p,10,,," + csvQuoted(name)
            + ",FALSE,default,1000,500,0\n";
        lowregret::UsageImport import;
        // A file's name is at most 255 bytes on disk, but a stream may be called anything.
        const auto& report = import.addText(text, "/tmp/" + name + ".csv");
        EXPECT_TRUE(showable(report.file, maxName));
        for (const auto& e : report.errors)
            for (const auto lang : { Lang::En, Lang::ZhHant })
                EXPECT_TRUE(showable(e.describe(lang), 2 * SafeText::maxTextChars));
        const auto result = import.result();
        ASSERT_EQ(result.fullMonths, 1) << name.substr(0, 80)
                                        << (report.errors.empty() ? "" : report.errors[0].describe(Lang::En));
        for (const auto& m : result.months)
            for (const auto& u : m.models) {
                EXPECT_TRUE(showable(u.model, maxName));
                EXPECT_TRUE(showable(u.provider, maxName));
            }
        expectShowable(lowregret::UsageImport::toJson(result), "usage");
        // Filled into a scenario, the file's name is the provenance every output shows.
        auto s = test_scenario::gpt4Example();
        lowregret::UsageImport::fill(s, result, "2026-02-01T00:00:00Z");
        ASSERT_FALSE(s.provenance.empty());
        for (const auto& [field, from] : s.provenance)
            for (const auto& f : from.files)
                EXPECT_TRUE(showable(f, maxName));
        s.answers.usageStable = true;
        expectOutputsShowable(s, nullptr, name);
    }
}

TEST(HostileNames, AScenarioReadsItsProvenanceAsPlainText)
{
    for (const auto& name : hostile::names()) {
        auto json = test_scenario::gpt4Example().toJson();
        json["provenance"] = { { "answers.monthly_tokens",
            { { "files", { name, "usage.csv" } }, { "first_month", "2026-01" }, { "last_month", "2026-03" },
                { "read_at", name } } } };
        const auto r = Scenario::fromJson(json, Guide::builtIn());
        ASSERT_TRUE(r.scenario.has_value()) << name.substr(0, 80);
        const auto& p = r.scenario->provenance.at("answers.monthly_tokens");
        EXPECT_TRUE(showable(p.files.at(0), maxName));
        EXPECT_TRUE(showable(p.readAt, maxName));
        for (const auto lang : { Lang::En, Lang::ZhHant })
            EXPECT_TRUE(showable(p.describe(lang), 3 * maxName));
        expectOutputsShowable(*r.scenario, nullptr, name);
    }
}

TEST(HostileNames, AnUnknownModelIsQuotedInItsErrorAsOneShortLine)
{
    for (const auto& name : hostile::names()) {
        auto json = test_scenario::gpt4Example().toJson();
        json["cloud"]["model"] = name;
        json["answers"]["exclusions"] = { name };
        const auto r = Scenario::fromJson(json, Guide::builtIn());
        for (const auto& problems : { r.errors, r.warnings })
            for (const auto& e : problems)
                for (const auto lang : { Lang::En, Lang::ZhHant })
                    EXPECT_TRUE(showable(e.describe(lang), 2 * SafeText::maxTextChars));
        if (r.scenario) {
            EXPECT_TRUE(showable(r.scenario->cloud.model, lowregret::Catalog::maxIdLength));
        }
    }
}

TEST(HostileNames, TheComparisonShowsFileNamesAsPlainTextAndItsCsvRunsNoFormula)
{
    const auto s = test_scenario::gpt4Example();
    for (const auto& name : hostile::names()) {
        const auto comparison
            = lowregret::Comparison::build(Guide::builtIn(), { { name, s }, { "plain.json", s } }, nullptr, false);
        EXPECT_TRUE(showable(comparison.entries.front().name, maxName));
        for (const auto lang : { Lang::En, Lang::ZhHant })
            expectShowable(comparison.toJson(Guide::builtIn(), lang), "comparison");
        const auto csv = comparison.csv();
        EXPECT_LT(csv.size(), 100'000u);
        std::size_t start = 0;
        while (start < csv.size()) {
            const auto end = csv.find("\r\n", start);
            ASSERT_NE(end, std::string::npos);
            const auto line = csv.substr(start, end - start);
            // Control characters appear only inside a quoted field.
            const auto cell = line.front() == '"' ? line.substr(1) : line;
            EXPECT_TRUE(cell.front() != '=' && cell.front() != '+' && cell.front() != '-' && cell.front() != '@'
                && cell.front() != '\t' && cell.front() != '\r')
                << line.substr(0, 80);
            EXPECT_TRUE(showable(line, 2 * maxName)) << line.substr(0, 80);
            start = end + 2;
        }
    }
}
