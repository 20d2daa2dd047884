#include "lowregret/catalog/Offer.h"

#include <algorithm>

// An offer's prices over time (price_history) and by the size of a request (context_tiers).
namespace lowregret {

OfferPrices Offer::prices() const
{
    return { inputUsdPerMtok, outputUsdPerMtok, cacheReadUsdPerMtok, cacheWriteUsdPerMtok };
}

OfferPrices Offer::pricesOn(const std::string& date) const
{
    // Dates are YYYY-MM-DD, so they order as text.
    const OfferPrices* found = nullptr;
    for (const auto& d : priceHistory)
        if (d.from <= date)
            found = &d.prices;
    return found ? *found : prices();
}

std::vector<Offer::DatedPrice> Offer::changesAfter(const std::string& date) const
{
    std::vector<DatedPrice> out;
    for (const auto& d : priceHistory)
        if (d.from > date)
            out.push_back(d);
    return out;
}

namespace {

// `tier` of `top` applied to `base`: the same ratio, or the tier's own price when `top` is 0.
double scaled(double tier, double top, double base)
{
    return top > 0.0 ? tier * (base / top) : tier;
}

std::optional<double> scaled(
    const std::optional<double>& tier, const std::optional<double>& top, const std::optional<double>& base)
{
    if (!tier || !base)
        return base;
    return scaled(*tier, top.value_or(0.0), *base);
}

} // namespace

OfferPrices Offer::pricesForRequest(const OfferPrices& base, double inputTokens) const
{
    const ContextTier* tier = nullptr;
    for (const auto& t : contextTiers)
        if (inputTokens > double(t.aboveInputTokens) && (!tier || t.aboveInputTokens > tier->aboveInputTokens))
            tier = &t;
    if (!tier)
        return base;
    const OfferPrices top = prices();
    return { scaled(tier->prices.inputUsdPerMtok, top.inputUsdPerMtok, base.inputUsdPerMtok),
        scaled(tier->prices.outputUsdPerMtok, top.outputUsdPerMtok, base.outputUsdPerMtok),
        scaled(tier->prices.cacheReadUsdPerMtok, top.cacheReadUsdPerMtok, base.cacheReadUsdPerMtok),
        scaled(tier->prices.cacheWriteUsdPerMtok, top.cacheWriteUsdPerMtok, base.cacheWriteUsdPerMtok) };
}

} // namespace lowregret
