// The local side sized from the usage and the model: every formula with its arithmetic written
// here, a published breakeven reproduced, and version 1 files unchanged.
#include "Gpt4Example.h"

#include "lowregret/costs/CostModel.h"
#include "lowregret/guide/Guide.h"
#include "lowregret/scenario/Scenario.h"
#include "lowregret/sizing/Hardware.h"
#include "lowregret/sizing/Sizing.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using lowregret::CostModel;
using lowregret::Guide;
using lowregret::Hardware;
using lowregret::Scenario;
using lowregret::Sizing;
using lowregret::SizingInput;

namespace {

bool hasWarning(const Sizing& s, const char* id)
{
    return std::find(s.warnings.begin(), s.warnings.end(), id) != s.warnings.end();
}

} // namespace

// Llama 3.1 8B at Q4_K_M on one RTX 4090 (24 GiB), Ollama, 8,192 tokens of context, one stream.
TEST(Sizing, AnEightBillionModelFitsOneCard)
{
    const Hardware& hw = Hardware::builtIn();
    const Sizing s = Sizing::size({ .device = "rtx4090", .model = "llama-3.1-8b" }, 1e6, 0.5);
    // Weights: 8.03 B × 4.85 bits ÷ 8 = 4.868 GB.
    EXPECT_NEAR(s.weightsGb, 8.03 * 4.85 / 8, 1e-9);
    // KV cache: 2 (K and V) × 32 layers × 8 heads × 128 × 8,192 tokens × 2 bytes = 1.074 GB.
    EXPECT_NEAR(s.kvCacheGb, 2.0 * 32 * 8 * 128 * 8192 * 2 / 1e9, 1e-9);
    EXPECT_NEAR(s.memoryNeededGb, s.weightsGb + s.kvCacheGb + 1.0, 1e-9); // Ollama's 1 GB
    EXPECT_NEAR(s.memoryUsableGb, 24 * 1073741824.0 / 1e9 * 0.95, 1e-9);
    EXPECT_TRUE(s.fits);
    EXPECT_EQ(s.devicesPerReplica, 1);
    EXPECT_EQ(s.replicas, 1);
    EXPECT_EQ(s.units, 1);
    EXPECT_EQ(s.limitedBy, Sizing::Limit::Memory);
    // Decode at 8,192 tokens of depth: a token reads the weights at the engine's and the
    // quantization's efficiency, and the cache at the engine's.
    const double engine = hw.engine("ollama")->decodeOn("gpu") * 1008;
    const double weights = 8.03 * 4.85 / 8 / (engine * hw.quantization("q4_k_m")->decodeEfficiency);
    const double cache = 2.0 * 32 * 8 * 128 * 2 / 1e9 * 8192 / engine;
    EXPECT_NEAR(s.decodeTokensPerSecond, 1 / (weights + cache), 1e-9);
    EXPECT_NEAR(s.aggregateTokensPerSecond, s.decodeTokensPerSecond, 1e-9); // one stream
    // Prefill: 2 FLOPs a parameter a token at the engine's share of 165.2 dense TFLOPS.
    EXPECT_NEAR(s.prefillTokensPerSecond, hw.engine("ollama")->prefillOn("gpu") * 165.2e12 / (2 * 8.03e9), 1e-6);
    // The published pp512 of 7,139 tokens/s (XiongjieDai/GPU-Benchmarks-on-LLM-Inference).
    EXPECT_NEAR(s.prefillTokensPerSecond, 7139, 7139 * 0.25);
    // The time to the first token: a prompt of half the context, then one token.
    EXPECT_NEAR(s.promptTokens, 4096, 1e-9);
    EXPECT_NEAR(s.timeToFirstTokenS, 4096 / s.prefillTokensPerSecond + 1 / s.decodeTokensPerSecond, 1e-12);
    // Half input, half output: 1 ÷ (0.5 ÷ prefill + 0.5 ÷ aggregate).
    EXPECT_NEAR(s.tokensPerSecond, 1 / (0.5 / s.prefillTokensPerSecond + 0.5 / s.aggregateTokensPerSecond), 1e-9);
    EXPECT_TRUE(s.estimated);
    EXPECT_TRUE(hasWarning(s, Sizing::speedEstimated));
}

