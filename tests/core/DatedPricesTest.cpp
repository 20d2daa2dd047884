// Dated prices (docs/cost-model.md, "Dated prices"): an offer's scheduled change or cut moves the
// cloud bill from its month on, counted from the scenario's start month; a context tier prices
// only requests above its start. The arithmetic is written out in each test.
#include "TestOffer.h"

#include "lowregret/catalog/Catalog.h"
#include "lowregret/costs/CostModel.h"
#include "lowregret/guide/Guide.h"
#include "lowregret/scenario/Scenario.h"

#include <gtest/gtest.h>

#include <cmath>

using lowregret::Catalog;
using lowregret::CostModel;
using lowregret::Guide;
using lowregret::Offer;
using lowregret::Scenario;

namespace {

// 10M tokens a month, half input: at 2 / 10 per 1M the bill is 5 × 2 + 5 × 10 = 60 a month.
constexpr double k_tokens = 10'000'000.0;

// A Claude Sonnet 5 like offer: 2 / 10, checked 2026-08-21, then twice that from 2026-09-01
// (genai-prices has 3 / 15; doubling keeps the arithmetic plain).
Offer rising()
{
    Offer o = test_offer::make("anthropic/sonnet-test", 2, 10, "2026-08-21");
    o.priceHistory.push_back({ "2026-09-01", { 4, 20, std::nullopt, std::nullopt } });
    return o;
}

Scenario withOffer(const Offer& offer, const std::string& start, int horizon = 12)
{
    Scenario s = Scenario::withDefaults(Guide::builtIn().defaults());
    s.answers.monthlyTokens = k_tokens;
    s.inputShare = 0.5;
    s.startMonth = start;
    s.local = { .hardwareUsd = 1000, .electricityUsdPerMonth = 10, .maintenanceHoursPerMonth = 0, .hourlyRateUsd = 0 };
    s.horizonMonths = horizon;
    s.useOffer(offer);
    return s;
}

} // namespace

TEST(DatedPrices, AScheduledChangeDoublesTheBillFromItsMonthOn)
{
    // From June 2026: June, July and August at 60, then September on at 5 × 4 + 5 × 20 = 120.
    const auto s = withOffer(rising(), "2026-06");
    EXPECT_EQ(s.cloud.inputUsdPerMtok, 2.0); // the price in force in the first month
    const auto c = CostModel::summarize(s, k_tokens);
    EXPECT_FALSE(c.steady);
    EXPECT_DOUBLE_EQ(c.series[1].cloudMonth, 60.0);
    EXPECT_DOUBLE_EQ(c.series[3].cloudMonth, 60.0);
    EXPECT_DOUBLE_EQ(c.series[4].cloudMonth, 120.0);
    EXPECT_DOUBLE_EQ(c.series[12].cloudMonth, 120.0);
    EXPECT_DOUBLE_EQ(c.cloudTotal, 3 * 60.0 + 9 * 120.0);
    // Breakeven: local pays 1,000 up front and 10 a month. After three months the gap is
    // 1,000 − 3 × (60 − 10) = 850; at 120 − 10 = 110 a month it closes 850 / 110 months later.
    ASSERT_TRUE(c.breakevenMonths);
    EXPECT_NEAR(*c.breakevenMonths, 3.0 + 850.0 / 110.0, 1e-9);
    const auto steps = s.priceSteps(12);
    ASSERT_EQ(steps.size(), 1U);
    EXPECT_EQ(steps[0].month, 4);
    EXPECT_EQ(steps[0].monthKey, "2026-09");
    EXPECT_DOUBLE_EQ(steps[0].factors.input, 2.0);
}

TEST(DatedPrices, StartingAfterTheChangeTakesTheNewPriceThroughout)
{
    // From October 2026 the offer already costs 4 / 20: 120 every month, a steady series.
    const auto s = withOffer(rising(), "2026-10");
    EXPECT_EQ(s.cloud.inputUsdPerMtok, 4.0);
    EXPECT_EQ(s.cloud.outputUsdPerMtok, 20.0);
    const auto c = CostModel::summarize(s, k_tokens);
    EXPECT_TRUE(c.steady);
    EXPECT_DOUBLE_EQ(c.cloudTotal, 12 * 120.0);
    EXPECT_TRUE(s.priceSteps(12).empty());
}

TEST(DatedPrices, APriceCutHalvesTheBill)
{
    // o3 was 10 / 40 and 2 / 8 from 2025-06-10; halving keeps it plain: 10 / 40, then 5 / 20
    // from 2025-07-01. From May 2025: 5 × 10 + 5 × 40 = 250 in May and June, 125 after.
    Offer o = test_offer::make("openai/cut-test", 10, 40, "2025-05-01");
    o.priceHistory.push_back({ "2025-07-01", { 5, 20, std::nullopt, std::nullopt } });
    const auto c = CostModel::summarize(withOffer(o, "2025-05"), k_tokens);
    EXPECT_DOUBLE_EQ(c.series[2].cloudMonth, 250.0);
    EXPECT_DOUBLE_EQ(c.series[3].cloudMonth, 125.0);
    EXPECT_DOUBLE_EQ(c.cloudTotal, 2 * 250.0 + 10 * 125.0);
}

