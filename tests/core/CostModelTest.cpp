// The guide's worked numbers (GUIDE.md §4): 12M tokens a month, input:output 1:1.
#include "lowregret/costs/CostModel.h"
#include "lowregret/guide/Guide.h"

#include <gtest/gtest.h>

#include <cmath>

using lowregret::CostModel;
using lowregret::Guide;
using lowregret::Scenario;

namespace {

constexpr double k_tokens = 12'000'000.0;

Scenario guideExample(double inputPrice, double outputPrice)
{
    Scenario s = Scenario::withDefaults(Guide::builtIn().defaults());
    s.answers.monthlyTokens = k_tokens;
    s.inputShare = 0.5;
    s.cloud.inputUsdPerMtok = inputPrice;
    s.cloud.outputUsdPerMtok = outputPrice;
    s.local = { .hardwareUsd = 2000, .electricityUsdPerMonth = 30, .maintenanceHoursPerMonth = 0, .hourlyRateUsd = 0 };
    s.horizonMonths = 12;
    return s;
}

} // namespace

TEST(CostModel, Gpt35TurboIs21AMonthAnd252AYear)
{
    // 6M input × 1.50 + 6M output × 2.00 per 1M = 9 + 12
    const auto c = CostModel::summarize(guideExample(1.5, 2.0), k_tokens);
    EXPECT_DOUBLE_EQ(c.cloudMonthly, 6 * 1.5 + 6 * 2.0);
    EXPECT_DOUBLE_EQ(c.cloudMonthly, 21.0);
    EXPECT_DOUBLE_EQ(c.cloudTotal, 252.0);
}

TEST(CostModel, Gpt4Is540AMonthAnd6480AYear)
{
    const auto c = CostModel::summarize(guideExample(30, 60), k_tokens);
    EXPECT_DOUBLE_EQ(c.cloudMonthly, 6 * 30 + 6 * 60);
    EXPECT_DOUBLE_EQ(c.cloudMonthly, 540.0);
    EXPECT_DOUBLE_EQ(c.cloudTotal, 6480.0);
}

TEST(CostModel, Claude35SonnetIs108AMonth)
{
    const auto c = CostModel::summarize(guideExample(3, 15), k_tokens);
    EXPECT_DOUBLE_EQ(c.cloudMonthly, 108.0);
    EXPECT_DOUBLE_EQ(c.cloudTotal, 1296.0);
}

TEST(CostModel, LocalOllamaOnRtx4090Is2360OverTwelveMonths)
{
    const auto c = CostModel::summarize(guideExample(30, 60), k_tokens);
    EXPECT_DOUBLE_EQ(c.localUpfront, 2000.0);
    EXPECT_DOUBLE_EQ(c.localMonthly, 30.0);
    EXPECT_DOUBLE_EQ(c.localTotal, 2000.0 + 30.0 * 12);
    EXPECT_DOUBLE_EQ(c.localTotal, 2360.0);
}

TEST(CostModel, OutsideMaintenanceMakesLocal26360)
{
    Scenario s = guideExample(1.5, 2.0);
    s.local.maintenanceHoursPerMonth = 4;
    s.local.hourlyRateUsd = 500;
    const auto c = CostModel::summarize(s, k_tokens);
    EXPECT_DOUBLE_EQ(c.localMonthly, 30.0 + 4 * 500.0);
    EXPECT_DOUBLE_EQ(c.localTotal, 2000.0 + (30.0 + 2000.0) * 12);
    EXPECT_DOUBLE_EQ(c.localTotal, 26360.0);
    EXPECT_FALSE(c.breakevenMonths.has_value()); // 21 a month in the cloud never catches 2,030
}

TEST(CostModel, GuideRatiosAreTwoPointSevenAndNinePointFour)
{
    const double local = CostModel::summarize(guideExample(30, 60), k_tokens).localTotal;
    const double gpt4 = CostModel::summarize(guideExample(30, 60), k_tokens).cloudTotal;
    const double gpt35 = CostModel::summarize(guideExample(1.5, 2.0), k_tokens).cloudTotal;
    EXPECT_DOUBLE_EQ(std::round(gpt4 / local * 10) / 10, 2.7);
    EXPECT_DOUBLE_EQ(std::round(local / gpt35 * 10) / 10, 9.4);
}

TEST(CostModel, BreakevenAgainstGpt4IsHardwareOverMonthlySaving)
{
    const auto c = CostModel::summarize(guideExample(30, 60), k_tokens);
    ASSERT_TRUE(c.breakevenMonths.has_value());
    EXPECT_DOUBLE_EQ(*c.breakevenMonths, 2000.0 / (540.0 - 30.0));
    EXPECT_NEAR(*c.breakevenMonths, 3.92, 0.005);
}

