// The team's llama-bench runs (docs/sizing.md, "Measured runs"): files as llama-bench prints
// them (tests/data/llama-bench/), matched to the hardware data, and the files and rows that are
// not runs. Every expected figure is copied from those files.
#include "lowregret/sizing/MeasuredRuns.h"

#include "HanText.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <iterator>
#include <string>

using lowregret::Hardware;
using lowregret::Lang;
using lowregret::MeasuredRun;
using lowregret::MeasuredRuns;
using lowregret::Problem;

namespace {

std::string dataFile(const std::string& name)
{
    return LOWREGRET_SOURCE_DIR "/tests/data/llama-bench/" + name;
}

std::string readText(const std::string& file)
{
    std::ifstream in(file, std::ios::binary);
    return { std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>() };
}

MeasuredRuns read(const std::string& name)
{
    return MeasuredRuns::readFile(dataFile(name), Hardware::builtIn());
}

// One generation row of the RTX 4090 file with some fields changed.
nlohmann::json rowWith(const nlohmann::json& changes)
{
    auto row = nlohmann::json::parse(readText(dataFile("rtx4090-llama-3.1-8b.json"))).at(1);
    row.update(changes);
    return row;
}

MeasuredRun runOf(const nlohmann::json& row, const Hardware& hw = Hardware::builtIn())
{
    const auto r = MeasuredRuns::fromJson(nlohmann::json::array({ row }), "t.json", hw);
    EXPECT_TRUE(r.problems.empty()) << r.problems.front().describe(Lang::En);
    return r.runs.empty() ? MeasuredRun {} : r.runs.front();
}

} // namespace

TEST(MeasuredRuns, ReadsAnRtx4090RunOfLlama8bAsLlamaBenchWroteIt)
{
    const auto r = read("rtx4090-llama-3.1-8b.json");
    ASSERT_TRUE(r.problems.empty()) << r.problems.front().describe(Lang::En);
    ASSERT_EQ(r.runs.size(), 2u);
    const MeasuredRun& pp = r.runs[0];
    EXPECT_TRUE(pp.isPrompt());
    EXPECT_FALSE(pp.isGeneration());
    EXPECT_EQ(pp.nPrompt, 512);
    EXPECT_EQ(pp.nGen, 0);
    EXPECT_DOUBLE_EQ(pp.avgTs, 6964.929340);
    EXPECT_DOUBLE_EQ(pp.stddevTs, 31.238778);
    EXPECT_EQ(pp.modelType, "llama 8B Q4_K - Medium");
    EXPECT_EQ(pp.modelFilename, "models/Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf");
    EXPECT_DOUBLE_EQ(pp.modelParams, 8030261248.0);
    EXPECT_DOUBLE_EQ(pp.modelSizeBytes, 4920734720.0);
    EXPECT_EQ(pp.backends, "CUDA");
    EXPECT_EQ(pp.gpuInfo, "NVIDIA GeForce RTX 4090");
    EXPECT_EQ(pp.gpuLayers, 99);
    // Llama 3.1 8B and DeepSeek-R1-Distill-Llama-8B are both 8.03 B and both llama: the first
    // in the data.
    EXPECT_EQ(pp.model, "llama-3.1-8b");
    EXPECT_EQ(pp.quantization, "q4_k_m");
    EXPECT_EQ(pp.device, "rtx4090");
    EXPECT_EQ(pp.devices, 1);
    EXPECT_TRUE(pp.matched());
    const MeasuredRun& tg = r.runs[1];
    EXPECT_TRUE(tg.isGeneration());
    EXPECT_EQ(tg.nGen, 128);
    EXPECT_DOUBLE_EQ(tg.avgTs, 130.520538);
    EXPECT_EQ(r.prompt("llama-3.1-8b", "q4_k_m", "rtx4090", 1), &r.runs[0]);
    EXPECT_EQ(r.generation("llama-3.1-8b", "q4_k_m", "rtx4090", 1, 8192), &r.runs[1]);
    // Another count, device, quantization or model has no run.
    EXPECT_EQ(r.generation("llama-3.1-8b", "q4_k_m", "rtx4090", 2, 0), nullptr);
    EXPECT_EQ(r.generation("llama-3.1-8b", "q4_k_m", "rtx3090", 1, 0), nullptr);
    EXPECT_EQ(r.generation("llama-3.1-8b", "q8_0", "rtx4090", 1, 0), nullptr);
    EXPECT_EQ(r.prompt("deepseek-r1-distill-llama-8b", "q4_k_m", "rtx4090", 1), nullptr);
}