TEST(DatedPrices, AChangeWithinAMonthCountsFromTheNextMonth)
{
    // Dated the 10th of June: June pays the price of its first day, July the new one.
    Offer o = test_offer::make("openai/mid-month", 2, 10, "2026-01-01");
    o.priceHistory.push_back({ "2026-06-10", { 4, 20, std::nullopt, std::nullopt } });
    const auto c = CostModel::summarize(withOffer(o, "2026-05"), k_tokens);
    EXPECT_DOUBLE_EQ(c.series[2].cloudMonth, 60.0); // June
    EXPECT_DOUBLE_EQ(c.series[3].cloudMonth, 120.0); // July
}

TEST(DatedPrices, TheYearlyPriceChangeAppliesOnTop)
{
    // A 12 % yearly fall on top of the doubling: month 4 pays 120 × 0.88^(3/12).
    auto s = withOffer(rising(), "2026-06");
    s.time.cloudPriceChangePerYear = -0.12;
    const auto c = CostModel::summarize(s, k_tokens);
    EXPECT_NEAR(c.series[4].cloudMonth, 120.0 * std::pow(0.88, 3.0 / 12.0), 1e-9);
    EXPECT_NEAR(c.series[2].cloudMonth, 60.0 * std::pow(0.88, 1.0 / 12.0), 1e-9);
}

TEST(DatedPrices, PricesTypedInTheAppDropTheOfferAndItsDates)
{
    // Typing 1 / 5 in the app drops the offer's name, and with it its dated prices: a flat
    // 5 × 1 + 5 × 5 = 30 every month.
    auto s = withOffer(rising(), "2026-06");
    s.setCloudPrices(1, 5);
    const auto c = CostModel::summarize(s, k_tokens);
    EXPECT_TRUE(c.steady);
    EXPECT_DOUBLE_EQ(c.series[12].cloudMonth, 30.0);
}

TEST(DatedPrices, AFileThatNamesTheOfferAndItsOwnPricesMovesThemInProportion)
{
    // A negotiated 1 / 5 for the offer that doubles from September: 30 a month, then 60.
    Catalog catalog;
    catalog.add(rising());
    auto loaded = Scenario::fromText(R"({"lowregret": 3, "start_month": "2026-06", "answers": {"monthly_tokens": 1e7},
        "cloud": {"model": "anthropic/sonnet-test", "input_usd_per_mtok": 1, "output_usd_per_mtok": 5}})",
        "s.json", Guide::builtIn());
    ASSERT_TRUE(loaded.scenario);
    auto s = *loaded.scenario;
    EXPECT_TRUE(s.resolveOffer(catalog).errors.empty());
    const auto c = CostModel::summarize(s, k_tokens);
    EXPECT_DOUBLE_EQ(c.series[3].cloudMonth, 30.0);
    EXPECT_DOUBLE_EQ(c.series[4].cloudMonth, 60.0);
}

TEST(DatedPrices, ARiseAheadStillFindsTheBreakevenItCauses)
{
    // Local: 100 up front and 8 a month; the cloud: 6 a month (0.2 / 1), 12 from September.
    // Local is dearer each month at first, so a flat cloud would never be caught up; after
    // three months the gap is 100 + 3 × 2 = 106 and closes at 12 − 8 = 4 a month: 3 + 106 / 4.
    Offer o = test_offer::make("x/cheap", 0.2, 1, "2026-01-01");
    o.priceHistory.push_back({ "2026-09-01", { 0.4, 2, std::nullopt, std::nullopt } });
    auto s = withOffer(o, "2026-06", 60);
    s.local.hardwareUsd = 100;
    s.local.electricityUsdPerMonth = 8;
    const auto c = CostModel::summarize(s, k_tokens);
    ASSERT_TRUE(c.breakevenMonths);
    EXPECT_NEAR(*c.breakevenMonths, 3.0 + 106.0 / 4.0, 1e-9);
    EXPECT_EQ(CostModel::breakevenAtUsage(s, k_tokens), c.breakevenMonths);
}

