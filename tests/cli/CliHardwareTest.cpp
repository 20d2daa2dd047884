// lowregret-cli hardware, and the sizing in `decide`'s JSON: the contract's fields, the order,
// and the figures from the arithmetic of docs/sizing.md.
#include "CliFixture.h"

#include <cmath>

using namespace cli_test;

TEST_F(Cli, HardwareListsEveryDeviceCheapestFirstWithTheContractsFields)
{
    const Result r = run({ "hardware", "--model", "llama-3.3-70b", "--monthly-tokens", "100000000", "--context",
        "32768", "--format", "json" });
    ASSERT_EQ(r.status, 0) << r.err;
    const json j = json::parse(r.out);
    EXPECT_EQ(j["model"], "llama-3.3-70b");
    ASSERT_EQ(j["devices"].size(), 12u); // every device of resources/hardware.json
    double previous = -1;
    bool fitsSeen = true;
    for (const auto& d : j["devices"]) {
        for (const char* field : { "device", "fits", "devices_per_replica", "replicas", "units", "memory_needed_gb",
                 "tokens_per_second", "capacity_tokens_per_month", "utilisation", "hardware_usd",
                 "electricity_usd_per_month", "decode_tokens_per_second", "aggregate_tokens_per_second",
                 "prefill_tokens_per_second", "time_to_first_token_s", "speed_source" })
            EXPECT_TRUE(d.contains(field)) << field;
        EXPECT_EQ(d["speed_source"], "estimated");
        if (!d["fits"].get<bool>()) {
            fitsSeen = false;
            continue;
        }
        EXPECT_TRUE(fitsSeen) << "a device that fits after one that does not";
        // Cheapest first over 12 months: hardware + 12 × electricity.
        const double total = d["hardware_usd"].get<double>() + 12 * d["electricity_usd_per_month"].get<double>();
        EXPECT_GE(total, previous) << d["device"];
        previous = total;
        // Replicas enough to stay at or under 80 % busy.
        EXPECT_LE(d["utilisation"].get<double>(), 0.8 + 1e-9) << d["device"];
    }
    // 70B at Q4_K_M at 32k of context needs 54.5 GB: three 24 GiB cards (24.48 GB usable each),
    // more than a desktop PC holds.
    for (const auto& d : j["devices"])
        if (d["device"] == "rtx4090") {
            EXPECT_FALSE(d["fits"].get<bool>());
            EXPECT_NEAR(d["memory_needed_gb"].get<double>(),
                70.6 * 4.85 / 8 + 2.0 * 80 * 8 * 128 * 32768 * 2 / 1e9 + 1.0, 1e-6);
        }
}

TEST_F(Cli, HardwareGivesTheBreakevenAgainstAScenariosCloudPrice)
{
    const auto file = write("gpt4.json", gpt4Example());
    const Result r = run({ "hardware", "--model", "llama-3.1-8b", "--scenario", file.string(), "--format", "json" });
    ASSERT_EQ(r.status, 0) << r.err;
    const json j = json::parse(r.out);
    EXPECT_EQ(j["monthly_tokens"], 12e6); // the scenario's usage
    for (const auto& d : j["devices"]) {
        ASSERT_TRUE(d.contains("breakeven_months"));
        // hardware ÷ (540 a month of GPT-4 − the device's electricity), no maintenance.
        const double expected
            = d["hardware_usd"].get<double>() / (540.0 - d["electricity_usd_per_month"].get<double>());
        EXPECT_NEAR(d["breakeven_months"].get<double>(), expected, 1e-9) << d["device"];
    }
}

