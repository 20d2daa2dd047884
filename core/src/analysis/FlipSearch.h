#pragma once

#include "lowregret/analysis/Decision.h"
#include "lowregret/analysis/Sensitivity.h"
#include "lowregret/guide/Guide.h"
#include "lowregret/scenario/Scenario.h"

#include <optional>
#include <string>
#include <vector>

namespace lowregret {

// The flip points of the sensitivity analysis (docs/sensitivity.md): each input moved over its
// whole valid range, each way from the user's value, until the recommendation changes.
class FlipSearch final {
public:
    FlipSearch() = delete;

    // The leaf the flowchart reaches for a scenario, and the walk to it.
    struct Decided {
        std::string leaf;
        Recommendation recommendation = Recommendation::Cloud;
        std::optional<std::string> band;
        std::vector<Decision::Step> path;
    };

    // None when the flowchart does not reach a leaf.
    static std::optional<Decided> decideAt(const Guide& guide, const Scenario& s);
    // Adds to analysis.flipPoints and analysis.leafChanges, for the inputs that apply to the
    // scenario; `now` is the leaf at the user's figures. The ranges tested are analysis.ranges.
    static void find(Sensitivity::Analysis& a, const Guide& guide, const Scenario& scenario, const Decided& now);
};

} // namespace lowregret
