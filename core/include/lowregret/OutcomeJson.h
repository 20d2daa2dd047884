#pragma once

#include "lowregret/Decision.h"
#include "lowregret/Lang.h"

#include <nlohmann/json.hpp>

namespace lowregret {

// The machine-readable form of a decision, as `lowregret-cli decide --format json` prints it
// (docs/cli.md). Field names are a contract: add, never rename.
class OutcomeJson final {
public:
    OutcomeJson() = delete;

    static nlohmann::json build(
        const Guide& guide, const Scenario& scenario, const Decision::Outcome& outcome, Lang lang);
};

} // namespace lowregret
