// lowregret-cli hardware --measured FILE: the team's llama-bench files (docs/cli.md). A file
// with no run in it is refused with exit 2 naming the file and the problem; a bad row is warned
// of and the other rows are used.
#include "CliFixture.h"

#include <fstream>

using namespace cli_test;

namespace {

std::string benchFile(const std::string& name)
{
    return LOWREGRET_SOURCE_DIR "/tests/data/llama-bench/" + name;
}

} // namespace

TEST_F(Cli, MeasuredAcceptsLlamaBenchFiles)
{
    const Result r = run({ "hardware", "--model", "llama-3.1-8b", "--measured", benchFile("rtx4090-llama-3.1-8b.json"),
        "--measured", benchFile("m2-ultra-llama-3.1-8b.json"), "--format", "json" });
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, "");
    const json j = json::parse(r.out);
    EXPECT_EQ(j["model"], "llama-3.1-8b");
    EXPECT_EQ(j["devices"].size(), 12u); // every device of resources/hardware.json
    // The RTX 4090's run replaces its estimate: prefill is the file's pp512, 6,964.93 tokens/s;
    // decode is its tg128, 130.52 at no depth, moved to the 8,192 tokens of context as the
    // estimate moves, so slower; the other devices stay estimated.
    for (const auto& d : j["devices"]) {
        if (d["device"] == "rtx4090") {
            EXPECT_EQ(d["speed_source"], "measured");
            EXPECT_EQ(d["prefill_source"], "measured");
            EXPECT_NEAR(d["prefill_tokens_per_second"].get<double>(), 6964.92934, 1e-6);
            EXPECT_LT(d["decode_tokens_per_second"].get<double>(), 130.520538);
            EXPECT_GT(d["decode_tokens_per_second"].get<double>(), 0.8 * 130.520538);
            EXPECT_EQ(d["estimated"], false);
        } else if (d["device"] == "m2-ultra") {
            EXPECT_EQ(d["speed_source"], "measured") << "the Mac's file is a run too";
        } else {
            EXPECT_EQ(d["speed_source"], "estimated") << d["device"];
        }
    }
    // At 1 token of context the decode is the run's own.
    const Result shallow = run({ "hardware", "--model", "llama-3.1-8b", "--context", "1", "--measured",
        benchFile("rtx4090-llama-3.1-8b.json"), "--format", "json" });
    ASSERT_EQ(shallow.status, 0) << shallow.err;
    const json shallowJson = json::parse(shallow.out); // kept: a loop over a temporary's part would outlive it
    for (const auto& d : shallowJson["devices"])
        if (d["device"] == "rtx4090") {
            EXPECT_NEAR(d["decode_tokens_per_second"].get<double>(), 130.520538, 130.520538 * 0.001);
            EXPECT_EQ(d["decode_scaled_from_run"], false);
        }
    for (const auto& d : j["devices"])
        if (d["device"] == "rtx4090")
            EXPECT_EQ(d["decode_scaled_from_run"], true) << "measured at no depth, shown at 8,192";
    // llama-bench measures llama.cpp: under vLLM the run does not stand in.
    const Result vllm = run({ "hardware", "--model", "llama-3.1-8b", "--engine", "vllm", "--measured",
        benchFile("rtx4090-llama-3.1-8b.json"), "--format", "json" });
    ASSERT_EQ(vllm.status, 0) << vllm.err;
    const json vllmJson = json::parse(vllm.out); // kept: a loop over a temporary's part would outlive it
    for (const auto& d : vllmJson["devices"])
        EXPECT_EQ(d["speed_source"], "estimated") << d["device"];
    // A distill of Llama 3.1 8B has its shape: the base model's run measures it too.
    const Result distill = run({ "hardware", "--model", "deepseek-r1-distill-llama-8b", "--measured",
        benchFile("rtx4090-llama-3.1-8b.json"), "--format", "json" });
    ASSERT_EQ(distill.status, 0) << distill.err;
    const json distillJson = json::parse(distill.out); // kept: a loop over a temporary's part would outlive it
    for (const auto& d : distillJson["devices"])
        if (d["device"] == "rtx4090")
            EXPECT_NEAR(d["prefill_tokens_per_second"].get<double>(), 6964.92934, 1e-6);
    // With a scenario too, and in text.
    const auto scenario = write("gpt4.json", gpt4Example());
    const Result text = run({ "hardware", "--model", "llama-3.1-8b", "--scenario", scenario.string(), "--measured",
        benchFile("rtx4090-llama-3.1-8b.json") });
    EXPECT_EQ(text.status, 0) << text.err;
    EXPECT_TRUE(contains(text.out, "RTX 4090")) << text.out;
}