// Llama 3.3 70B at Q4_K_M at 8k context: 70.6 × 4.85 ÷ 8 = 42.8 GB of weights, + 2 × 80 × 8 ×
// 128 × 8,192 × 2 = 2.68 GB of cache, + 1 GB: 46.5 GB. A 24 GiB card has 25.77 GB, 24.48 usable:
// one does not hold it, two (48.96 GB) do, as people run it every day.
TEST(Sizing, ASeventyBillionModelFitsTwoCardsOf24GiB)
{
    const Sizing s = Sizing::size({ .device = "rtx3090", .model = "llama-3.3-70b" }, 1e6, 0.5);
    const double needed = 70.6 * 4.85 / 8 + 2.0 * 80 * 8 * 128 * 8192 * 2 / 1e9 + 1.0;
    const double usable = 24 * 1073741824.0 / 1e9 * 0.95;
    EXPECT_NEAR(s.memoryNeededGb, needed, 1e-9);
    EXPECT_GT(needed, usable); // one does not
    EXPECT_LT(needed, 2 * usable); // two do
    EXPECT_EQ(s.devicesPerReplica, 2);
    EXPECT_TRUE(s.fits);
    EXPECT_EQ(s.hosts, 1); // a desktop PC takes two cards
    SizingInput one { .device = "rtx3090", .units = 1, .model = "llama-3.3-70b" };
    EXPECT_EQ(Sizing::size(one, 1e6, 0.5).replicas, 0); // one card holds no replica
    // At 32k context the cache is 10.7 GB: 54.5 GB, more than two cards: no fit in a PC.
    SizingInput longer { .device = "rtx3090", .model = "llama-3.3-70b", .contextTokens = 32768 };
    EXPECT_FALSE(Sizing::size(longer, 1e6, 0.5).fits);
    // One 192 GB Mac (75 % usable) holds it.
    const Sizing mac = Sizing::size({ .device = "m2-ultra", .model = "llama-3.3-70b" }, 1e6, 0.5);
    EXPECT_TRUE(mac.fits);
    EXPECT_EQ(mac.units, 1);
    EXPECT_EQ(mac.hosts, 0); // a computer of its own
}

// gpt-oss-120b: 116.8 × 4.25 ÷ 8 = 62.05 GB, + 2 × 18 × 8 × 64 × 8,192 × 2 = 0.30 GB of cache
// (half its layers attend to a short window), + 1: 63.3 GB, under one 80 GB card's 81.6 usable.
TEST(Sizing, GptOss120bFitsOneEightyGigabyteCard)
{
    const Sizing s = Sizing::size({ .device = "h100-80gb", .model = "gpt-oss-120b" }, 1e6, 0.5);
    EXPECT_NEAR(s.memoryNeededGb, 116.8 * 4.25 / 8 + 2.0 * 18 * 8 * 64 * 8192 * 2 / 1e9 + 1.0, 1e-9);
    EXPECT_NEAR(s.memoryUsableGb, 80 * 1073741824.0 / 1e9 * 0.95, 1e-9);
    EXPECT_TRUE(s.fits);
    EXPECT_EQ(s.devicesPerReplica, 1);
}

TEST(Sizing, MoreContextOrMoreStreamsNeedMoreMemory)
{
    // Qwen2.5-Coder-32B Q4_K_M: 32.8 × 4.85 ÷ 8 = 19.9 GB; one stream of 8,192: + 2.15 GB + 1:
    // 23.0 GB, under a 24 GiB card's 24.48: one card. Four streams: + 8.6 GB: 29.5: two cards.
    const SizingInput base { .device = "rtx4090", .model = "qwen2.5-coder-32b" };
    EXPECT_EQ(Sizing::size(base, 1e6, 0.5).devicesPerReplica, 1);
    SizingInput busier = base;
    busier.concurrency = 4;
    EXPECT_EQ(Sizing::size(busier, 1e6, 0.5).devicesPerReplica, 2);
    // 32k of context: + 8.6 GB for one stream: two cards too.
    SizingInput longer = base;
    longer.contextTokens = 32768;
    EXPECT_EQ(Sizing::size(longer, 1e6, 0.5).devicesPerReplica, 2);
}

