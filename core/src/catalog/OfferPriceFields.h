#pragma once

#include "lowregret/catalog/Offer.h"
#include "lowregret/io/ObjectReader.h"
#include "lowregret/io/Problem.h"

#include <nlohmann/json.hpp>

// The fields of a catalog offer that say how its price moves: price_history, context_tiers,
// other_sources, retired and cache_write_usd_per_mtok (docs/catalog-format.md).
namespace lowregret::OfferPriceFields {

// The names read here, for the offer's list of known fields.
inline constexpr std::string_view names[]
    = { "cache_write_usd_per_mtok", "price_history", "context_tiers", "other_sources", "retired" };

// Reads them from the offer object `r` reads, into `offer`; a mistake is an error at its path.
void read(ObjectReader& r, const nlohmann::json& object, Offer& offer, Problems& errors, Problems& warnings);
// Writes those the offer has into `j`.
void write(const Offer& offer, nlohmann::json& j);
// One price set as catalog JSON: input_usd_per_mtok, output_usd_per_mtok and the cache prices known.
nlohmann::json pricesToJson(const OfferPrices& prices);

} // namespace lowregret::OfferPriceFields
