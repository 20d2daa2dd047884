#include "lowregret/Catalog.h"

#include <algorithm>

// The catalog in memory: finding and replacing offers, resolving a scenario's offer, ranking.
// Reading is in CatalogReader.cpp, the user's files in CatalogStore.cpp, dates in CatalogDates.cpp.
namespace lowregret {

const Offer* Catalog::find(std::string_view id) const
{
    const auto it = std::find_if(m_offers.begin(), m_offers.end(), [&](const Offer& o) { return o.id == id; });
    return it == m_offers.end() ? nullptr : &*it;
}

void Catalog::add(Offer offer)
{
    const auto it = std::find_if(m_offers.begin(), m_offers.end(), [&](const Offer& o) { return o.id == offer.id; });
    if (it != m_offers.end())
        *it = std::move(offer);
    else
        m_offers.push_back(std::move(offer));
}

void Catalog::merge(const Catalog& other)
{
    for (const auto& o : other.m_offers)
        add(o);
}

Catalog::Resolution Catalog::resolve(Scenario& scenario) const
{
    Resolution r;
    if (scenario.cloud.model.empty())
        return r;
    const bool bothPrices
        = scenario.isUserSet("cloud.input_usd_per_mtok") && scenario.isUserSet("cloud.output_usd_per_mtok");
    r.offer = find(scenario.cloud.model);
    // The guide's default offer missing from this catalog (another --guide): the default prices
    // stand, with a warning, rather than an error about a field the user never wrote.
    if (!r.offer && !scenario.isUserSet("cloud.model")) {
        r.warnings.push_back(
            { .path = "cloud.model", .kind = Problem::Kind::UnknownReference, .value = scenario.cloud.model });
        scenario.cloud.model.clear();
        return r;
    }
    if (!r.offer) {
        (bothPrices ? r.warnings : r.errors)
            .push_back(
                { .path = "cloud.model", .kind = Problem::Kind::UnknownReference, .value = scenario.cloud.model });
        return r;
    }
    if (!scenario.isUserSet("cloud.input_usd_per_mtok"))
        scenario.cloud.inputUsdPerMtok = r.offer->inputUsdPerMtok;
    if (!scenario.isUserSet("cloud.output_usd_per_mtok"))
        scenario.cloud.outputUsdPerMtok = r.offer->outputUsdPerMtok;
    // Cached input is billed at the offer's cache-read price unless the file gives its own.
    if (scenario.time.cachedInputShare > 0.0 && !scenario.isUserSet("time.cache_read_usd_per_mtok")
        && !scenario.time.cacheReadUsdPerMtok)
        scenario.time.cacheReadUsdPerMtok = r.offer->cacheReadUsdPerMtok;
    return r;
}

std::vector<OfferRanking::Ranked> Catalog::rank(
    double inputTokens, double outputTokens, const OfferFilter& filter) const
{
    return OfferRanking::rank(m_offers, inputTokens, outputTokens, filter);
}

std::vector<Catalog::Pick> Catalog::topPicks(double inputTokens, double outputTokens) const
{
    return OfferRanking::topPicks(m_offers, inputTokens, outputTokens);
}

} // namespace lowregret