TEST(MeasuredRuns, TwoCardsInGpuInfoAreTwoDevices)
{
    const auto r = read("2x-rtx3090-llama-3.3-70b.json");
    ASSERT_TRUE(r.problems.empty());
    ASSERT_EQ(r.runs.size(), 2u);
    for (const auto& run : r.runs) {
        EXPECT_EQ(run.model, "llama-3.3-70b");
        EXPECT_EQ(run.quantization, "q4_k_m");
        EXPECT_EQ(run.device, "rtx3090");
        EXPECT_EQ(run.devices, 2);
    }
    const auto* tg = r.generation("llama-3.3-70b", "q4_k_m", "rtx3090", 2, 0);
    ASSERT_NE(tg, nullptr);
    EXPECT_DOUBLE_EQ(tg->avgTs, 17.010158);
    const auto* pp = r.prompt("llama-3.3-70b", "q4_k_m", "rtx3090", 2);
    ASSERT_NE(pp, nullptr);
    EXPECT_DOUBLE_EQ(pp->avgTs, 389.030441);
    EXPECT_EQ(r.generation("llama-3.3-70b", "q4_k_m", "rtx3090", 1, 0), nullptr);
}

TEST(MeasuredRuns, AMacIsMatchedByItsChipAndAnOlderBuildHasNoDepth)
{
    const auto r = read("m2-ultra-llama-3.1-8b.json");
    ASSERT_TRUE(r.problems.empty());
    ASSERT_EQ(r.runs.size(), 2u);
    for (const auto& run : r.runs) {
        EXPECT_FALSE(run.row.contains("n_depth"));
        EXPECT_EQ(run.nDepth, 0);
        EXPECT_EQ(run.backends, "Metal,BLAS");
        EXPECT_EQ(run.device, "m2-ultra"); // "Apple M2 Ultra" is "Mac Studio M2 Ultra (192 GB)"
        EXPECT_EQ(run.devices, 1);
        EXPECT_EQ(run.model, "llama-3.1-8b");
    }
    EXPECT_DOUBLE_EQ(r.prompt("llama-3.1-8b", "q4_k_m", "m2-ultra", 1)->avgTs, 1237.320542);
    EXPECT_DOUBLE_EQ(r.generation("llama-3.1-8b", "q4_k_m", "m2-ultra", 1, 4096)->avgTs, 93.818297);
}

TEST(MeasuredRuns, TheGenerationRunNearestTheDepthIsTaken)
{
    const auto r = read("rtx4090-gpt-oss-20b-depth.json");
    ASSERT_TRUE(r.problems.empty());
    ASSERT_EQ(r.runs.size(), 4u);
    for (const auto& run : r.runs) {
        EXPECT_EQ(run.model, "gpt-oss-20b");
        EXPECT_EQ(run.quantization, "mxfp4"); // "MXFP4 MoE"
        EXPECT_EQ(run.device, "rtx4090");
    }
    EXPECT_EQ(r.runs[3].nDepth, 4096);
    const auto gen = [&](double depth) { return r.generation("gpt-oss-20b", "mxfp4", "rtx4090", 1, depth)->avgTs; };
    EXPECT_DOUBLE_EQ(gen(0), 271.182799);
    EXPECT_DOUBLE_EQ(gen(2000), 271.182799); // 2,000 from 0, 2,096 from 4,096
    EXPECT_DOUBLE_EQ(gen(2100), 235.969606);
    EXPECT_DOUBLE_EQ(gen(32768), 235.969606);
    // Both prompts are 512 tokens: the one with no context before it.
    EXPECT_DOUBLE_EQ(r.prompt("gpt-oss-20b", "mxfp4", "rtx4090", 1)->avgTs, 9802.914368);
}

