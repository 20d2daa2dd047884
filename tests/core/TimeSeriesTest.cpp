// The months moving (scenario `time` and `hybrid`, docs/cost-model.md): each effect alone on the
// guide's GPT-4 example (12M tokens a month, half input, 30 and 60 USD per 1M, hardware 2,000,
// electricity 30 a month), its arithmetic written here.
#include "lowregret/costs/CostModel.h"
#include "lowregret/guide/Guide.h"
#include "lowregret/scenario/Scenario.h"

#include <gtest/gtest.h>

#include <cmath>

using lowregret::CostModel;
using lowregret::Guide;
using lowregret::Scenario;

namespace {

constexpr double k_tokens = 12'000'000.0;
constexpr double k_cloud = 6 * 30.0 + 6 * 60.0; // 540 a month

Scenario gpt4(int horizon = 12)
{
    Scenario s = Scenario::withDefaults(Guide::builtIn().defaults());
    s.answers.monthlyTokens = k_tokens;
    s.inputShare = 0.5;
    s.cloud.inputUsdPerMtok = 30;
    s.cloud.outputUsdPerMtok = 60;
    s.local = { .hardwareUsd = 2000, .electricityUsdPerMonth = 30, .maintenanceHoursPerMonth = 0, .hourlyRateUsd = 0 };
    s.horizonMonths = horizon;
    return s;
}

} // namespace

TEST(TimeSeries, FlatTimeGivesTodaysFiguresExactly)
{
    const auto c = CostModel::summarize(gpt4(), k_tokens);
    EXPECT_TRUE(c.steady);
    EXPECT_EQ(c.cloudTotal, 540.0 * 12);
    EXPECT_EQ(c.localTotal, 2000.0 + 30.0 * 12);
    ASSERT_TRUE(c.breakevenMonths);
    EXPECT_EQ(*c.breakevenMonths, 2000.0 / (540.0 - 30.0));
    EXPECT_EQ(c.localResale, 0.0);
    EXPECT_FALSE(c.hybrid);
    // 1, 3 and 5 years, whatever the horizon.
    ASSERT_EQ(c.horizons.size(), 3U);
    for (const auto& h : c.horizons) {
        EXPECT_EQ(h.cloud, 540.0 * h.months);
        EXPECT_EQ(h.local, 2000.0 + 30.0 * h.months);
        EXPECT_FALSE(h.hybrid);
    }
    EXPECT_EQ(c.horizons[0].months, 12);
    EXPECT_EQ(c.horizons[1].months, 36);
    EXPECT_EQ(c.horizons[2].months, 60);
    ASSERT_EQ(c.series.size(), 13U);
    EXPECT_EQ(c.series[12].cloud, 6480.0);
    EXPECT_EQ(c.series[5].cloudMonth, 540.0);
    EXPECT_EQ(c.series[0].localMonth, 2000.0);
}

TEST(TimeSeries, UsageGrowingFivePercentAMonth)
{
    Scenario s = gpt4();
    s.time.usageGrowthPerMonth = 0.05;
    const auto c = CostModel::summarize(s, k_tokens);
    EXPECT_FALSE(c.steady);
    // Month m: 12M × 1.05^(m−1); the cloud bill grows with it, the flat local side does not.
    EXPECT_NEAR(c.series[12].tokens, 12e6 * std::pow(1.05, 11), 1e-3);
    EXPECT_NEAR(c.cloudTotal, k_cloud * (std::pow(1.05, 12) - 1) / 0.05, 1e-6);
    EXPECT_DOUBLE_EQ(c.localTotal, 2000.0 + 30.0 * 12);
    // The first month the cumulative cloud bill passes local's: after 3 months cloud has cost
    // 540 × (1.05³ − 1) / 0.05 and local 2,090; month 4 closes the gap at 30 − 540 × 1.05³ a month.
    const double cloud3 = k_cloud * (std::pow(1.05, 3) - 1) / 0.05;
    const double gap = 2000.0 + 30.0 * 3 - cloud3;
    ASSERT_GT(gap, 0.0);
    ASSERT_TRUE(c.breakevenMonths);
    EXPECT_NEAR(*c.breakevenMonths, 3.0 + gap / (k_cloud * std::pow(1.05, 3) - 30.0), 1e-9);
    // The flowchart's band is the usage at the start.
    EXPECT_EQ(c.series[1].tokens, 12e6);
}

