#pragma once

#include "lowregret/analysis/Decision.h"
#include "lowregret/catalog/Offer.h"
#include "lowregret/io/Lang.h"
#include "lowregret/outcome/Sections.h"
#include "lowregret/scenario/Scenario.h"
#include "lowregret/sizing/Sizing.h"

#include <string>

namespace lowregret {

// A sized setup whose model no supported count of its device holds (CostModel::localRuns is
// false). Nothing local is priced, charted or recommended: the result says so at its top, with
// the nearest device that runs the model, and the costs show the cloud alone.
class LocalCannotRun final {
public:
    LocalCannotRun() = delete;

    // "The local side cannot run … No local cost is counted." and the nearest device that runs
    // it (or that none does).
    static std::string text(const Scenario& scenario, Lang lang);
    // The same for a sizing input at a usage, the nearest device the cheapest over `months`.
    static std::string text(const SizingInput& input, double monthlyTokens, double inputShare, int months, Lang lang);
    // The costs section without a local price: the cloud's figures, and the local row saying
    // that it cannot run the model.
    static Sections::Section costs(
        const Scenario& scenario, const Decision::Outcome& outcome, const Offer* cloudOffer, Lang lang);
};

} // namespace lowregret
