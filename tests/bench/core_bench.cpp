// Micro-benchmarks of the decision engine (docs/performance.md). Run the release build:
//   build-release/tests/bench/core_bench
#include "lowregret/analysis/Decision.h"
#include "lowregret/analysis/Sensitivity.h"
#include "lowregret/catalog/Catalog.h"
#include "lowregret/costs/CostModel.h"
#include "lowregret/guide/Guide.h"
#include "lowregret/scenario/Scenario.h"
#include "lowregret/sizing/Sizing.h"
#include "lowregret/usage/UsageImport.h"

#include "../core/Gpt4Example.h"

#include <benchmark/benchmark.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

using namespace lowregret;

namespace {

using test_scenario::gpt4Example;

std::string readSource(const char* relative)
{
    std::ifstream in(std::string(LOWREGRET_SOURCE_DIR) + "/" + relative, std::ios::binary);
    if (!in)
        throw std::runtime_error(std::string("cannot read ") + relative);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// n values from lo to hi, evenly spaced on a log scale.
std::vector<double> logSpaced(double lo, double hi, int n)
{
    std::vector<double> out;
    out.reserve(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        out.push_back(std::pow(10.0, std::log10(lo) + (std::log10(hi) - std::log10(lo)) * i / (n - 1)));
    return out;
}

void decideGpt4Example(benchmark::State& state)
{
    const Guide& guide = Guide::builtIn();
    const Scenario s = gpt4Example();
    for (auto _ : state) {
        auto result = Decision::decide(guide, s);
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(decideGpt4Example);

// What `lowregret-cli decide` does before deciding: parse the scenario file's text.
void loadAndDecideGpt4Example(benchmark::State& state)
{
    const Guide& guide = Guide::builtIn();
    const std::string text = readSource("docs/examples/gpt4-12m.json");
    for (auto _ : state) {
        auto loaded = Scenario::fromText(text, "gpt4-12m.json", guide);
        auto result = Decision::decide(guide, *loaded.scenario);
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(loadAndDecideGpt4Example);

// Paid once per process by Guide::builtIn(): the cost of the embedded guide at start-up.
void parseGuide(benchmark::State& state)
{
    const std::string text = readSource("resources/guide.json");
    for (auto _ : state) {
        auto loaded = Guide::fromText(text);
        benchmark::DoNotOptimize(loaded);
    }
    state.SetBytesProcessed(static_cast<long long>(state.iterations() * text.size()));
}
BENCHMARK(parseGuide);

// Paid by every Catalog::load(): the app, `decide` with a cloud.model, `prices`.
void builtInCatalog(benchmark::State& state)
{
    for (auto _ : state) {
        auto catalog = Catalog::builtIn();
        benchmark::DoNotOptimize(catalog);
    }
}
BENCHMARK(builtInCatalog);

void summarize240Months(benchmark::State& state)
{
    Scenario s = gpt4Example();
    s.horizonMonths = 240;
    for (auto _ : state) {
        auto summary = CostModel::summarize(s, *s.answers.monthlyTokens);
        benchmark::DoNotOptimize(summary);
    }
}
BENCHMARK(summarize240Months);

// 200 monthly usages (1e5 .. 1e10 tokens) × 200 cloud prices (0.1 .. 100 USD per 1M, input
// and output alike), both log-spaced: 40,000 breakevens, as a heat map of the two would need.
void breakevenGrid200x200(benchmark::State& state)
{
    const std::vector<double> usages = logSpaced(1e5, 1e10, 200);
    const std::vector<double> prices = logSpaced(0.1, 100.0, 200);
    Scenario s = gpt4Example();
    for (auto _ : state) {
        int payBack = 0;
        for (const double price : prices) {
            s.cloud.inputUsdPerMtok = price;
            s.cloud.outputUsdPerMtok = price;
            for (const double usage : usages) {
                const auto months = CostModel::breakevenAtUsage(s, usage);
                payBack += months.has_value();
            }
        }
        benchmark::DoNotOptimize(payBack);
    }
    state.SetItemsProcessed(state.iterations() * 200 * 200);
}
BENCHMARK(breakevenGrid200x200);

// The "Which hardware?" table: one model sized on every device (issue: well under 1 ms).
void sizeEveryDevice(benchmark::State& state)
{
    const lowregret::SizingInput base { .device = "rtx4090", .model = "llama-3.3-70b", .concurrency = 4 };
    for (auto _ : state) {
        auto rows = lowregret::Sizing::everyDevice(base, 1e8, 0.5, 12);
        benchmark::DoNotOptimize(rows);
    }
}
BENCHMARK(sizeEveryDevice);

// The breakeven curve of a sized scenario re-sizes the setup at every usage it draws.
void sizedBreakevenCurve(benchmark::State& state)
{
    Scenario s = gpt4Example();
    s.local.sizing = lowregret::SizingInput { .device = "rtx4090", .model = "llama-3.1-8b" };
    for (auto _ : state) {
        auto curve = CostModel::breakevenCurve(s, 1e5, 1e10, 200);
        benchmark::DoNotOptimize(curve);
    }
}
BENCHMARK(sizedBreakevenCurve);

// How sure is this: the tornado, the flip points and the regret over the box, then the
// 200 × 200 breakeven map, for the flat GPT-4 example and for the same sized on an RTX 4090.
void sensitivityAnalysis(benchmark::State& state)
{
    Scenario s = gpt4Example();
    if (state.range(0) == 1 || state.range(0) == 3)
        s.local.sizing = lowregret::SizingInput { .device = "rtx4090", .model = "llama-3.1-8b" };
    if (state.range(0) >= 2) {
        // Months that move: 5 % growth a month, prices falling 30 % a year, 40 % resale.
        s.time.usageGrowthPerMonth = 0.05;
        s.time.cloudPriceChangePerYear = -0.30;
        s.time.hardwareResaleShare = 0.40;
    }
    for (auto _ : state) {
        auto analysis = lowregret::Sensitivity::analyse(Guide::builtIn(), s);
        auto map = lowregret::Sensitivity::breakevenMap(s, 200, 200);
        benchmark::DoNotOptimize(analysis);
        benchmark::DoNotOptimize(map);
    }
    static const char* const labels[] = { "flat", "sized", "flat, time moving", "sized, time moving" };
    state.SetLabel(labels[state.range(0)]);
}
BENCHMARK(sensitivityAnalysis)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

// The map alone and the analysis alone, with the months still (0) or moving (1).
Scenario movingExample(bool moving)
{
    Scenario s = gpt4Example();
    if (moving) {
        s.time.usageGrowthPerMonth = 0.05;
        s.time.cloudPriceChangePerYear = -0.30;
        s.time.hardwareResaleShare = 0.40;
    }
    return s;
}

void sensitivityMapOnly(benchmark::State& state)
{
    const Scenario s = movingExample(state.range(0) == 1);
    for (auto _ : state) {
        auto map = lowregret::Sensitivity::breakevenMap(s, 200, 200);
        benchmark::DoNotOptimize(map);
    }
}
BENCHMARK(sensitivityMapOnly)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void sensitivityAnalysisOnly(benchmark::State& state)
{
    const Scenario s = movingExample(state.range(0) == 1);
    for (auto _ : state) {
        auto analysis = lowregret::Sensitivity::analyse(Guide::builtIn(), s);
        benchmark::DoNotOptimize(analysis);
    }
}
BENCHMARK(sensitivityAnalysisOnly)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

} // namespace

// The usage import on 4 MiB of per-request CSV in memory (LiteLLM spend logs, one row a
// request): bytes a second through libcsv, the row reader and the months.
static void usageImport4MiB(benchmark::State& state)
{
    std::string csv = "request_id,call_type,api_key,spend,total_tokens,prompt_tokens,completion_tokens,startTime,"
                      "endTime,model,model_group,custom_llm_provider,user,cache_hit\n";
    for (int n = 0; csv.size() < 4u * 1024 * 1024; ++n)
        csv += "req-" + std::to_string(n) + ",acompletion,sk-1,0.0125,1500,1000,500,2026-0" + std::to_string(1 + n % 6)
            + "-" + std::to_string(10 + n % 18) + " 09:00:00.000,2026-01-05 09:00:02.000,gpt-4o,gpt-4o,openai,\"team, "
            + std::to_string(n % 7) + "\",False\n";
    for (auto _ : state) {
        UsageImport import;
        import.addText(csv, "spend-logs.csv");
        benchmark::DoNotOptimize(import.result());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(csv.size()));
}
BENCHMARK(usageImport4MiB)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