TEST(TimeSeries, CloudPricesFallingThirtyPercentAYear)
{
    Scenario s = gpt4(24);
    s.time.cloudPriceChangePerYear = -0.30;
    const auto c = CostModel::summarize(s, k_tokens);
    double total = 0;
    for (int m = 1; m <= 24; ++m)
        total += k_cloud * std::pow(0.7, (m - 1) / 12.0);
    EXPECT_NEAR(c.cloudTotal, total, 1e-6);
    // A year on, a month costs 30 % less.
    EXPECT_NEAR(c.series[13].cloudMonth, k_cloud * 0.7, 1e-9);
    EXPECT_DOUBLE_EQ(c.localTotal, 2000.0 + 30.0 * 24);
}

TEST(TimeSeries, FallingPricesThatNeverLetLocalCatchUpAreNever)
{
    // At −95 % a year the whole future cloud bill is 540 / (1 − 0.05^(1/12)) ≈ 2,444, while
    // local costs 2,000 and 30 more each month: never.
    Scenario s = gpt4();
    s.time.cloudPriceChangePerYear = -0.95;
    EXPECT_LT(k_cloud / (1 - std::pow(0.05, 1.0 / 12)), 2444.5);
    const auto c = CostModel::summarize(s, k_tokens);
    EXPECT_FALSE(c.breakevenMonths);
    EXPECT_FALSE(CostModel::breakevenAtUsage(s, k_tokens));
}

TEST(TimeSeries, ResaleOfFortyPercentAtThirtySixMonths)
{
    Scenario s = gpt4(36);
    s.time.hardwareResaleShare = 0.40;
    const auto c = CostModel::summarize(s, k_tokens);
    EXPECT_DOUBLE_EQ(c.localResale, 0.4 * 2000);
    EXPECT_DOUBLE_EQ(c.localTotal, 2000.0 + 30.0 * 36 - 0.4 * 2000);
    EXPECT_DOUBLE_EQ(c.horizons[1].local, 2000.0 + 30.0 * 36 - 0.4 * 2000);
    // Breakeven is on the money paid, without the resale.
    ASSERT_TRUE(c.breakevenMonths);
    EXPECT_DOUBLE_EQ(*c.breakevenMonths, 2000.0 / 510.0);
}

TEST(TimeSeries, StraightLineDepreciationOverFiveYears)
{
    Scenario s = gpt4(36);
    s.time.hardwareDepreciationYears = 5;
    const auto c = CostModel::summarize(s, k_tokens);
    EXPECT_DOUBLE_EQ(c.localResale, 2000.0 * (1 - 36.0 / 60.0));
    EXPECT_DOUBLE_EQ(c.horizons[0].local, 2000.0 + 30.0 * 12 - 2000.0 * (1 - 12.0 / 60.0));
    EXPECT_DOUBLE_EQ(c.horizons[2].local, 2000.0 + 30.0 * 60); // worth nothing after five years
}

TEST(TimeSeries, CachedInputAtTheCacheReadPriceAndBatchAtItsDiscount)
{
    Scenario s = gpt4();
    s.time.cachedInputShare = 0.5;
    s.time.cacheReadUsdPerMtok = 0.3;
    // 6M input: 3M at 30 and 3M at 0.30; 6M output at 60.
    const double cached = 3 * 30.0 + 3 * 0.3 + 6 * 60.0;
    auto c = CostModel::summarize(s, k_tokens);
    EXPECT_DOUBLE_EQ(c.cloudMonthly, cached);
    EXPECT_DOUBLE_EQ(c.cloudTotal, cached * 12);
    ASSERT_TRUE(c.breakevenMonths);
    EXPECT_DOUBLE_EQ(*c.breakevenMonths, 2000.0 / (cached - 30.0));
    // Half of all traffic through a batch API at half price: a quarter off.
    s.time.batchShare = 0.5;
    s.time.batchDiscount = 0.5;
    c = CostModel::summarize(s, k_tokens);
    EXPECT_DOUBLE_EQ(c.cloudMonthly, cached * (1 - 0.5 * 0.5));
}

