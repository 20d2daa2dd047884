#pragma once

// The readers of guide.json's parts, for Guide::fromJson; internal to core. Each collects a
// Problem with the field's dotted path for every mistake.

#include "lowregret/guide/Guide.h"
#include "lowregret/io/ObjectReader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace lowregret::guide_reading {

template <typename T> const T* findById(const std::vector<T>& items, std::string_view id)
{
    const auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

inline std::string indexPath(const std::string& base, std::size_t i)
{
    return base + "[" + std::to_string(i) + "]";
}

template <typename T> void checkUniqueIds(const std::vector<T>& items, const std::string& path, Problems& errors)
{
    std::set<std::string> seen;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!seen.insert(items[i].id).second)
            errors.push_back(
                { .path = indexPath(path, i) + ".id", .kind = Problem::Kind::Duplicate, .value = items[i].id });
    }
}

std::vector<LocalizedText> readTexts(const nlohmann::json* list, const std::string& path, Problems& errors);
std::optional<std::vector<std::string>> readStringList(
    const nlohmann::json& list, const std::string& path, Problems& errors);
std::vector<Rule> readRules(const nlohmann::json* list, const std::string& path, Problems& errors, Problems& warnings);
ScenarioDefaults readDefaults(const nlohmann::json& v, const std::string& path, Problems& errors, Problems& warnings);
GuideFigures readFigures(const nlohmann::json& v, const std::string& path, Problems& errors, Problems& warnings);
Node readNode(const nlohmann::json& v, const std::string& path, Problems& errors, Problems& warnings);
std::vector<Exclusion> readExclusions(const nlohmann::json& list, Problems& errors, Problems& warnings);
std::vector<CloudPreset> readCloudPresets(const nlohmann::json& list, Problems& errors, Problems& warnings);
std::vector<LocalPreset> readLocalPresets(const nlohmann::json& list, Problems& errors, Problems& warnings);
std::vector<Leaf> readLeaves(const nlohmann::json& list, Problems& errors, Problems& warnings);
std::vector<Product> readProducts(const nlohmann::json& list, Problems& errors, Problems& warnings);
std::vector<ExcludedProduct> readExcludedProducts(const nlohmann::json& list, Problems& errors, Problems& warnings);
// "local" or "cloud"; another value is an error naming both.
std::optional<Recommendation> readRecommendation(ObjectReader& r, const char* key, Problems& errors);
// A required, non-empty list of at most Guide::maxItems items; null (with the error) otherwise.
const nlohmann::json* limitedList(ObjectReader& r, const char* key, Problems& errors);

} // namespace lowregret::guide_reading
