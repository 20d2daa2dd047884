// How sure the answer is: flip points against closed forms written here, regret on a box small
// enough to work out by hand, and the scenario file's `uncertainty`.
#include "Gpt4Example.h"

#include "lowregret/analysis/Decision.h"
#include "lowregret/analysis/Sensitivity.h"
#include "lowregret/guide/Guide.h"
#include "lowregret/scenario/Scenario.h"
#include "lowregret/scenario/ScenarioInputs.h"

#include <gtest/gtest.h>

#include <algorithm>

using lowregret::Guide;
using lowregret::Recommendation;
using lowregret::Scenario;
using lowregret::ScenarioInputs;
using lowregret::Sensitivity;

namespace {

const Sensitivity::FlipPoint* flip(const Sensitivity::Analysis& a, const std::string& input, Sensitivity::Direction d)
{
    for (const auto& f : a.flipPoints)
        if (f.input == input && f.direction == d)
            return &f;
    return nullptr;
}

Sensitivity::Analysis analyse(const Scenario& s)
{
    auto a = Sensitivity::analyse(Guide::builtIn(), s);
    EXPECT_TRUE(a.has_value());
    return a.value_or(Sensitivity::Analysis {});
}

} // namespace

TEST(SensitivityTest, Gpt4UsageFlipsWhereBreakevenIsTheThreshold)
{
    const auto a = analyse(test_scenario::gpt4Example());
    ASSERT_EQ(a.recommendation, Recommendation::Local);
    // 2,000 / (T × 45 / 1M − 30) = 12  ⇒  T = (2,000 / 12 + 30) × 1M / 45
    const double expected = (2000.0 / 12.0 + 30.0) * 1e6 / 45.0;
    const auto* f = flip(a, "answers.monthly_tokens", Sensitivity::Direction::Below);
    ASSERT_NE(f, nullptr);
    EXPECT_NEAR(f->value, expected, 1e-6);
    EXPECT_DOUBLE_EQ(f->current, 12e6);
    EXPECT_EQ(f->after, Recommendation::Cloud);
    EXPECT_TRUE(f->viaBreakeven);
    EXPECT_FALSE(f->insideRange); // the default range is 6M–18M
    // More usage never turns local into cloud.
    EXPECT_EQ(flip(a, "answers.monthly_tokens", Sensitivity::Direction::Above), nullptr);
}

TEST(SensitivityTest, Gpt4HardwareAndElectricityFlipAtTheirClosedForms)
{
    const auto a = analyse(test_scenario::gpt4Example());
    // A month saves 540 − 30 = 510 USD: the hardware may cost up to 12 × 510.
    const auto* hardware = flip(a, "local.hardware_usd", Sensitivity::Direction::Above);
    ASSERT_NE(hardware, nullptr);
    EXPECT_NEAR(hardware->value, 12.0 * 510.0, 1e-6);
    EXPECT_EQ(hardware->after, Recommendation::Cloud);
    // 2,000 / (540 − e) = 12  ⇒  e = 540 − 2,000 / 12
    const auto* power = flip(a, "local.electricity_usd_per_month", Sensitivity::Direction::Above);
    ASSERT_NE(power, nullptr);
    EXPECT_NEAR(power->value, 540.0 - 2000.0 / 12.0, 1e-9);
    // The output price: 12M × (0.5 × 30 + 0.5 × p) / 1M = 2,000 / 12 + 30
    const auto* output = flip(a, "cloud.output_usd_per_mtok", Sensitivity::Direction::Below);
    ASSERT_NE(output, nullptr);
    EXPECT_NEAR(output->value, ((2000.0 / 12.0 + 30.0) / 12.0 - 0.5 * 30.0) / 0.5, 1e-9);
    // Cheaper hardware or power never turns it to cloud.
    EXPECT_EQ(flip(a, "local.hardware_usd", Sensitivity::Direction::Below), nullptr);
    EXPECT_EQ(flip(a, "local.electricity_usd_per_month", Sensitivity::Direction::Below), nullptr);
}

