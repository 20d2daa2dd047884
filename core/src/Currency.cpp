#include "lowregret/Currency.h"

#include "lowregret/Hardware.h"

namespace lowregret {

Currency Currency::twd()
{
    const auto& rate = Hardware::builtIn().twdPerUsd;
    return twd(rate.perUsd, rate.asOf);
}

Currency Currency::twd(double perUsd, std::string asOf)
{
    return { "TWD", perUsd, std::move(asOf) };
}

bool Currency::isKnownCode(const std::string& code)
{
    return code == "USD" || code == "TWD";
}

} // namespace lowregret
