// lowregret-cli decide on the guide's worked numbers, its bands and both languages.
#include "CliFixture.h"

#include <sstream>

using namespace cli_test;

namespace {

// ---------------------------------------------------------------------------------------
// The guide's worked numbers

TEST_F(Cli, Gpt4ExampleAsJson)
{
    const json j = decideJson(gpt4Example());
    ASSERT_TRUE(j.is_object());

    EXPECT_EQ(j["leaf"], "mid.local.breakeven");
    EXPECT_EQ(j["recommendation"], "local");
    EXPECT_EQ(j["band"], "mid");

    const double cloud = cloudMonthly(12e6, 0.5, 30, 60); // 6M×30/1M + 6M×60/1M
    ASSERT_DOUBLE_EQ(cloud, 540.0);
    const json& c = j["costs"];
    ASSERT_TRUE(c.is_object());
    EXPECT_EQ(c["horizon_months"], 12);
    EXPECT_NEAR(c["cloud"]["monthly"].get<double>(), cloud, 1e-9);
    EXPECT_NEAR(c["cloud"]["total"].get<double>(), 12 * cloud, 1e-9); // 6,480
    EXPECT_NEAR(c["cloud"]["total"].get<double>(), 6480.0, 1e-9);
    EXPECT_NEAR(c["local"]["upfront"].get<double>(), 2000.0, 1e-9);
    EXPECT_NEAR(c["local"]["monthly"].get<double>(), 30.0, 1e-9);
    EXPECT_NEAR(c["local"]["total"].get<double>(), 2000.0 + 12 * 30.0, 1e-9); // 2,360
    ASSERT_TRUE(c["breakeven_months"].is_number());
    EXPECT_NEAR(c["breakeven_months"].get<double>(), 2000.0 / (540.0 - 30.0), 1e-9);

    const json& series = c["series"];
    ASSERT_TRUE(series.is_array());
    ASSERT_EQ(series.size(), 13u); // months 0 .. 12
    EXPECT_EQ(series[0]["month"], 0);
    EXPECT_NEAR(series[0]["cloud"].get<double>(), 0.0, 1e-9);
    EXPECT_NEAR(series[0]["local"].get<double>(), 2000.0, 1e-9);
    for (std::size_t m = 0; m < series.size(); ++m) {
        EXPECT_EQ(series[m]["month"].get<int>(), static_cast<int>(m));
        EXPECT_NEAR(series[m]["cloud"].get<double>(), 540.0 * double(m), 1e-6);
        EXPECT_NEAR(series[m]["local"].get<double>(), 2000.0 + 30.0 * double(m), 1e-6);
    }
    EXPECT_NEAR(series[12]["cloud"].get<double>(), 6480.0, 1e-6);
    EXPECT_NEAR(series[12]["local"].get<double>(), 2360.0, 1e-6);

    const json& path = j["path"];
    ASSERT_TRUE(path.is_array());
    ASSERT_EQ(path.size(), 5u); // usage, stable, sensitive, skill, breakeven
    const std::vector<std::pair<std::string, std::string>> expected
        = { { "monthly_usage", "mid" }, { "mid.usage_stable", "yes" }, { "mid.data_sensitive", "no" },
              { "mid.team_can_maintain", "yes" }, { "mid.breakeven", "yes" } };
    for (std::size_t i = 0; i < path.size(); ++i) {
        ASSERT_TRUE(path[i]["node"].is_string());
        EXPECT_FALSE(path[i]["node"].get<std::string>().empty());
        EXPECT_EQ(path[i]["node"], expected[i].first) << "step " << i;
        EXPECT_EQ(path[i]["answer"], expected[i].second) << "step " << i;
    }

    const auto products = j["products"].get<std::vector<std::string>>();
    EXPECT_NE(std::find(products.begin(), products.end(), "ollama"), products.end());
    EXPECT_TRUE(j["warnings"].is_array());
}

TEST_F(Cli, Gpt35TurboCosts21AMonthAnd252AYear)
{
    const json j = decideJson(withPrices(1.5, 2.0));
    ASSERT_TRUE(j.is_object());
    const double monthly = cloudMonthly(12e6, 0.5, 1.5, 2.0); // 9 + 12
    EXPECT_NEAR(monthly, 21.0, 1e-9);
    EXPECT_NEAR(j["costs"]["cloud"]["monthly"].get<double>(), 21.0, 1e-9);
    EXPECT_NEAR(j["costs"]["cloud"]["total"].get<double>(), 252.0, 1e-9);
    // 21 a month is cheaper than local's 30 of electricity alone: local never pays back.
    EXPECT_TRUE(j["costs"]["breakeven_months"].is_null());
    EXPECT_EQ(j["recommendation"], "cloud");
    EXPECT_EQ(j["leaf"], "mid.cloud.no_breakeven");
}

TEST_F(Cli, Claude35SonnetCosts108AMonth)
{
    const json j = decideJson(withPrices(3, 15));
    ASSERT_TRUE(j.is_object());
    EXPECT_NEAR(cloudMonthly(12e6, 0.5, 3, 15), 108.0, 1e-9); // 18 + 90
    EXPECT_NEAR(j["costs"]["cloud"]["monthly"].get<double>(), 108.0, 1e-9);
    EXPECT_NEAR(j["costs"]["cloud"]["total"].get<double>(), 1296.0, 1e-9);
    // 2000 / (108 − 30) ≈ 25.6 months: over the 12-month threshold.
    ASSERT_TRUE(j["costs"]["breakeven_months"].is_number());
    EXPECT_NEAR(j["costs"]["breakeven_months"].get<double>(), 2000.0 / (108.0 - 30.0), 1e-9);
    EXPECT_EQ(j["leaf"], "mid.cloud.no_breakeven");
}

TEST_F(Cli, OutsideMaintenanceMakesLocal26360)
{
    json s = gpt4Example();
    s["local"]["maintenance_hours_per_month"] = 4;
    s["local"]["hourly_rate_usd"] = 500;
    const json j = decideJson(s);
    ASSERT_TRUE(j.is_object());
    const double localMonthly = 30.0 + 4.0 * 500.0; // 2,030
    EXPECT_NEAR(j["costs"]["local"]["monthly"].get<double>(), localMonthly, 1e-9);
    EXPECT_NEAR(j["costs"]["local"]["total"].get<double>(), 2000.0 + 12 * localMonthly, 1e-9);
    EXPECT_NEAR(j["costs"]["local"]["total"].get<double>(), 26360.0, 1e-9);
    // Local now costs more each month than GPT-4's 540: it never pays back.
    EXPECT_TRUE(j["costs"]["breakeven_months"].is_null());
    EXPECT_EQ(j["recommendation"], "cloud");
}

TEST_F(Cli, GuideRatiosLocalIs27TimesCheaperThanGpt4And94TimesDearerThanGpt35)
{
    const json gpt4 = decideJson(gpt4Example());
    const json gpt35 = decideJson(withPrices(1.5, 2.0));
    ASSERT_TRUE(gpt4.is_object());
    ASSERT_TRUE(gpt35.is_object());
    const double gpt4Total = gpt4["costs"]["cloud"]["total"].get<double>();
    const double localTotal = gpt4["costs"]["local"]["total"].get<double>();
    const double gpt35Total = gpt35["costs"]["cloud"]["total"].get<double>();
    EXPECT_DOUBLE_EQ(roundTo1(gpt4Total / localTotal), 2.7); // 6480 / 2360
    EXPECT_DOUBLE_EQ(roundTo1(localTotal / gpt35Total), 9.4); // 2360 / 252
}

TEST_F(Cli, LongerHorizonGivesOnePointPerMonth)
{
    json s = gpt4Example();
    s["horizon_months"] = 24;
    const json j = decideJson(s);
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(j["costs"]["horizon_months"], 24);
    EXPECT_EQ(j["costs"]["series"].size(), 25u);
    EXPECT_NEAR(j["costs"]["cloud"]["total"].get<double>(), 24 * 540.0, 1e-9);
    EXPECT_NEAR(j["costs"]["local"]["total"].get<double>(), 2000.0 + 24 * 30.0, 1e-9);
}

// ---------------------------------------------------------------------------------------
// Band boundaries: 1M and 12M belong to the middle band

TEST_F(Cli, JustUnderOneMillionIsTheFreeTier)
{
    const json j = decideJson(json::parse(R"({"lowregret": 1, "answers": {"monthly_tokens": 999999}})"));
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(j["leaf"], "cloud.free_tier");
    EXPECT_EQ(j["recommendation"], "cloud");
    EXPECT_EQ(j["band"], "low");
    ASSERT_EQ(j["path"].size(), 1u);
    EXPECT_EQ(j["path"][0]["answer"], "low");
}

TEST_F(Cli, OneMillionIsTheMiddleBand)
{
    json s = gpt4Example();
    s["answers"]["monthly_tokens"] = 1000000;
    s["answers"]["usage_stable"] = false;
    const json j = decideJson(s);
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(j["band"], "mid");
    EXPECT_EQ(j["path"][0]["answer"], "mid");
    EXPECT_EQ(j["leaf"], "mid.cloud.unstable");
}

TEST_F(Cli, TwelveMillionIsStillTheMiddleBand)
{
    const json j = decideJson(gpt4Example());
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(j["band"], "mid");
    EXPECT_TRUE(j["leaf"].get<std::string>().starts_with("mid."));
}

TEST_F(Cli, JustOverTwelveMillionIsTheHighBand)
{
    json s = gpt4Example();
    s["answers"]["monthly_tokens"] = 12000001;
    const json j = decideJson(s);
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(j["band"], "high");
    EXPECT_EQ(j["path"][0]["answer"], "high");
    EXPECT_EQ(j["leaf"], "high.local.breakeven");
}

TEST_F(Cli, HighStableCloudUsageWarnsOfRunawayCost)
{
    json s = gpt4Example();
    s["answers"]["monthly_tokens"] = 50000000;
    s["answers"]["team_can_maintain"] = false;
    const json j = decideJson(s);
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(j["recommendation"], "cloud");
    ASSERT_TRUE(j["warnings"].is_array());
    bool found = false;
    for (const auto& w : j["warnings"]) {
        ASSERT_TRUE(w["id"].is_string());
        ASSERT_TRUE(w["text"].is_string());
        EXPECT_FALSE(w["text"].get<std::string>().empty());
        found = found || w["id"] == "cloud_cost_runaway";
    }
    EXPECT_TRUE(found) << j["warnings"].dump();
}

TEST_F(Cli, AnExclusionIsOutOfScope)
{
    json s = gpt4Example();
    s["answers"]["exclusions"] = { "validating" };
    const json j = decideJson(s);
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(j["recommendation"], "out_of_scope");
    ASSERT_TRUE(j["exclusions"].is_array());
    ASSERT_FALSE(j["exclusions"].empty());
    EXPECT_EQ(j["exclusions"][0]["id"], "validating");
    EXPECT_FALSE(j["exclusions"][0]["text"].get<std::string>().empty());
}

TEST_F(Cli, AnswersOffThePathDoNotChangeTheLeafButStillWarn)
{
    // Unstable usage ends the walk at the first question. Answers to the later questions are
    // off the path: they cannot change the leaf, but sensitive data sent to a cloud API is
    // still the guide's third regret scenario.
    const json onPath = json::parse(R"({"lowregret": 1,
        "answers": {"monthly_tokens": 12000000, "usage_stable": false}})");
    json offPath = onPath;
    offPath["answers"]["data_sensitive"] = true;
    offPath["answers"]["team_can_maintain"] = false;
    const json a = decideJson(onPath);
    const json b = decideJson(offPath);
    ASSERT_TRUE(a.is_object());
    ASSERT_TRUE(b.is_object());
    EXPECT_EQ(a["leaf"], "mid.cloud.unstable");
    EXPECT_EQ(b["leaf"], a["leaf"]);
    EXPECT_EQ(b["path"], a["path"]);
    EXPECT_TRUE(a["warnings"].empty());
    ASSERT_EQ(b["warnings"].size(), 1u);
    EXPECT_EQ(b["warnings"][0]["id"], "compliance");
}

