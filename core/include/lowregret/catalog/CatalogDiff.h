#pragma once

#include "lowregret/catalog/Catalog.h"
#include "lowregret/catalog/Offer.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace lowregret {

// What an import would change in the catalog, shown before anything is written (Update
// Prices, `import-prices --dry-run`): offers new to it, offers of the same price book it
// imported before that the file no longer has (kept: a scenario may name them), and offers
// whose prices change.
struct CatalogDiff {
    struct Change {
        Offer before;
        Offer after;
    };
    std::vector<Offer> added; // "new" in JSON
    std::vector<Offer> gone;
    std::vector<Change> changed;

    [[nodiscard]] bool empty() const { return added.empty() && gone.empty() && changed.empty(); }

    // `incoming` against `current`. An offer is gone when `current` has it as imported from
    // the same kind of price book (its source starts with `sourcePrefix`) and `incoming` has
    // not. An offer changes when any of its prices, dated prices, tiers or its retired mark do.
    static CatalogDiff between(
        const Catalog& current, const std::vector<Offer>& incoming, const std::string& sourcePrefix);
    // Whether two offers charge the same: prices, cache prices, dated prices, tiers, retired.
    static bool samePrices(const Offer& a, const Offer& b);
    // { "new": [offer…], "gone": [offer…], "changed": [{ "id", "old", "new" }…] }, each price
    // set as `prices --format json` writes an offer's (price_history included where known).
    [[nodiscard]] nlohmann::json toJson() const;
    // One side of a change: id, prices, as_of, source and price_history.
    static nlohmann::json pricesJson(const Offer& offer);
};

} // namespace lowregret
