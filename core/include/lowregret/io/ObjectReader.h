#pragma once

#include "lowregret/io/LocalizedText.h"
#include "lowregret/io/Problem.h"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace lowregret {

// Reads the fields of one JSON object, checking type and range and collecting a Problem with
// the field's dotted path for each mistake, so a loader reports every error at once.
class ObjectReader final {
public:
    ObjectReader(const nlohmann::json& object, std::string path, Problems& errors);

    [[nodiscard]] bool has(std::string_view key) const;
    [[nodiscard]] std::string pathOf(std::string_view key) const;

    std::optional<double> number(std::string_view key, double min, double max, bool required);
    std::optional<long long> integer(std::string_view key, long long min, long long max, bool required);
    // A present null reads as "unanswered" when allowNull is set.
    std::optional<bool> boolean(std::string_view key, bool required, bool allowNull = false);
    std::optional<std::string> string(std::string_view key, bool required, bool nonEmpty = true);
    std::optional<LocalizedText> text(std::string_view key, bool required = true);
    const nlohmann::json* object(std::string_view key, bool required);
    const nlohmann::json* array(std::string_view key, bool required, bool nonEmpty = false);

    // Every member not in `known` is reported into `warnings` as an unknown field.
    void reportUnknown(std::initializer_list<std::string_view> known, Problems& warnings) const;

private:
    const nlohmann::json* member(std::string_view key, bool required);

    const nlohmann::json& m_object;
    std::string m_path;
    Problems& m_errors;
};

} // namespace lowregret
