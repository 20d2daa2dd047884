#include "lowregret/io/ObjectReader.h"

#include "lowregret/io/Format.h"

#include <algorithm>
#include <cmath>

namespace lowregret {

ObjectReader::ObjectReader(const nlohmann::json& object, std::string path, Problems& errors)
    : m_object(object)
    , m_path(std::move(path))
    , m_errors(errors)
{
    // A list item or member that should be an object but is not is an error once, here;
    // otherwise every field would read as absent and the item load half-empty.
    if (!m_object.is_object())
        m_errors.push_back({ .path = m_path, .kind = Problem::Kind::WrongType, .expected = "object" });
}

bool ObjectReader::has(std::string_view key) const
{
    return m_object.is_object() && m_object.contains(key);
}

std::string ObjectReader::pathOf(std::string_view key) const
{
    return m_path.empty() ? std::string(key) : m_path + "." + std::string(key);
}

const nlohmann::json* ObjectReader::member(std::string_view key, bool required)
{
    if (!m_object.is_object())
        return nullptr;
    const auto it = m_object.find(key);
    if (it == m_object.end()) {
        if (required)
            m_errors.push_back({ .path = pathOf(key), .kind = Problem::Kind::Missing });
        return nullptr;
    }
    return &*it;
}

std::optional<double> ObjectReader::number(std::string_view key, double min, double max, bool required)
{
    const auto* v = member(key, required);
    if (!v)
        return std::nullopt;
    if (!v->is_number()) {
        m_errors.push_back({ .path = pathOf(key), .kind = Problem::Kind::WrongType, .expected = "number" });
        return std::nullopt;
    }
    // + 0.0 turns a written -0 into 0, so no negative zero reaches a sum or an output.
    const double d = v->get<double>() + 0.0;
    if (!std::isfinite(d)) {
        m_errors.push_back({ .path = pathOf(key), .kind = Problem::Kind::NotFinite });
        return std::nullopt;
    }
    if (d < min || d > max) {
        m_errors.push_back({ .path = pathOf(key),
            .kind = Problem::Kind::OutOfRange,
            .value = Format::compactNumber(d),
            .min = min,
            .max = max });
        return std::nullopt;
    }
    return d;
}

std::optional<long long> ObjectReader::integer(std::string_view key, long long min, long long max, bool required)
{
    const auto* v = member(key, required);
    if (!v)
        return std::nullopt;
    const bool whole = v->is_number_integer()
        || (v->is_number_float() && std::isfinite(v->get<double>())
            && std::trunc(v->get<double>()) == v->get<double>());
    if (!whole) {
        m_errors.push_back({ .path = pathOf(key), .kind = Problem::Kind::WrongType, .expected = "integer" });
        return std::nullopt;
    }
    const double d = v->get<double>();
    if (d < double(min) || d > double(max)) {
        m_errors.push_back({ .path = pathOf(key),
            .kind = Problem::Kind::OutOfRange,
            .value = Format::compactNumber(d),
            .min = double(min),
            .max = double(max) });
        return std::nullopt;
    }
    return static_cast<long long>(d);
}

std::optional<bool> ObjectReader::boolean(std::string_view key, bool required, bool allowNull)
{
    const auto* v = member(key, required);
    if (!v)
        return std::nullopt;
    if (allowNull && v->is_null())
        return std::nullopt;
    if (!v->is_boolean()) {
        m_errors.push_back({ .path = pathOf(key),
            .kind = Problem::Kind::WrongType,
            .expected = allowNull ? "boolean or null" : "boolean" });
        return std::nullopt;
    }
    return v->get<bool>();
}

std::optional<std::string> ObjectReader::string(std::string_view key, bool required, bool nonEmpty)
{
    const auto* v = member(key, required);
    if (!v)
        return std::nullopt;
    if (!v->is_string()) {
        m_errors.push_back({ .path = pathOf(key), .kind = Problem::Kind::WrongType, .expected = "string" });
        return std::nullopt;
    }
    auto s = v->get<std::string>();
    if (nonEmpty && s.find_first_not_of(" \t\r\n") == std::string::npos) {
        m_errors.push_back({ .path = pathOf(key), .kind = Problem::Kind::Empty });
        return std::nullopt;
    }
    return s;
}

std::optional<LocalizedText> ObjectReader::text(std::string_view key, bool required)
{
    const auto* v = member(key, required);
    if (!v)
        return std::nullopt;
    if (!v->is_object()) {
        m_errors.push_back({ .path = pathOf(key), .kind = Problem::Kind::WrongType, .expected = "object" });
        return std::nullopt;
    }
    ObjectReader inner(*v, pathOf(key), m_errors);
    auto en = inner.string("en", true);
    auto zh = inner.string("zh-Hant", true);
    if (!en || !zh)
        return std::nullopt;
    return LocalizedText { std::move(*en), std::move(*zh) };
}

const nlohmann::json* ObjectReader::object(std::string_view key, bool required)
{
    const auto* v = member(key, required);
    if (!v)
        return nullptr;
    if (!v->is_object()) {
        m_errors.push_back({ .path = pathOf(key), .kind = Problem::Kind::WrongType, .expected = "object" });
        return nullptr;
    }
    return v;
}

const nlohmann::json* ObjectReader::array(std::string_view key, bool required, bool nonEmpty)
{
    const auto* v = member(key, required);
    if (!v)
        return nullptr;
    if (!v->is_array()) {
        m_errors.push_back({ .path = pathOf(key), .kind = Problem::Kind::WrongType, .expected = "array" });
        return nullptr;
    }
    if (nonEmpty && v->empty()) {
        m_errors.push_back({ .path = pathOf(key), .kind = Problem::Kind::Empty });
        return nullptr;
    }
    return v;
}

void ObjectReader::reportUnknown(std::initializer_list<std::string_view> known, Problems& warnings) const
{
    if (!m_object.is_object())
        return;
    for (const auto& [key, value] : m_object.items()) {
        if (std::find(known.begin(), known.end(), key) == known.end())
            warnings.push_back({ .path = pathOf(key), .kind = Problem::Kind::UnknownField });
    }
}

} // namespace lowregret
