// `lowregret-cli usage` on tests/data/usage's samples and `lowregret-cli compare` on two
// scenarios whose differences are known (docs/cli.md). The expected figures are the samples'
// rows added up here, and the guide's GPT-4 example (540 a month on the cloud at 12M tokens;
// 2,000 up front and 30 a month locally).
#include "CliFixture.h"

using namespace cli_test;

namespace {

std::string sample(const char* name)
{
    return std::string(LOWREGRET_SOURCE_DIR "/tests/data/usage/") + name;
}

} // namespace

TEST_F(Cli, UsageJsonIsTheContract)
{
    const Result r = run({ "usage", sample("openai-usage.csv"), sample("litellm-spend-logs.csv"), "--format", "json" });
    ASSERT_EQ(r.status, 0) << r.err;
    // The skipped LiteLLM row is a warning naming its line and column.
    EXPECT_TRUE(contains(r.err, "litellm-spend-logs.csv: line 5, column spend")) << r.err;
    const json j = json::parse(r.out);
    ASSERT_EQ(j["files"].size(), 2U);
    EXPECT_EQ(j["files"][0]["layout"], "openai-usage-csv");
    EXPECT_EQ(j["files"][1]["layout"], "litellm-spend-logs-csv");
    EXPECT_EQ(j["files"][1]["skipped"], 1);
    // January: OpenAI's 100,000 + 15,000 and LiteLLM's cloud row (1,000 + 500); the local rows
    // (2,400 + 1,200) in a month row of their own.
    bool cloud = false, local = false;
    for (const auto& m : j["months"]) {
        if (m["month"] != "2026-01")
            continue;
        if (m["local"] == true) {
            local = true;
            EXPECT_EQ(m["input_tokens"], 2000 + 400);
            EXPECT_EQ(m["output_tokens"], 1000 + 200);
            EXPECT_EQ(m["requests"], 2);
        } else {
            cloud = true;
            EXPECT_EQ(m["input_tokens"], 100000 + 1000);
            EXPECT_EQ(m["cached_input_tokens"], 10000);
            EXPECT_EQ(m["output_tokens"], 15000 + 500);
            EXPECT_NEAR(m["spend_usd"].get<double>(), 0.0125, 1e-12);
            // LiteLLM's rows start on 5 January: the month is partial now.
            EXPECT_EQ(m["partial"], true);
        }
    }
    EXPECT_TRUE(cloud && local);
    // Only February is full: 120,000 + 30,000.
    EXPECT_EQ(j["monthly_tokens"], 150000);
    EXPECT_TRUE(j["suggested"]["usage_stable"].is_null());
}

TEST_F(Cli, UsageIntoWritesTheScenarioFilled)
{
    const fs::path into = write("team.json", gpt4Example());
    const fs::path out = m_dir / "filled.json";
    const Result r = run({ "usage", sample("openai-usage.csv"), "--into", into.string(), "--output", out.string() });
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "Filled answers.monthly_tokens")) << r.out;
    const json s = json::parse(readAll(out));
    EXPECT_EQ(s["answers"]["monthly_tokens"], (115000 + 150000) / 2);
    EXPECT_EQ(s["cloud"]["input_usd_per_mtok"], 30); // the rest is the scenario's
    EXPECT_EQ(s["provenance"]["answers.monthly_tokens"]["files"], json::array({ "openai-usage.csv" }));
    EXPECT_EQ(s["provenance"]["answers.monthly_tokens"]["first_month"], "2026-01");
    // The file decides, and its assumptions say where the usage came from.
    const Result d = run({ "decide", out.string() });
    ASSERT_EQ(d.status, 0) << d.err;
    EXPECT_TRUE(contains(d.out, "from openai-usage.csv, Jan 2026–Feb 2026")) << d.out;
}

TEST_F(Cli, UsageOfAnUnknownFileNamesTheLayoutsAndWritesNothing)
{
    const fs::path bad = writeText("people.csv", "name,age\nalice,30\n");
    const fs::path out = m_dir / "filled.json";
    const Result r = run({ "usage", sample("openai-usage.csv"), bad.string(), "--output", out.string() });
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(contains(r.err, "people.csv: not a usage export of a known layout")) << r.err;
    EXPECT_TRUE(contains(r.err, "openrouter-generations-csv")) << r.err;
    EXPECT_FALSE(fs::exists(out));
    const Result none = run({ "usage" });
    EXPECT_EQ(none.status, 2);
    const Result zh = run({ "usage", bad.string(), "--lang", "zh-Hant" });
    EXPECT_EQ(zh.status, 2);
    EXPECT_TRUE(contains(zh.err, "不是認得的用量匯出格式")) << zh.err;
}

