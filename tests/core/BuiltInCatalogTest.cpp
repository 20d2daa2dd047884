// The built-in price book of 2026: every offer dated, sourced and explained, the offers no
// longer sold never ranked, and the figures of the price books it was taken from.
#include "lowregret/catalog/Catalog.h"
#include "lowregret/catalog/CatalogDiff.h"
#include "lowregret/catalog/OfferRanking.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include <unistd.h>

using lowregret::Catalog;
using lowregret::Offer;
using lowregret::OfferRanking;

namespace {

const Offer& builtIn(const char* id)
{
    static const Catalog catalog = Catalog::builtIn();
    const Offer* o = catalog.find(id);
    EXPECT_NE(o, nullptr) << id;
    static const Offer none;
    return o ? *o : none;
}

TEST(BuiltInCatalog, EveryOfferHasADateASourceWithAnAddressAndANoteInBothLanguages)
{
    const Catalog catalog = Catalog::builtIn();
    ASSERT_FALSE(catalog.offers().empty());
    for (const auto& o : catalog.offers()) {
        EXPECT_TRUE(Catalog::isDate(o.asOf)) << o.id;
        EXPECT_NE(o.source.find("https://"), std::string::npos) << o.id << ": " << o.source;
        ASSERT_TRUE(o.note.has_value()) << o.id;
        EXPECT_FALSE(o.note->en.empty()) << o.id;
        EXPECT_FALSE(o.note->zhHant.empty()) << o.id;
        for (const auto& d : o.priceHistory)
            EXPECT_TRUE(Catalog::isDate(d.from)) << o.id;
        for (const auto& s : o.otherSources)
            EXPECT_TRUE(Catalog::isDate(s.asOf)) << o.id;
    }
}

TEST(BuiltInCatalog, TheModelsNoLongerSoldAreKeptAndMarked)
{
    // Their old prices stay, so that the scenarios naming them keep their meaning.
    const Offer& gpt35 = builtIn("openai/gpt-3.5-turbo");
    EXPECT_TRUE(gpt35.retired);
    EXPECT_DOUBLE_EQ(gpt35.inputUsdPerMtok, 0.5);
    EXPECT_DOUBLE_EQ(gpt35.outputUsdPerMtok, 1.5);
    const Offer& gpt4 = builtIn("openai/gpt-4");
    EXPECT_TRUE(gpt4.retired);
    EXPECT_DOUBLE_EQ(gpt4.inputUsdPerMtok, 30);
    EXPECT_DOUBLE_EQ(gpt4.outputUsdPerMtok, 60);
    EXPECT_TRUE(builtIn("anthropic/claude-3-5-sonnet-20241022").retired);
    EXPECT_FALSE(builtIn("openai/gpt-4o").retired);
}

TEST(BuiltInCatalog, ARetiredOfferIsNeverRankedNorPicked)
{
    const Catalog catalog = Catalog::builtIn();
    for (const double tokens : { 1e3, 1e6, 1e9 }) {
        for (const auto& row : catalog.rank(tokens, tokens))
            EXPECT_FALSE(row.offer->retired) << row.offer->id;
        for (const auto& pick : catalog.topPicks(tokens, tokens))
            EXPECT_FALSE(pick.offer->retired) << pick.offer->id;
    }
    const auto all = catalog.rank(1e6, 1e6, { .includeRetired = true });
    EXPECT_TRUE(std::any_of(all.begin(), all.end(), [](const auto& r) { return r.offer->id == "openai/gpt-4"; }));

    // The cheapest offer of a made-up book, once retired, is neither ranked nor picked.
    Offer cheap;
    cheap.id = "test/cheap";
    cheap.model = "cheap";
    cheap.provider = "test";
    cheap.inputUsdPerMtok = 0.01;
    cheap.outputUsdPerMtok = 0.01;
    cheap.useCases = { "coding" };
    cheap.asOf = "2026-08-21";
    Offer dear = cheap;
    dear.id = "test/dear";
    dear.inputUsdPerMtok = 5;
    dear.outputUsdPerMtok = 5;
    cheap.retired = true;
    const std::vector<Offer> book = { cheap, dear };
    const auto ranked = OfferRanking::rank(book, 1e6, 1e6);
    ASSERT_EQ(ranked.size(), 1u);
    EXPECT_EQ(ranked.front().offer->id, "test/dear");
    for (const auto& pick : OfferRanking::topPicks(book, 1e6, 1e6))
        EXPECT_EQ(pick.offer->id, "test/dear") << pick.priority;
    EXPECT_FALSE(OfferRanking::accepts(cheap, 0.02, {}));
    EXPECT_TRUE(OfferRanking::accepts(cheap, 0.02, { .includeRetired = true }));
}

TEST(BuiltInCatalog, FiguresFromGenaiPricesOf2026_08_21)
{
    // pydantic genai-prices data.json, snapshot of 2026-08-21.
    const Offer& gpt5 = builtIn("openai/gpt-5");
    EXPECT_DOUBLE_EQ(gpt5.inputUsdPerMtok, 1.25);
    EXPECT_DOUBLE_EQ(gpt5.outputUsdPerMtok, 10);
    EXPECT_EQ(gpt5.cacheReadUsdPerMtok, 0.125);
    EXPECT_EQ(gpt5.asOf, "2026-08-21");

    // Claude Sonnet 5: 2 / 10, then 3 / 15 from 2026-09-01 (cache read 0.20 then 0.30).
    const Offer& sonnet5 = builtIn("anthropic/claude-sonnet-5");
    EXPECT_DOUBLE_EQ(sonnet5.pricesOn("2026-08-31").inputUsdPerMtok, 2);
    EXPECT_DOUBLE_EQ(sonnet5.pricesOn("2026-08-31").outputUsdPerMtok, 10);
    EXPECT_DOUBLE_EQ(sonnet5.pricesOn("2026-09-01").inputUsdPerMtok, 3);
    EXPECT_DOUBLE_EQ(sonnet5.pricesOn("2026-09-01").outputUsdPerMtok, 15);
    EXPECT_EQ(sonnet5.pricesOn("2026-09-01").cacheReadUsdPerMtok, 0.3);
    EXPECT_EQ(sonnet5.pricesOn("2026-09-01").cacheWriteUsdPerMtok, 3.75);

    // Claude Sonnet 4.5: 3 / 15, and 6 / 22.50 for a request above 200k input tokens.
    const Offer& sonnet45 = builtIn("anthropic/claude-sonnet-4-5");
    const auto base = sonnet45.prices();
    EXPECT_DOUBLE_EQ(sonnet45.pricesForRequest(base, 200'000).inputUsdPerMtok, 3);
    EXPECT_DOUBLE_EQ(sonnet45.pricesForRequest(base, 200'001).inputUsdPerMtok, 6);
    EXPECT_DOUBLE_EQ(sonnet45.pricesForRequest(base, 200'001).outputUsdPerMtok, 22.5);

    // Gemini 2.5 Pro: 1.25 / 10, and 2.50 / 15 above 200k.
    const Offer& pro = builtIn("google/gemini-2.5-pro");
    ASSERT_EQ(pro.contextTiers.size(), 1u);
    EXPECT_EQ(pro.contextTiers.front().aboveInputTokens, 200'000);
    EXPECT_DOUBLE_EQ(pro.contextTiers.front().prices.inputUsdPerMtok, 2.5);
    EXPECT_DOUBLE_EQ(pro.contextTiers.front().prices.outputUsdPerMtok, 15);

    // Groq serves gpt-oss-20b at 0.075 / 0.30, the open model a local setup can run.
    const Offer& oss = builtIn("groq/gpt-oss-20b");
    EXPECT_EQ(oss.openModel, "gpt-oss-20b");
    EXPECT_DOUBLE_EQ(oss.inputUsdPerMtok, 0.075);
    EXPECT_DOUBLE_EQ(oss.outputUsdPerMtok, 0.3);
}

TEST(BuiltInCatalog, DeepSeekShowsTheOtherSourcesPrice)
{
    // genai-prices gives 0.27 / 1.10 at peak hours; models.dev gave 0.14 / 0.28 in June 2026.
    const Offer& chat = builtIn("deepseek/deepseek-chat");
    EXPECT_DOUBLE_EQ(chat.inputUsdPerMtok, 0.27);
    EXPECT_DOUBLE_EQ(chat.outputUsdPerMtok, 1.1);
    ASSERT_EQ(chat.otherSources.size(), 1u);
    EXPECT_EQ(chat.otherSources.front().source, "models.dev");
    EXPECT_EQ(chat.otherSources.front().asOf.substr(0, 7), "2026-06");
    EXPECT_DOUBLE_EQ(chat.otherSources.front().inputUsdPerMtok, 0.14);
    EXPECT_DOUBLE_EQ(chat.otherSources.front().outputUsdPerMtok, 0.28);
}

} // namespace

TEST(BuiltInCatalog, AnImportThatStillListsARetiredModelDoesNotBringItBack)
{
    // genai-prices still prices GPT-4 at 30 / 60 and does not mark it deprecated.
    const auto dir = std::filesystem::temp_directory_path() / ("lowregret-retired-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    Offer gpt4 = builtIn("openai/gpt-4");
    gpt4.retired = false;
    gpt4.origin = Offer::Origin::Imported;
    gpt4.asOf = "2026-08-21";
    gpt4.source = "genai-prices data.json";
    ASSERT_EQ(Catalog::writeFile(dir / "imported.json", { gpt4 }), "");
    lowregret::Problems problems;
    const Catalog loaded = Catalog::load(dir, problems);
    EXPECT_TRUE(problems.empty());
    ASSERT_NE(loaded.find("openai/gpt-4"), nullptr);
    EXPECT_TRUE(loaded.find("openai/gpt-4")->retired);
    EXPECT_EQ(loaded.find("openai/gpt-4")->asOf, "2026-08-21"); // the import's price and date stand
    // The diff an import shows agrees: the same prices are no change.
    const auto diff = lowregret::CatalogDiff::between(Catalog::builtIn(), { gpt4 }, "genai-prices");
    EXPECT_TRUE(diff.changed.empty());
    EXPECT_TRUE(diff.added.empty());
    std::filesystem::remove_all(dir);
}
