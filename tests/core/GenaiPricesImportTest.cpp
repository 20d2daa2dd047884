// The genai-prices import: the real data.json of 2026-08-21 and small hand-written files.
#include "lowregret/catalog/GenaiPricesImport.h"
#include "lowregret/catalog/Catalog.h"
#include "lowregret/catalog/PriceImport.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

using lowregret::Catalog;
using lowregret::GenaiPricesImport;
using lowregret::Offer;
using lowregret::PriceImport;

namespace fs = std::filesystem;

namespace {

const fs::path realFile = fs::path(LOWREGRET_SOURCE_DIR) / "tests/data/genai-prices/data.json";

nlohmann::json readJson(const fs::path& file)
{
    std::ifstream in(file);
    return nlohmann::json::parse(in);
}

const Offer* find(const GenaiPricesImport::Result& r, const std::string& id)
{
    for (const auto& o : r.offers)
        if (o.id == id)
            return &o;
    return nullptr;
}

int reason(const GenaiPricesImport::Result& r, const std::string& key)
{
    const auto it = r.skippedByReason.find(key);
    return it == r.skippedByReason.end() ? 0 : it->second;
}

// The offers written as a catalog file and read back: the catalog accepts every one.
void expectRoundTrip(const std::vector<Offer>& offers, const std::string& name)
{
    const auto file = fs::temp_directory_path() / ("lowregret-genai-" + std::to_string(::getpid()) + "-" + name);
    ASSERT_EQ(Catalog::writeFile(file, offers), "");
    const auto back = Catalog::fromFile(file, Offer::Origin::Imported);
    fs::remove(file);
    for (const auto& p : back.errors)
        ADD_FAILURE() << p.path << " " << p.expected << " " << p.value;
    ASSERT_TRUE(back.catalog);
    ASSERT_EQ(back.catalog->offers().size(), offers.size());
    for (const auto& o : offers) {
        const Offer* again = back.catalog->find(o.id);
        ASSERT_NE(again, nullptr) << o.id;
        EXPECT_EQ(again->prices(), o.prices()) << o.id;
        EXPECT_EQ(again->priceHistory, o.priceHistory) << o.id;
        EXPECT_EQ(again->contextTiers, o.contextTiers) << o.id;
        EXPECT_EQ(again->retired, o.retired) << o.id;
    }
}

} // namespace

TEST(GenaiPricesImport, TheRealFileIsReadWholeAndEveryModelCounted)
{
    const auto json = readJson(realFile);
    ASSERT_EQ(PriceImport::recognise(json), PriceImport::Format::GenaiPrices);
    // The test's own count: every model of every provider; and those priced by the time of day.
    int models = 0;
    int byTimeOfDay = 0;
    for (const auto& provider : json)
        for (const auto& model : provider["models"]) {
            ++models;
            if (!model["prices"].is_array())
                continue;
            bool timed = false;
            for (const auto& entry : model["prices"])
                timed = timed || (entry.contains("constraint") && entry["constraint"].contains("start_time"));
            byTimeOfDay += timed ? 1 : 0;
        }
    const auto r = GenaiPricesImport::fromJson(json, "2026-08-21", "genai-prices data.json");
    EXPECT_TRUE(r.errors.empty());
    EXPECT_EQ(r.read, models);
    EXPECT_EQ(r.read, int(r.offers.size()) + r.skipped + r.merged);
    int bySum = 0;
    for (const auto& [key, count] : r.skippedByReason)
        bySum += count;
    EXPECT_EQ(bySum, r.skipped);
    EXPECT_EQ(reason(r, "time_of_day"), byTimeOfDay);
    EXPECT_GT(r.offers.size(), 500u);
    expectRoundTrip(r.offers, "real.json");
}