// Replicas to stay at or under the maximum utilisation; the usage decides the count.
TEST(Sizing, TheUsageDecidesHowManyReplicas)
{
    const SizingInput in { .device = "rtx4090", .model = "llama-3.1-8b", .measuredTokensPerSecond = 100.0 };
    // One card: 100 tokens/s × 730 h × 3,600 s = 262.8 M tokens a month; 80 % of it is 210.24 M.
    const double capacity = 100.0 * 730 * 3600;
    const Sizing light = Sizing::size(in, 200e6, 0.5);
    EXPECT_EQ(light.replicas, 1);
    EXPECT_NEAR(light.capacityTokensPerMonth, capacity, 1e-3);
    EXPECT_NEAR(light.utilisation, 200e6 / capacity, 1e-12);
    EXPECT_FALSE(light.estimated);
    EXPECT_FALSE(hasWarning(light, Sizing::speedEstimated));
    // 5,000 M tokens: ⌈5,000 ÷ 210.24⌉ = 24 cards, in ⌈24 ÷ 2⌉ = 12 PCs.
    const Sizing heavy = Sizing::size(in, 5000e6, 0.5);
    EXPECT_EQ(heavy.replicas, static_cast<int>(std::ceil(5000e6 / (capacity * 0.8))));
    EXPECT_EQ(heavy.replicas, 24);
    EXPECT_EQ(heavy.hosts, 12);
    EXPECT_EQ(heavy.limitedBy, Sizing::Limit::Throughput);
    EXPECT_NEAR(heavy.hardwareUsd, 24 * (2200.0 + 2800.0) / 2 + 12 * 1200.0, 1e-6);
    EXPECT_LE(heavy.utilisation, 0.8);
}

TEST(Sizing, FixedUnitsThatCannotServeTheUsageSaySo)
{
    const SizingInput in { .device = "rtx4090", .units = 1, .model = "llama-3.1-8b", .measuredTokensPerSecond = 100.0 };
    const Sizing s = Sizing::size(in, 400e6, 0.5);
    EXPECT_EQ(s.units, 1);
    EXPECT_EQ(s.limitedBy, Sizing::Limit::Units);
    EXPECT_NEAR(s.utilisation, 400e6 / (100.0 * 730 * 3600), 1e-12);
    EXPECT_TRUE(hasWarning(s, Sizing::unitsTooFew));
    // Busy more than 80 % but able: the headroom warning instead.
    const Sizing busy = Sizing::size(in, 0.9 * 100.0 * 730 * 3600, 0.5);
    EXPECT_TRUE(hasWarning(busy, Sizing::overUtilisation));
    EXPECT_FALSE(hasWarning(busy, Sizing::unitsTooFew));
}

// Electricity = (serving draw × busy hours + idle draw × the rest of the powered hours) × price,
// for the devices and their host.
TEST(Sizing, ElectricityCountsBusyAndIdleHoursOfDevicesAndHost)
{
    const SizingInput in { .device = "rtx4090",
        .model = "llama-3.1-8b",
        .measuredTokensPerSecond = 100.0,
        .poweredHoursPerMonth = 730,
        .electricityUsdPerKwh = 0.20 };
    const double tokens = 0.25 * 100.0 * 730 * 3600; // a quarter busy
    const Sizing s = Sizing::size(in, tokens, 0.5);
    const double busy = 0.25 * 730;
    // The 4090 draws 350 W serving and 21 W idle; the PC 100 W and 40 W.
    const double kwh = ((350 + 100) * busy + (21 + 40) * (730 - busy)) / 1000;
    EXPECT_NEAR(s.servingHoursPerMonth, busy, 1e-9);
    EXPECT_NEAR(s.energyKwhPerMonth, kwh, 1e-9);
    EXPECT_NEAR(s.electricityUsdPerMonth, kwh * 0.20, 1e-9);
    EXPECT_NEAR(s.hardwareUsd, (2200.0 + 2800.0) / 2 + 1200, 1e-9);
    // A host price of 0: no host, neither its price nor its draw.
    SizingInput bare = in;
    bare.hostUsd = 0;
    const Sizing b = Sizing::size(bare, tokens, 0.5);
    EXPECT_EQ(b.hosts, 0);
    EXPECT_NEAR(b.energyKwhPerMonth, (350 * busy + 21 * (730 - busy)) / 1000, 1e-9);
    EXPECT_NEAR(b.hardwareUsd, (2200.0 + 2800.0) / 2, 1e-9);
}

