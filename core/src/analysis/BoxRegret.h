#pragma once

#include "lowregret/analysis/Sensitivity.h"
#include "lowregret/scenario/Scenario.h"
#include "lowregret/scenario/ScenarioInputs.h"

#include <utility>
#include <vector>

namespace lowregret {

// The regret of either choice over the box of ranges (docs/sensitivity.md): each choice's total
// at the horizon minus the cheaper of the two.
class BoxRegret final {
public:
    BoxRegret() = delete;

    // Sets analysis.regret's maxima, means, corners and samples; `box` holds the inputs that
    // swing and `bounds` their ranges, in the same order. The low-regret choice is RegretGates'.
    static void find(Sensitivity::Analysis& a, const Scenario& scenario,
        const std::vector<const ScenarioInputs::Input*>& box, const std::vector<std::pair<double, double>>& bounds);
};

} // namespace lowregret
