// libFuzzer target for the usage import (`lowregret-cli usage`, File → Import usage…): one file
// of any bytes through UsageImport, then the figures, the JSON output and a scenario filled
// from them. The promises checked: a file is either read (a layout, no error) or refused with a
// reason and adds nothing; every row is read or skipped and counted; the months are in order,
// their totals finite and never negative, the cached tokens within the input; the figures
// within their ranges; and a filled scenario saves and opens again.
#include "FuzzCheck.h"

#include "lowregret/guide/Guide.h"
#include "lowregret/scenario/Scenario.h"
#include "lowregret/usage/UsageImport.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using namespace lowregret;

namespace {

void checkTotals(const UsageImport::Totals& t)
{
    for (double v : { t.inputTokens, t.cachedInputTokens, t.outputTokens, t.requests })
        FUZZ_CHECK(std::isfinite(v) && v >= 0.0, "a total is negative or not finite");
    FUZZ_CHECK(t.cachedInputTokens <= t.inputTokens * (1.0 + 1e-12), "more cached tokens than input tokens");
    if (t.spendUsd)
        FUZZ_CHECK(std::isfinite(*t.spendUsd) && *t.spendUsd >= 0.0, "a spend is negative or not finite");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    UsageImport import;
    const auto& report = import.addText(text, "fuzz.csv");
    fuzz::describeAll(report.errors);
    for (const auto& n : report.notes) {
        FUZZ_CHECK(!n.describe(Lang::En).empty() && !n.describe(Lang::ZhHant).empty(), "an empty row note");
        FUZZ_CHECK(n.line >= 1, "a row note without its line");
    }
    FUZZ_CHECK(report.rows >= 0 && report.skipped >= 0, "a negative count");
    FUZZ_CHECK(report.notes.size() <= UsageImport::maxNotesPerFile, "too many row notes kept");
    FUZZ_CHECK(static_cast<long long>(report.notes.size()) <= report.skipped, "a note for a row not skipped");
    const auto result = import.result();
    if (!report.errors.empty()) {
        FUZZ_CHECK(result.empty(), "a refused file added usage");
        return 0;
    }
    const auto& known = UsageImport::layouts();
    FUZZ_CHECK(std::find(known.begin(), known.end(), report.layout) != known.end(), "a file read in no known layout");
    FUZZ_CHECK(report.rows > 0, "a file read with no row");

    for (std::size_t i = 0; i < result.months.size(); ++i) {
        const auto& m = result.months[i];
        FUZZ_CHECK(m.month >= 1 && m.month <= 12, "a month out of 1..12");
        checkTotals(m.totals);
        for (const auto& u : m.models)
            checkTotals(u.totals);
        FUZZ_CHECK(m.models.size() <= UsageImport::maxModelsPerMonth + 1, "too many models in a month");
        if (i > 0) {
            const auto& p = result.months[i - 1];
            FUZZ_CHECK(std::pair(p.year * 12 + p.month, p.local) < std::pair(m.year * 12 + m.month, m.local),
                "the months are not in order, or one appears twice");
        }
    }
    for (const auto& share : { result.inputShare, result.cachedShare, result.localShare })
        if (share)
            FUZZ_CHECK(*share >= 0.0 && *share <= 1.0 + 1e-12, "a share out of 0..1");
    if (result.coefficientOfVariation)
        FUZZ_CHECK(std::isfinite(*result.coefficientOfVariation) && *result.coefficientOfVariation >= 0.0,
            "a negative or infinite variation");
    if (result.growthPerMonth)
        FUZZ_CHECK(!std::isnan(*result.growthPerMonth) && *result.growthPerMonth >= -1.0, "a growth below -100 %");
    FUZZ_CHECK(result.monthlyTokens.has_value() == (result.fullMonths > 0), "monthly tokens without a full month");
    (void)UsageImport::toJson(result).dump();

    // A scenario filled from it saves and opens again, with its provenance.
    const auto& guide = Guide::builtIn();
    auto scenario = Scenario::withDefaults(guide.defaults());
    const auto filled = UsageImport::fill(scenario, result);
    FUZZ_CHECK(
        filled.empty() == !result.monthlyTokens, "fill filled nothing from a full month, or something from none");
    const auto again = Scenario::fromJson(scenario.toJson(), guide);
    fuzz::printProblems("reading the filled scenario", again.errors);
    FUZZ_CHECK(again.scenario, "the scenario filled from usage cannot be read again");
    FUZZ_CHECK(again.scenario->provenance == scenario.provenance, "the provenance did not survive a save");
    return 0;
}