TEST(GenaiPricesImport, TheRealFilesDatedTieredAndTimedPrices)
{
    const auto r = GenaiPricesImport::fromJson(readJson(realFile), "2026-08-21", "genai-prices data.json");

    // claude-sonnet-5: 2 / 10 now, 3 / 15 (cache read 0.30) from 2026-09-01.
    const Offer* sonnet5 = find(r, "anthropic/claude-sonnet-5");
    ASSERT_NE(sonnet5, nullptr);
    EXPECT_DOUBLE_EQ(sonnet5->inputUsdPerMtok, 2.0);
    EXPECT_DOUBLE_EQ(sonnet5->outputUsdPerMtok, 10.0);
    EXPECT_EQ(sonnet5->cacheReadUsdPerMtok, 0.2);
    EXPECT_EQ(sonnet5->cacheWriteUsdPerMtok, 2.5);
    ASSERT_EQ(sonnet5->priceHistory.size(), 1u);
    EXPECT_EQ(sonnet5->priceHistory[0].from, "2026-09-01");
    EXPECT_DOUBLE_EQ(sonnet5->priceHistory[0].prices.inputUsdPerMtok, 3.0);
    EXPECT_DOUBLE_EQ(sonnet5->priceHistory[0].prices.outputUsdPerMtok, 15.0);
    EXPECT_EQ(sonnet5->priceHistory[0].prices.cacheReadUsdPerMtok, 0.3);
    EXPECT_EQ(sonnet5->provider, "Anthropic");
    EXPECT_EQ(sonnet5->source, "genai-prices data.json; https://www.anthropic.com/pricing#api");
    EXPECT_EQ(sonnet5->asOf, "2026-08-21");

    // o3: 10 / 40, then 2 / 8 from 2025-06-10; on 2026-08-21 the cut is in force.
    const Offer* o3 = find(r, "openai/o3");
    ASSERT_NE(o3, nullptr);
    EXPECT_DOUBLE_EQ(o3->inputUsdPerMtok, 2.0);
    EXPECT_DOUBLE_EQ(o3->outputUsdPerMtok, 8.0);
    ASSERT_EQ(o3->priceHistory.size(), 1u);
    EXPECT_EQ(o3->priceHistory[0].from, "2025-06-10");
    EXPECT_DOUBLE_EQ(o3->priceHistory[0].prices.inputUsdPerMtok, 2.0);
    EXPECT_DOUBLE_EQ(o3->priceHistory[0].prices.outputUsdPerMtok, 8.0);

    // claude-sonnet-4-5: 3 / 15, and 6 / 22.5 above 200,000 input tokens.
    const Offer* sonnet45 = find(r, "anthropic/claude-sonnet-4-5");
    ASSERT_NE(sonnet45, nullptr);
    EXPECT_DOUBLE_EQ(sonnet45->inputUsdPerMtok, 3.0);
    EXPECT_DOUBLE_EQ(sonnet45->outputUsdPerMtok, 15.0);
    ASSERT_EQ(sonnet45->contextTiers.size(), 1u);
    EXPECT_EQ(sonnet45->contextTiers[0].aboveInputTokens, 200000);
    EXPECT_DOUBLE_EQ(sonnet45->contextTiers[0].prices.inputUsdPerMtok, 6.0);
    EXPECT_DOUBLE_EQ(sonnet45->contextTiers[0].prices.outputUsdPerMtok, 22.5);
    EXPECT_EQ(sonnet45->contextTiers[0].prices.cacheReadUsdPerMtok, 0.6);
    EXPECT_EQ(sonnet45->contextTokens, 1000000);

    // deepseek-chat costs less at night: LowRegret has no hour of day, so it is skipped.
    EXPECT_EQ(find(r, "deepseek/deepseek-chat"), nullptr);
    EXPECT_GE(reason(r, "time_of_day"), 1);
}

