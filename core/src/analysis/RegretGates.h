#pragma once

#include "lowregret/analysis/Sensitivity.h"
#include "lowregret/scenario/Scenario.h"

namespace lowregret {

// The low-regret choice within the guide's gates. Regret weighs money only; the guide also
// weighs what money does not: data that must stay under the team's control keeps the cloud
// out, whatever it costs. A choice a gate excludes is never offered as the low-regret one.
class RegretGates final {
public:
    RegretGates() = delete;

    // Sets analysis.regret's lowRegretChoice and gate from its two maxima and the scenario.
    static void choose(Sensitivity::Analysis& analysis, const Scenario& scenario);
    // The data must stay under the team's control, and the flowchart answers local for it.
    static bool cloudExcluded(const Scenario& scenario, Recommendation recommendation);
};

} // namespace lowregret
