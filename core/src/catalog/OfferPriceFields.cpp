#include "catalog/OfferPriceFields.h"

#include "lowregret/catalog/Catalog.h"
#include "lowregret/io/Limits.h"
#include "lowregret/io/SafeText.h"

#include <algorithm>

namespace lowregret::OfferPriceFields {

namespace {

std::optional<double> optionalPrice(ObjectReader& r, const nlohmann::json& v, std::string_view key)
{
    if (!r.has(key) || v[std::string(key)].is_null())
        return std::nullopt;
    return r.number(key, 0.0, limits::maxUsdPerMtok, false);
}

OfferPrices readPrices(ObjectReader& r, const nlohmann::json& v)
{
    OfferPrices p;
    p.inputUsdPerMtok = r.number("input_usd_per_mtok", 0.0, limits::maxUsdPerMtok, true).value_or(0.0);
    p.outputUsdPerMtok = r.number("output_usd_per_mtok", 0.0, limits::maxUsdPerMtok, true).value_or(0.0);
    p.cacheReadUsdPerMtok = optionalPrice(r, v, "cache_read_usd_per_mtok");
    p.cacheWriteUsdPerMtok = optionalPrice(r, v, "cache_write_usd_per_mtok");
    return p;
}

std::string indexed(const std::string& path, std::size_t i)
{
    return path + "[" + std::to_string(i) + "]";
}

} // namespace

void read(ObjectReader& r, const nlohmann::json& v, Offer& o, Problems& errors, Problems& warnings)
{
    o.cacheWriteUsdPerMtok = optionalPrice(r, v, "cache_write_usd_per_mtok");
    if (r.has("retired"))
        o.retired = r.boolean("retired", false).value_or(false);
    if (const auto* list = r.array("price_history", false)) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto path = indexed(r.pathOf("price_history"), i);
            ObjectReader e((*list)[i], path, errors); // reports an item that is not an object
            if (!(*list)[i].is_object())
                continue;
            Offer::DatedPrice d;
            d.from = e.string("from", true).value_or("");
            if (!d.from.empty() && !Catalog::isDate(d.from))
                errors.push_back({ .path = e.pathOf("from"),
                    .kind = Problem::Kind::UnknownValue,
                    .expected = "YYYY-MM-DD",
                    .value = d.from });
            else if (!o.priceHistory.empty() && !d.from.empty() && d.from <= o.priceHistory.back().from)
                errors.push_back({ .path = e.pathOf("from"),
                    .kind = Problem::Kind::UnknownValue,
                    .expected = "a date after " + o.priceHistory.back().from + " (oldest first)",
                    .value = d.from });
            d.prices = readPrices(e, (*list)[i]);
            e.reportUnknown({ "from", "input_usd_per_mtok", "output_usd_per_mtok", "cache_read_usd_per_mtok",
                                "cache_write_usd_per_mtok" },
                warnings);
            o.priceHistory.push_back(std::move(d));
        }
    }
    if (const auto* list = r.array("context_tiers", false)) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto path = indexed(r.pathOf("context_tiers"), i);
            ObjectReader e((*list)[i], path, errors); // reports an item that is not an object
            if (!(*list)[i].is_object())
                continue;
            Offer::ContextTier t;
            t.aboveInputTokens = e.integer("above_input_tokens", 1, Catalog::maxContextTokens, true).value_or(0);
            t.prices = readPrices(e, (*list)[i]);
            e.reportUnknown({ "above_input_tokens", "input_usd_per_mtok", "output_usd_per_mtok",
                                "cache_read_usd_per_mtok", "cache_write_usd_per_mtok" },
                warnings);
            o.contextTiers.push_back(std::move(t));
        }
        std::stable_sort(o.contextTiers.begin(), o.contextTiers.end(),
            [](const auto& a, const auto& b) { return a.aboveInputTokens < b.aboveInputTokens; });
    }
    if (const auto* list = r.array("other_sources", false)) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto path = indexed(r.pathOf("other_sources"), i);
            ObjectReader e((*list)[i], path, errors); // reports an item that is not an object
            if (!(*list)[i].is_object())
                continue;
            Offer::OtherSource s;
            s.source = SafeText::name(e.string("source", true).value_or(""), SafeText::maxTextChars);
            s.asOf = e.string("as_of", true).value_or("");
            if (!s.asOf.empty() && !Catalog::isDate(s.asOf))
                errors.push_back({ .path = e.pathOf("as_of"),
                    .kind = Problem::Kind::UnknownValue,
                    .expected = "YYYY-MM-DD",
                    .value = s.asOf });
            s.inputUsdPerMtok = e.number("input_usd_per_mtok", 0.0, limits::maxUsdPerMtok, true).value_or(0.0);
            s.outputUsdPerMtok = e.number("output_usd_per_mtok", 0.0, limits::maxUsdPerMtok, true).value_or(0.0);
            e.reportUnknown({ "source", "as_of", "input_usd_per_mtok", "output_usd_per_mtok" }, warnings);
            o.otherSources.push_back(std::move(s));
        }
    }
}

nlohmann::json pricesToJson(const OfferPrices& p)
{
    nlohmann::json j = { { "input_usd_per_mtok", p.inputUsdPerMtok }, { "output_usd_per_mtok", p.outputUsdPerMtok } };
    if (p.cacheReadUsdPerMtok)
        j["cache_read_usd_per_mtok"] = *p.cacheReadUsdPerMtok;
    if (p.cacheWriteUsdPerMtok)
        j["cache_write_usd_per_mtok"] = *p.cacheWriteUsdPerMtok;
    return j;
}

void write(const Offer& o, nlohmann::json& j)
{
    if (o.cacheWriteUsdPerMtok)
        j["cache_write_usd_per_mtok"] = *o.cacheWriteUsdPerMtok;
    if (o.retired)
        j["retired"] = true;
    if (!o.priceHistory.empty()) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& d : o.priceHistory) {
            nlohmann::json item = { { "from", d.from } };
            item.update(pricesToJson(d.prices));
            list.push_back(std::move(item));
        }
        j["price_history"] = std::move(list);
    }
    if (!o.contextTiers.empty()) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& t : o.contextTiers) {
            nlohmann::json item = { { "above_input_tokens", t.aboveInputTokens } };
            item.update(pricesToJson(t.prices));
            list.push_back(std::move(item));
        }
        j["context_tiers"] = std::move(list);
    }
    if (!o.otherSources.empty()) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& s : o.otherSources)
            list.push_back({ { "source", s.source }, { "as_of", s.asOf }, { "input_usd_per_mtok", s.inputUsdPerMtok },
                { "output_usd_per_mtok", s.outputUsdPerMtok } });
        j["other_sources"] = std::move(list);
    }
}

} // namespace lowregret::OfferPriceFields
