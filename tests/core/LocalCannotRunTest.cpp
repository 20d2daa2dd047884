// A sized setup that cannot run its model is never priced, charted or recommended: the costs
// say so, the result says so at its top, and the sizing names the nearest device that runs it.
#include "lowregret/analysis/Decision.h"
#include "lowregret/analysis/Sensitivity.h"
#include "lowregret/costs/CostCsv.h"
#include "lowregret/costs/CostModel.h"
#include "lowregret/guide/Guide.h"
#include "lowregret/outcome/Sections.h"
#include "lowregret/sizing/Sizing.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace lowregret;

namespace {

// 12M tokens a month, stable, not sensitive, a capable team: the breakeven gate decides.
Scenario seventyOnAGamingCard()
{
    Scenario s;
    s.answers.monthlyTokens = 12e6;
    s.answers.usageStable = true;
    s.answers.dataSensitive = false;
    s.answers.teamCanMaintain = true;
    s.local.sizing = SizingInput {
        .device = "rtx4090", .model = "llama-3.3-70b", .quantization = "q4_k_m", .contextTokens = 32768
    };
    return s;
}

bool hasFigure(const Sections::Section& s, const std::string& id)
{
    return std::any_of(s.figures.begin(), s.figures.end(), [&](const auto& f) { return f.id == id; });
}

} // namespace

// At 32k of context: 70.6 × 4.85 ÷ 8 + 2 × 80 × 8 × 128 × 32,768 × 2 ÷ 1e9 + 1 = 54.5 GB; a
// desktop PC takes two 24 GiB cards, 2 × 25.77 × 0.95 = 49.0 GB: it does not fit, and nothing
// is bought or priced.
TEST(LocalCannotRun, ASetupThatDoesNotFitIsNotPriced)
{
    const Scenario s = seventyOnAGamingCard();
    const Sizing z = Sizing::size(*s.local.sizing, 12e6, 0.5);
    EXPECT_FALSE(z.fits);
    EXPECT_FALSE(z.canServe);
    EXPECT_EQ(z.units, 0);
    EXPECT_EQ(z.hosts, 0);
    EXPECT_EQ(z.hardwareUsd, 0.0);
    EXPECT_EQ(z.electricityUsdPerMonth, 0.0);
    EXPECT_NEAR(z.memoryUsableGb, 2 * 24 * 1073741824.0 / 1e9 * 0.95, 1e-9);

    EXPECT_FALSE(CostModel::localRuns(s));
    const auto c = CostModel::summarize(s, 12e6);
    EXPECT_FALSE(c.localRuns);
    EXPECT_FALSE(c.breakevenMonths.has_value());

    const auto result = Decision::decide(Guide::builtIn(), s);
    ASSERT_TRUE(result.outcome);
    EXPECT_EQ(result.outcome->recommendation, Recommendation::Cloud);
    EXPECT_FALSE(Decision::figure("local_total_usd", *result.outcome, s).has_value());
    EXPECT_FALSE(Sensitivity::analyse(Guide::builtIn(), s).has_value());
}

TEST(LocalCannotRun, TheResultSaysSoAtItsTopAndShowsNoLocalPrice)
{
    const Scenario s = seventyOnAGamingCard();
    const auto result = Decision::decide(Guide::builtIn(), s);
    ASSERT_TRUE(result.outcome);
    for (const Lang lang : { Lang::En, Lang::ZhHant }) {
        const Sections out = Sections::build(Guide::builtIn(), s, *result.outcome, nullptr, lang);
        const auto& rec = out.sections.front();
        ASSERT_GE(rec.blocks.size(), 2u);
        const std::string top = rec.blocks[1].text; // after the lead
        EXPECT_NE(top.find("54.5"), std::string::npos) << top;
        EXPECT_NE(top.find("49"), std::string::npos) << top;
        if (lang == Lang::En)
            EXPECT_NE(top.find("cannot run Llama 3.3 70B (Q4_K_M) on RTX 4090"), std::string::npos) << top;
        else
            EXPECT_NE(top.find("無法在 RTX 4090 上執行"), std::string::npos) << top;
        const auto costs
            = std::find_if(out.sections.begin(), out.sections.end(), [](auto& x) { return x.id == "costs"; });
        ASSERT_NE(costs, out.sections.end());
        EXPECT_TRUE(hasFigure(*costs, "cloud_total_usd"));
        for (const char* id : { "local_upfront_usd", "local_monthly_usd", "local_total_usd", "sizing_hardware_usd",
                 "sizing_units", "breakeven_months" })
            EXPECT_FALSE(hasFigure(*costs, id)) << id;
        EXPECT_TRUE(
            std::none_of(out.sections.begin(), out.sections.end(), [](auto& x) { return x.id == "sensitivity"; }));
    }
}

