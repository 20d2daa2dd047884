// The hardware data: every device, model, engine and quantization the sizing reads, with its
// source, its dated price range and the figures the formulas divide by.
#include "lowregret/sizing/Hardware.h"

#include <gtest/gtest.h>

using lowregret::Hardware;

TEST(Hardware, TheDataHasEveryIdTheContractNames)
{
    const Hardware& hw = Hardware::builtIn();
    for (const auto& d : hw.devices) {
        EXPECT_GT(d.memoryGib, 0) << d.id;
        EXPECT_GT(d.bandwidthGbs, 0) << d.id;
        EXPECT_GT(d.fp16Tflops(), 0) << d.id;
        EXPECT_GT(d.usd, 0) << d.id;
        EXPECT_LE(d.activeW, d.boardW) << d.id << ": serving draws at most the board power";
        for (const char* field : { "memory_gib", "bandwidth_gbs", "tflops", "active_w", "idle_w" })
            EXPECT_FALSE(d.sources.count(field) == 0 || d.sources.at(field).empty()) << d.id << " " << field;
        // Every price is a dated, sourced range.
        ASSERT_FALSE(d.prices.empty()) << d.id;
        for (const auto& p : d.prices) {
            EXPECT_TRUE(p.condition == "new" || p.condition == "used") << d.id;
            EXPECT_LE(p.low, p.high) << d.id;
            EXPECT_GT(p.low, 0) << d.id;
            EXPECT_EQ(p.asOf.size(), 10u) << d.id;
            EXPECT_FALSE(p.source.empty()) << d.id;
        }
        EXPECT_DOUBLE_EQ(d.usd, (d.prices[0].low + d.prices[0].high) / 2) << d.id;
        if (!d.host.empty())
            EXPECT_NE(hw.host(d.host), nullptr) << d.id;
        // Every figure a formula divides by or multiplies with is positive: no NaN can follow.
        EXPECT_GT(d.memoryGb * hw.kind(d.kind).usableMemory, 0) << d.id;
        EXPECT_GE(d.idleW, 0) << d.id;
        EXPECT_LT(d.idleW, d.activeW) << d.id;
        for (const auto& [id, engine] : hw.engines) {
            EXPECT_GT(engine.decodeOn(d.kind), 0) << d.id << " " << id;
            EXPECT_GT(engine.prefillOn(d.kind), 0) << d.id << " " << id;
        }
    }
    for (const char* id : { "rtx3090", "rtx4090", "rtx5090", "a100-80gb", "h100-80gb", "m2-ultra", "m3-ultra",
             "rtx-pro-6000", "dgx-spark", "ryzen-ai-max-395", "m4-max" })
        EXPECT_NE(hw.device(id), nullptr) << id;
    for (const auto& [id, host] : hw.hosts) {
        EXPECT_GE(host.maxDevices, 1) << id;
        EXPECT_LT(host.idleW, host.activeW) << id;
    }
    for (const auto& m : hw.models) {
        EXPECT_LE(m.activeB, m.totalB) << m.id;
        EXPECT_GT(m.activeB, 0) << m.id;
        EXPECT_GT(m.kvLayers * m.kvHeads * m.headDim, 0) << m.id;
        EXPECT_LE(m.kvLayers, m.layers) << m.id;
        EXPECT_FALSE(m.licence.empty()) << m.id;
        for (const auto& q : m.quantizations)
            EXPECT_NE(hw.quantization(q), nullptr) << m.id << " " << q;
        EXPECT_NE(hw.quantization(m.defaultQuantization), nullptr) << m.id;
    }
    for (const char* id : { "llama-3.1-8b", "deepseek-r1-distill-llama-8b", "qwen2.5-coder-32b", "llama-3.3-70b",
             "gpt-oss-20b", "gpt-oss-120b", "qwen3-30b-a3b", "qwen3-8b", "qwen3-14b", "qwen3-32b", "gemma-3-12b",
             "gemma-3-27b", "deepseek-r1-distill-qwen-32b", "deepseek-r1-distill-llama-70b" })
        EXPECT_NE(hw.model(id), nullptr) << id;
    for (const char* id : { "q4_k_m", "q5_k_m", "q8_0", "fp16", "fp8", "mxfp4" })
        EXPECT_NE(hw.quantization(id), nullptr) << id;
    for (const char* id : { "ollama", "vllm" })
        EXPECT_NE(hw.engine(id), nullptr) << id;
    EXPECT_EQ(hw.checked.size(), 10u);
}

// A "24 GB" card is 24 GiB: 24 × 1,073,741,824 bytes = 25.77 × 10⁹, as model files are sized.
TEST(Hardware, CardMemoryIsReadInGiB)
{
    EXPECT_NEAR(Hardware::builtIn().device("rtx4090")->memoryGb, 24 * 1073741824.0 / 1e9, 1e-9);
    EXPECT_NEAR(Hardware::builtIn().device("a100-80gb")->memoryGb, 85.899, 1e-3);
}
