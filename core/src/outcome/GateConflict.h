#pragma once

#include "lowregret/analysis/Decision.h"
#include "lowregret/io/Lang.h"
#include "lowregret/scenario/Scenario.h"

#include <string>

namespace lowregret {

// Two of the guide's gates in conflict, stated as the headline: data that needs local control,
// and a team that cannot maintain a local setup (RegretGates keeps the cloud out of the
// low-regret choice for the first).
class GateConflict final {
public:
    GateConflict() = delete;

    // Empty when the scenario has no such conflict.
    static std::string text(const Scenario& scenario, Recommendation recommendation, Lang lang);
};

} // namespace lowregret