TEST(TimeSeries, HybridWithThirtyPercentServedLocally)
{
    Scenario s = gpt4();
    s.hybrid.localShare = 0.3;
    const auto c = CostModel::summarize(s, k_tokens);
    ASSERT_TRUE(c.hybrid);
    // The flat local figures as given, and the other 70 % of the tokens on the cloud.
    const double monthly = 30.0 + 0.7 * k_cloud;
    EXPECT_DOUBLE_EQ(c.hybrid->monthly, monthly);
    EXPECT_DOUBLE_EQ(c.hybrid->upfront, 2000.0);
    EXPECT_DOUBLE_EQ(c.hybrid->total, 2000.0 + monthly * 12);
    ASSERT_TRUE(c.hybrid->breakevenMonths);
    EXPECT_DOUBLE_EQ(*c.hybrid->breakevenMonths, 2000.0 / (k_cloud - monthly));
    EXPECT_DOUBLE_EQ(c.series[12].hybrid, 2000.0 + monthly * 12);
    ASSERT_TRUE(c.horizons[2].hybrid);
    EXPECT_DOUBLE_EQ(*c.horizons[2].hybrid, 2000.0 + monthly * 60);
    // The pure choices are unchanged.
    EXPECT_DOUBLE_EQ(c.localTotal, 2000.0 + 30.0 * 12);
}

TEST(TimeSeries, ASizedSetupBuysAnotherReplicaInTheMonthItIsNeeded)
{
    // One RTX 4090 at 1,600 that serves 100 tokens a second: 100 × 3,600 × 730 = 262.8M tokens
    // a month, 210.24M at the 80 % most utilisation. 150M tokens growing 10 % a month pass it
    // in month 5 (150M × 1.1⁴ = 219.6M; month 4 is 150M × 1.1³ = 199.65M).
    Scenario s = gpt4(12);
    s.answers.monthlyTokens = 150e6;
    s.local.sizing = lowregret::SizingInput {
        .device = "rtx4090", .deviceUsd = 1600, .hostUsd = 0, .measuredTokensPerSecond = 100
    };
    s.time.usageGrowthPerMonth = 0.10;
    ASSERT_LT(150e6 * std::pow(1.1, 3), 100.0 * 3600 * 730 * 0.8);
    ASSERT_GT(150e6 * std::pow(1.1, 4), 100.0 * 3600 * 730 * 0.8);
    const auto c = CostModel::summarize(s, 150e6);
    ASSERT_GE(c.purchases.size(), 2U);
    EXPECT_EQ(c.purchases[0].month, 0);
    EXPECT_DOUBLE_EQ(c.purchases[0].usd, 1600);
    EXPECT_EQ(c.purchases[1].month, 5);
    EXPECT_DOUBLE_EQ(c.purchases[1].usd, 1600);
    // The step is in month 5's spend, and the electricity follows the usage.
    EXPECT_GT(c.series[5].localMonth, 1600.0);
    EXPECT_LT(c.series[4].localMonth, 1600.0);
    EXPECT_GT(c.series[6].localMonth - 0.0, c.series[4].localMonth);
}

