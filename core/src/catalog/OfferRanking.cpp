#include "lowregret/catalog/OfferRanking.h"

#include "lowregret/catalog/Catalog.h"

#include <algorithm>

namespace lowregret {

double OfferRanking::monthlyUsd(const Offer& offer, double inputTokens, double outputTokens)
{
    if (offer.priceHistory.empty())
        return Offer::tokensUsd(inputTokens, outputTokens, offer.inputUsdPerMtok, offer.outputUsdPerMtok);
    const OfferPrices now = offer.pricesOn(Catalog::today());
    return Offer::tokensUsd(inputTokens, outputTokens, now.inputUsdPerMtok, now.outputUsdPerMtok);
}

bool OfferRanking::isPriced(const Offer& offer)
{
    return offer.inputUsdPerMtok > 0.0 && offer.outputUsdPerMtok > 0.0;
}

const std::vector<std::string>& OfferRanking::priorities()
{
    static const std::vector<std::string> list = { "lowest_cost", "coding", "multimodal", "reasoning" };
    return list;
}

bool OfferRanking::serves(const Offer& o, const std::string& priority)
{
    if (priority.empty() || priority == "lowest_cost")
        return true;
    if (priority == "multimodal" && o.modality == "multimodal")
        return true;
    return o.hasUseCase(priority) || std::any_of(o.strengths.begin(), o.strengths.end(), [&](const Offer::Strength& s) {
        return s.kind == priority;
    });
}

bool OfferRanking::accepts(const Offer& offer, double monthly, const OfferFilter& filter)
{
    if (!isPriced(offer))
        return false;
    if (offer.retired && !filter.includeRetired)
        return false;
    if (!filter.useCase.empty() && !offer.hasUseCase(filter.useCase))
        return false;
    if (!filter.provider.empty() && offer.provider != filter.provider)
        return false;
    if (!serves(offer, filter.priority))
        return false;
    if (filter.maxMonthlyUsd && monthly > *filter.maxMonthlyUsd)
        return false;
    if (filter.minContextTokens && (!offer.contextTokens || *offer.contextTokens < *filter.minContextTokens))
        return false;
    return true;
}

bool OfferRanking::before(const Ranked& a, const Ranked& b)
{
    if (a.monthlyUsd != b.monthlyUsd)
        return a.monthlyUsd < b.monthlyUsd;
    if (a.offer->asOf != b.offer->asOf)
        return a.offer->asOf > b.offer->asOf; // YYYY-MM-DD sorts as text
    return a.offer->id < b.offer->id;
}

std::vector<OfferRanking::Ranked> OfferRanking::rank(
    const std::vector<Offer>& offers, double inputTokens, double outputTokens, const OfferFilter& filter)
{
    std::vector<Ranked> rows;
    rows.reserve(offers.size());
    for (const auto& o : offers) {
        const double monthly = monthlyUsd(o, inputTokens, outputTokens);
        if (accepts(o, monthly, filter))
            rows.push_back({ &o, monthly });
    }
    std::sort(rows.begin(), rows.end(), before);
    return rows;
}

std::vector<OfferRanking::Pick> OfferRanking::topPicks(
    const std::vector<Offer>& offers, double inputTokens, double outputTokens)
{
    std::vector<Pick> picks;
    for (const auto& priority : priorities()) {
        const auto ranked = rank(offers, inputTokens, outputTokens, { .priority = priority }); // never retired
        if (!ranked.empty())
            picks.push_back({ priority, ranked.front().offer, ranked.front().monthlyUsd });
    }
    return picks;
}

} // namespace lowregret