TEST(MeasuredRuns, ACpuRunOrNoOffloadedLayerMatchesNoDevice)
{
    const auto cpu = read("cpu-llama-3.1-8b.json");
    ASSERT_EQ(cpu.runs.size(), 1u);
    EXPECT_EQ(cpu.runs[0].model, "llama-3.1-8b");
    EXPECT_EQ(cpu.runs[0].device, "");
    EXPECT_FALSE(cpu.runs[0].matched());
    EXPECT_EQ(cpu.generation("llama-3.1-8b", "q4_k_m", "", 1, 0), nullptr);
    EXPECT_EQ(runOf(rowWith({ { "n_gpu_layers", 0 } })).device, "");
    EXPECT_EQ(runOf(rowWith({ { "backends", "BLAS" } })).device, "");
    EXPECT_EQ(runOf(rowWith({ { "backends", "ZenDNN, BLAS" } })).device, "");
    EXPECT_EQ(runOf(rowWith({ { "backends", "CUDA,BLAS" } })).device, "rtx4090");
    EXPECT_EQ(runOf(rowWith({ { "n_gpu_layers", 99 } })).device, "rtx4090");
}

TEST(MeasuredRuns, AModelOrQuantizationTheDataDoesNotKnowIsReadButNotMatched)
{
    const auto r = read("rtx5090-unknown-model.json");
    EXPECT_TRUE(r.problems.empty());
    ASSERT_EQ(r.runs.size(), 2u);
    EXPECT_EQ(r.runs[0].model, ""); // Mistral Small 24B: 23.6 B is no model's size
    EXPECT_EQ(r.runs[0].quantization, "q4_k_m");
    EXPECT_EQ(r.runs[0].device, "rtx5090");
    EXPECT_FALSE(r.runs[0].matched());
    EXPECT_EQ(r.runs[1].model, "llama-3.1-8b");
    EXPECT_EQ(r.runs[1].quantization, ""); // IQ4_XS
    EXPECT_FALSE(r.runs[1].matched());
}

TEST(MeasuredRuns, TheQuantizationComesFromTheRestOfTheModelType)
{
    const auto quantization = [](const std::string& type) {
        return runOf(rowWith({ { "model_type", type } })).quantization;
    };
    EXPECT_EQ(quantization("llama 8B Q4_K - Medium"), "q4_k_m");
    EXPECT_EQ(quantization("llama 8B Q5_K - Medium"), "q5_k_m");
    EXPECT_EQ(quantization("llama 8B Q8_0"), "q8_0");
    EXPECT_EQ(quantization("llama 8B F16"), "fp16");
    EXPECT_EQ(quantization("llama 8B BF16"), "fp16");
    EXPECT_EQ(quantization("gpt-oss 20B MXFP4 MoE"), "mxfp4");
    EXPECT_EQ(quantization("gpt-oss 20B MXFP4"), "mxfp4");
    EXPECT_EQ(quantization("llama 8B Q4_K - Medium (guessed)"), "q4_k_m");
    EXPECT_EQ(quantization("llama 8B Q4_K - Small"), "");
    EXPECT_EQ(quantization("llama 8B Q4_0"), "");
    EXPECT_EQ(quantization("Q4_K - Medium"), ""); // no architecture and size before it
}

