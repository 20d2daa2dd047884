#pragma once

#include "lowregret/Offer.h"
#include "lowregret/Problem.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace lowregret {

// Reads a price file in LiteLLM's model_prices_and_context_window.json format: chat models
// only, prices per token converted to USD per 1M tokens, every skipped entry counted by reason.
class LiteLlmImport final {
public:
    static constexpr std::size_t maxFileBytes = 32 * 1024 * 1024;

    struct Result {
        std::vector<Offer> offers;
        int read = 0;
        int skipped = 0;
        std::map<std::string, int> skippedByReason; // not_chat, no_price, no_provider, bad_entry
        Problems errors; // the file as a whole is unusable: nothing is imported
    };

    LiteLlmImport() = delete;

    // `asOf` is the date stamped on every offer; `source` says where the prices came from.
    static Result fromJson(const nlohmann::json& json, const std::string& asOf, const std::string& source);
    static Result fromFile(const std::filesystem::path& file, const std::string& asOf);
    // "openai" + "gpt-4o" -> "openai/gpt-4o"; lowercase, with characters outside the id
    // alphabet replaced by '-'.
    static std::string offerId(const std::string& provider, const std::string& model);
};

} // namespace lowregret
