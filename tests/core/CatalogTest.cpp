#include "lowregret/catalog/Catalog.h"
#include "lowregret/catalog/LiteLlmImport.h"
#include "lowregret/scenario/Scenario.h"

#include <gtest/gtest.h>

#include <cctype>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <set>

#include <sys/time.h>
#include <unistd.h>

using lowregret::Catalog;
using lowregret::LiteLlmImport;
using lowregret::Offer;
using lowregret::Problem;

namespace {

const Offer& offer(const Catalog& c, const char* id)
{
    const Offer* o = c.find(id);
    EXPECT_NE(o, nullptr) << id;
    static const Offer none;
    return o ? *o : none;
}

Offer make(const std::string& id, double in, double out, const std::string& asOf)
{
    Offer o;
    o.id = id;
    o.model = id;
    o.provider = "test";
    o.inputUsdPerMtok = in;
    o.outputUsdPerMtok = out;
    o.asOf = asOf;
    o.source = "test";
    return o;
}

} // namespace

TEST(Catalog, BuiltInHasTheGuidesModelsAndAtLeastTwelveOffers)
{
    const Catalog c = Catalog::builtIn();
    EXPECT_GE(c.offers().size(), 12u);
    std::set<std::string> ids;
    for (const auto& o : c.offers()) {
        EXPECT_TRUE(ids.insert(o.id).second) << o.id;
        EXPECT_TRUE(Catalog::isDate(o.asOf)) << o.id;
        EXPECT_FALSE(o.source.empty()) << o.id;
        ASSERT_TRUE(o.note.has_value()) << o.id;
        EXPECT_FALSE(o.note->en.empty() || o.note->zhHant.empty()) << o.id;
    }
    // GUIDE.md §4: GPT-4 at 30 / 60 and Claude 3.5 Sonnet at 3 / 15 per 1M tokens.
    EXPECT_DOUBLE_EQ(offer(c, "openai/gpt-4").inputUsdPerMtok, 30);
    EXPECT_DOUBLE_EQ(offer(c, "openai/gpt-4").outputUsdPerMtok, 60);
    EXPECT_DOUBLE_EQ(offer(c, "anthropic/claude-3-5-sonnet-20241022").outputUsdPerMtok, 15);
}

TEST(Catalog, TheReportsBudgetCaseIsPerMillionNotPerToken)
{
    // GUIDE.md §6: 10M input + 5M output a month.
    const Catalog c = Catalog::builtIn();
    EXPECT_NEAR(lowregret::OfferRanking::monthlyUsd(offer(c, "openrouter/deepseek-r1-distill-llama-8b"), 10e6, 5e6),
        10 * 0.05 + 5 * 0.05, 1e-9);
    EXPECT_NEAR(lowregret::OfferRanking::monthlyUsd(offer(c, "vertex-ai/llama-3.2-90b-vision-instruct"), 10e6, 5e6),
        10 * 5.0 + 5 * 16.0, 1e-9);
    EXPECT_NEAR(lowregret::OfferRanking::monthlyUsd(offer(c, "openrouter/qwen2.5-coder-32b-instruct"), 10e6, 5e6),
        10 * 0.06 + 5 * 0.20, 1e-9);
    EXPECT_NEAR(lowregret::OfferRanking::monthlyUsd(offer(c, "vertex-ai/llama-3.2-90b-vision-instruct"), 10e6, 5e6),
        130.0, 1e-9);
}

TEST(Catalog, StaleAfter180Days)
{
    EXPECT_EQ(Catalog::ageInDays("2025-01-01", "2025-07-01").value_or(-1), 181);
    EXPECT_TRUE(Catalog::isStale(make("a/b", 1, 1, "2025-01-01"), "2025-07-01"));
    EXPECT_FALSE(Catalog::isStale(make("a/b", 1, 1, "2025-01-03"), "2025-07-01")); // 179 days
    EXPECT_TRUE(Catalog::isStale(make("a/b", 1, 1, "not a date"), "2025-07-01"));
    EXPECT_FALSE(Catalog::isDate("2025-02-30"));
    EXPECT_TRUE(Catalog::isDate(Catalog::today()));
}

TEST(Catalog, CloudModelResolvesAndExplicitPricesWin)
{
    const Catalog c = Catalog::builtIn();
    auto loaded = lowregret::Scenario::fromText(
        R"({"lowregret": 1, "cloud": {"model": "openai/gpt-4"}})", "s", lowregret::Guide::builtIn());
    ASSERT_TRUE(loaded.scenario);
    loaded.scenario->cloud.inputUsdPerMtok = 0;
    const auto r = loaded.scenario->resolveOffer(c);
    EXPECT_TRUE(r.errors.empty());
    EXPECT_DOUBLE_EQ(loaded.scenario->cloud.inputUsdPerMtok, 30);
    EXPECT_DOUBLE_EQ(loaded.scenario->cloud.outputUsdPerMtok, 60);

    auto own = lowregret::Scenario::fromText(
        R"({"lowregret": 1, "cloud": {"model": "openai/gpt-4", "input_usd_per_mtok": 7}})", "s",
        lowregret::Guide::builtIn());
    ASSERT_TRUE(own.scenario);
    (void)own.scenario->resolveOffer(c);
    EXPECT_DOUBLE_EQ(own.scenario->cloud.inputUsdPerMtok, 7); // the file's own price
    EXPECT_DOUBLE_EQ(own.scenario->cloud.outputUsdPerMtok, 60); // the catalog's
}

