#include "lowregret/scenario/Scenario.h"

#include "lowregret/catalog/Catalog.h"

namespace lowregret {

namespace {

// The offer's prices in the scenario's first month, for a request of the scenario's size.
OfferPrices firstMonthPrices(const Scenario& s, const Offer& offer)
{
    const OfferPrices onDay = offer.pricesOn(s.firstMonth() + "-01");
    return s.cloud.inputTokensPerRequest ? offer.pricesForRequest(onDay, *s.cloud.inputTokensPerRequest) : onDay;
}

} // namespace

void Scenario::useOffer(const Offer& offer)
{
    const OfferPrices p = firstMonthPrices(*this, offer);
    cloud.model = offer.id;
    cloud.offer = offer;
    cloud.inputUsdPerMtok = p.inputUsdPerMtok;
    cloud.outputUsdPerMtok = p.outputUsdPerMtok;
    // A scenario that bills cached input takes the offer's cache-read price (none: the input
    // price) unless the user typed one; one that does not is left as it is, so its file keeps
    // its version.
    if (time.cachedInputShare > 0.0 && !isUserSet("time.cache_read_usd_per_mtok"))
        time.cacheReadUsdPerMtok = p.cacheReadUsdPerMtok;
}

Catalog::Resolution Scenario::resolveOffer(const Catalog& catalog)
{
    Catalog::Resolution r;
    if (cloud.model.empty())
        return r;
    const bool bothPrices = isUserSet("cloud.input_usd_per_mtok") && isUserSet("cloud.output_usd_per_mtok");
    r.offer = catalog.find(cloud.model);
    // The guide's default offer missing from this catalog (another --guide): the default prices
    // stand, with a warning, rather than an error about a field the user never wrote.
    if (!r.offer && !isUserSet("cloud.model")) {
        r.warnings.push_back({ .path = "cloud.model", .kind = Problem::Kind::UnknownReference, .value = cloud.model });
        cloud.model.clear();
        return r;
    }
    if (!r.offer) {
        (bothPrices ? r.warnings : r.errors)
            .push_back({ .path = "cloud.model", .kind = Problem::Kind::UnknownReference, .value = cloud.model });
        return r;
    }
    cloud.offer = *r.offer;
    const OfferPrices p = firstMonthPrices(*this, *r.offer);
    if (!isUserSet("cloud.input_usd_per_mtok"))
        cloud.inputUsdPerMtok = p.inputUsdPerMtok;
    if (!isUserSet("cloud.output_usd_per_mtok"))
        cloud.outputUsdPerMtok = p.outputUsdPerMtok;
    // Cached input is billed at the offer's cache-read price unless the file gives its own.
    if (time.cachedInputShare > 0.0 && !isUserSet("time.cache_read_usd_per_mtok") && !time.cacheReadUsdPerMtok)
        time.cacheReadUsdPerMtok = p.cacheReadUsdPerMtok;
    return r;
}

} // namespace lowregret
