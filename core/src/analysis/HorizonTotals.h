#pragma once

#include "lowregret/scenario/Scenario.h"

#include <optional>

namespace lowregret {

// The two totals at the horizon. A sized setup that cannot serve the usage still costs what it
// costs, and the cloud API is paid as well: the team bought hardware that cannot carry the load.
struct HorizonTotals {
    double local = 0.0;
    double cloud = 0.0;
    std::optional<double> breakeven;

    static HorizonTotals of(const Scenario& s);
};

} // namespace lowregret