TEST(Catalog, UnknownModelIsAnErrorOnlyWhenAPriceIsMissing)
{
    const Catalog c = Catalog::builtIn();
    auto missing = lowregret::Scenario::fromText(
        R"({"lowregret": 1, "cloud": {"model": "nobody/nothing"}})", "s", lowregret::Guide::builtIn());
    ASSERT_TRUE(missing.scenario);
    const auto r1 = missing.scenario->resolveOffer(c);
    ASSERT_EQ(r1.errors.size(), 1u);
    EXPECT_EQ(r1.errors[0].path, "cloud.model");

    auto priced = lowregret::Scenario::fromText(
        R"({"lowregret": 1, "cloud": {"model": "my-own", "input_usd_per_mtok": 1, "output_usd_per_mtok": 2}})", "s",
        lowregret::Guide::builtIn());
    ASSERT_TRUE(priced.scenario);
    const auto r2 = priced.scenario->resolveOffer(c);
    EXPECT_TRUE(r2.errors.empty());
    EXPECT_EQ(r2.warnings.size(), 1u);
}

TEST(Catalog, TopPicksAreTheCheapestForEachPriority)
{
    Catalog c;
    Offer cheap = make("a/cheap", 0.1, 0.1, "2025-01-01");
    Offer coder = make("a/coder", 1, 1, "2025-01-01");
    coder.useCases = { "coding" };
    Offer dearCoder = make("a/dear-coder", 5, 5, "2025-01-01");
    dearCoder.useCases = { "coding" };
    Offer vision = make("a/vision", 2, 2, "2025-01-01");
    vision.modality = "multimodal";
    for (const auto& o : { cheap, coder, dearCoder, vision })
        c.add(o);
    const auto picks = c.topPicks(1e6, 1e6);
    ASSERT_EQ(picks.size(), 3u); // nothing serves reasoning
    EXPECT_EQ(picks[0].priority, "lowest_cost");
    EXPECT_EQ(picks[0].offer->id, "a/cheap");
    EXPECT_DOUBLE_EQ(picks[0].monthlyUsd, 0.2);
    EXPECT_EQ(picks[1].priority, "coding");
    EXPECT_EQ(picks[1].offer->id, "a/coder");
    EXPECT_EQ(picks[2].priority, "multimodal");
    EXPECT_EQ(picks[2].offer->id, "a/vision");
}

TEST(Catalog, AUserOfferReplacesTheBuiltInOne)
{
    Catalog c = Catalog::builtIn();
    const auto before = c.offers().size();
    Offer mine = make("openai/gpt-4", 1, 1, "2026-01-01");
    mine.origin = Offer::Origin::User;
    c.add(mine);
    EXPECT_EQ(c.offers().size(), before);
    EXPECT_DOUBLE_EQ(c.find("openai/gpt-4")->inputUsdPerMtok, 1);
}

TEST(Catalog, BadCatalogFilesAreClearErrors)
{
    using lowregret::Offer;
    const auto bad
        = [](const char* text) { return Catalog::fromJson(nlohmann::json::parse(text), Offer::Origin::User); };
    EXPECT_FALSE(bad(R"({"lowregret_catalog": 2, "offers": []})").catalog);
    const auto r = bad(R"({"lowregret_catalog": 1, "offers": [{"id": "Bad Id", "model": "m", "provider": "p",
        "input_usd_per_mtok": -1, "output_usd_per_mtok": 1, "as_of": "yesterday", "source": "s", "use_cases": ["dancing"]}]})");
    EXPECT_FALSE(r.catalog);
    std::set<std::string> paths;
    for (const auto& p : r.errors)
        paths.insert(p.path);
    for (const char* path :
        { "offers[0].id", "offers[0].input_usd_per_mtok", "offers[0].as_of", "offers[0].use_cases[0]" })
        EXPECT_TRUE(paths.count(path)) << path;
    const auto dup = bad(R"({"lowregret_catalog": 1, "offers": [
        {"id": "a/b", "model": "m", "provider": "p", "input_usd_per_mtok": 1, "output_usd_per_mtok": 1, "as_of": "2025-01-01", "source": "s"},
        {"id": "a/b", "model": "m", "provider": "p", "input_usd_per_mtok": 1, "output_usd_per_mtok": 1, "as_of": "2025-01-01", "source": "s"}]})");
    EXPECT_FALSE(dup.catalog);
}

TEST(Catalog, WriteThenReadKeepsEveryField)
{
    const auto dir = std::filesystem::temp_directory_path() / ("lowregret-catalog-" + std::to_string(::getpid()));
    Offer o = make("p/m", 0.25, 1.5, "2026-01-02");
    o.contextTokens = 128000;
    o.modality = "multimodal";
    o.useCases = { "chat", "coding" };
    o.strengths = { { "coding", "HumanEval" } };
    o.speed = "fast";
    o.routingTag = "default";
    o.note = lowregret::LocalizedText { "A note.", "一則備註。" };
    ASSERT_EQ(Catalog::writeFile(dir / "user.json", { o }), "");
    const auto r = Catalog::fromFile(dir / "user.json", Offer::Origin::User);
    ASSERT_TRUE(r.catalog);
    const Offer& back = r.catalog->offers().at(0);
    EXPECT_EQ(back.id, o.id);
    EXPECT_DOUBLE_EQ(back.outputUsdPerMtok, 1.5);
    EXPECT_EQ(back.contextTokens, 128000);
    EXPECT_EQ(back.useCases, o.useCases);
    EXPECT_EQ(back.strengths.at(0).benchmark, "HumanEval");
    EXPECT_EQ(back.note->zhHant, "一則備註。");
    std::filesystem::remove_all(dir);
}
