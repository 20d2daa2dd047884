#pragma once

#include "lowregret/catalog/Offer.h"
#include "lowregret/io/Problem.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lowregret {

// Reads a price file in LiteLLM's model_prices_and_context_window.json format: chat models
// only, prices per token converted to USD per 1M tokens, every skipped entry counted by reason.
class LiteLlmImport final {
public:
    static constexpr std::size_t maxFileBytes = 32 * 1024 * 1024;

    struct Result {
        std::vector<Offer> offers; // one per id: offers.size() offers are added
        int read = 0;
        int skipped = 0;
        // not_chat, no_price, free_or_unpriced (a price of 0), no_provider, bad_entry
        std::map<std::string, int> skippedByReason;
        // Entries whose id, once normalised, another entry already had: they collapse into one
        // offer (the later entry's prices), so read = offers + skipped + merged.
        int merged = 0;
        int suspect = 0; // offers whose price looks wrong (Offer::hasSuspectPrice), imported flagged
        std::string asOf;
        Problems errors; // the file as a whole is unusable: nothing is imported

        // Called once every entry is read into `offers`: entries of one id collapse into one
        // offer, the later entry's prices, in the first one's place (counted in `merged`), and
        // the offers with a suspect price are counted. Both price-file readers end with it.
        void collapseById();
    };

    LiteLlmImport() = delete;

    // `asOf` is the date stamped on every offer; `source` says where the prices came from.
    static Result fromJson(const nlohmann::json& json, const std::string& asOf, const std::string& source);
    // The prices are as old as the file: `asOf` when given (YYYY-MM-DD), else the day the file
    // was last modified, in local time.
    static Result fromFile(const std::filesystem::path& file, const std::optional<std::string>& asOf = std::nullopt);
    // The local date (YYYY-MM-DD) the file was last modified; nullopt when it cannot be read.
    static std::optional<std::string> modifiedDate(const std::filesystem::path& file);
    // "openai" + "gpt-4o" -> "openai/gpt-4o"; lowercase, with characters outside the id
    // alphabet replaced by '-'.
    static std::string offerId(const std::string& provider, const std::string& model);
};

} // namespace lowregret
