// Every leaf of the guide's flowchart (GUIDE.md §2), its boundaries, exclusions and warnings.
#include "lowregret/analysis/Decision.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

using lowregret::Decision;
using lowregret::Guide;
using lowregret::Problem;
using lowregret::Recommendation;
using lowregret::Scenario;

namespace {

struct Answers {
    double tokens;
    std::optional<bool> stable;
    std::optional<bool> sensitive;
    std::optional<bool> canMaintain;
};

Scenario scenario(const Answers& a, double inputPrice = 30, double outputPrice = 60)
{
    Scenario s = Scenario::withDefaults(Guide::builtIn().defaults());
    s.answers.monthlyTokens = a.tokens;
    s.answers.usageStable = a.stable;
    s.answers.dataSensitive = a.sensitive;
    s.answers.teamCanMaintain = a.canMaintain;
    s.cloud.inputUsdPerMtok = inputPrice;
    s.cloud.outputUsdPerMtok = outputPrice;
    s.local = { .hardwareUsd = 2000, .electricityUsdPerMonth = 30, .maintenanceHoursPerMonth = 0, .hourlyRateUsd = 0 };
    return s;
}

Decision::Outcome decide(const Scenario& s)
{
    auto result = Decision::decide(Guide::builtIn(), s);
    EXPECT_TRUE(result.errors.empty());
    return result.outcome.value_or(Decision::Outcome {});
}

bool contains(const std::vector<std::string>& list, const std::string& id)
{
    return std::find(list.begin(), list.end(), id) != list.end();
}

struct LeafCase {
    const char* name;
    Answers answers;
    double inputPrice;
    double outputPrice;
    const char* leaf;
    Recommendation recommendation;
    std::size_t pathLength;
};

void PrintTo(const LeafCase& c, std::ostream* os)
{
    *os << c.name;
}

class EveryLeaf : public ::testing::TestWithParam<LeafCase> { };

} // namespace

TEST_P(EveryLeaf, ReachesItsLeaf)
{
    const auto& c = GetParam();
    const auto out = decide(scenario(c.answers, c.inputPrice, c.outputPrice));
    EXPECT_EQ(out.leaf, c.leaf);
    EXPECT_EQ(out.recommendation, c.recommendation);
    EXPECT_EQ(out.path.size(), c.pathLength);
    EXPECT_FALSE(out.products.empty());
    const auto* leaf = Guide::builtIn().leaf(c.leaf);
    ASSERT_NE(leaf, nullptr);
    for (const auto& id : out.products) {
        const auto* product = Guide::builtIn().product(id);
        ASSERT_NE(product, nullptr) << id;
        EXPECT_EQ(product->kind, c.recommendation) << id << " is not a " << c.leaf << " product";
    }
}