TEST_F(Cli, MeasuredRefusesAFileWithNoRunNamingTheFile)
{
    const struct {
        std::string file;
        std::string message;
    } cases[] = {
        { benchFile("not-json.md"), benchFile("not-json.md") + ": not valid JSON" },
        { benchFile("object.json"), benchFile("object.json") + ": not the list of runs llama-bench -o json prints" },
        { benchFile("empty.json"), benchFile("empty.json") + ": no llama-bench run in it" },
        { benchFile("no-such-file.json"), benchFile("no-such-file.json") + ": no such file" },
    };
    for (const auto& c : cases) {
        const Result r = run({ "hardware", "--model", "llama-3.1-8b", "--measured", c.file });
        EXPECT_EQ(r.status, 2) << c.file;
        EXPECT_EQ(r.out, "") << c.file;
        EXPECT_TRUE(contains(r.err, "lowregret-cli: error: " + c.message)) << r.err;
    }
    // One bad file among good ones is enough to refuse.
    const Result mixed = run({ "hardware", "--model", "llama-3.1-8b", "--measured",
        benchFile("rtx4090-llama-3.1-8b.json"), "--measured", benchFile("object.json") });
    EXPECT_EQ(mixed.status, 2);
    // In Chinese.
    const Result zh
        = run({ "hardware", "--model", "llama-3.1-8b", "--measured", benchFile("object.json"), "--lang", "zh-Hant" });
    EXPECT_EQ(zh.status, 2);
    EXPECT_TRUE(contains(
        zh.err, "lowregret-cli：錯誤：" + benchFile("object.json") + "：不是 llama-bench -o json 輸出的測試結果清單"))
        << zh.err;
}

TEST_F(Cli, MeasuredWarnsOfABadRowAndUsesTheOthers)
{
    const Result r
        = run({ "hardware", "--model", "llama-3.1-8b", "--measured", benchFile("bad-rows.json"), "--format", "json" });
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NO_THROW((void)json::parse(r.out));
    EXPECT_TRUE(
        contains(r.err, "lowregret-cli: warning: " + benchFile("bad-rows.json") + "[1].avg_ts: must be a number"))
        << r.err;
    EXPECT_TRUE(contains(r.err, benchFile("bad-rows.json") + "[2].n_gen: must be from 0 to")) << r.err;
}

TEST_F(Cli, MeasuredIsOnlyForHardware)
{
    const auto scenario = write("gpt4.json", gpt4Example());
    const Result r = run({ "decide", scenario.string(), "--measured", benchFile("rtx4090-llama-3.1-8b.json") });
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(contains(r.err, "--measured: only hardware takes it")) << r.err;
    const Result none = run({ "hardware", "--model", "llama-3.1-8b", "--measured" });
    EXPECT_EQ(none.status, 2);
    EXPECT_TRUE(contains(none.err, "--measured")) << none.err;
}

// decide uses the runs a scenario saved: the RTX 4090's prefill is the file's pp512 and every
// speed says it was measured.
TEST_F(Cli, DecideUsesTheRunsTheScenarioSaved)
{
    json s = gpt4Example();
    s["lowregret"] = 3;
    std::ifstream in(benchFile("rtx4090-llama-3.1-8b.json"));
    s["local"]["sizing"]
        = { { "device", "rtx4090" }, { "model", "llama-3.1-8b" }, { "measured_runs", json::parse(in) } };
    const auto file = write("measured.json", s);
    const Result r = run({ "decide", file.string(), "--format", "json" });
    ASSERT_EQ(r.status, 0) << r.err;
    const json z = json::parse(r.out)["costs"]["local"]["sizing"];
    EXPECT_EQ(z["speed_source"], "measured");
    EXPECT_EQ(z["prefill_source"], "measured");
    EXPECT_EQ(z["estimated"], false);
    EXPECT_NEAR(z["prefill_tokens_per_second"].get<double>(), 6964.92934, 1e-6);
    // The same scenario without its runs is estimated.
    s["local"]["sizing"].erase("measured_runs");
    const Result bare = run({ "decide", write("bare.json", s).string(), "--format", "json" });
    ASSERT_EQ(bare.status, 0) << bare.err;
    EXPECT_EQ(json::parse(bare.out)["costs"]["local"]["sizing"]["speed_source"], "estimated");
    // The text names the runs among the assumptions: 130.52 tokens/s, to the whole token.
    const Result text = run({ "decide", file.string() });
    EXPECT_TRUE(contains(text.out, "Measured runs (llama-bench)")) << text.out;
    EXPECT_TRUE(contains(text.out, "Llama 3.1 8B Q4_K_M on RTX 4090: 131 tokens/s")) << text.out;
}
