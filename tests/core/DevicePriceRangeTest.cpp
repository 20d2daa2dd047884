// A device's price is a dated range: the scenario keeps one price, the sensitivity analysis
// varies it over the range (docs/sensitivity.md).
#include "lowregret/scenario/ScenarioInputs.h"
#include "lowregret/sizing/Hardware.h"

#include <gtest/gtest.h>

using lowregret::Hardware;
using lowregret::Scenario;
using lowregret::ScenarioInputs;
using lowregret::SizingInput;

namespace {

Scenario sizedOn(const std::string& device)
{
    Scenario s;
    s.answers.monthlyTokens = 12e6;
    s.local.sizing = SizingInput { .device = device, .model = "llama-3.1-8b" };
    return s;
}

} // namespace

// The RTX 5090 sells new for 2,700–3,500 USD (signal-noise.net, 2026-06-22): a scenario starts
// from the middle, 3,100, and its price varies over the range.
TEST(DevicePriceRange, TheSensitivityRangeIsThePublishedRange)
{
    const auto* d = Hardware::builtIn().device("rtx5090");
    ASSERT_NE(d, nullptr);
    EXPECT_DOUBLE_EQ(d->prices.front().low, 2700);
    EXPECT_DOUBLE_EQ(d->prices.front().high, 3500);
    EXPECT_EQ(d->prices.front().asOf, "2026-06-22");
    EXPECT_DOUBLE_EQ(d->usd, (2700 + 3500) / 2.0);
    const auto ranges = ScenarioInputs::defaultRanges(sizedOn("rtx5090"));
    const auto& r = ranges.at("local.sizing.device_usd");
    EXPECT_DOUBLE_EQ(r.low, 2700);
    EXPECT_DOUBLE_EQ(r.high, 3500);
}

// The user's own price stays theirs; the range stretches to take it in.
TEST(DevicePriceRange, TheUsersOwnPriceIsKeptAndTakenIn)
{
    Scenario s = sizedOn("rtx5090");
    s.local.sizing->deviceUsd = 4000;
    const auto* input = ScenarioInputs::input("local.sizing.device_usd");
    ASSERT_NE(input, nullptr);
    EXPECT_DOUBLE_EQ(ScenarioInputs::value(s, *input), 4000);
    const auto r = ScenarioInputs::defaultRanges(s).at("local.sizing.device_usd");
    EXPECT_DOUBLE_EQ(r.low, 2700);
    EXPECT_DOUBLE_EQ(r.high, 4000);
}

// A price of one figure (a Mac's list price) gives no range: the factors apply, × 0.8 and × 1.3.
TEST(DevicePriceRange, OneFigureFallsBackToTheFactors)
{
    const auto* d = Hardware::builtIn().device("m3-ultra");
    ASSERT_NE(d, nullptr);
    ASSERT_DOUBLE_EQ(d->prices.front().low, d->prices.front().high);
    const auto r = ScenarioInputs::defaultRanges(sizedOn("m3-ultra")).at("local.sizing.device_usd");
    EXPECT_DOUBLE_EQ(r.low, d->usd * 0.8);
    EXPECT_DOUBLE_EQ(r.high, d->usd * 1.3);
}