// 12M tokens at GPT-4 prices pays back in 3.9 months; at GPT-3.5 prices (21 a month
// against 30 of electricity) never. 50M tokens is the upper band.
INSTANTIATE_TEST_SUITE_P(Flowchart, EveryLeaf,
    ::testing::Values(
        LeafCase { "FreeTier", { 500'000, {}, {}, {} }, 30, 60, "cloud.free_tier", Recommendation::Cloud, 1 },
        LeafCase { "MidUnstable", { 12e6, false, {}, {} }, 30, 60, "mid.cloud.unstable", Recommendation::Cloud, 2 },
        LeafCase { "MidSensitive", { 12e6, true, true, {} }, 30, 60, "mid.local.sensitive", Recommendation::Local, 3 },
        LeafCase {
            "MidLowSkill", { 12e6, true, false, false }, 30, 60, "mid.cloud.low_skill", Recommendation::Cloud, 4 },
        LeafCase {
            "MidBreakeven", { 12e6, true, false, true }, 30, 60, "mid.local.breakeven", Recommendation::Local, 5 },
        LeafCase {
            "MidNoBreakeven", { 12e6, true, false, true }, 1.5, 2, "mid.cloud.no_breakeven", Recommendation::Cloud, 5 },
        LeafCase { "HighUnstable", { 50e6, false, {}, {} }, 30, 60, "high.cloud.unstable", Recommendation::Cloud, 2 },
        LeafCase {
            "HighSensitive", { 50e6, true, true, {} }, 30, 60, "high.local.sensitive", Recommendation::Local, 3 },
        LeafCase {
            "HighLowSkill", { 50e6, true, false, false }, 30, 60, "high.cloud.low_skill", Recommendation::Cloud, 4 },
        LeafCase {
            "HighBreakeven", { 50e6, true, false, true }, 30, 60, "high.local.breakeven", Recommendation::Local, 5 },
        LeafCase { "HighNoBreakeven", { 50e6, true, false, true }, 0.1, 0.1, "high.cloud.no_breakeven",
            Recommendation::Cloud, 5 }),
    [](const ::testing::TestParamInfo<LeafCase>& param) { return std::string(param.param.name); });

TEST(Decision, TheGuideHasElevenDistinctLeaves)
{
    std::set<std::string> ids;
    for (const auto& leaf : Guide::builtIn().leaves())
        ids.insert(leaf.id);
    EXPECT_EQ(ids.size(), 11u);
    EXPECT_EQ(Guide::builtIn().leaves().size(), 11u);
}

TEST(Decision, BandBoundaries)
{
    EXPECT_EQ(decide(scenario({ 999'999, true, false, true })).band, "low");
    EXPECT_EQ(decide(scenario({ 999'999, true, false, true })).leaf, "cloud.free_tier");
    EXPECT_EQ(decide(scenario({ 1'000'000, true, false, true })).band, "mid");
    EXPECT_EQ(decide(scenario({ 12'000'000, true, false, true })).band, "mid");
    EXPECT_EQ(decide(scenario({ 12'000'001, true, false, true })).band, "high");
    EXPECT_EQ(decide(scenario({ 0, {}, {}, {} })).band, "low");
}

TEST(Decision, BreakevenExactlyAtTheThresholdIsAYes)
{
    // 12M tokens at 20/20 per 1M: 240 a month in the cloud against 30 locally, so hardware of
    // 12 × 210 = 2,520 pays back in exactly 12 months.
    Scenario s = scenario({ 12e6, true, false, true }, 20, 20);
    s.local.hardwareUsd = 12 * 210.0;
    s.breakevenThresholdMonths = 12;
    const auto at = decide(s);
    ASSERT_TRUE(at.costs && at.costs->breakevenMonths);
    EXPECT_DOUBLE_EQ(*at.costs->breakevenMonths, 12.0);
    EXPECT_EQ(at.leaf, "mid.local.breakeven");
    EXPECT_EQ(at.path.back().answer, "yes");

    s.local.hardwareUsd += 1; // a dollar more and it is over the threshold
    EXPECT_EQ(decide(s).leaf, "mid.cloud.no_breakeven");
}

TEST(Decision, TheUserMayMoveTheThreshold)
{
    // 3.9 months against GPT-4: within a 4-month threshold, not within 3.
    Scenario s = scenario({ 12e6, true, false, true });
    s.breakevenThresholdMonths = 4;
    EXPECT_EQ(decide(s).leaf, "mid.local.breakeven");
    s.breakevenThresholdMonths = 3;
    EXPECT_EQ(decide(s).leaf, "mid.cloud.no_breakeven");
}

TEST(Decision, BreakevenNeverMeansCloud)
{
    Scenario s = scenario({ 12e6, true, false, true }, 1.5, 2.0);
    const auto out = decide(s);
    EXPECT_EQ(out.leaf, "mid.cloud.no_breakeven");
    ASSERT_TRUE(out.costs);
    EXPECT_FALSE(out.costs->breakevenMonths.has_value());
    EXPECT_FALSE(out.breakevenWithinThreshold);
}

TEST(Decision, EveryExclusionPutsTheScenarioOutOfScope)
{
    for (const auto& id : Guide::exclusionIds()) {
        Scenario s = scenario({ 12e6, true, false, true });
        s.answers.exclusions = { id };
        const auto out = decide(s);
        EXPECT_EQ(out.recommendation, Recommendation::OutOfScope) << id;
        EXPECT_EQ(out.leaf, "out_of_scope") << id;
        EXPECT_EQ(out.exclusions, std::vector<std::string> { id });
        EXPECT_TRUE(out.path.empty());
        ASSERT_NE(Guide::builtIn().exclusion(id), nullptr);
        EXPECT_FALSE(Guide::builtIn().exclusion(id)->advice.en.empty());
    }
}

TEST(Decision, AnExclusionNeedsNoOtherAnswer)
{
    Scenario s = Scenario::withDefaults(Guide::builtIn().defaults());
    s.answers.exclusions = { "occasional_use" };
    const auto result = Decision::decide(Guide::builtIn(), s);
    ASSERT_TRUE(result.outcome);
    EXPECT_EQ(result.outcome->recommendation, Recommendation::OutOfScope);
    EXPECT_FALSE(result.outcome->costs.has_value());
}

TEST(Decision, AMissingAnswerOnThePathIsAnError)
{
    const auto result = Decision::decide(Guide::builtIn(), scenario({ 12e6, true, {}, {} }));
    EXPECT_FALSE(result.outcome);
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_EQ(result.errors[0].path, "answers.data_sensitive");
    EXPECT_EQ(result.errors[0].kind, Problem::Kind::RequiredForPath);

    Scenario noTokens = Scenario::withDefaults(Guide::builtIn().defaults());
    const auto r2 = Decision::decide(Guide::builtIn(), noTokens);
    ASSERT_EQ(r2.errors.size(), 1u);
    EXPECT_EQ(r2.errors[0].path, "answers.monthly_tokens");
}

TEST(Decision, AnswersOffThePathAreNotNeeded)
{
    // Unstable usage goes straight to the cloud: sensitivity and skill are never asked.
    const auto result = Decision::decide(Guide::builtIn(), scenario({ 12e6, false, {}, {} }));
    ASSERT_TRUE(result.outcome);
    EXPECT_EQ(result.outcome->leaf, "mid.cloud.unstable");
}

TEST(Decision, WalkStopsAtTheFirstUnansweredQuestion)
{
    const auto w = Decision::walk(Guide::builtIn(), scenario({ 12e6, true, {}, {} }));
    EXPECT_FALSE(w.leaf);
    ASSERT_TRUE(w.pending);
    EXPECT_EQ(*w.pending, "mid.data_sensitive");
    ASSERT_EQ(w.path.size(), 2u);
    EXPECT_EQ(w.path[0].node, "monthly_usage");
    EXPECT_EQ(w.path[0].answer, "mid");
    EXPECT_EQ(w.path[1].answer, "yes");
}

TEST(Decision, HighStableCloudWarnsOfRunawayCost)
{
    const auto out = decide(scenario({ 50e6, true, false, false }));
    EXPECT_EQ(out.leaf, "high.cloud.low_skill");
    EXPECT_TRUE(contains(out.warnings, "cloud_cost_runaway"));
    EXPECT_FALSE(contains(out.warnings, "local_maintenance"));
}

TEST(Decision, LocalForSensitiveDataWarnsAboutMaintenance)
{
    const auto out = decide(scenario({ 12e6, true, true, {} }));
    EXPECT_TRUE(contains(out.warnings, "local_maintenance"));
    EXPECT_TRUE(contains(out.advice, "hybrid")); // sensitive data, modest usage
}

TEST(Decision, CloudWithSensitiveDataWarnsOfCompliance)
{
    // Unstable usage sends sensitive data to the cloud; the answer is known, so warn.
    const auto out = decide(scenario({ 12e6, false, true, {} }));
    EXPECT_EQ(out.recommendation, Recommendation::Cloud);
    EXPECT_TRUE(contains(out.warnings, "compliance"));
}

TEST(Decision, NoWarningForTheGuidesHappyPath)
{
    const auto out = decide(scenario({ 12e6, true, false, true }));
    EXPECT_EQ(out.leaf, "mid.local.breakeven");
    EXPECT_TRUE(out.warnings.empty());
}

TEST(Guide, PresetsCarryTheGuidesExamplePrices)
{
    const auto& presets = Guide::builtIn().cloudPresets();
    const auto gpt4 = std::find_if(presets.begin(), presets.end(), [](const auto& p) { return p.id == "gpt4"; });
    ASSERT_NE(gpt4, presets.end());
    EXPECT_DOUBLE_EQ(gpt4->inputUsdPerMtok, 30);
    EXPECT_DOUBLE_EQ(gpt4->outputUsdPerMtok, 60);
    ASSERT_FALSE(Guide::builtIn().localPresets().empty());
    EXPECT_DOUBLE_EQ(Guide::builtIn().localPresets().front().hardwareUsd, 2000);
}
