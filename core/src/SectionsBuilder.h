#pragma once

#include "lowregret/Sections.h"

namespace lowregret {

// The sections made of figures, built apart from the guide's texts (Sections.cpp).
class SectionsBuilder final {
public:
    SectionsBuilder() = delete;

    static Sections::Section costs(
        const Scenario& scenario, const Decision::Outcome& outcome, const Offer* cloudOffer, Lang lang);
    // The inputs and the answers, each with who set it. An answer Back took off the path is
    // kept (the warnings still count it): it is listed as off the path.
    static Sections::Section assumptions(const Guide& guide, const Scenario& scenario, const Decision::Outcome& outcome,
        const Offer* cloudOffer, Lang lang);
    // The breakeven as the sentences say it: exact where rounding would make it read as the
    // threshold it is over.
    static std::string breakevenText(const Scenario& scenario, const Decision::Outcome& outcome, Lang lang);
    static Sections::Block text(Sections::Block::Kind kind, std::string text);
};

} // namespace lowregret
