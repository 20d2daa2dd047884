#include "lowregret/catalog/Catalog.h"

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

void Catalog::keepRetired(Offer& incoming) const
{
    if (const Offer* known = find(incoming.id); known && known->retired)
        incoming.retired = true;
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