TEST(DatedPrices, ContextTiersApplyOnlyAboveTheirStart)
{
    // Claude Sonnet 4.5: 3 / 15, and 6 / 22.50 for a request above 200,000 input tokens.
    Offer o = test_offer::make("anthropic/tier-test", 3, 15, "2026-08-21");
    o.contextTiers.push_back({ 200'000, { 6, 22.5, std::nullopt, std::nullopt } });
    auto below = withOffer(o, "2026-08");
    EXPECT_EQ(below.cloud.inputUsdPerMtok, 3.0); // no request size: below every tier
    Scenario at = Scenario::withDefaults(Guide::builtIn().defaults());
    at.cloud.inputTokensPerRequest = 200'000; // at the start is not above it
    at.startMonth = "2026-08";
    at.useOffer(o);
    EXPECT_EQ(at.cloud.inputUsdPerMtok, 3.0);
    EXPECT_EQ(at.cloud.outputUsdPerMtok, 15.0);
    Scenario above = at;
    above.cloud.inputTokensPerRequest = 250'000;
    above.useOffer(o);
    EXPECT_EQ(above.cloud.inputUsdPerMtok, 6.0);
    EXPECT_EQ(above.cloud.outputUsdPerMtok, 22.5);
    // 10M tokens, half input, all in long requests: 5 × 6 + 5 × 22.5 = 142.50 a month.
    above.answers.monthlyTokens = k_tokens;
    above.inputShare = 0.5;
    EXPECT_DOUBLE_EQ(CostModel::summarize(above, k_tokens).cloudMonthly, 142.5);
}

TEST(DatedPrices, TheStartMonthIsReadWrittenAndChecked)
{
    const auto& guide = Guide::builtIn();
    auto loaded = Scenario::fromText(
        R"({"lowregret": 3, "start_month": "2026-09", "cloud": {"input_tokens_per_request": 250000}})", "s.json",
        guide);
    ASSERT_TRUE(loaded.scenario);
    EXPECT_EQ(loaded.scenario->startMonth, "2026-09");
    EXPECT_EQ(loaded.scenario->firstMonth(), "2026-09");
    EXPECT_EQ(loaded.scenario->monthKey(5), "2027-01");
    EXPECT_EQ(loaded.scenario->cloud.inputTokensPerRequest, 250000.0);
    const auto json = loaded.scenario->toJson();
    EXPECT_EQ(json["start_month"], "2026-09");
    EXPECT_EQ(json["cloud"]["input_tokens_per_request"], 250000);
    auto bad = Scenario::fromText(R"({"lowregret": 3, "start_month": "2026-13"})", "s.json", guide);
    ASSERT_FALSE(bad.scenario);
    ASSERT_FALSE(bad.errors.empty());
    EXPECT_EQ(bad.errors[0].path, "start_month");
    // Absent: the month it is decided.
    auto none = Scenario::fromText(R"({"lowregret": 3})", "s.json", guide);
    ASSERT_TRUE(none.scenario);
    EXPECT_FALSE(none.scenario->startMonth);
    EXPECT_EQ(none.scenario->firstMonth(), Catalog::today().substr(0, 7));
    EXPECT_FALSE(none.scenario->toJson().contains("start_month"));
}

TEST(DatedPrices, OfferFieldsSurviveACatalogRoundTrip)
{
    Offer o = rising();
    o.cacheReadUsdPerMtok = 0.2;
    o.cacheWriteUsdPerMtok = 2.5;
    o.contextTiers.push_back({ 200'000, { 6, 22.5, 0.6, std::nullopt } });
    o.otherSources.push_back({ "models.dev", "2026-06-01", 1, 5 });
    o.retired = true;
    const auto loaded = Catalog::fromJson(Catalog::toJson({ o }), Offer::Origin::User);
    ASSERT_TRUE(loaded.catalog) << (loaded.errors.empty() ? "" : loaded.errors[0].describe(lowregret::Lang::En));
    const Offer& back = loaded.catalog->offers().at(0);
    EXPECT_EQ(back.priceHistory, o.priceHistory);
    EXPECT_EQ(back.contextTiers, o.contextTiers);
    EXPECT_EQ(back.otherSources, o.otherSources);
    EXPECT_TRUE(back.retired);
    EXPECT_EQ(back.cacheWriteUsdPerMtok, 2.5);
    EXPECT_EQ(back.pricesOn("2026-08-31").inputUsdPerMtok, 2.0);
    EXPECT_EQ(back.pricesOn("2026-09-01").inputUsdPerMtok, 4.0);
}

TEST(DatedPrices, DatedPricesOutOfOrderAreRefused)
{
    const nlohmann::json json = { { "lowregret_catalog", 1 },
        { "offers",
            { { { "id", "a/b" }, { "model", "B" }, { "provider", "A" }, { "input_usd_per_mtok", 1 },
                { "output_usd_per_mtok", 2 }, { "as_of", "2026-01-01" }, { "source", "test" },
                { "price_history",
                    { { { "from", "2026-09-01" }, { "input_usd_per_mtok", 2 }, { "output_usd_per_mtok", 4 } },
                        { { "from", "2026-03-01" }, { "input_usd_per_mtok", 3 },
                            { "output_usd_per_mtok", 6 } } } } } } } };
    const auto loaded = Catalog::fromJson(json, Offer::Origin::User);
    EXPECT_FALSE(loaded.catalog);
    ASSERT_FALSE(loaded.errors.empty());
    EXPECT_EQ(loaded.errors[0].path, "offers[0].price_history[1].from");
}
