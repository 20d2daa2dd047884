#pragma once

#include "lowregret/analysis/Decision.h"
#include "lowregret/catalog/Offer.h"
#include "lowregret/io/Lang.h"

#include <nlohmann/json.hpp>

namespace lowregret {

// The machine-readable form of a decision, as `lowregret-cli decide --format json` prints it
// (docs/cli.md). Field names are a contract: add, never rename.
class OutcomeJson final {
public:
    OutcomeJson() = delete;

    // "sections" is the result as the other outputs lay it out (Sections::toJson); the fields
    // before it are the outcome's own data. `cloudOffer`: the catalog offer of cloud.model.
    static nlohmann::json build(const Guide& guide, const Scenario& scenario, const Decision::Outcome& outcome,
        Lang lang, const Offer* cloudOffer = nullptr);
};

} // namespace lowregret