// Pan, Chodnekar, Roy, Wang, arXiv 2509.18101, Table IV: EXAONE 4.0 32B on one RTX 5090 against
// GPT-5 pays back in 2.26 months, from 2,000 USD, 500 W, no host, 0.15 USD/kWh, 176 h a month,
// 200 tokens/s, a usage equal to the capacity, a third of it input, GPT-5 at 1.25 / 10 per 1M.
TEST(Sizing, ReproducesPanEtAlTableFour)
{
    Scenario s = test_scenario::gpt4Example();
    s.local.sizing = SizingInput { .device = "rtx5090",
        .units = 1,
        .deviceUsd = 2000.0,
        .hostUsd = 0.0,
        .activeW = 500.0,
        .idleW = 0.0,
        .measuredTokensPerSecond = 200.0,
        .poweredHoursPerMonth = 176,
        .maxUtilisation = 1.0,
        .electricityUsdPerKwh = 0.15 };
    s.local.maintenanceHoursPerMonth = 0;
    s.inputShare = 1.0 / 3.0;
    s.cloud.inputUsdPerMtok = 1.25;
    s.cloud.outputUsdPerMtok = 10.0;
    const double capacity = 200.0 * 176 * 3600; // 126.72 M tokens
    EXPECT_NEAR(capacity, 126.72e6, 1e-3);
    const auto summary = CostModel::summarize(s, capacity);
    const Sizing sized = Sizing::size(*s.local.sizing, capacity, s.inputShare);
    EXPECT_NEAR(sized.utilisation, 1.0, 1e-12);
    EXPECT_NEAR(sized.electricityUsdPerMonth, 500.0 * 176 / 1000 * 0.15, 1e-9); // 13.20
    // API: 126.72 M ÷ 3 × 1.25 + 2 × 126.72 M ÷ 3 × 10 per 1M = 52.80 + 844.80 = 897.60.
    EXPECT_NEAR(summary.cloudMonthly, 897.6, 1e-6);
    EXPECT_NEAR(summary.localUpfront, 2000.0, 1e-9);
    ASSERT_TRUE(summary.breakevenMonths);
    EXPECT_NEAR(*summary.breakevenMonths, 2000.0 / (897.6 - 13.2), 1e-9);
    EXPECT_NEAR(*summary.breakevenMonths, 2.26, 0.005);
}

// Without a model the fit is not checked; the fixed devices are one replica.
TEST(Sizing, WithoutAModelTheFitIsNotChecked)
{
    const Sizing s = Sizing::size({ .device = "rtx3090", .units = 2 }, 1e6, 0.5);
    EXPECT_FALSE(s.fitChecked);
    EXPECT_TRUE(hasWarning(s, Sizing::fitNotChecked));
    EXPECT_EQ(s.devicesPerReplica, 2);
    EXPECT_EQ(s.replicas, 1);
}

// Version 1 files give exactly the numbers they gave: the flat figures, no sizing.
TEST(Sizing, AVersionOneFileKeepsItsMeaning)
{
    const auto loaded = Scenario::fromText(R"({"lowregret": 1, "answers": {"monthly_tokens": 12000000},
        "input_share": 0.5, "cloud": {"input_usd_per_mtok": 30, "output_usd_per_mtok": 60},
        "local": {"hardware_usd": 2000, "electricity_usd_per_month": 30, "maintenance_hours_per_month": 0,
                  "hourly_rate_usd": 0}})",
        "v1.json", Guide::builtIn());
    ASSERT_TRUE(loaded.scenario);
    EXPECT_FALSE(loaded.scenario->local.sizing);
    EXPECT_EQ(loaded.scenario->local.setupHours, 0.0);
    const auto c = CostModel::summarize(*loaded.scenario, 12e6);
    EXPECT_DOUBLE_EQ(c.localUpfront, 2000.0);
    EXPECT_DOUBLE_EQ(c.localMonthly, 30.0);
    ASSERT_TRUE(c.breakevenMonths);
    EXPECT_DOUBLE_EQ(*c.breakevenMonths, 2000.0 / (540.0 - 30.0));
    // Saved again, it is still a version 1 file.
    EXPECT_EQ(loaded.scenario->toJson()["lowregret"], 1);
}

