#pragma once

#include "lowregret/catalog/LiteLlmImport.h"

#include <filesystem>
#include <optional>
#include <string>

namespace lowregret {

// A price file of either kind LowRegret reads, recognised by its shape: LiteLLM's
// model_prices_and_context_window.json or genai-prices' data.json. Anything else is refused
// with a reason, never guessed.
class PriceImport final {
public:
    enum class Format { LiteLlm, GenaiPrices };
    using Result = LiteLlmImport::Result;

    struct Read {
        std::optional<Format> format; // none: not a price file LowRegret knows (errors says why)
        Result result;
    };

    PriceImport() = delete;

    static std::optional<Format> recognise(const nlohmann::json& json);
    // `asOf` when given (YYYY-MM-DD), else the day the file was last modified.
    static Read fromFile(const std::filesystem::path& file, const std::optional<std::string>& asOf = std::nullopt);
    static Read fromJson(const nlohmann::json& json, const std::string& asOf, const std::string& fileName);
    // "litellm", "genai-prices": the name in JSON output and in an offer's source.
    static std::string formatName(Format format);
};

} // namespace lowregret
