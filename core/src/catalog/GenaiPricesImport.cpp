#include "lowregret/catalog/GenaiPricesImport.h"

// Reading genai-prices' data.json (docs/catalog-format.md, "Importing genai-prices").
namespace lowregret {

bool GenaiPricesImport::recognises(const nlohmann::json& json)
{
    if (!json.is_array() || json.empty())
        return false;
    for (const auto& provider : json)
        if (!provider.is_object() || !provider.contains("id") || !provider.contains("models"))
            return false;
    return true;
}

GenaiPricesImport::Result GenaiPricesImport::fromJson(
    const nlohmann::json&, const std::string& asOf, const std::string&)
{
    Result r;
    r.asOf = asOf;
    r.errors.push_back({ .path = "", .kind = Problem::Kind::WrongType, .expected = "not read yet" });
    return r;
}

} // namespace lowregret