TEST(Sizing, AVersionTwoFileReadsAndWritesTheSizing)
{
    const auto loaded = Scenario::fromText(R"({"lowregret": 2, "answers": {"monthly_tokens": 12000000},
        "local": {"maintenance_hours_per_month": 4, "hourly_rate_usd": 50, "setup_hours": 16,
          "sizing": {"device": "rtx4090", "units": null, "device_usd": 1599, "host_usd": 1200,
                     "active_w": 350, "idle_w": 25, "model": "llama-3.1-8b", "quantization": "q4_k_m",
                     "context_tokens": 8192, "concurrency": 4, "engine": "ollama",
                     "measured_tokens_per_second": null, "powered_hours_per_month": 730,
                     "max_utilisation": 0.8, "electricity_usd_per_kwh": 0.1648}}})",
        "v2.json", Guide::builtIn());
    ASSERT_TRUE(loaded.scenario) << (loaded.errors.empty() ? "" : loaded.errors[0].describe(lowregret::Lang::En));
    const Scenario& s = *loaded.scenario;
    ASSERT_TRUE(s.local.sizing);
    EXPECT_EQ(s.local.sizing->concurrency, 4);
    EXPECT_EQ(s.local.sizing->idleW, 25.0);
    EXPECT_FALSE(s.local.sizing->units);
    // Up front: the sized hardware + 16 setup hours × 50 USD.
    const auto c = CostModel::summarize(s, 12e6);
    const Sizing sized = Sizing::size(*s.local.sizing, 12e6, s.inputShare);
    EXPECT_NEAR(c.localUpfront, sized.hardwareUsd + 16 * 50, 1e-9);
    EXPECT_NEAR(c.localMonthly, sized.electricityUsdPerMonth + 4 * 50, 1e-9);
    // Round trip.
    const auto again = Scenario::fromJson(s.toJson(), Guide::builtIn());
    ASSERT_TRUE(again.scenario);
    EXPECT_EQ(*again.scenario->local.sizing, *s.local.sizing);
    EXPECT_EQ(s.toJson()["lowregret"], 2);
}

TEST(Sizing, AnUnknownDeviceOrModelIsNamed)
{
    const auto bad
        = Scenario::fromText(R"({"lowregret": 2, "local": {"sizing": {"device": "rtx9090", "model": "llama-9"}}})",
            "bad.json", Guide::builtIn());
    EXPECT_FALSE(bad.scenario);
    ASSERT_EQ(bad.errors.size(), 2u);
    EXPECT_EQ(bad.errors[0].path, "local.sizing.device");
    EXPECT_NE(bad.errors[0].describe(lowregret::Lang::En).find("rtx4090"), std::string::npos); // the allowed ids
    EXPECT_EQ(bad.errors[1].path, "local.sizing.model");
    const auto missing = Scenario::fromText(R"({"lowregret": 2, "local": {"sizing": {}}})", "m.json", Guide::builtIn());
    EXPECT_FALSE(missing.scenario);
}

