#pragma once

#include "lowregret/catalog/Offer.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

// One genai-prices model's `prices`, read into LowRegret's terms (docs/catalog-format.md,
// "Importing genai-prices").
namespace lowregret::GenaiPriceShape {

// One set of prices: the base entry (no `from`) or one starting on a day.
struct Entry {
    std::optional<std::string> from; // YYYY-MM-DD, from constraint.start_date
    OfferPrices prices; // the base of every tiered price
    bool hasInput = false;
    bool hasOutput = false;
    bool perRequest = false; // requests_kcount: a fee per request
    std::vector<Offer::ContextTier> tiers; // lowest start first
};

struct Read {
    std::vector<Entry> dated; // oldest first
    Entry base;
    // Empty when the prices were read; else why the model is skipped: bad_entry (a value out
    // of range), unknown_shape (a shape this reader does not know) or time_of_day.
    std::string reason;
};

// `prices`: an object of prices per 1M tokens, or a list of { constraint?, prices }.
Read read(const nlohmann::json& prices);

} // namespace lowregret::GenaiPriceShape
