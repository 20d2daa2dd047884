#include "guide/GuideReading.h"

#include "lowregret/io/Limits.h"

// The guide's lists of items: exclusions, presets, leaves and products.
namespace lowregret::guide_reading {

std::optional<Recommendation> readRecommendation(ObjectReader& r, const char* key, Problems& errors)
{
    const auto text = r.string(key, true).value_or("");
    if (text == "local")
        return Recommendation::Local;
    if (text == "cloud")
        return Recommendation::Cloud;
    if (!text.empty())
        errors.push_back(
            { .path = r.pathOf(key), .kind = Problem::Kind::UnknownValue, .expected = "local, cloud", .value = text });
    return std::nullopt;
}

const nlohmann::json* limitedList(ObjectReader& r, const char* key, Problems& errors)
{
    const auto* list = r.array(key, true, true);
    if (list && list->size() > Guide::maxItems) {
        errors.push_back({ .path = key,
            .kind = Problem::Kind::OutOfRange,
            .value = std::to_string(list->size()),
            .min = 1,
            .max = Guide::maxItems });
        return nullptr;
    }
    return list;
}

std::vector<Exclusion> readExclusions(const nlohmann::json& list, Problems& errors, Problems& warnings)
{
    std::vector<Exclusion> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        ObjectReader e(list[i], indexPath("exclusions", i), errors);
        Exclusion ex;
        ex.id = e.string("id", true).value_or("");
        ex.label = e.text("label").value_or(LocalizedText {});
        ex.description = e.text("description").value_or(LocalizedText {});
        ex.advice = e.text("advice").value_or(LocalizedText {});
        e.reportUnknown({ "id", "label", "description", "advice" }, warnings);
        out.push_back(std::move(ex));
    }
    checkUniqueIds(out, "exclusions", errors);
    for (const auto& id : Guide::exclusionIds())
        if (!findById(out, id))
            errors.push_back({ .path = "exclusions", .kind = Problem::Kind::Missing, .value = id });
    return out;
}

std::vector<CloudPreset> readCloudPresets(const nlohmann::json& list, Problems& errors, Problems& warnings)
{
    std::vector<CloudPreset> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        ObjectReader c(list[i], indexPath("presets.cloud", i), errors);
        CloudPreset preset;
        preset.id = c.string("id", true).value_or("");
        preset.name = c.text("name").value_or(LocalizedText {});
        preset.inputUsdPerMtok = c.number("input_usd_per_mtok", 0.0, limits::maxUsdPerMtok, true).value_or(0.0);
        preset.outputUsdPerMtok = c.number("output_usd_per_mtok", 0.0, limits::maxUsdPerMtok, true).value_or(0.0);
        c.reportUnknown({ "id", "name", "input_usd_per_mtok", "output_usd_per_mtok" }, warnings);
        out.push_back(std::move(preset));
    }
    return out;
}

std::vector<LocalPreset> readLocalPresets(const nlohmann::json& list, Problems& errors, Problems& warnings)
{
    std::vector<LocalPreset> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        ObjectReader l(list[i], indexPath("presets.local", i), errors);
        LocalPreset preset;
        preset.id = l.string("id", true).value_or("");
        preset.name = l.text("name").value_or(LocalizedText {});
        preset.hardwareUsd = l.number("hardware_usd", 0.0, limits::maxMoneyUsd, true).value_or(0.0);
        preset.electricityUsdPerMonth
            = l.number("electricity_usd_per_month", 0.0, limits::maxMoneyUsd, true).value_or(0.0);
        l.reportUnknown({ "id", "name", "hardware_usd", "electricity_usd_per_month" }, warnings);
        out.push_back(std::move(preset));
    }
    return out;
}

std::vector<Leaf> readLeaves(const nlohmann::json& list, Problems& errors, Problems& warnings)
{
    std::vector<Leaf> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        ObjectReader l(list[i], indexPath("leaves", i), errors);
        Leaf leaf;
        leaf.id = l.string("id", true).value_or("");
        leaf.band = l.string("band", true).value_or("");
        if (const auto rec = readRecommendation(l, "recommendation", errors))
            leaf.recommendation = *rec;
        leaf.label = l.text("label").value_or(LocalizedText {});
        leaf.summary = l.text("summary").value_or(LocalizedText {});
        leaf.reason = l.text("reason").value_or(LocalizedText {});
        if (const auto* products = l.array("products", true, true))
            leaf.products
                = readStringList(*products, l.pathOf("products"), errors).value_or(std::vector<std::string> {});
        l.reportUnknown({ "id", "band", "recommendation", "label", "summary", "reason", "products" }, warnings);
        out.push_back(std::move(leaf));
    }
    checkUniqueIds(out, "leaves", errors);
    return out;
}

std::vector<Product> readProducts(const nlohmann::json& list, Problems& errors, Problems& warnings)
{
    std::vector<Product> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        ObjectReader p(list[i], indexPath("products", i), errors);
        Product product;
        product.id = p.string("id", true).value_or("");
        product.name = p.string("name", true).value_or("");
        if (const auto kind = readRecommendation(p, "kind", errors))
            product.kind = *kind;
        product.suits = p.text("suits").value_or(LocalizedText {});
        product.notSuits = p.text("not_suits").value_or(LocalizedText {});
        product.regretRisk = p.text("regret_risk").value_or(LocalizedText {});
        product.cost = p.text("cost").value_or(LocalizedText {});
        product.link = p.string("link", true).value_or("");
        if (!product.link.empty() && !product.link.starts_with("https://"))
            errors.push_back({ .path = p.pathOf("link"),
                .kind = Problem::Kind::UnknownValue,
                .expected = "https://…",
                .value = product.link });
        p.reportUnknown({ "id", "name", "kind", "suits", "not_suits", "regret_risk", "cost", "link" }, warnings);
        out.push_back(std::move(product));
    }
    checkUniqueIds(out, "products", errors);
    return out;
}

std::vector<ExcludedProduct> readExcludedProducts(const nlohmann::json& list, Problems& errors, Problems& warnings)
{
    std::vector<ExcludedProduct> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        ObjectReader p(list[i], indexPath("excluded_products", i), errors);
        ExcludedProduct product;
        product.id = p.string("id", true).value_or("");
        product.name = p.string("name", true).value_or("");
        product.reason = p.text("reason").value_or(LocalizedText {});
        product.suits = p.text("suits").value_or(LocalizedText {});
        p.reportUnknown({ "id", "name", "reason", "suits" }, warnings);
        out.push_back(std::move(product));
    }
    return out;
}

} // namespace lowregret::guide_reading