TEST_F(Cli, HardwareNamesABadModelAndWhatIsAllowed)
{
    const Result r = run({ "hardware", "--model", "llama-9" });
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(contains(r.err, "llama-9")) << r.err;
    EXPECT_TRUE(contains(r.err, "llama-3.1-8b")) << r.err;
    const Result none = run({ "hardware" });
    EXPECT_EQ(none.status, 2);
    EXPECT_TRUE(contains(none.err, "--model")) << none.err;
    const Result zh = run({ "hardware", "--model", "llama-3.1-8b", "--concurrency", "0", "--lang", "zh-Hant" });
    EXPECT_EQ(zh.status, 2);
    EXPECT_TRUE(contains(zh.err, "--concurrency 0：無效的值")) << zh.err;
}

TEST_F(Cli, TheHelpListsTheHardwareCommandInBothLanguages)
{
    for (const char* lang : { "en", "zh-Hant" }) {
        const Result r = run({ "--help", "--lang", lang });
        EXPECT_TRUE(contains(r.out, "lowregret-cli hardware --model ID")) << lang;
        for (const char* command : { "decide", "prices", "import-prices" })
            EXPECT_TRUE(contains(r.out, std::string("lowregret-cli ") + command)) << lang << " " << command;
    }
}

TEST_F(Cli, DecideJsonCarriesTheSizing)
{
    json s = gpt4Example();
    s["lowregret"] = 2;
    s["local"] = json::parse(R"({"maintenance_hours_per_month": 0, "hourly_rate_usd": 50, "setup_hours": 10,
        "sizing": {"device": "rtx4090", "model": "llama-3.1-8b", "measured_tokens_per_second": 100,
                   "electricity_usd_per_kwh": 0.2}})");
    const auto file = write("sized.json", s);
    const Result r = run({ "decide", file.string(), "--format", "json" });
    ASSERT_EQ(r.status, 0) << r.err;
    const json j = json::parse(r.out);
    const json& z = j["costs"]["local"]["sizing"];
    ASSERT_TRUE(z.is_object()) << r.out;
    for (const char* field : { "devices_per_replica", "replicas", "units", "limited_by", "fits", "memory_needed_gb",
             "memory_usable_gb", "tokens_per_second", "estimated", "capacity_tokens_per_month", "utilisation",
             "energy_kwh_per_month", "electricity_usd_per_month", "hardware_usd" })
        EXPECT_TRUE(z.contains(field)) << field;
    EXPECT_EQ(z["estimated"], false);
    EXPECT_EQ(z["limited_by"], "memory");
    // 100 tokens/s × 730 h × 3,600 s = 262.8 M a month; 12 M of it is 4.57 % busy.
    EXPECT_NEAR(z["capacity_tokens_per_month"].get<double>(), 100.0 * 730 * 3600, 1e-3);
    EXPECT_NEAR(z["utilisation"].get<double>(), 12e6 / (100.0 * 730 * 3600), 1e-12);
    // One 4090 and its PC, then 10 setup hours × 50 USD up front.
    EXPECT_DOUBLE_EQ(z["hardware_usd"].get<double>(), (2200.0 + 2800.0) / 2 + 1200);
    EXPECT_DOUBLE_EQ(j["costs"]["local"]["upfront"].get<double>(), (2200.0 + 2800.0) / 2 + 1200 + 10 * 50);
    const double busy = 730 * 12e6 / (100.0 * 730 * 3600);
    const double kwh = ((350 + 100) * busy + (21 + 40) * (730 - busy)) / 1000;
    EXPECT_NEAR(z["electricity_usd_per_month"].get<double>(), kwh * 0.2, 1e-9);
    EXPECT_NEAR(j["costs"]["local"]["monthly"].get<double>(), kwh * 0.2, 1e-9);
    // The text says the setup in one sentence.
    const Result text = run({ "decide", file.string() });
    EXPECT_TRUE(contains(text.out, "Local setup: 1 × RTX 4090")) << text.out;
}

