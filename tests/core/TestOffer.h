#pragma once

#include "lowregret/catalog/Offer.h"

#include <string>

namespace test_offer {

// An offer "<provider>/<model>" at these prices per 1M tokens, dated asOf.
inline lowregret::Offer make(const std::string& id, double in, double out, const std::string& asOf)
{
    lowregret::Offer o;
    o.id = id;
    o.model = id.substr(id.find('/') + 1);
    o.provider = id.substr(0, id.find('/'));
    o.inputUsdPerMtok = in;
    o.outputUsdPerMtok = out;
    o.asOf = asOf;
    o.source = "test";
    return o;
}

} // namespace test_offer