TEST(TimeSeries, TimeAndHybridAreSavedAsVersionThreeAndReadBack)
{
    Scenario s = gpt4();
    s.time.usageGrowthPerMonth = 0.05;
    s.time.cloudPriceChangePerYear = -0.3;
    s.time.hardwareResaleShare = 0.4;
    s.time.cachedInputShare = 0.5;
    s.time.cacheReadUsdPerMtok = 0.3;
    s.hybrid.localShare = 0.3;
    const auto json = s.toJson();
    EXPECT_EQ(json["lowregret"], 3);
    EXPECT_EQ(json["time"]["usage_growth_per_month"], 0.05);
    EXPECT_EQ(json["hybrid"]["local_share"], 0.3);
    const auto back = Scenario::fromJson(json, Guide::builtIn());
    ASSERT_TRUE(back.scenario);
    EXPECT_EQ(back.scenario->time, s.time);
    EXPECT_EQ(back.scenario->hybrid, s.hybrid);
    // A flat scenario stays a version 1 file.
    EXPECT_EQ(gpt4().toJson()["lowregret"], 1);
    EXPECT_FALSE(gpt4().toJson().contains("time"));
}

TEST(TimeSeries, AnOlderFileWithTimeKeepsItsMeaningAndIsWarned)
{
    const auto r = Scenario::fromText(
        R"({"lowregret": 2, "time": {"usage_growth_per_month": 0.05}})", "old.json", Guide::builtIn());
    ASSERT_TRUE(r.scenario);
    EXPECT_EQ(r.scenario->time, Scenario::Time {});
    ASSERT_FALSE(r.warnings.empty());
    EXPECT_EQ(r.warnings.front().path, "time");
}

TEST(TimeSeries, ABadTimeFieldIsNamed)
{
    const auto r = Scenario::fromText(
        R"({"lowregret": 3, "time": {"usage_growth_per_month": 3}})", "bad.json", Guide::builtIn());
    EXPECT_FALSE(r.scenario);
    ASSERT_FALSE(r.errors.empty());
    EXPECT_EQ(r.errors.front().path, "time.usage_growth_per_month");
}

TEST(TimeSeries, NothingUpFrontAndDearerEveryMonthIsNeverWhenTheMonthsMove)
{
    // No hardware to buy but 600 a month locally against 540 on the cloud: the closed form
    // says never, and so must the month-by-month search once a price moves by 1 % a year.
    Scenario s = gpt4();
    s.local.hardwareUsd = 0;
    s.local.electricityUsdPerMonth = 600;
    EXPECT_FALSE(CostModel::summarize(s, k_tokens).breakevenMonths);
    s.time.cloudPriceChangePerYear = -0.01;
    EXPECT_FALSE(CostModel::summarize(s, k_tokens).breakevenMonths);
    EXPECT_FALSE(CostModel::breakevenAtUsage(s, k_tokens));
    // Cheaper from the first month, it pays back at once.
    s.local.electricityUsdPerMonth = 30;
    ASSERT_TRUE(CostModel::summarize(s, k_tokens).breakevenMonths);
    EXPECT_EQ(*CostModel::summarize(s, k_tokens).breakevenMonths, 0.0);
}

TEST(TimeSeries, AFixedSetupOutgrownPaysTheCloudForItsLoad)
{
    // One RTX 4090 at 100 tokens a second: 100 × 3,600 × 730 = 262.8M tokens a month at most.
    // 200M tokens growing 10 % a month pass it in month 4 (200M × 1.1³ = 266.2M).
    Scenario s = gpt4(12);
    s.answers.monthlyTokens = 200e6;
    s.local.sizing = lowregret::SizingInput {
        .device = "rtx4090", .units = 1, .deviceUsd = 1600, .hostUsd = 0, .measuredTokensPerSecond = 100
    };
    s.time.usageGrowthPerMonth = 0.10;
    ASSERT_LT(200e6 * std::pow(1.1, 2), 262.8e6);
    ASSERT_GT(200e6 * std::pow(1.1, 3), 262.8e6);
    const auto c = CostModel::summarize(s, 200e6);
    ASSERT_TRUE(c.outgrownMonth);
    EXPECT_EQ(*c.outgrownMonth, 4);
    // From month 4 the local side's month includes that month's whole cloud bill.
    EXPECT_GT(c.series[4].localMonth, c.series[4].cloudMonth);
    EXPECT_LT(c.series[3].localMonth, c.series[3].cloudMonth);
}
