// libFuzzer target for Scenario::fromText with the built-in guide, then what the app and the
// CLI do with a scenario that loads: save it and read it back, decide, build the JSON outcome.
#include "FuzzCheck.h"

#include "lowregret/analysis/Decision.h"
#include "lowregret/catalog/Catalog.h"
#include "lowregret/guide/Guide.h"
#include "lowregret/io/Format.h"
#include "lowregret/outcome/OutcomeJson.h"
#include "lowregret/scenario/Scenario.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using namespace lowregret;

namespace {

void checkOutcome(const Guide& guide, const Scenario& scenario, const Decision::Outcome& outcome)
{
    FUZZ_CHECK(outcome.leaf == "out_of_scope" || guide.leaf(outcome.leaf), "the outcome names an unknown leaf");
    for (const auto& step : outcome.path)
        FUZZ_CHECK(guide.node(step.node), "the path names an unknown node");
    if (outcome.costs) {
        const auto& c = *outcome.costs;
        FUZZ_CHECK(std::isfinite(c.cloudTotal) && std::isfinite(c.localTotal), "a cost is not finite");
        FUZZ_CHECK(c.series.size() == static_cast<std::size_t>(scenario.horizonMonths) + 1,
            "the cost series does not cover the horizon");
        (void)Format::money(c.cloudTotal, Lang::En);
        (void)Format::months(c.breakevenMonths, Lang::ZhHant);
    }
    for (const Lang lang : { Lang::En, Lang::ZhHant }) {
        const auto json = OutcomeJson::build(guide, scenario, outcome, lang);
        FUZZ_CHECK(!json.dump().empty(), "the outcome does not serialise"); // dump() throws on bad UTF-8
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const Guide& guide = Guide::builtIn();
    static const Catalog catalog = Catalog::builtIn();

    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto loaded = Scenario::fromText(text, "fuzz.json", guide);
    fuzz::describeAll(loaded.errors);
    fuzz::describeAll(loaded.warnings);
    if (!loaded.scenario) {
        FUZZ_CHECK(!loaded.errors.empty(), "a scenario was refused without a reason");
        return 0;
    }
    FUZZ_CHECK(loaded.errors.empty(), "a scenario loaded despite errors");
    Scenario& scenario = *loaded.scenario;

    // What the app saves, it must read back unchanged and without complaint.
    const auto saved = scenario.toJson();
    const auto again = Scenario::fromText(saved.dump(2), "saved.json", guide);
    fuzz::printProblems("reloading the saved scenario", again.errors);
    fuzz::printProblems("reloading the saved scenario (warning)", again.warnings);
    FUZZ_CHECK(again.scenario, "a saved scenario does not load");
    FUZZ_CHECK(again.warnings.empty(), "a saved scenario loads with warnings");
    FUZZ_CHECK(again.scenario->toJson() == saved, "a saved scenario reads back different");

    // The CLI fills the cloud prices from a named catalog offer.
    Scenario resolved = scenario;
    const auto resolution = resolved.resolveOffer(catalog);
    fuzz::describeAll(resolution.errors);
    fuzz::describeAll(resolution.warnings);

    for (const Scenario* s : { &scenario, &resolved }) {
        const auto result = Decision::decide(guide, *s);
        fuzz::describeAll(result.errors);
        FUZZ_CHECK(
            result.outcome.has_value() == result.errors.empty(), "a decision is neither an outcome nor an error");
        if (result.outcome)
            checkOutcome(guide, *s, *result.outcome);
        const bool answered = s->answers.monthlyTokens && s->answers.usageStable && s->answers.dataSensitive
            && s->answers.teamCanMaintain;
        FUZZ_CHECK(!answered || result.outcome, "a fully answered scenario reaches no leaf");
    }
    if (scenario.answers.monthlyTokens) {
        const auto curve = CostModel::breakevenCurve(scenario, 1e5, 1e10, 16);
        FUZZ_CHECK(curve.size() == 16, "the breakeven curve has the wrong length");
    }
    return 0;
}
