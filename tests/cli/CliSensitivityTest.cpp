// lowregret-cli sensitivity, and the `sensitivity` object of `decide`'s JSON: the contract's
// fields and the guide's GPT-4 example's flip points by their closed forms.
#include "CliFixture.h"

using namespace cli_test;

namespace {

// The text as one line: the output wraps at 80 columns, and Chinese wraps without a space.
std::string oneLine(const std::string& text, bool chinese)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') {
            while (i + 1 < text.size() && text[i + 1] == ' ')
                ++i;
            if (!chinese)
                out += ' ';
            continue;
        }
        out += text[i];
    }
    return out;
}

} // namespace

TEST_F(Cli, SensitivityJsonKeepsTheContractAndTheClosedForms)
{
    const Result r = run({ "sensitivity", write("s.json", gpt4Example()).string(), "--format", "json" });
    ASSERT_EQ(r.status, 0) << r.err;
    const json j = json::parse(r.out);
    EXPECT_EQ(j["recommendation"], "local");
    bool usage = false;
    for (const auto& f : j["flip_points"]) {
        for (const char* key : { "input", "current", "value", "direction", "recommendation_after" })
            EXPECT_TRUE(f.contains(key)) << key;
        if (f["input"] == "answers.monthly_tokens") {
            usage = true;
            // 2,000 / (T × 45 / 1M − 30) = 12
            EXPECT_NEAR(f["value"].get<double>(), (2000.0 / 12 + 30) * 1e6 / 45, 1e-6);
            EXPECT_EQ(f["direction"], "below");
            EXPECT_EQ(f["recommendation_after"], "cloud");
        }
        if (f["input"] == "local.hardware_usd")
            EXPECT_NEAR(f["value"].get<double>(), 12 * 510.0, 1e-6);
    }
    EXPECT_TRUE(usage);
    for (const char* key : { "tornado", "regret", "ranges" })
        EXPECT_TRUE(j.contains(key)) << key;
    EXPECT_TRUE(j["regret"]["low_regret_choice"] == "local" || j["regret"]["low_regret_choice"] == "cloud");
    EXPECT_EQ(j["ranges"]["answers.monthly_tokens"]["low"], 6e6);
    EXPECT_EQ(j["ranges"]["answers.monthly_tokens"]["source"], "default");

    // `decide --format json` holds the same object.
    const Result d = run({ "decide", write("s.json", gpt4Example()).string(), "--format", "json" });
    ASSERT_EQ(d.status, 0) << d.err;
    EXPECT_EQ(json::parse(d.out)["sensitivity"], j);
}

TEST_F(Cli, SensitivityTextSaysTheFlipInBothLanguages)
{
    json s = gpt4Example();
    s["uncertainty"] = { { "answers.monthly_tokens", { { "low", 6000000 }, { "high", 18000000 } } } };
    const auto file = write("s.json", s).string();
    const Result en = run({ "sensitivity", file });
    ASSERT_EQ(en.status, 0) << en.err;
    EXPECT_TRUE(contains(en.out, "How sure is this"));
    // 2,000 / (T × 45 / 1M − 30) = 12 at T = 4,370,370.4: a sentence says it to three figures.
    EXPECT_TRUE(contains(oneLine(en.out, false), "falls below about 4,370,000 tokens")) << en.out;
    EXPECT_TRUE(contains(oneLine(en.out, false), "The ranges are the scenario's own")) << en.out;
    const Result zh = run({ "sensitivity", file, "--lang", "zh-Hant" });
    ASSERT_EQ(zh.status, 0) << zh.err;
    EXPECT_TRUE(contains(zh.out, "這個答案有多可靠"));
    EXPECT_TRUE(contains(oneLine(zh.out, true), "低於約 437 萬 tokens")) << zh.out;
}

TEST_F(Cli, SensitivityRefusesABadRangeNamingIt)
{
    json s = gpt4Example();
    s["uncertainty"] = { { "local.hardware_usd", { { "low", 3000 }, { "high", 1000 } } } };
    const Result r = run({ "sensitivity", write("s.json", s).string() });
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(contains(r.err, "uncertainty.local.hardware_usd.low")) << r.err;
    EXPECT_TRUE(r.out.empty());
}

TEST_F(Cli, SensitivityOutOfScopeSaysThereIsNone)
{
    json s = gpt4Example();
    s["answers"]["exclusions"] = { "validating" };
    const Result r = run({ "sensitivity", write("s.json", s).string(), "--format", "json" });
    ASSERT_EQ(r.status, 0) << r.err;
    const json j = json::parse(r.out);
    EXPECT_EQ(j["recommendation"], "out_of_scope");
    EXPECT_TRUE(j["flip_points"].empty());
    const Result text = run({ "sensitivity", write("s.json", s).string() });
    EXPECT_TRUE(contains(text.out, "No sensitivity analysis")) << text.out;
}
