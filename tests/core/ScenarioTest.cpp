#include "lowregret/scenario/Scenario.h"

#include <gtest/gtest.h>

using lowregret::Guide;
using lowregret::Problem;
using lowregret::Scenario;

namespace {

Scenario::LoadResult load(const std::string& text)
{
    return Scenario::fromText(text, "test.json", Guide::builtIn());
}

bool has(const Scenario::LoadResult& r, Problem::Kind kind, const std::string& path)
{
    for (const auto& p : r.errors)
        if (p.kind == kind && p.path == path)
            return true;
    return false;
}

} // namespace

TEST(Scenario, TheIssuesExampleLoads)
{
    const auto r = load(R"({"lowregret": 1,
        "answers": {"monthly_tokens": 12000000, "usage_stable": true, "data_sensitive": false,
                    "team_can_maintain": true, "exclusions": []},
        "input_share": 0.5,
        "cloud": {"model": "openai/gpt-4", "input_usd_per_mtok": 30, "output_usd_per_mtok": 60},
        "local": {"hardware_usd": 2000, "electricity_usd_per_month": 30,
                  "maintenance_hours_per_month": 0, "hourly_rate_usd": 0},
        "horizon_months": 12, "breakeven_threshold_months": 12})");
    ASSERT_TRUE(r.scenario);
    EXPECT_TRUE(r.warnings.empty());
    EXPECT_DOUBLE_EQ(*r.scenario->answers.monthlyTokens, 12e6);
    EXPECT_EQ(r.scenario->cloud.model, "openai/gpt-4");
    EXPECT_TRUE(r.scenario->isUserSet("local.hardware_usd"));
}

TEST(Scenario, MissingOptionalFieldsTakeTheGuidesDefaults)
{
    const auto r = load(R"({"lowregret": 1, "answers": {"monthly_tokens": 5000000}})");
    ASSERT_TRUE(r.scenario);
    const auto& d = Guide::builtIn().defaults();
    EXPECT_DOUBLE_EQ(r.scenario->inputShare, d.inputShare);
    EXPECT_DOUBLE_EQ(r.scenario->cloud.inputUsdPerMtok, d.cloudInputUsdPerMtok);
    EXPECT_DOUBLE_EQ(r.scenario->local.hardwareUsd, d.hardwareUsd);
    EXPECT_EQ(r.scenario->horizonMonths, d.horizonMonths);
    EXPECT_FALSE(r.scenario->isUserSet("local.hardware_usd"));
    EXPECT_TRUE(r.scenario->isUserSet("answers.monthly_tokens"));
}

TEST(Scenario, WrongTypesAreNamed)
{
    const auto r = load(R"({"lowregret": 1, "answers": {"monthly_tokens": "12M", "usage_stable": "yes"}})");
    EXPECT_FALSE(r.scenario);
    EXPECT_TRUE(has(r, Problem::Kind::WrongType, "answers.monthly_tokens"));
    EXPECT_TRUE(has(r, Problem::Kind::WrongType, "answers.usage_stable"));
}

TEST(Scenario, RangesAreEnforced)
{
    const auto r = load(R"({"lowregret": 1, "answers": {"monthly_tokens": 2e12}, "input_share": 1.5,
        "cloud": {"input_usd_per_mtok": 10001}, "local": {"hardware_usd": -1, "maintenance_hours_per_month": 745},
        "horizon_months": 241, "breakeven_threshold_months": 0})");
    EXPECT_FALSE(r.scenario);
    for (const char* path : { "answers.monthly_tokens", "input_share", "cloud.input_usd_per_mtok", "local.hardware_usd",
             "local.maintenance_hours_per_month", "horizon_months", "breakeven_threshold_months" })
        EXPECT_TRUE(has(r, Problem::Kind::OutOfRange, path)) << path;
}

TEST(Scenario, HorizonMustBeWholeMonths)
{
    EXPECT_TRUE(has(load(R"({"lowregret": 1, "horizon_months": 12.5})"), Problem::Kind::WrongType, "horizon_months"));
    EXPECT_TRUE(load(R"({"lowregret": 1, "horizon_months": 24.0})").scenario);
}