// One RTX 5090 cannot hold Llama 3.3 70B (two are needed): one fixed device serves nothing,
// which is said, and local never pays back.
TEST(Sizing, FixedUnitsTooFewForOneReplicaServeNothing)
{
    const SizingInput in { .device = "rtx5090", .units = 1, .model = "llama-3.3-70b" };
    const Sizing s = Sizing::size(in, 12e6, 0.5);
    EXPECT_EQ(s.devicesPerReplica, 2);
    EXPECT_EQ(s.replicas, 0);
    EXPECT_FALSE(s.canServe);
    EXPECT_TRUE(hasWarning(s, Sizing::unitsTooFew));
    Scenario scenario = test_scenario::gpt4Example();
    scenario.local.sizing = in;
    EXPECT_FALSE(CostModel::summarize(scenario, 12e6).breakevenMonths);
    EXPECT_FALSE(CostModel::breakevenAtUsage(scenario, 12e6));
}

// A server takes 8 A100s, but only whole replicas: of 3 GPUs each, 2 a server.
TEST(Sizing, AHostHoldsWholeReplicasOnly)
{
    const SizingInput in {
        .device = "a100-80gb", .model = "llama-3.3-70b", .quantization = "fp16", .measuredTokensPerSecond = 100.0
    };
    // FP16 70B: 141.2 GB + 2.7 + 1 = 144.9 GB over 76 usable: 2 GPUs a replica; 8 ÷ 2 = 4 a server.
    const double capacity = 100.0 * 730 * 3600;
    const Sizing s = Sizing::size(in, 5 * capacity * 0.8, 0.5); // 5 replicas
    EXPECT_EQ(s.devicesPerReplica, 2);
    EXPECT_EQ(s.replicas, 5);
    EXPECT_EQ(s.hosts, 2); // ⌈5 ÷ 4⌉
    SizingInput three = in;
    three.concurrency = 16; // 141.2 + 16 × 2.68 + 1 = 185.2 GB: ⌈185.2 ÷ 76⌉ = 3 GPUs, 2 replicas a server
    const Sizing t = Sizing::size(three, 5 * capacity * 0.8, 0.5);
    EXPECT_EQ(t.devicesPerReplica, 3);
    EXPECT_EQ(t.hosts, 3); // ⌈5 ÷ 2⌉, not ⌈15 ÷ 8⌉ = 2
}

// Figures a file may hold, at the ends of their ranges, give counts, not an overflow.
TEST(Sizing, ExtremeInputsStayCounts)
{
    const SizingInput in { .device = "rtx3090",
        .model = "llama-3.3-70b",
        .quantization = "fp16",
        .contextTokens = 10'000'000,
        .concurrency = 4096,
        .poweredHoursPerMonth = 1,
        .maxUtilisation = 0.01 };
    const Sizing s = Sizing::size(in, 1e12, 0.5);
    // Far too large for any count of the card: nothing is bought.
    EXPECT_FALSE(s.fits);
    EXPECT_EQ(s.units, 0);
    EXPECT_GE(s.devicesPerReplica, 1);
    EXPECT_LE(s.units, 1'000'000 + s.devicesPerReplica);
    EXPECT_TRUE(std::isfinite(s.hardwareUsd));
}

TEST(Sizing, AVersionOneFileIgnoresVersionTwoFieldsAndSaysSo)
{
    const auto loaded = Scenario::fromText(
        R"({"lowregret": 1, "local": {"hardware_usd": 2000, "setup_hours": 40, "sizing": {"device": "rtx4090"}}})",
        "v1.json", Guide::builtIn());
    ASSERT_TRUE(loaded.scenario);
    EXPECT_EQ(loaded.scenario->local.setupHours, 0.0);
    EXPECT_FALSE(loaded.scenario->local.sizing);
    EXPECT_EQ(loaded.warnings.size(), 2u); // both unknown to version 1
}

TEST(Sizing, NullIsTheSameAsLeftOut)
{
    const auto loaded = Scenario::fromText(R"({"lowregret": 2, "local": {"sizing": {"device": "rtx4090",
        "quantization": null, "engine": null, "context_tokens": null, "concurrency": null,
        "powered_hours_per_month": null, "max_utilisation": null, "electricity_usd_per_kwh": null}}})",
        "nulls.json", Guide::builtIn());
    ASSERT_TRUE(loaded.scenario) << (loaded.errors.empty() ? "" : loaded.errors[0].describe(lowregret::Lang::En));
    EXPECT_EQ(*loaded.scenario->local.sizing, SizingInput { .device = "rtx4090" });
}