TEST(MeasuredRuns, TheModelIsMatchedByItsParametersThenItsArchitecture)
{
    // model_n_params is a whole number.
    const auto model = [](double params, const std::string& type, const Hardware& hw = Hardware::builtIn()) {
        return runOf(rowWith({ { "model_n_params", std::llround(params) }, { "model_type", type } }), hw).model;
    };
    // Within 4 % of 8.03 B: 7.7088 B to 8.3512 B.
    EXPECT_EQ(model(8.03e9 * 1.039, "llama 8B Q4_K - Medium"), "llama-3.1-8b");
    EXPECT_EQ(model(8.03e9 * 0.961, "llama 8B Q4_K - Medium"), "llama-3.1-8b");
    EXPECT_EQ(model(8.03e9 * 1.041, "llama 8B Q4_K - Medium"), "");
    EXPECT_EQ(model(8.03e9 * 0.959, "llama 8B Q4_K - Medium"), "");
    // qwen3moe is Qwen3: llama.cpp's "moe" ending is not part of the name.
    EXPECT_EQ(model(30532122624, "qwen3moe 30B.A3B Q4_K - Medium"), "qwen3-30b-a3b");
    EXPECT_EQ(model(32763876352, "qwen2 32B Q4_K - Medium"), "qwen2.5-coder-32b");
    EXPECT_EQ(model(116829156672, "gpt-oss 120B MXFP4 MoE"), "gpt-oss-120b");
    // Of two models of one size, the one whose name has the architecture, wherever it is.
    Hardware hw = Hardware::builtIn();
    Hardware::Model other = *hw.model("llama-3.1-8b");
    other.id = "granite-8b";
    other.name = "Granite 8B";
    hw.models.insert(hw.models.begin(), other);
    EXPECT_EQ(model(8030261248, "llama 8B Q4_K - Medium", hw), "llama-3.1-8b");
    EXPECT_EQ(model(8030261248, "granite 8B Q4_K - Medium", hw), "granite-8b");
    // No name agrees: no model, though two are of its size.
    EXPECT_EQ(model(8030261248, "mistral 8B Q4_K - Medium", hw), "");
    // Names compare without hyphens and dots: gemma3 is Gemma 3.
    EXPECT_EQ(model(27009346304, "gemma3 27B Q4_K - Medium"), "gemma-3-27b");
}

TEST(MeasuredRuns, TheDeviceIsCountedInGpuInfo)
{
    const auto run = [](const std::string& gpuInfo) { return runOf(rowWith({ { "gpu_info", gpuInfo } })); };
    // The data's A100 and H100 are the PCIe cards; the SXM ones read half again as fast and
    // are none of them.
    EXPECT_EQ(run("NVIDIA A100 80GB PCIe").device, "a100-80gb");
    EXPECT_EQ(run("NVIDIA A100-SXM4-80GB").device, "");
    const auto h100 = run("NVIDIA H100 PCIe, NVIDIA H100 PCIe, NVIDIA H100 PCIe, NVIDIA H100 PCIe");
    EXPECT_EQ(h100.device, "h100-80gb");
    EXPECT_EQ(h100.devices, 4);
    EXPECT_EQ(run("NVIDIA H100 80GB HBM3").device, "");
    EXPECT_EQ(run("Apple M3 Ultra").device, "m3-ultra");
    EXPECT_EQ(run("NVIDIA GeForce RTX 5090").device, "rtx5090");
    EXPECT_EQ(run("NVIDIA GeForce RTX 3090").devices, 1);
    // Cards of two kinds are no setup the sizing knows; a name inside a longer word is not one.
    EXPECT_EQ(run("NVIDIA GeForce RTX 4090, NVIDIA GeForce RTX 3090").device, "");
    EXPECT_EQ(run("NVIDIA GeForce RTX 40900").device, "");
    EXPECT_EQ(run("AMD Radeon RX 7900 XTX").device, "");
    EXPECT_EQ(run("").device, "");
}