TEST(SensitivityTest, TheUsageBandBoundaryIsListedApart)
{
    const auto a = analyse(test_scenario::gpt4Example());
    // Over 12M tokens the band is "high": another leaf, the same answer.
    const auto it = std::find_if(a.leafChanges.begin(), a.leafChanges.end(), [](const auto& l) {
        return l.input == "answers.monthly_tokens" && l.direction == Sensitivity::Direction::Above;
    });
    ASSERT_NE(it, a.leafChanges.end());
    EXPECT_NEAR(it->value, 12e6, 1e-3);
    EXPECT_EQ(it->bandAfter, "high");
    EXPECT_EQ(it->leafAfter, "high.local.breakeven");
}

TEST(SensitivityTest, NearestFlipIsTheSmallestRelativeChange)
{
    const auto a = analyse(test_scenario::gpt4Example());
    const auto* nearest = a.nearest();
    ASSERT_NE(nearest, nullptr);
    // Usage must fall 64% (4.37M of 12M), the hardware rise 206% (6,120 of 2,000), the power
    // bill rise 1,144% (373 of 30), the output price fall 95% (2.78 of 60).
    EXPECT_EQ(nearest->input, "answers.monthly_tokens");
    EXPECT_NEAR(nearest->value / nearest->current, (2000.0 / 12.0 + 30.0) / 45.0 / 12.0, 1e-9);
}

TEST(SensitivityTest, TornadoSwingsEachInputAloneAndSortsByTheSwing)
{
    const auto a = analyse(test_scenario::gpt4Example());
    ASSERT_FALSE(a.tornado.empty());
    for (std::size_t i = 1; i < a.tornado.size(); ++i)
        EXPECT_GE(a.tornado[i - 1].swing(), a.tornado[i].swing());
    // Local − cloud at the horizon: 2,000 + 12 × 30 − 12 × T × 45 / 1M.
    const auto usage = std::find_if(
        a.tornado.begin(), a.tornado.end(), [](const auto& b) { return b.input == "answers.monthly_tokens"; });
    ASSERT_NE(usage, a.tornado.end());
    EXPECT_DOUBLE_EQ(usage->low, 6e6);
    EXPECT_DOUBLE_EQ(usage->high, 18e6);
    EXPECT_NEAR(usage->differenceAtLow, 2360.0 - 12 * 6.0 * 45, 1e-9);
    EXPECT_NEAR(usage->differenceAtHigh, 2360.0 - 12 * 18.0 * 45, 1e-9);
    ASSERT_TRUE(usage->breakevenAtLow);
    EXPECT_NEAR(*usage->breakevenAtLow, 2000.0 / (6.0 * 45 - 30), 1e-9);
    EXPECT_NEAR(a.difference, 2360.0 - 6480.0, 1e-9);
}

TEST(SensitivityTest, RegretOverATwoInputBoxByHand)
{
    Scenario s = test_scenario::gpt4Example();
    // Only usage (6M–18M) and the hardware (1,000–3,000) are uncertain.
    s.uncertainty = std::map<std::string, Scenario::Range> { { "answers.monthly_tokens", { 6e6, 18e6 } },
        { "local.hardware_usd", { 1000, 3000 } } };
    const auto a = analyse(s);
    // local = H + 12 × 30, cloud = 12 × T × 45 / 1M, at the corners:
    //   6M, 1,000: 1,360 against 3,240    6M, 3,000: 3,360 against 3,240 (local regrets 120)
    //  18M, 1,000: 1,360 against 9,720   18M, 3,000: 3,360 against 9,720 (cloud regrets 8,360 at most)
    EXPECT_NEAR(a.regret.local.max, 120.0, 1e-9);
    EXPECT_DOUBLE_EQ(a.regret.local.at.at("answers.monthly_tokens"), 6e6);
    EXPECT_DOUBLE_EQ(a.regret.local.at.at("local.hardware_usd"), 3000);
    EXPECT_NEAR(a.regret.cloud.max, 9720.0 - 1360.0, 1e-9);
    EXPECT_DOUBLE_EQ(a.regret.cloud.at.at("answers.monthly_tokens"), 18e6);
    EXPECT_DOUBLE_EQ(a.regret.cloud.at.at("local.hardware_usd"), 1000);
    EXPECT_EQ(a.regret.lowRegretChoice, Recommendation::Local);
    EXPECT_EQ(a.regret.corners, 4u);
    // The cloud's mean regret: cloud − local averages 540 × 12 − 360 − 2,000 = 4,120 over the
    // box, plus the sliver where local is dearer (a triangle 120 USD × 222,222 tokens high and
    // wide, averaging 40 USD over it): 0.5 × 120 × 222,222 × 40 / (2,000 × 12M).
    const double sliver = 0.5 * 120.0 * (120.0 / 540e-6) * 40.0 / (2000.0 * 12e6);
    EXPECT_NEAR(a.regret.cloud.mean, 4120.0 + sliver, 4120.0 * 0.005);
    // Inputs the scenario's ranges leave out are held fixed.
    EXPECT_EQ(a.ranges.size(), 2u);
    EXPECT_EQ(a.ranges.at("local.hardware_usd").source, "scenario");
}

