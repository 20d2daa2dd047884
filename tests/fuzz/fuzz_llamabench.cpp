// libFuzzer target for the team's llama-bench runs (`lowregret-cli hardware --measured FILE`,
// a scenario's `local.sizing.measured_runs`): one file of any bytes through
// MeasuredRuns::fromText, then what the CLI and the app do next: look the runs up, save them in
// a scenario and open it again. The promises checked: a file is read or refused with a reason;
// every run has its required figures in range (never a zero read from a missing field); a match
// names the hardware data's own ids; the lookups return runs of what was asked; and the rows
// written come back as the same runs.
#include "FuzzCheck.h"

#include "lowregret/guide/Guide.h"
#include "lowregret/io/Limits.h"
#include "lowregret/scenario/Scenario.h"
#include "lowregret/sizing/MeasuredRuns.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using namespace lowregret;

namespace {

void checkRun(const MeasuredRun& run, const Hardware& hw)
{
    FUZZ_CHECK(run.row.is_object(), "a run without its row");
    FUZZ_CHECK(!run.modelType.empty(), "a run without its model type");
    FUZZ_CHECK(run.modelParams >= 1.0, "a run without its parameters");
    FUZZ_CHECK(
        std::isfinite(run.avgTs) && run.avgTs > 0.0 && run.avgTs <= limits::maxTokensPerSecond, "a speed out of range");
    FUZZ_CHECK(std::isfinite(run.stddevTs) && run.stddevTs >= 0.0, "a spread out of range");
    FUZZ_CHECK(run.nPrompt >= 0 && run.nGen >= 0 && run.nDepth >= 0, "a negative count");
    FUZZ_CHECK(run.nPrompt > 0 || run.nGen > 0, "a run of neither a prompt nor a generation");
    FUZZ_CHECK(run.devices >= 1, "a run on no device");
    FUZZ_CHECK(run.model.empty() || hw.model(run.model), "a model that is not in the data");
    FUZZ_CHECK(run.quantization.empty() || hw.quantization(run.quantization), "a quantization not in the data");
    FUZZ_CHECK(run.device.empty() || hw.device(run.device), "a device that is not in the data");
    FUZZ_CHECK(run.device.empty() || run.gpuLayers != 0, "a run with no layer on the GPU matched a device");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const Hardware& hw = Hardware::builtIn();
    const std::string text(reinterpret_cast<const char*>(data), size);
    const auto runs = MeasuredRuns::fromText(text, "bench.json", hw);
    fuzz::describeAll(runs.problems);
    FUZZ_CHECK(runs.problems.size() <= MeasuredRuns::maxProblems, "too many problems kept");
    if (runs.runs.empty()) {
        FUZZ_CHECK(!runs.problems.empty(), "a file with no run was read without a reason");
        return 0;
    }
    for (const auto& run : runs.runs) {
        checkRun(run, hw);
        if (!run.matched())
            continue;
        // The lookups find a run of what they were asked for.
        const auto* gen = runs.generation(run.model, run.quantization, run.device, run.devices, run.nDepth);
        FUZZ_CHECK(!run.isGeneration() || gen, "a matched generation run is not found");
        if (gen)
            FUZZ_CHECK(gen->isGeneration() && gen->model == run.model && gen->quantization == run.quantization
                    && gen->device == run.device && gen->devices == run.devices,
                "a generation lookup returned another run");
        if (gen && run.isGeneration())
            FUZZ_CHECK(gen->nDepth == run.nDepth, "a generation lookup missed a run at the very depth");
        const auto* pp = runs.prompt(run.model, run.quantization, run.device, run.devices);
        FUZZ_CHECK(!run.isPrompt() || (pp && pp->nPrompt >= run.nPrompt), "a matched prompt run is not found");
    }

    // The rows read again are the same runs.
    const auto again = MeasuredRuns::fromJson(runs.rows(), "bench.json", hw);
    FUZZ_CHECK(again.problems.empty() && again.runs == runs.runs, "the rows written do not read again the same");

    // Saved in a scenario and opened again, as the app does.
    auto scenario = nlohmann::json::parse(R"({"lowregret": 2, "local": {"sizing": {"device": "rtx4090"}}})");
    scenario["local"]["sizing"]["measured_runs"] = runs.rows();
    const auto loaded = Scenario::fromJson(scenario, Guide::builtIn());
    fuzz::printProblems("loading the scenario", loaded.errors);
    FUZZ_CHECK(loaded.scenario && loaded.warnings.empty(), "a scenario with the runs does not open");
    FUZZ_CHECK(loaded.scenario->local.sizing->measured.runs == runs.runs, "the scenario changed the runs");
    const auto written = loaded.scenario->toJson();
    const auto reopened = Scenario::fromText(written.dump(), "again.json", Guide::builtIn());
    fuzz::printProblems("opening the saved scenario", reopened.errors);
    FUZZ_CHECK(reopened.scenario && reopened.scenario->local.sizing == loaded.scenario->local.sizing
            && reopened.scenario->toJson() == written,
        "the saved scenario opens differently");
    return 0;
}