TEST(GenaiPricesImport, EveryReasonTiersDatesRetiredAndDuplicates)
{
    const auto json = nlohmann::json::parse(R"([
      {"id": "acme", "name": "Acme AI", "pricing_urls": ["https://acme.example/pricing"], "models": [
        {"id": "chat-1", "name": "Chat One", "context_window": 128000, "deprecated": true,
         "prices": {"input_mtok": 1, "output_mtok": 4, "cache_read_mtok": 0.1, "input_audio_mtok": 40}},
        {"id": "long-1", "prices": {
           "input_mtok": {"base": 2, "tiers": [{"start": 128000, "price": 4}, {"start": 256000, "price": 5}]},
           "output_mtok": {"base": 8, "tiers": [{"start": 256000, "price": 12}]}}},
        {"id": "soon-1", "prices": [
           {"prices": {"input_mtok": 1, "output_mtok": 2}},
           {"constraint": {"start_date": "2027-01-01"}, "prices": {"input_mtok": 1.5, "output_mtok": 3}},
           {"constraint": {"start_date": "2026-01-01"}, "prices": {"input_mtok": 0.5, "output_mtok": 1}}]},
        {"id": "embed-1", "prices": {"input_mtok": 0.02}},
        {"id": "free-1", "prices": {"input_mtok": 0, "output_mtok": 0}},
        {"id": "night-1", "prices": [{"prices": {"input_mtok": 1, "output_mtok": 2}},
           {"constraint": {"start_time": "00:30:00Z", "end_time": "08:30:00Z"},
            "prices": {"input_mtok": 0.5, "output_mtok": 1}}]},
        {"id": "search-1", "prices": {"input_mtok": 1, "output_mtok": 1, "requests_kcount": 5}},
        {"id": "odd-1", "prices": {"input_mtok": 1, "output_mtok": 2, "per_image": 3}},
        {"id": "odd-2", "prices": {"input_mtok": {"base": 1, "steps": []}, "output_mtok": 2}},
        {"id": "odd-3", "prices": [{"constraint": {"region": "eu"}, "prices": {"input_mtok": 1, "output_mtok": 2}}]},
        {"id": "neg-1", "prices": {"input_mtok": -1, "output_mtok": 2}},
        {"id": "huge-1", "prices": {"input_mtok": 1e300, "output_mtok": 2}},
        {"name": "no id", "prices": {"input_mtok": 1, "output_mtok": 2}},
        42,
        {"id": "Chat-1", "prices": {"input_mtok": 3, "output_mtok": 6}}
      ]}])");
    const auto r = GenaiPricesImport::fromJson(json, "2026-08-21", "genai-prices test.json");
    EXPECT_TRUE(r.errors.empty());
    EXPECT_EQ(r.read, 15);
    EXPECT_EQ(r.offers.size(), 3u); // chat-1 (replaced by Chat-1), long-1, soon-1
    EXPECT_EQ(r.merged, 1);
    EXPECT_EQ(r.skipped, 11);
    EXPECT_EQ(reason(r, "not_chat"), 1);
    EXPECT_EQ(reason(r, "free_or_unpriced"), 1);
    EXPECT_EQ(reason(r, "time_of_day"), 1);
    EXPECT_EQ(reason(r, "per_request_price"), 1);
    EXPECT_EQ(reason(r, "unknown_shape"), 3);
    EXPECT_EQ(reason(r, "bad_entry"), 4); // -1, 1e300, no id, 42

    // The later of two entries whose ids collapse wins.
    const Offer* chat = find(r, "acme/chat-1");
    ASSERT_NE(chat, nullptr);
    EXPECT_DOUBLE_EQ(chat->inputUsdPerMtok, 3.0);
    EXPECT_EQ(chat->model, "Chat-1");
    EXPECT_EQ(chat->provider, "Acme AI");
    EXPECT_EQ(chat->source, "genai-prices test.json; https://acme.example/pricing");
    EXPECT_FALSE(chat->retired);

    // Tiers: each start; a key without a tier there keeps its price below it.
    const Offer* longCtx = find(r, "acme/long-1");
    ASSERT_NE(longCtx, nullptr);
    EXPECT_DOUBLE_EQ(longCtx->inputUsdPerMtok, 2.0);
    EXPECT_DOUBLE_EQ(longCtx->outputUsdPerMtok, 8.0);
    ASSERT_EQ(longCtx->contextTiers.size(), 2u);
    EXPECT_EQ(longCtx->contextTiers[0].aboveInputTokens, 128000);
    EXPECT_DOUBLE_EQ(longCtx->contextTiers[0].prices.inputUsdPerMtok, 4.0);
    EXPECT_DOUBLE_EQ(longCtx->contextTiers[0].prices.outputUsdPerMtok, 8.0); // no output tier at 128000
    EXPECT_EQ(longCtx->contextTiers[1].aboveInputTokens, 256000);
    EXPECT_DOUBLE_EQ(longCtx->contextTiers[1].prices.inputUsdPerMtok, 5.0);
    EXPECT_DOUBLE_EQ(longCtx->contextTiers[1].prices.outputUsdPerMtok, 12.0);

    // Dated prices, given newest first: sorted; the one of 2026-01-01 is in force on 2026-08-21.
    const Offer* soon = find(r, "acme/soon-1");
    ASSERT_NE(soon, nullptr);
    EXPECT_DOUBLE_EQ(soon->inputUsdPerMtok, 0.5);
    EXPECT_DOUBLE_EQ(soon->outputUsdPerMtok, 1.0);
    ASSERT_EQ(soon->priceHistory.size(), 2u);
    EXPECT_EQ(soon->priceHistory[0].from, "2026-01-01");
    EXPECT_EQ(soon->priceHistory[1].from, "2027-01-01");
    EXPECT_DOUBLE_EQ(soon->priceHistory[1].prices.outputUsdPerMtok, 3.0);
    EXPECT_DOUBLE_EQ(soon->pricesOn("2027-02-01").inputUsdPerMtok, 1.5);

    expectRoundTrip(r.offers, "small.json");
}

