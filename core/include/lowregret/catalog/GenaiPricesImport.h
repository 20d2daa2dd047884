#pragma once

#include "lowregret/catalog/LiteLlmImport.h"

#include <nlohmann/json.hpp>

#include <string>

namespace lowregret {

// Reads pydantic genai-prices' data.json (or data_slim.json): a list of providers, each with
// its models and their prices per 1M tokens, possibly dated (constraint.start_date), by time
// of day, or in context tiers (docs/catalog-format.md, "Importing genai-prices").
class GenaiPricesImport final {
public:
    using Result = LiteLlmImport::Result; // the same counts: read = imported + skipped + merged

    GenaiPricesImport() = delete;

    // Whether `json` has genai-prices' shape: a list of objects with `id` and `models`.
    static bool recognises(const nlohmann::json& json);
    // `asOf` is the day the prices were taken, stamped on every offer; `source` says where from.
    static Result fromJson(const nlohmann::json& json, const std::string& asOf, const std::string& source);
};

} // namespace lowregret