TEST_F(Cli, ASetupThatDoesNotFitWarnsByItsStableId)
{
    json s = gpt4Example();
    s["lowregret"] = 2;
    s["local"]["sizing"] = { { "device", "rtx4090" }, { "model", "llama-3.3-70b" }, { "context_tokens", 32768 } };
    const auto file = write("nofit.json", s);
    const Result r = run({ "decide", file.string(), "--format", "json" });
    ASSERT_EQ(r.status, 0) << r.err;
    const json j = json::parse(r.out);
    bool found = false;
    for (const auto& w : j["warnings"])
        found = found || w["id"] == "sizing_model_does_not_fit";
    EXPECT_TRUE(found) << j["warnings"].dump();
    EXPECT_EQ(j["costs"]["local"]["sizing"]["fits"], false);
    // A setup that cannot run the model is never priced: no local total, no breakeven.
    EXPECT_EQ(j["fits"], false);
    EXPECT_EQ(j["costs"]["local"]["fits"], false);
    for (const char* key : { "upfront", "monthly", "total" })
        EXPECT_TRUE(j["costs"]["local"][key].is_null()) << key;
    EXPECT_TRUE(j["costs"]["horizons"]["12"]["local"].is_null());
    EXPECT_TRUE(j["costs"]["breakeven_months"].is_null());
    EXPECT_EQ(j["costs"]["local"]["sizing"]["units"], 0);
    EXPECT_EQ(j["costs"]["local"]["sizing"]["hardware_usd"], 0.0);
    EXPECT_EQ(j["recommendation"], "cloud");
    // The text says so at the top, and shows no local amount: 3 × 1,599 + 1,200 = $5,997.00
    // was the price of three cards that cannot run it.
    const Result text = run({ "decide", file.string() });
    const auto top = text.out.find("Recommendation");
    const auto cannot = text.out.find("The local side cannot run Llama 3.3 70B (Q4_K_M) on RTX 4090");
    ASSERT_NE(cannot, std::string::npos) << text.out;
    EXPECT_LT(cannot, text.out.find("How the guide got there"));
    EXPECT_GT(cannot, top);
    EXPECT_FALSE(contains(text.out, "5,997")) << text.out;
    EXPECT_FALSE(contains(text.out, "Local setup: 3")) << text.out;
    // No sensitivity analysis, and it says why.
    const Result sens = run({ "sensitivity", file.string() });
    EXPECT_TRUE(contains(sens.out, "the local setup cannot run its model")) << sens.out;
    // A scenario that fits says so.
    EXPECT_EQ(decideJson(gpt4Example())["fits"], true);
}

// An open model on one's own GPU is set against the same model in the cloud, not only against
// a frontier API: the cheapest built-in offer of it, at the user's usage.
TEST_F(Cli, AnOpenModelIsSetAgainstTheSameModelInTheCloud)
{
    json s = gpt4Example();
    s["lowregret"] = 2;
    s["local"]["sizing"] = { { "device", "rtx4090" }, { "model", "llama-3.3-70b" } };
    s["local"]["sizing"]["device"] = "a100-80gb";
    const auto file = write("same.json", s);
    const Result r = run({ "decide", file.string(), "--format", "json" });
    ASSERT_EQ(r.status, 0) << r.err;
    const json j = json::parse(r.out);
    const json& same = j["costs"]["local"]["sizing"]["same_model_offer"];
    ASSERT_TRUE(same.is_object()) << r.out;
    // OpenRouter's Llama 3.3 70B at 0.05 / 0.24 per 1M (genai-prices, 2026-08-21) is cheaper
    // than Groq's 0.59 / 0.79 and Together's 0.88 / 0.88:
    // 6M × 0.05 + 6M × 0.24 per 1M = 0.30 + 1.44 = 1.74 USD a month.
    EXPECT_EQ(same["id"], "openrouter/llama-3.3-70b-instruct");
    EXPECT_NEAR(same["monthly_usd"].get<double>(), cloudMonthly(12e6, 0.5, 0.05, 0.24), 1e-9);
    const Result text = run({ "decide", file.string() });
    EXPECT_TRUE(contains(text.out, "The same model in the cloud costs $1.74 a month")) << text.out;
}