TEST(SensitivityTest, AnAnswerThatHoldsOverTheBoxHasNoFlipAndNoRegret)
{
    Scenario s = test_scenario::gpt4Example();
    s.answers.usageStable = false; // the guide's cloud leaf, whatever the costs
    s.cloud.inputUsdPerMtok = 0.5;
    s.cloud.outputUsdPerMtok = 1.5;
    const auto a = analyse(s);
    EXPECT_EQ(a.recommendation, Recommendation::Cloud);
    EXPECT_TRUE(a.flipPoints.empty());
    // The cloud costs at most 18M × 1.0 × 1.25 / 1M × 12 = 270 against at least 1,600 local.
    EXPECT_EQ(a.regret.cloud.max, 0.0);
    EXPECT_EQ(a.regret.cloud.mean, 0.0);
    EXPECT_TRUE(a.regret.cloud.at.empty());
    EXPECT_GT(a.regret.local.max, 0.0);
    EXPECT_EQ(a.regret.lowRegretChoice, Recommendation::Cloud);
}

TEST(SensitivityTest, NoAnalysisWithoutADecision)
{
    Scenario s = test_scenario::gpt4Example();
    s.answers.exclusions = { "occasional_use" };
    EXPECT_FALSE(Sensitivity::analyse(Guide::builtIn(), s).has_value());
    s = test_scenario::gpt4Example();
    s.answers.monthlyTokens.reset();
    EXPECT_FALSE(Sensitivity::analyse(Guide::builtIn(), s).has_value());
}

TEST(SensitivityTest, SizedScenarioSwingsTheDeviceFigures)
{
    Scenario s = test_scenario::gpt4Example();
    s.local.sizing = lowregret::SizingInput { .device = "rtx4090", .model = "llama-3.1-8b" };
    const auto paths = ScenarioInputs::inputsOf(s);
    const auto has = [&](const char* p) {
        return std::any_of(paths.begin(), paths.end(), [p](const auto* i) { return i->path == p; });
    };
    EXPECT_TRUE(has("local.sizing.device_usd"));
    EXPECT_TRUE(has("local.sizing.electricity_usd_per_kwh"));
    EXPECT_FALSE(has("local.hardware_usd")); // the sizing replaces the flat figures
    const auto a = analyse(s);
    // A device price high enough never pays back: it flips, found by bisection on the decision.
    const auto* f = flip(a, "local.sizing.device_usd", Sensitivity::Direction::Above);
    ASSERT_NE(f, nullptr);
    Scenario at = s;
    at.local.sizing->deviceUsd = f->value * (1 + 1e-9);
    EXPECT_EQ(lowregret::Decision::decide(Guide::builtIn(), at).outcome->recommendation, Recommendation::Cloud);
    at.local.sizing->deviceUsd = f->value * (1 - 1e-9);
    EXPECT_EQ(lowregret::Decision::decide(Guide::builtIn(), at).outcome->recommendation, Recommendation::Local);
}

TEST(SensitivityTest, BreakevenMapAgreesWithTheCostModelAndItsContour)
{
    const Scenario s = test_scenario::gpt4Example();
    const auto m = Sensitivity::breakevenMap(s, 20, 10);
    ASSERT_EQ(m.tokens.size(), 20u);
    ASSERT_EQ(m.prices.size(), 10u);
    EXPECT_DOUBLE_EQ(m.userPrice, 45.0);
    EXPECT_NEAR(m.tokens.front(), 12e6 / 100, 1e-3);
    EXPECT_NEAR(m.prices.back(), 450.0, 1e-9);
    // At (T, p): 2,000 / (T × p / 1M − 30); the contour: p = (2,000 / 12 + 30) × 1M / T.
    for (std::size_t c = 0; c < m.tokens.size(); ++c) {
        const double t = m.tokens[c];
        ASSERT_TRUE(m.thresholdPrice[c]);
        EXPECT_NEAR(*m.thresholdPrice[c], (2000.0 / 12 + 30) * 1e6 / t, 1e-9 * *m.thresholdPrice[c]);
        for (std::size_t r = 0; r < m.prices.size(); ++r) {
            const double saving = t * m.prices[r] / 1e6 - 30;
            if (saving > 0) {
                ASSERT_TRUE(m.at(r, c));
                EXPECT_NEAR(*m.at(r, c), 2000.0 / saving, 1e-9 * (2000.0 / saving));
            } else {
                EXPECT_FALSE(m.at(r, c));
            }
        }
    }
}

