// The speeds of a sized setup: a mixture of experts, the context's depth and the batch, each
// with its arithmetic written here and checked against a published measurement where there is one.
#include "lowregret/sizing/Hardware.h"
#include "lowregret/sizing/Sizing.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using lowregret::Hardware;
using lowregret::Sizing;
using lowregret::SizingInput;

// A mixture of experts needs memory for all its weights and reads only its active ones, at the
// engine's MoE efficiency: gpt-oss-120b (5.1 B active of 116.8) decodes faster than a dense 70B
// on the same Mac though it is larger.
TEST(Sizing, AMixtureOfExpertsReadsItsActiveWeights)
{
    const Hardware& hw = Hardware::builtIn();
    SizingInput in { .device = "m2-ultra", .model = "gpt-oss-120b", .contextTokens = 0 };
    const Sizing moe = Sizing::size(in, 1e6, 0.0);
    const double engine = hw.engine("ollama")->decodeOn("apple");
    EXPECT_NEAR(moe.decodeTokensPerSecond,
        engine * hw.engine("ollama")->moeDecodeEfficiency * hw.quantization("mxfp4")->decodeEfficiency * 800
            / (5.1 * 4.25 / 8),
        1e-9);
    EXPECT_NEAR(moe.weightsGb, 116.8 * 4.25 / 8, 1e-9);
    EXPECT_TRUE(moe.fits);
    in.model = "llama-3.3-70b";
    EXPECT_GT(moe.decodeTokensPerSecond, 3 * Sizing::size(in, 1e6, 0.0).decodeTokensPerSecond);
}

// Decode slows as the context fills: each token reads the cache too. gpt-oss-20b on an RTX
// 3090 was measured at 180 tokens/s at 512 tokens of context and 108 at 98k (localmaxxing).
TEST(Sizing, DecodeSlowsWithTheContextsDepth)
{
    SizingInput in { .device = "rtx3090", .model = "gpt-oss-20b", .contextTokens = 512 };
    const double shallow = Sizing::size(in, 1e6, 0.0).decodeTokensPerSecond;
    in.contextTokens = 98304;
    const double deep = Sizing::size(in, 1e6, 0.0).decodeTokensPerSecond;
    EXPECT_LT(deep, shallow);
    EXPECT_NEAR(deep / shallow, 108.0 / 180.0, 108.0 / 180.0 * 0.25);
}

// Streams raise throughput by less than their number, and never beyond what the device can
// do: 256 streams of an 8B model in FP16 on an H100 stay under the engine's ceiling.
TEST(Sizing, ConcurrencyScalesByTheEngineUpToACeiling)
{
    const Hardware& hw = Hardware::builtIn();
    SizingInput in { .device = "rtx4090", .model = "llama-3.1-8b", .contextTokens = 512 };
    const Sizing one = Sizing::size(in, 1e6, 0.0);
    in.concurrency = 4;
    const Sizing four = Sizing::size(in, 1e6, 0.0);
    // llama.cpp: 4 streams give 4^0.82 ≈ 3.1 × one (2.8 × measured on a Mac, llama.cpp #16894).
    EXPECT_NEAR(four.aggregateTokensPerSecond,
        one.aggregateTokensPerSecond * std::pow(4.0, hw.engine("ollama")->concurrencyExponent), 1e-6);
    EXPECT_NEAR(four.decodeTokensPerSecond, four.aggregateTokensPerSecond / 4, 1e-9);
    EXPECT_STREQ(four.speedBound, "streams");
    SizingInput h100 { .device = "h100-80gb",
        .model = "llama-3.1-8b",
        .quantization = "fp16",
        .contextTokens = 512,
        .concurrency = 256,
        .engine = "vllm" };
    const Sizing many = Sizing::size(h100, 1e6, 0.0);
    // vLLM's own ceiling, 1,000 ÷ its per-stream step cost in ms (the published H100 sweep
    // levels off near 1,300–1,400 tokens/s), holds before the card's compute.
    EXPECT_NEAR(many.aggregateTokensPerSecond, 1000 / hw.engine("vllm")->perStreamStepMs, 1e-6);
    EXPECT_STREQ(many.speedBound, "engine");
    // On a Mac the compute binds first: 0.5 × 18.4 TFLOPS ÷ (2 × 8.03 B) = 573 tokens/s.
    SizingInput mac = h100;
    mac.device = "m4-max";
    mac.concurrency = 64;
    const Sizing onMac = Sizing::size(mac, 1e6, 0.0);
    EXPECT_NEAR(onMac.aggregateTokensPerSecond, 0.5 * 18.4e12 / (2 * 8.03e9), 1e-6);
    EXPECT_STREQ(onMac.speedBound, "compute");
}

// An MoE larger than the devices keeps what is left in the computer's memory when the engine
// allows it: gpt-oss-120b needs 62.05 + 1 GB at no context, two 3090s hold 48.96, so 14.09 GB
// stay in the PC's memory and are read at its 60 GB/s each token.
TEST(Sizing, AnMoeLargerThanTheCardsKeepsExpertsInSystemMemory)
{
    const Hardware& hw = Hardware::builtIn();
    SizingInput in { .device = "rtx3090", .model = "gpt-oss-120b", .contextTokens = 0 };
    const Sizing s = Sizing::size(in, 1e6, 0.0);
    const double weights = 116.8 * 4.25 / 8;
    const double usable = 2 * 24 * 1073741824.0 / 1e9 * 0.95;
    EXPECT_TRUE(s.fits);
    EXPECT_EQ(s.devicesPerReplica, 2);
    EXPECT_NEAR(s.offloadedGb, weights + 1.0 - usable, 1e-9);
    EXPECT_NE(std::find(s.warnings.begin(), s.warnings.end(), Sizing::expertsOffloaded), s.warnings.end());
    // A token reads its active bytes, the offloaded share of them from system memory.
    const double share = s.offloadedGb / weights;
    const double active = 5.1 * 4.25 / 8;
    const auto& e = *hw.engine("ollama");
    const double cards = e.decodeOn("gpu") * 936 * hw.quantization("mxfp4")->decodeEfficiency * e.moeDecodeEfficiency;
    EXPECT_NEAR(s.decodeTokensPerSecond, 1 / (active * (1 - share) / cards + active * share / 60.0), 1e-9);
    // One card of the user's own count: 62.05 + 1 − 24.48 = 38.57 GB stay in memory.
    SizingInput one = in;
    one.units = 1;
    const Sizing single = Sizing::size(one, 1e6, 0.0);
    EXPECT_TRUE(single.fits);
    EXPECT_EQ(single.devicesPerReplica, 1);
    EXPECT_EQ(single.replicas, 1);
    EXPECT_NEAR(single.offloadedGb, weights + 1.0 - usable / 2, 1e-9);
    EXPECT_LT(single.decodeTokensPerSecond, s.decodeTokensPerSecond); // more of it read from memory
    // vLLM keeps every weight on the cards: there it does not fit.
    in.engine = "vllm";
    EXPECT_FALSE(Sizing::size(in, 1e6, 0.0).fits);
    // A dense model never spills: 70B at FP16 (141 GB) does not fit two cards.
    SizingInput dense { .device = "rtx3090", .model = "llama-3.3-70b", .quantization = "fp16", .contextTokens = 0 };
    EXPECT_FALSE(Sizing::size(dense, 1e6, 0.0).fits);
}
