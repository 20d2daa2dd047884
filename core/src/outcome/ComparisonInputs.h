#pragma once

#include "lowregret/io/Currency.h"
#include "lowregret/io/Lang.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace lowregret {

// A scenario input as Compare Scenarios shows it: by its label in the user's language (the
// labels the result's assumptions and the wizard use), its value formatted by Format in the
// comparison's currency, never by the JSON key and raw number. The JSON output keeps the keys.
class ComparisonInputs final {
public:
    ComparisonInputs() = delete;

    // "Cloud input price per 1M tokens" for "cloud.input_usd_per_mtok"; the key itself for a
    // field with no label.
    static std::string label(const std::string& field, Lang lang);
    static std::string text(
        const std::string& field, const std::optional<nlohmann::json>& value, Lang lang, const Currency& currency);
};

} // namespace lowregret