TEST(CostModel, BreakevenNeverWhenCloudIsNotDearerPerMonth)
{
    EXPECT_FALSE(CostModel::breakevenMonths(2000, 30, 30).has_value());
    EXPECT_FALSE(CostModel::breakevenMonths(2000, 21, 30).has_value());
    EXPECT_FALSE(CostModel::withinThreshold(std::nullopt, 240));
}

TEST(CostModel, BreakevenExactlyAtTheThresholdCountsAsWithin)
{
    // 2,400 of hardware saving 200 a month pays back in exactly 12 months.
    const auto b = CostModel::breakevenMonths(2400, 230, 30);
    ASSERT_TRUE(b.has_value());
    EXPECT_DOUBLE_EQ(*b, 12.0);
    EXPECT_TRUE(CostModel::withinThreshold(b, 12.0));
    EXPECT_FALSE(CostModel::withinThreshold(CostModel::breakevenMonths(2401, 230, 30), 12.0));
}

TEST(CostModel, SeriesIsCumulativeFromMonthZeroToTheHorizon)
{
    Scenario s = guideExample(30, 60);
    s.horizonMonths = 24;
    const auto c = CostModel::summarize(s, k_tokens);
    ASSERT_EQ(c.series.size(), 25u);
    EXPECT_EQ(c.series.front().month, 0);
    EXPECT_DOUBLE_EQ(c.series.front().cloud, 0.0);
    EXPECT_DOUBLE_EQ(c.series.front().local, 2000.0);
    EXPECT_EQ(c.series.back().month, 24);
    EXPECT_DOUBLE_EQ(c.series.back().cloud, 540.0 * 24);
    EXPECT_DOUBLE_EQ(c.series.back().local, 2000.0 + 30.0 * 24);
    EXPECT_DOUBLE_EQ(c.cloudTotal, c.series.back().cloud);
}

TEST(CostModel, InputShareWeightsThePrices)
{
    // 10M tokens, 80% input at 1 USD, 20% output at 10 USD: 8 + 20.
    EXPECT_DOUBLE_EQ(CostModel::cloudMonthly(10e6, 0.8, 1.0, 10.0), 28.0);
    EXPECT_DOUBLE_EQ(CostModel::cloudMonthly(10e6, 1.0, 1.0, 10.0), 10.0);
    EXPECT_DOUBLE_EQ(CostModel::cloudMonthly(0, 0.5, 1.0, 10.0), 0.0);
}

TEST(CostModel, BreakevenShrinksAsUsageGrows)
{
    Scenario s = guideExample(30, 60);
    const auto at6M = CostModel::breakevenAtUsage(s, 6e6);
    const auto at50M = CostModel::breakevenAtUsage(s, 50e6);
    ASSERT_TRUE(at6M && at50M);
    EXPECT_DOUBLE_EQ(*at6M, 2000.0 / (6 * 45.0 - 30.0));
    EXPECT_GT(*at6M, *at50M);
}

TEST(CostModel, BreakevenCurveIsLogSpacedAndMatchesPointwise)
{
    Scenario s = guideExample(30, 60);
    const auto curve = CostModel::breakevenCurve(s, 1e5, 1e9, 5);
    ASSERT_EQ(curve.size(), 5u);
    EXPECT_NEAR(curve[0].monthlyTokens, 1e5, 1e-3);
    EXPECT_NEAR(curve[1].monthlyTokens, 1e6, 1e-2);
    EXPECT_NEAR(curve[4].monthlyTokens, 1e9, 1.0);
    // 100K tokens of GPT-4 cost 4.50 a month, under 30 of electricity: never.
    EXPECT_FALSE(curve[0].breakevenMonths.has_value());
    // 10M tokens: 450 a month against 30 → 2000 / 420.
    ASSERT_TRUE(curve[2].breakevenMonths.has_value());
    EXPECT_NEAR(*curve[2].breakevenMonths, 2000.0 / 420.0, 1e-9);
    EXPECT_TRUE(CostModel::breakevenCurve(s, 0, 1e9, 5).empty());
}

TEST(CostModel, UsageEstimateIsRequestsTimesTokensTimesDays)
{
    // 400 requests a day of 1,000 tokens over 30 days
    EXPECT_DOUBLE_EQ(CostModel::estimateMonthlyTokens(400, 1000, 30), 12'000'000.0);
}
