// Inputs the fuzzers found (tests/fuzz/crashes/README.md), replayed in the ordinary suite.
#include "lowregret/catalog/Catalog.h"
#include "lowregret/catalog/LiteLlmImport.h"
#include "lowregret/guide/Guide.h"
#include "lowregret/scenario/Scenario.h"
#include "lowregret/usage/UsageImport.h"

#include <gtest/gtest.h>

#include <fstream>

using lowregret::Catalog;
using lowregret::Guide;
using lowregret::LiteLlmImport;
using lowregret::Offer;

namespace {

nlohmann::json offerJson(const std::string& id)
{
    return { { "id", id }, { "model", "m" }, { "provider", "p" }, { "input_usd_per_mtok", 1 },
        { "output_usd_per_mtok", 1 }, { "as_of", "2025-01-01" }, { "source", "s" } };
}

// What an import writes must load again.
void expectRoundTrip(const std::vector<Offer>& offers)
{
    const auto loaded = Catalog::fromJson(Catalog::toJson(offers), Offer::Origin::Imported);
    EXPECT_TRUE(loaded.catalog.has_value())
        << (loaded.errors.empty() ? "" : loaded.errors[0].describe(lowregret::Lang::En));
}

} // namespace

TEST(FuzzRegression, AHugeOfferIdIsRefusedNotAStackOverflow)
{
    const auto r = Catalog::fromJson(
        { { "lowregret_catalog", 1 }, { "offers", { offerJson("a/" + std::string(100000, 'b')) } } },
        Offer::Origin::User);
    EXPECT_FALSE(r.catalog);
    ASSERT_FALSE(r.errors.empty());
    EXPECT_EQ(r.errors[0].path, "offers[0].id");
}

TEST(FuzzRegression, AStrengthThatIsNotAnObjectIsAnError)
{
    auto offer = offerJson("a/b");
    offer["strengths"] = { 7 };
    const auto r = Catalog::fromJson({ { "lowregret_catalog", 1 }, { "offers", { offer } } }, Offer::Origin::User);
    EXPECT_FALSE(r.catalog);
    ASSERT_FALSE(r.errors.empty());
    EXPECT_EQ(r.errors[0].path, "offers[0].strengths[0]");
}

TEST(FuzzRegression, ImportedOffersAlwaysLoadAgain)
{
    const auto r = LiteLlmImport::fromJson(nlohmann::json::parse(R"({
        "m1": {"litellm_provider": "a:b", "mode": "chat", "input_cost_per_token": 1e-06, "output_cost_per_token": 1e-06},
        "m2": {"litellm_provider": "x", "mode": "chat", "input_cost_per_token": 1e-06, "output_cost_per_token": 1e-06,
               "max_input_tokens": 200000000000}})"),
        "2026-11-24", "t");
    ASSERT_EQ(r.offers.size(), 2u);
    expectRoundTrip(r.offers);
    for (const auto& o : r.offers) {
        if (o.model == "m2") {
            EXPECT_FALSE(o.contextTokens.has_value()); // beyond the catalog's limit: unknown
        }
    }
}

TEST(FuzzRegression, AHugeProviderNameIsSkipped)
{
    nlohmann::json file;
    file["m"] = { { "litellm_provider", std::string(100000, 'p') }, { "mode", "chat" },
        { "input_cost_per_token", 1e-06 }, { "output_cost_per_token", 1e-06 } };
    const auto r = LiteLlmImport::fromJson(file, "2026-11-24", "t");
    EXPECT_TRUE(r.offers.empty());
    EXPECT_EQ(r.skippedByReason.at("bad_entry"), 1);
}

TEST(FuzzRegression, AGuidePresetThatIsNotAnObjectIsAnError)
{
    std::ifstream in(LOWREGRET_SOURCE_DIR "/resources/guide.json");
    auto guide = nlohmann::json::parse(in);
    guide["presets"]["cloud"].push_back(1);
    const auto r = Guide::fromJson(guide);
    EXPECT_FALSE(r.guide);
}

TEST(FuzzRegression, AVeryLongNodeChainIsRefusedQuickly)
{
    std::ifstream in(LOWREGRET_SOURCE_DIR "/resources/guide.json");
    auto guide = nlohmann::json::parse(in);
    auto& nodes = guide["nodes"];
    for (int i = 0; i < 20000; ++i)
        nodes.push_back({ { "id", "n" + std::to_string(i) }, { "kind", "breakeven" },
            { "question", { { "en", "q" }, { "zh-Hant", "q" } } }, { "help", { { "en", "h" }, { "zh-Hant", "h" } } },
            { "yes_label", { { "en", "y" }, { "zh-Hant", "y" } } },
            { "no_label", { { "en", "n" }, { "zh-Hant", "n" } } }, { "yes", "n" + std::to_string(i + 1) },
            { "no", "cloud.free_tier" } });
    const auto r = Guide::fromJson(guide);
    EXPECT_FALSE(r.guide);
    ASSERT_FALSE(r.errors.empty());
    EXPECT_EQ(r.errors[0].path, "nodes");
}

TEST(FuzzRegression, AUsageFileWithBrokenUtf8StillWritesJson)
{
    lowregret::UsageImport import;
    const auto& report
        = import.addText("start_time,amount_value,line_item\n1767744000,1.5,gpt\xF7-4o\n", "bad\xF7.csv");
    ASSERT_TRUE(report.errors.empty());
    const auto result = import.result();
    ASSERT_EQ(result.months.size(), 1u);
    EXPECT_EQ(result.months[0].models.at(0).model, "gpt\xEF\xBF\xBD-4o");
    EXPECT_NO_THROW((void)lowregret::UsageImport::toJson(result).dump());
}

TEST(FuzzRegression, ProvenanceOfATimeFieldAtItsDefaultSurvivesASave)
{
    // One full month, no cached tokens: the cached share read is 0, the field's default.
    lowregret::UsageImport import;
    import.addText("Date,Prompt Tokens,Completion Tokens\n2026-01-01,100,0\n2026-01-31,100,0\n", "a.csv");
    const auto& guide = Guide::builtIn();
    auto scenario = lowregret::Scenario::withDefaults(guide.defaults());
    lowregret::UsageImport::fill(scenario, import.result());
    ASSERT_TRUE(scenario.provenance.count("time.cached_input_share"));
    EXPECT_DOUBLE_EQ(scenario.time.cachedInputShare, 0.0);
    const auto again = lowregret::Scenario::fromJson(scenario.toJson(), guide);
    ASSERT_TRUE(again.scenario);
    EXPECT_TRUE(again.warnings.empty());
    EXPECT_EQ(again.scenario->provenance, scenario.provenance);
}
