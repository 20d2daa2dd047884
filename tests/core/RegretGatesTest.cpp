// The regret analysis within the guide's gates: data that must stay under the team's control
// keeps the cloud out of the low-regret choice, and a team that cannot maintain the local setup
// the data needs is the headline, with its ways out.
#include "Gpt4Example.h"

#include "lowregret/analysis/Decision.h"
#include "lowregret/analysis/Sensitivity.h"
#include "lowregret/guide/Guide.h"
#include "lowregret/outcome/Sections.h"

#include <gtest/gtest.h>

#include <string>

using namespace lowregret;

namespace {

// 5M tokens a month, stable, sensitive data, nobody to maintain it; GPT-4o-like prices and a
// 2,000 USD machine, 4 hours of maintenance a month at 70 USD: local costs more than the cloud
// at every point of the ranges.
Scenario sensitiveWithoutSkill()
{
    Scenario s = test_scenario::gpt4Example();
    s.answers.monthlyTokens = 5e6;
    s.answers.dataSensitive = true;
    s.answers.teamCanMaintain = false;
    s.cloud.inputUsdPerMtok = 2.5;
    s.cloud.outputUsdPerMtok = 10.0;
    s.local.maintenanceHoursPerMonth = 4.0;
    s.local.hourlyRateUsd = 70.0;
    return s;
}

std::string recommendationText(const Scenario& s, Lang lang)
{
    const auto result = Decision::decide(Guide::builtIn(), s);
    const Sections out = Sections::build(Guide::builtIn(), s, *result.outcome, nullptr, lang);
    std::string text;
    for (const auto& b : out.sections.front().blocks)
        text += b.text + "\n";
    return text;
}

} // namespace

TEST(RegretGates, SensitiveDataKeepsTheCloudOutOfTheLowRegretChoice)
{
    const Scenario s = sensitiveWithoutSkill();
    const auto a = Sensitivity::analyse(Guide::builtIn(), s);
    ASSERT_TRUE(a);
    EXPECT_EQ(a->recommendation, Recommendation::Local);
    // On money alone the cloud wins: 5M × (0.5 × 2.5 + 0.5 × 10) ÷ 1M = 31.25 USD a month
    // against local's 30 + 4 × 70 = 310 a month and 2,000 up front.
    EXPECT_LT(a->regret.cloud.max, a->regret.local.max);
    EXPECT_EQ(a->regret.lowRegretChoice, Recommendation::Local);
    EXPECT_EQ(a->regret.gate, "sensitive");
    EXPECT_EQ(Sensitivity::toJson(*a)["regret"]["gate"], "sensitive");

    const std::string en = recommendationText(s, Lang::En);
    EXPECT_EQ(en.find("Low-regret choice: Cloud API"), std::string::npos) << en;
    EXPECT_NE(
        en.find("Low-regret choice: Local deployment, the only choice within the guide's gates"), std::string::npos)
        << en;
    const std::string zh = recommendationText(s, Lang::ZhHant);
    EXPECT_EQ(zh.find("低後悔選擇：雲端 API"), std::string::npos) << zh;
}

TEST(RegretGates, NobodyToMaintainTheLocalSetupIsTheHeadline)
{
    const Scenario s = sensitiveWithoutSkill();
    const std::string en = recommendationText(s, Lang::En);
    // 4 hours × 70 USD = 280 USD a month of paid maintenance.
    const auto conflict = en.find("Your data needs local control, but nobody on your team can maintain");
    ASSERT_NE(conflict, std::string::npos) << en;
    EXPECT_NE(en.find("4 hours a month at $70.00 an hour, $280.00 a month"), std::string::npos) << en;
    EXPECT_NE(en.find("managed private deployment"), std::string::npos) << en;
    // It comes before the leaf's own summary, right under the lead.
    EXPECT_LT(conflict, en.find("Deploy locally"));
    EXPECT_NE(recommendationText(s, Lang::ZhHant).find("團隊裡沒有人能維護本地部署"), std::string::npos);

    // A local setup that cannot run its model is not priced: the maintenance is not "counted".
    Scenario unrunnable = s;
    unrunnable.local.sizing = SizingInput { .device = "rtx4090", .model = "llama-3.3-70b", .contextTokens = 32768 };
    const std::string nofit = recommendationText(unrunnable, Lang::En);
    EXPECT_NE(nofit.find("4 hours a month at $70.00 an hour, $280.00 a month"), std::string::npos) << nofit;
    EXPECT_EQ(nofit.find("as counted in the local costs"), std::string::npos) << nofit;

    // A team that can maintain it has no conflict; data that is not sensitive has no gate.
    Scenario able = s;
    able.answers.teamCanMaintain = true;
    EXPECT_EQ(recommendationText(able, Lang::En).find("Your data needs local control"), std::string::npos);
    Scenario open = s;
    open.answers.dataSensitive = false;
    const auto b = Sensitivity::analyse(Guide::builtIn(), open);
    ASSERT_TRUE(b);
    EXPECT_TRUE(b->regret.gate.empty());
}

// The nearest flip point may be the flowchart's lowest band (the cloud's free tier, where the
// guide asks nothing more): with sensitive data it says the cloud must still meet the data's needs.
TEST(RegretGates, AFlipToTheCloudIsQualifiedForSensitiveData)
{
    const Scenario s = sensitiveWithoutSkill();
    const std::string en = recommendationText(s, Lang::En);
    const auto how = en.find("How sure: The recommendation becomes Cloud API");
    ASSERT_NE(how, std::string::npos) << en;
    EXPECT_NE(en.find("would still have to meet your data's requirements", how), std::string::npos) << en;
}