TEST_F(Cli, CompareTwoScenariosWhoseDifferencesAreKnown)
{
    // B: twice the tokens, over three years.
    json b = gpt4Example();
    b["answers"]["monthly_tokens"] = 24000000;
    b["horizon_months"] = 36;
    const fs::path fa = write("a.json", gpt4Example());
    const fs::path fb = write("b.json", b);
    const Result r = run({ "compare", fa.string(), fb.string(), "--format", "json" });
    ASSERT_EQ(r.status, 0) << r.err;
    const json j = json::parse(r.out);
    ASSERT_EQ(j["scenarios"].size(), 2U);
    const json& ca = j["scenarios"][0]["costs"];
    const json& cb = j["scenarios"][1]["costs"];
    EXPECT_DOUBLE_EQ(ca["cloud_monthly_usd"].get<double>(), 540.0);
    EXPECT_DOUBLE_EQ(cb["cloud_monthly_usd"].get<double>(), 1080.0); // 12M in and 12M out
    EXPECT_DOUBLE_EQ(ca["cloud_total_usd"].get<double>(), 540.0 * 12);
    EXPECT_DOUBLE_EQ(cb["cloud_total_usd"].get<double>(), 1080.0 * 36);
    EXPECT_DOUBLE_EQ(cb["local_total_usd"].get<double>(), 2000.0 + 30.0 * 36);
    EXPECT_NEAR(ca["breakeven_months"].get<double>(), 2000.0 / (540.0 - 30.0), 1e-9);
    EXPECT_NEAR(cb["breakeven_months"].get<double>(), 2000.0 / (1080.0 - 30.0), 1e-9);
    EXPECT_EQ(j["scenarios"][0]["recommendation"], "local");
    ASSERT_EQ(j["differences"].size(), 2U);
    EXPECT_EQ(j["differences"][0]["field"], "answers.monthly_tokens");
    EXPECT_EQ(j["differences"][0]["values"], json::array({ 12000000, 24000000 }));
    EXPECT_EQ(j["differences"][1]["field"], "horizon_months");

    const Result csv = run({ "compare", fa.string(), fb.string(), "--format", "csv" });
    ASSERT_EQ(csv.status, 0) << csv.err;
    EXPECT_TRUE(contains(csv.out, "a.json,12,6480.00,2360.00,\r\n")) << csv.out.substr(0, 300);
    EXPECT_TRUE(contains(csv.out, "b.json,36,38880.00,3080.00,\r\n"));

    const Result text = run({ "compare", fa.string(), fb.string() });
    ASSERT_EQ(text.status, 0) << text.err;
    EXPECT_TRUE(contains(text.out, "Inputs that differ"));
    // The inputs by their labels, their values formatted; the keys stay in the JSON only.
    EXPECT_FALSE(contains(text.out, "horizon_months")) << text.out;
    EXPECT_FALSE(contains(text.out, "answers.monthly_tokens")) << text.out;
    EXPECT_TRUE(contains(text.out, "24,000,000 tokens")) << text.out;
    EXPECT_EQ(j["differences"][0]["label"], "Monthly tokens");
}

// The cache-read price follows the offer and is shown by its label, as an amount, in the UI
// language: GPT-4o at OpenAI reads its cache at 1.25 USD per 1M.
TEST_F(Cli, CompareNamesInputsByTheirLabels)
{
    json a = gpt4Example();
    a["lowregret"] = 3;
    a.erase("cloud");
    a["cloud"] = { { "model", "openai/gpt-4o" } };
    a["time"] = { { "cached_input_share", 0.5 } };
    json b = a;
    b["time"]["cached_input_share"] = 0.25;
    const fs::path fa = write("a.json", a);
    const fs::path fb = write("b.json", b);
    const Result en = run({ "compare", fa.string(), fb.string() });
    ASSERT_EQ(en.status, 0) << en.err;
    EXPECT_TRUE(contains(en.out, "Cached share of input")) << en.out;
    EXPECT_TRUE(contains(en.out, "25%")) << en.out;
    EXPECT_FALSE(contains(en.out, "time.cached_input_share")) << en.out;
    const Result zh = run({ "compare", fa.string(), fb.string(), "--lang", "zh-Hant" });
    ASSERT_EQ(zh.status, 0) << zh.err;
    EXPECT_TRUE(contains(zh.out, "輸入中快取的占比")) << zh.out;
    // 12M tokens, half input, half of it cached at 1.25: 6M × 0.5 × 2.50 + 6M × 0.5 × 1.25
    // + 6M × 10.00 = 7.50 + 3.75 + 60.00 = 71.25 USD in the first month.
    const json j = json::parse(run({ "compare", fa.string(), fb.string(), "--format", "json" }).out);
    EXPECT_NEAR(j["scenarios"][0]["costs"]["cloud_monthly_usd"].get<double>(), 71.25, 1e-9);
}

TEST_F(Cli, CompareNeedsTwoToFourReadableFiles)
{
    const fs::path a = write("a.json", gpt4Example());
    EXPECT_EQ(run({ "compare", a.string() }).status, 2);
    EXPECT_EQ(run({ "compare", a.string(), a.string(), a.string(), a.string(), a.string() }).status, 2);
    const fs::path broken = writeText("broken.json", "{");
    const Result r = run({ "compare", a.string(), broken.string() });
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(contains(r.err, "broken.json")) << r.err;
    EXPECT_TRUE(r.out.empty());
}