TEST(MeasuredRuns, AFileThatIsNotRunsIsOneClearProblem)
{
    const auto md = read("not-json.md");
    EXPECT_TRUE(md.runs.empty());
    ASSERT_EQ(md.problems.size(), 1u);
    EXPECT_EQ(md.problems[0].kind, Problem::Kind::NotJson);
    EXPECT_EQ(md.problems[0].path, dataFile("not-json.md"));

    const auto object = read("object.json");
    EXPECT_TRUE(object.runs.empty());
    ASSERT_EQ(object.problems.size(), 1u);
    EXPECT_EQ(object.problems[0].kind, Problem::Kind::NotLlamaBench);
    EXPECT_EQ(object.problems[0].value, "");
    EXPECT_EQ(object.problems[0].path, dataFile("object.json"));
    EXPECT_EQ(object.problems[0].describe(Lang::En),
        dataFile("object.json") + ": not the list of runs llama-bench -o json prints");
    EXPECT_EQ(object.problems[0].describe(Lang::ZhHant),
        dataFile("object.json") + "：不是 llama-bench -o json 輸出的測試結果清單");

    const auto empty = read("empty.json");
    ASSERT_EQ(empty.problems.size(), 1u);
    EXPECT_EQ(empty.problems[0].kind, Problem::Kind::NotLlamaBench);
    EXPECT_EQ(empty.problems[0].value, "empty");
    EXPECT_EQ(empty.problems[0].describe(Lang::En), dataFile("empty.json") + ": no llama-bench run in it");
    EXPECT_EQ(
        empty.problems[0].describe(Lang::ZhHant), dataFile("empty.json") + "：裡面沒有任何一列 llama-bench 測試結果");

    const auto missing = read("no-such-file.json");
    ASSERT_EQ(missing.problems.size(), 1u);
    EXPECT_EQ(missing.problems[0].kind, Problem::Kind::FileNotFound);

    const auto big = MeasuredRuns::fromText(
        "[" + std::string(MeasuredRuns::maxFileBytes, ' ') + "]", "big.json", Hardware::builtIn());
    ASSERT_EQ(big.problems.size(), 1u);
    EXPECT_EQ(big.problems[0].kind, Problem::Kind::TooLarge);
    const auto deep
        = MeasuredRuns::fromText(std::string(40, '[') + std::string(40, ']'), "deep.json", Hardware::builtIn());
    ASSERT_EQ(deep.problems.size(), 1u);
    EXPECT_EQ(deep.problems[0].kind, Problem::Kind::TooDeep);
    const auto utf8 = MeasuredRuns::fromText("[\"\xff\"]", "bad.json", Hardware::builtIn());
    ASSERT_EQ(utf8.problems.size(), 1u);
    EXPECT_EQ(utf8.problems[0].kind, Problem::Kind::InvalidUtf8);
}

TEST(MeasuredRuns, ABadRowIsAProblemOfThatRowAndTheOthersAreRead)
{
    const auto r = read("bad-rows.json");
    ASSERT_EQ(r.runs.size(), 2u); // rows 0 and 3
    EXPECT_TRUE(r.runs[0].isGeneration());
    EXPECT_TRUE(r.runs[1].isPrompt());
    ASSERT_EQ(r.problems.size(), 2u);
    EXPECT_EQ(r.problems[0].path, dataFile("bad-rows.json") + "[1].avg_ts");
    EXPECT_EQ(r.problems[0].kind, Problem::Kind::WrongType);
    EXPECT_EQ(r.problems[0].expected, "number");
    EXPECT_EQ(r.problems[1].path, dataFile("bad-rows.json") + "[2].n_gen");
    EXPECT_EQ(r.problems[1].kind, Problem::Kind::OutOfRange);
    EXPECT_EQ(r.problems[1].value, "-128");
}

TEST(MeasuredRuns, EveryRequiredFieldIsCheckedAndNoneReadsAsZero)
{
    const auto problemOf = [](const nlohmann::json& row) {
        const auto r = MeasuredRuns::fromJson(nlohmann::json::array({ row }), "t.json", Hardware::builtIn());
        EXPECT_TRUE(r.runs.empty()) << row.dump();
        return r.problems.empty() ? Problem {} : r.problems.front();
    };
    for (const char* key : { "model_type", "model_n_params", "n_prompt", "n_gen", "avg_ts" }) {
        auto row = rowWith(nlohmann::json::object());
        row.erase(key);
        const auto p = problemOf(row);
        EXPECT_EQ(p.kind, Problem::Kind::Missing) << key;
        EXPECT_EQ(p.path, std::string("t.json[0].") + key);
    }
    EXPECT_EQ(problemOf(rowWith({ { "avg_ts", 0 } })).kind, Problem::Kind::OutOfRange);
    EXPECT_EQ(problemOf(rowWith({ { "avg_ts", -130.5 } })).kind, Problem::Kind::OutOfRange);
    EXPECT_EQ(problemOf(rowWith({ { "avg_ts", 2e7 } })).kind, Problem::Kind::OutOfRange);
    EXPECT_EQ(problemOf(rowWith({ { "n_gen", 12.5 } })).kind, Problem::Kind::WrongType);
    EXPECT_EQ(problemOf(rowWith({ { "n_prompt", 1e12 } })).kind, Problem::Kind::OutOfRange);
    EXPECT_EQ(problemOf(rowWith({ { "model_n_params", 0 } })).kind, Problem::Kind::OutOfRange);
    EXPECT_EQ(problemOf(rowWith({ { "model_type", "" } })).kind, Problem::Kind::Empty);
    EXPECT_EQ(problemOf(rowWith({ { "gpu_info", 4090 } })).path, "t.json[0].gpu_info");
    EXPECT_EQ(problemOf(rowWith({ { "n_depth", -1 } })).path, "t.json[0].n_depth");
    // Neither a prompt nor a generation.
    const auto none = problemOf(rowWith({ { "n_prompt", 0 }, { "n_gen", 0 } }));
    EXPECT_EQ(none.path, "t.json[0].n_gen");
    EXPECT_EQ(none.kind, Problem::Kind::OutOfRange);
    EXPECT_EQ(problemOf(42).kind, Problem::Kind::WrongType);
}