TEST(GenaiPricesImport, BeforeTheFirstDateTheBasePriceIsInForce)
{
    const auto json = nlohmann::json::parse(R"([{"id": "p", "models": [{"id": "m", "prices": [
        {"prices": {"input_mtok": 10, "output_mtok": 40}},
        {"constraint": {"start_date": "2025-06-10"}, "prices": {"input_mtok": 2, "output_mtok": 8}}]}]}])");
    const auto before = GenaiPricesImport::fromJson(json, "2025-06-09", "t");
    ASSERT_EQ(before.offers.size(), 1u);
    EXPECT_DOUBLE_EQ(before.offers[0].inputUsdPerMtok, 10.0);
    EXPECT_DOUBLE_EQ(before.offers[0].outputUsdPerMtok, 40.0);
    EXPECT_DOUBLE_EQ(before.offers[0].pricesOn("2025-06-10").outputUsdPerMtok, 8.0);
    const auto on = GenaiPricesImport::fromJson(json, "2025-06-10", "t");
    ASSERT_EQ(on.offers.size(), 1u);
    EXPECT_DOUBLE_EQ(on.offers[0].inputUsdPerMtok, 2.0);
}

TEST(GenaiPricesImport, DeprecatedModelsAreRetiredAndProvidersWithoutModelsAreBadEntries)
{
    const auto json = nlohmann::json::parse(R"([
      {"id": "p", "models": [{"id": "old", "deprecated": true, "prices": {"input_mtok": 1, "output_mtok": 2}}]},
      {"id": "q", "models": "none"},
      {"models": [{"id": "a"}, {"id": "b"}]}])");
    const auto r = GenaiPricesImport::fromJson(json, "2026-08-21", "t");
    EXPECT_EQ(r.read, 4); // old; q as one entry; a and b of a provider without id
    EXPECT_EQ(reason(r, "bad_entry"), 3);
    ASSERT_EQ(r.offers.size(), 1u);
    EXPECT_TRUE(r.offers[0].retired);
    EXPECT_FALSE(GenaiPricesImport::fromJson(nlohmann::json::object(), "2026-08-21", "t").errors.empty());
}