TEST(Scenario, NewerVersionIsRefused)
{
    const auto r = load(R"({"lowregret": 4, "answers": {}})"); // the newest is 3
    EXPECT_FALSE(r.scenario);
    EXPECT_TRUE(has(r, Problem::Kind::UnsupportedVersion, "lowregret"));
    ASSERT_FALSE(r.errors.empty());
    EXPECT_NE(r.errors[0].describe(lowregret::Lang::En).find("newer"), std::string::npos);
}

TEST(Scenario, VersionIsRequired)
{
    EXPECT_TRUE(has(load(R"({"answers": {}})"), Problem::Kind::Missing, "lowregret"));
}

TEST(Scenario, UnknownFieldsAreWarningsNotErrors)
{
    const auto r = load(R"({"lowregret": 1, "colour": "blue", "answers": {"monthly_tokens": 1, "mood": 3}})");
    ASSERT_TRUE(r.scenario);
    ASSERT_EQ(r.warnings.size(), 2u);
    EXPECT_EQ(r.warnings[0].kind, Problem::Kind::UnknownField);
}

TEST(Scenario, UnknownExclusionIsRefused)
{
    const auto r = load(R"({"lowregret": 1, "answers": {"exclusions": ["bored"]}})");
    EXPECT_FALSE(r.scenario);
    EXPECT_TRUE(has(r, Problem::Kind::UnknownValue, "answers.exclusions[0]"));
}

TEST(Scenario, NullAnswerMeansUnanswered)
{
    const auto r = load(R"({"lowregret": 1, "answers": {"usage_stable": null}})");
    ASSERT_TRUE(r.scenario);
    EXPECT_FALSE(r.scenario->answers.usageStable.has_value());
}

TEST(Scenario, SaveThenLoadGivesTheSameScenario)
{
    Scenario s = Scenario::withDefaults(Guide::builtIn().defaults());
    s.answers.monthlyTokens = 12'000'001;
    s.answers.usageStable = true;
    s.answers.dataSensitive = false;
    s.answers.exclusions = { "validating" };
    s.inputShare = 0.25;
    s.cloud = { .model = "groq/llama-3.1-8b", .inputUsdPerMtok = 0.05, .outputUsdPerMtok = 0.08 };
    s.local.maintenanceHoursPerMonth = 4.5;
    s.horizonMonths = 36;
    s.breakevenThresholdMonths = 18;
    const auto r = load(s.toJson().dump());
    ASSERT_TRUE(r.scenario);
    const Scenario& t = *r.scenario;
    EXPECT_EQ(t.answers.monthlyTokens, s.answers.monthlyTokens);
    EXPECT_EQ(t.answers.usageStable, s.answers.usageStable);
    EXPECT_EQ(t.answers.dataSensitive, s.answers.dataSensitive);
    EXPECT_FALSE(t.answers.teamCanMaintain.has_value());
    EXPECT_EQ(t.answers.exclusions, s.answers.exclusions);
    EXPECT_DOUBLE_EQ(t.inputShare, 0.25);
    EXPECT_EQ(t.cloud.model, s.cloud.model);
    EXPECT_DOUBLE_EQ(t.cloud.outputUsdPerMtok, 0.08);
    EXPECT_DOUBLE_EQ(t.local.maintenanceHoursPerMonth, 4.5);
    EXPECT_EQ(t.horizonMonths, 36);
    EXPECT_DOUBLE_EQ(t.breakevenThresholdMonths, 18);
    // Whole numbers are written as integers.
    EXPECT_TRUE(s.toJson()["answers"]["monthly_tokens"].is_number_integer());
}

TEST(Scenario, NotAnObject)
{
    EXPECT_FALSE(load("[1, 2]").scenario);
    EXPECT_FALSE(load("\"text\"").scenario);
    EXPECT_FALSE(load("").scenario);
}