// The nearest device is the cheapest over the horizon that runs it, and it does run it.
TEST(LocalCannotRun, TheNearestDeviceRunsTheModel)
{
    const Scenario s = seventyOnAGamingCard();
    const auto nearest = Sizing::nearestFitting(*s.local.sizing, 12e6, 0.5, 12);
    ASSERT_TRUE(nearest);
    EXPECT_TRUE(nearest->fits);
    EXPECT_NE(nearest->device, "rtx4090");
    for (const auto& other : Sizing::everyDevice(*s.local.sizing, 12e6, 0.5, 12)) {
        if (other.fits)
            EXPECT_LE(nearest->hardwareUsd + 12 * nearest->electricityUsdPerMonth,
                other.hardwareUsd + 12 * other.electricityUsdPerMonth + 1e-9)
                << other.device;
    }
    // The headline names it.
    const auto result = Decision::decide(Guide::builtIn(), s);
    const Sections out = Sections::build(Guide::builtIn(), s, *result.outcome, nullptr, Lang::En);
    const auto* device = Hardware::builtIn().device(nearest->device);
    ASSERT_NE(device, nullptr);
    const std::string& top = out.sections.front().blocks[1].text;
    const auto at = top.find("nearest device that runs it: ");
    ASSERT_NE(at, std::string::npos) << top;
    EXPECT_NE(top.find(device->name, at), std::string::npos) << top;
    // No device holds 70B at FP16 with a 128K context for 32 streams: 141 GB of weights and
    // 2 × 80 × 8 × 128 × 131,072 × 2 × 32 ÷ 1e9 = 1,374 GB of cache, more than 8 × 80 GB.
    SizingInput huge = *s.local.sizing;
    huge.quantization = "fp16";
    huge.contextTokens = 131072;
    huge.concurrency = 32;
    EXPECT_FALSE(Sizing::nearestFitting(huge, 12e6, 0.5, 12).has_value());
}

// A replica never spans more than one host: a model that needs more devices than a host takes
// does not fit and buys nothing; one that fits has a replica within one host. Fixed devices
// beyond whole replicas sit in hosts of their own, counted and priced, and draw power.
TEST(LocalCannotRun, AReplicaNeverSpansMoreThanOneHost)
{
    const Hardware& hw = Hardware::builtIn();
    for (const auto& device : hw.devices)
        for (const auto& model : hw.models) {
            const Sizing z = Sizing::size({ .device = device.id, .model = model.id }, 12e6, 0.5);
            if (z.fits) {
                EXPECT_LE(z.devicesPerReplica, Sizing::maxDevicesPerReplica(device, hw)) << device.id << model.id;
                EXPECT_GE(z.units, z.devicesPerReplica);
            } else {
                EXPECT_EQ(z.units, 0) << device.id << model.id;
                EXPECT_EQ(z.hosts, 0);
                EXPECT_EQ(z.hardwareUsd, 0.0);
                EXPECT_EQ(z.energyKwhPerMonth, 0.0);
            }
        }
    // Three 4090s without a model: a replica of two in one desktop PC, the third in a second:
    // 3 × 1,599 + 2 × 1,200 = 7,197 USD, and all three cards and both PCs draw at least idle.
    const Sizing three = Sizing::size({ .device = "rtx4090", .units = 3 }, 1e6, 0.5);
    EXPECT_EQ(three.devicesPerReplica, 2);
    EXPECT_EQ(three.units, 3);
    EXPECT_EQ(three.hosts, 2);
    EXPECT_DOUBLE_EQ(three.hardwareUsd, 3 * (2200.0 + 2800.0) / 2 + 2 * 1200.0);
    EXPECT_GE(three.energyKwhPerMonth, (3 * 21.0 + 2 * 40.0) * 730 / 1000 - 1e-9);
}

// Nor is a hybrid of it costed, nor a local figure written in the CSV or the hybrid advice: the
// JSON's local amounts are null, and the other outputs agree.
TEST(LocalCannotRun, NoHybridCsvCellOrAdviceFigurePricesIt)
{
    Scenario s = seventyOnAGamingCard();
    s.hybrid.localShare = 0.5;
    const auto c = CostModel::summarize(s, 12e6);
    EXPECT_FALSE(c.localRuns);
    EXPECT_FALSE(c.hybrid.has_value());

    // Each row: month,tokens,cloud,local,hybrid,cloud_cumulative,local_cumulative,hybrid_cumulative,
    // currency; the local and hybrid cells (the 4th, 5th, 7th and 8th) are empty, from month 0 on.
    const std::string csv = CostCsv::series(c, s.currency);
    const auto firstRow
        = csv.substr(csv.find("\r\n") + 2, csv.find("\r\n", csv.find("\r\n") + 2) - csv.find("\r\n") - 2);
    std::vector<std::string> cells(1);
    for (char ch : firstRow) {
        if (ch == ',')
            cells.emplace_back();
        else
            cells.back() += ch;
    }
    ASSERT_EQ(cells.size(), 9u) << firstRow;
    EXPECT_EQ(cells[0], "0"); // month 0: what is paid up front
    EXPECT_FALSE(cells[2].empty());
    EXPECT_EQ(cells[3], "");
    EXPECT_EQ(cells[4], "");
    EXPECT_EQ(cells[6], "");
    EXPECT_EQ(cells[7], "");

    const auto result = Decision::decide(Guide::builtIn(), s);
    ASSERT_TRUE(result.outcome);
    const std::string advice = Sections::adviceFigures("hybrid", s, *result.outcome, Lang::En);
    EXPECT_NE(advice.find("cannot run the model"), std::string::npos) << advice;
    EXPECT_EQ(advice.find("all local"), std::string::npos) << advice;
}