TEST(MeasuredRuns, AThousandBadRowsKeepTheFirstHundredProblems)
{
    const auto rows = nlohmann::json(std::vector<nlohmann::json>(1000, nlohmann::json::object()));
    const auto r = MeasuredRuns::fromJson(rows, "t.json", Hardware::builtIn());
    EXPECT_TRUE(r.runs.empty());
    ASSERT_EQ(r.problems.size(), MeasuredRuns::maxProblems);
    // Five required fields missing in each row, then the file's "no run in it".
    EXPECT_EQ(r.problems.size() + r.problemsLeftOut, 1000u * 5 + 1);
    EXPECT_EQ(r.problems[0].path, "t.json[0].model_type");
}

TEST(MeasuredRuns, TheRowsComeBackAsTheyWereWritten)
{
    for (const char* name : { "rtx4090-llama-3.1-8b.json", "2x-rtx3090-llama-3.3-70b.json",
             "m2-ultra-llama-3.1-8b.json", "rtx4090-gpt-oss-20b-depth.json", "rtx5090-unknown-model.json" }) {
        const auto file = nlohmann::json::parse(readText(dataFile(name)));
        const auto r = read(name);
        EXPECT_EQ(r.rows(), file) << name;
        // And read again, they are the same runs.
        EXPECT_EQ(MeasuredRuns::fromJson(r.rows(), dataFile(name), Hardware::builtIn()), r) << name;
    }
    // Only the good rows of a file with bad ones.
    const auto bad = nlohmann::json::parse(readText(dataFile("bad-rows.json")));
    EXPECT_EQ(read("bad-rows.json").rows(), nlohmann::json::array({ bad[0], bad[3] }));
}

TEST(MeasuredRuns, FilesAppendInOrder)
{
    auto all = read("rtx4090-llama-3.1-8b.json");
    all.append(read("m2-ultra-llama-3.1-8b.json"));
    all.append(read("bad-rows.json"));
    ASSERT_EQ(all.runs.size(), 6u);
    EXPECT_EQ(all.runs[0].device, "rtx4090");
    EXPECT_EQ(all.runs[2].device, "m2-ultra");
    EXPECT_EQ(all.problems.size(), 2u);
    EXPECT_EQ(all.problems[0].path, dataFile("bad-rows.json") + "[1].avg_ts");
    EXPECT_EQ(all.prompt("llama-3.1-8b", "q4_k_m", "m2-ultra", 1), &all.runs[2]);
}

TEST(MeasuredRuns, TheMessagesAreTaiwanChinese)
{
    for (const char* value : { "", "empty" }) {
        const Problem p { .path = "x.json", .kind = Problem::Kind::NotLlamaBench, .value = value };
        const auto zh = han::decoded(p.describe(Lang::ZhHant));
        for (std::size_t i = 1; i + 1 < zh.size(); ++i)
            EXPECT_FALSE(zh[i] == U' ' && han::isHan(zh[i - 1]) && han::isHan(zh[i + 1])) << value;
        EXPECT_NE(p.describe(Lang::ZhHant).find("測試結果"), std::string::npos);
        EXPECT_NE(p.describe(Lang::En), p.describe(Lang::ZhHant));
    }
}
