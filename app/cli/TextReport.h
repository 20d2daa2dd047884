#pragma once

#include "lowregret/Decision.h"
#include "lowregret/Lang.h"

#include <string>

namespace lowregret::cli {

// A decision laid out for a terminal, 80 columns wide, in one language.
class TextReport final {
public:
    TextReport() = delete;

    static std::string render(
        const Guide& guide, const Scenario& scenario, const Decision::Outcome& outcome, Lang lang);
};

} // namespace lowregret::cli