// ---------------------------------------------------------------------------------------
// Text output and languages

TEST_F(Cli, EnglishTextShowsTheTotals)
{
    const Result r = decideFile("gpt4.json", gpt4Example());
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, "");
    EXPECT_TRUE(contains(r.out, "6,480.00")) << r.out;
    EXPECT_TRUE(contains(r.out, "2,360.00")) << r.out;
    EXPECT_TRUE(contains(r.out, "Local: lower long-run cost")) << r.out;
    EXPECT_FALSE(contains(r.out, "建議")) << r.out;
}

TEST_F(Cli, ChineseTextShowsTheSameTotals)
{
    const Result r = decideFile("gpt4.json", gpt4Example(), { "--lang", "zh-Hant" });
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "建議")) << r.out;
    EXPECT_TRUE(contains(r.out, "回本期")) << r.out;
    EXPECT_TRUE(contains(r.out, "6,480.00")) << r.out;
    EXPECT_TRUE(contains(r.out, "2,360.00")) << r.out;
}

// Taiwan's line-breaking rules in the 80-column text: no line starts with closing punctuation
// or ends with opening punctuation, in any of the sections.
TEST_F(Cli, ChineseTextNeverBreaksBeforeClosingPunctuation)
{
    json noBreakeven = withPrices(1.5, 2.0); // the path's last step ends "（不會回本，門檻 12 個月）"
    json unstable = gpt4Example();
    unstable["answers"]["usage_stable"] = false;
    unstable["answers"]["data_sensitive"] = true;
    int lines = 0;
    for (const json& scenario : { gpt4Example(), noBreakeven, unstable }) {
        const Result r = decideFile("zh.json", scenario, { "--lang", "zh-Hant" });
        ASSERT_EQ(r.status, 0) << r.err;
        std::istringstream in(r.out);
        for (std::string line; std::getline(in, line); ++lines) {
            const auto start = line.find_first_not_of(' ');
            if (start == std::string::npos)
                continue;
            const std::string head = line.substr(start);
            for (const char* closer : { "，", "。", "、", "；", "：", "）", "」", "？" })
                EXPECT_NE(head.rfind(closer, 0), 0u) << "a line starts with " << closer << ":\n" << r.out;
            for (const char* opener : { "（", "「" })
                EXPECT_FALSE(head.size() >= 3 && head.compare(head.size() - 3, 3, opener) == 0)
                    << "a line ends with " << opener << ":\n"
                    << r.out;
        }
    }
    EXPECT_GT(lines, 100); // three whole reports were read
}

