#pragma once

#include "lowregret/catalog/Offer.h"

#include <optional>
#include <string>
#include <vector>

namespace lowregret {

// What a user narrows the catalog to. Every filter is off by default.
struct OfferFilter {
    std::string useCase; // a catalog use case id ("coding"); empty for any
    std::string provider; // exactly as the catalog names it; empty for any
    std::string priority; // one of OfferRanking::priorities(); empty for any
    std::optional<double> maxMonthlyUsd; // inclusive, at the ranking's usage
    std::optional<long long> minContextTokens; // an unknown context fails a minimum
    bool includeRetired = false; // `prices --all` lists the offers no longer sold, too
};

// The one ranking of catalog offers by what they cost at a usage, used by the CLI's `prices`,
// the Compare Models dialog (table, chart and top picks) and Catalog::topPicks. An offer with
// a price of exactly 0 (a self-hosted engine, a free tier, an unpriced entry) is never ranked:
// a cloud price of 0 is never a recommendation. Nor is an offer no longer sold (`retired`),
// unless the filter asks for it: only a list of every offer does, never a pick.
class OfferRanking final {
public:
    struct Ranked {
        const Offer* offer = nullptr;
        double monthlyUsd = 0.0;
    };
    struct Pick {
        std::string priority;
        const Offer* offer = nullptr;
        double monthlyUsd = 0.0;
    };

    OfferRanking() = delete;

    // USD a month for that many input and output tokens (CostModel::cloudUsd), at the prices in
    // force today: a dated price that has started replaces the prices of `as_of`.
    static double monthlyUsd(const Offer& offer, double inputTokens, double outputTokens);
    // Both prices above 0.
    static bool isPriced(const Offer& offer);
    // Whether the offer passes the filter at that monthly cost; an unpriced offer never does,
    // nor a retired one unless the filter includes them.
    static bool accepts(const Offer& offer, double monthlyUsd, const OfferFilter& filter);
    // The order of the ranking: cheaper first; equal costs go to the fresher price, then to the id.
    static bool before(const Ranked& a, const Ranked& b);
    // The offers that pass the filter, in that order.
    static std::vector<Ranked> rank(
        const std::vector<Offer>& offers, double inputTokens, double outputTokens, const OfferFilter& filter = {});
    // The first of the ranking for each priority: "lowest_cost" (any offer), then "coding",
    // "multimodal" and "reasoning". A priority no offer serves is left out.
    static std::vector<Pick> topPicks(const std::vector<Offer>& offers, double inputTokens, double outputTokens);
    static const std::vector<std::string>& priorities();
    // Whether the offer serves a priority: its use cases, its strengths, or (multimodal) its modality.
    static bool serves(const Offer& offer, const std::string& priority);
};

} // namespace lowregret
