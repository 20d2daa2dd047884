// The guide's general rules and exclusions beside the user's own case: "before you decide"
// says what the user's figures give, and an exclusion that sends sensitive data elsewhere says
// that the service must meet the data's requirements.
#include "Gpt4Example.h"

#include "lowregret/analysis/Decision.h"
#include "lowregret/guide/Guide.h"
#include "lowregret/io/Format.h"
#include "lowregret/outcome/Sections.h"

#include <gtest/gtest.h>

#include <string>

using namespace lowregret;

namespace {

std::string sectionText(const Scenario& s, const std::string& id, Lang lang)
{
    const auto result = Decision::decide(Guide::builtIn(), s);
    const Sections out = Sections::build(Guide::builtIn(), s, *result.outcome, nullptr, lang);
    std::string text;
    if (const auto* section = out.find(id))
        for (const auto& b : section->blocks) {
            text += b.text + "\n";
            for (const auto& e : b.entries) {
                text += e.title + ": " + e.text + "\n";
                for (const auto& d : e.details)
                    text += d.label + ": " + d.text + "\n";
            }
        }
    return text;
}

} // namespace

// "Above 12M tokens local often pays back within 3–12 months" under a result that never pays
// back: 6M tokens at 1.25 / 10 USD per 1M is 6 × (0.5 × 1.25 + 0.5 × 10) = 33.75 USD a month,
// less than local's 30 + 4 × 70 = 310.
TEST(GeneralAdvice, TheRuleOfThumbIsQualifiedByTheUsersFigures)
{
    Scenario s = test_scenario::gpt4Example();
    s.answers.monthlyTokens = 6e6;
    s.cloud.inputUsdPerMtok = 1.25;
    s.cloud.outputUsdPerMtok = 10.0;
    s.local.maintenanceHoursPerMonth = 4;
    s.local.hourlyRateUsd = 70;
    const std::string en = sectionText(s, "caveats", Lang::En);
    EXPECT_NE(en.find("3–12 months"), std::string::npos) << en; // the guide's rule stays
    EXPECT_NE(
        en.find("With your own figures, at " + Format::tokens(6e6, Lang::En) + " a month, local would never pay back"),
        std::string::npos)
        << en;
    EXPECT_NE(sectionText(s, "caveats", Lang::ZhHant).find("以你自己的數字"), std::string::npos);

    // The GPT-4 example pays back in 2,000 ÷ (540 − 30) = 3.9 months.
    const Scenario gpt4 = test_scenario::gpt4Example();
    EXPECT_NE(sectionText(gpt4, "caveats", Lang::En)
                  .find("local would pay back in " + Format::months(2000.0 / 510.0, Lang::En)),
        std::string::npos)
        << sectionText(gpt4, "caveats", Lang::En);
}

TEST(GeneralAdvice, AnExclusionWithSensitiveDataNamesTheDatasRequirements)
{
    Scenario s = test_scenario::gpt4Example();
    s.answers.dataSensitive = true;
    s.answers.exclusions = { "no_technical" };
    const std::string en = sectionText(s, "exclusions", Lang::En);
    EXPECT_NE(en.find("SaaS"), std::string::npos) << en;
    EXPECT_NE(en.find("must meet its requirements"), std::string::npos) << en;
    EXPECT_NE(en.find("region"), std::string::npos) << en;
    EXPECT_NE(sectionText(s, "exclusions", Lang::ZhHant).find("存放地區"), std::string::npos);
    s.answers.dataSensitive = false;
    EXPECT_EQ(sectionText(s, "exclusions", Lang::En).find("must meet its requirements"), std::string::npos);
}