TEST_F(Cli, TaiwanLanguageCodesAreAccepted)
{
    for (const std::string code : { "zh_TW", "zh-TW" }) {
        const Result r = decideFile("gpt4-" + code + ".json", gpt4Example(), { "--lang", code });
        EXPECT_EQ(r.status, 0) << code << ": " << r.err;
        EXPECT_TRUE(contains(r.out, "建議")) << code << ":\n" << r.out;
    }
}

TEST_F(Cli, LanguageComesFromTheEnvironment)
{
    const auto file = write("gpt4.json", gpt4Example()).string();
    const Result zh = run({ "decide", file }, { { "LANG", "zh_TW.UTF-8" } });
    EXPECT_EQ(zh.status, 0) << zh.err;
    EXPECT_TRUE(contains(zh.out, "回本期")) << zh.out;
    // LC_ALL outranks LANG; --lang outranks both.
    const Result en = run({ "decide", file }, { { "LANG", "zh_TW.UTF-8" }, { "LC_ALL", "en_US.UTF-8" } });
    EXPECT_EQ(en.status, 0) << en.err;
    EXPECT_FALSE(contains(en.out, "回本期")) << en.out;
    const Result flag = run({ "decide", file, "--lang", "en" }, { { "LANG", "zh_TW.UTF-8" } });
    EXPECT_FALSE(contains(flag.out, "回本期")) << flag.out;
}

TEST_F(Cli, JsonOutputIsLocalizedButKeepsItsKeys)
{
    const json j = decideJson(gpt4Example(), { "--lang", "zh-Hant" });
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(j["leaf"], "mid.local.breakeven");
    EXPECT_EQ(j["recommendation"], "local");
    EXPECT_NEAR(j["costs"]["cloud"]["total"].get<double>(), 6480.0, 1e-9);
}

// ---------------------------------------------------------------------------------------
// Bad input: exit 2, nothing on stdout, the file and the problem on stderr

} // namespace
