#pragma once

#include "lowregret/Scenario.h"
#include "lowregret/Sensitivity.h"

#include <string>

namespace lowregret {

// The low-regret choice within the guide's gates. Regret weighs money only; the guide also
// weighs what money does not: data that must stay under the team's control keeps the cloud
// out, whatever it costs. A choice a gate excludes is never offered as the low-regret one.
class RegretGates final {
public:
    RegretGates() = delete;

    // Sets analysis.regret's lowRegretChoice and gate from its two maxima and the scenario.
    static void choose(Sensitivity::Analysis& analysis, const Scenario& scenario);
    // The conflict of two gates, stated as the headline: data that needs local control, and a
    // team that cannot maintain a local setup. Empty when the scenario has no such conflict.
    static std::string conflict(const Scenario& scenario, Recommendation recommendation, Lang lang);
};

} // namespace lowregret
