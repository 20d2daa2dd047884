#include "lowregret/io/Currency.h"

namespace lowregret {

Currency Currency::twd(double perUsd, std::string asOf)
{
    return { "TWD", perUsd, std::move(asOf) };
}

bool Currency::isKnownCode(const std::string& code)
{
    return code == "USD" || code == "TWD";
}

} // namespace lowregret