TEST(SensitivityTest, UncertaintyReadsWritesAndNamesEachMistake)
{
    const auto& guide = Guide::builtIn();
    auto loaded = Scenario::fromText(R"({"lowregret": 1, "answers": {"monthly_tokens": 12000000},
        "uncertainty": {"answers.monthly_tokens": {"low": 6000000, "high": 18000000},
                        "cloud.output_usd_per_mtok": {"low": 10, "high": 20}}})",
        "t.json", guide);
    ASSERT_TRUE(loaded.scenario) << (loaded.errors.empty() ? "" : loaded.errors[0].describe(lowregret::Lang::En));
    ASSERT_TRUE(loaded.scenario->uncertainty);
    EXPECT_EQ(loaded.scenario->uncertainty->at("cloud.output_usd_per_mtok"), (Scenario::Range { 10, 20 }));
    const auto again = Scenario::fromJson(loaded.scenario->toJson(), guide);
    ASSERT_TRUE(again.scenario);
    EXPECT_EQ(again.scenario->uncertainty, loaded.scenario->uncertainty);
    // The ranges change no figure of the decision: the file stays version 1.
    EXPECT_EQ(loaded.scenario->toJson()["lowregret"], 1);

    const auto bad = Scenario::fromText(R"({"lowregret": 1,
        "uncertainty": {"local.hardware_usd": {"low": 3000, "high": 1000},
                        "input_share": {"low": 0, "high": 2},
                        "answers.mood": {"low": 0, "high": 1}}})",
        "t.json", guide);
    EXPECT_FALSE(bad.scenario);
    const auto hasError = [&](const std::string& path) {
        return std::any_of(bad.errors.begin(), bad.errors.end(), [&](const auto& p) { return p.path == path; });
    };
    EXPECT_TRUE(hasError("uncertainty.local.hardware_usd.low")); // above its high
    EXPECT_TRUE(hasError("uncertainty.input_share.high")); // a share is at most 1
    ASSERT_EQ(bad.warnings.size(), 1u);
    EXPECT_EQ(bad.warnings[0].path, "uncertainty.answers.mood");

    // A file without it keeps its meaning: the defaults, said to be the defaults.
    const auto plain = Scenario::fromText(R"({"lowregret": 1})", "t.json", guide);
    ASSERT_TRUE(plain.scenario);
    EXPECT_FALSE(plain.scenario->uncertainty);
    EXPECT_EQ(plain.scenario->toJson().count("uncertainty"), 0u);
}

TEST(SensitivityTest, JsonKeepsTheContractsNames)
{
    const auto a = analyse(test_scenario::gpt4Example());
    const auto j = Sensitivity::toJson(a);
    EXPECT_EQ(j["recommendation"], "local");
    for (const char* key : { "tornado", "flip_points", "regret", "ranges" })
        EXPECT_TRUE(j.contains(key)) << key;
    for (const char* key :
        { "input", "low", "high", "difference_at_low", "difference_at_high", "breakeven_at_low", "breakeven_at_high" })
        EXPECT_TRUE(j["tornado"][0].contains(key)) << key;
    for (const char* key : { "input", "current", "value", "direction", "recommendation_after" })
        EXPECT_TRUE(j["flip_points"][0].contains(key)) << key;
    for (const char* choice : { "local", "cloud" })
        for (const char* key : { "max", "mean", "at" })
            EXPECT_TRUE(j["regret"][choice].contains(key)) << choice << key;
    EXPECT_EQ(j["regret"]["low_regret_choice"], "local");
    EXPECT_EQ(j["ranges"]["answers.monthly_tokens"]["source"], "default");
    EXPECT_EQ(j["ranges"]["answers.monthly_tokens"]["low"], 6e6);
}
