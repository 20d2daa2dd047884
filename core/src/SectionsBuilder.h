#pragma once

#include "lowregret/Sections.h"

namespace lowregret {

// The sections made of figures, built apart from the guide's texts (Sections.cpp).
class SectionsBuilder final {
public:
    SectionsBuilder() = delete;

    static Sections::Section costs(
        const Scenario& scenario, const Decision::Outcome& outcome, const Offer* cloudOffer, Lang lang);
    static Sections::Section assumptions(const Scenario& scenario, const Offer* cloudOffer, Lang lang);
};

} // namespace lowregret
