#include "lowregret/catalog/CatalogDiff.h"

#include "catalog/OfferPriceFields.h"

#include <set>

namespace lowregret {

bool CatalogDiff::samePrices(const Offer& a, const Offer& b)
{
    return a.prices() == b.prices() && a.priceHistory == b.priceHistory && a.contextTiers == b.contextTiers
        && a.retired == b.retired;
}

CatalogDiff CatalogDiff::between(
    const Catalog& current, const std::vector<Offer>& incoming, const std::string& sourcePrefix)
{
    CatalogDiff d;
    std::set<std::string> ids;
    for (Offer offer : incoming) {
        current.keepRetired(offer); // as Catalog::load will read it
        ids.insert(offer.id);
        const Offer* before = current.find(offer.id);
        if (!before)
            d.added.push_back(offer);
        else if (!samePrices(*before, offer))
            d.changed.push_back({ *before, offer });
    }
    for (const auto& offer : current.offers())
        if (offer.origin == Offer::Origin::Imported && !sourcePrefix.empty() && offer.source.rfind(sourcePrefix, 0) == 0
            && !ids.count(offer.id))
            d.gone.push_back(offer);
    return d;
}

nlohmann::json CatalogDiff::pricesJson(const Offer& o)
{
    nlohmann::json j = { { "id", o.id } };
    j.update(OfferPriceFields::pricesToJson(o.prices()));
    j["as_of"] = o.asOf;
    j["source"] = o.source;
    nlohmann::json extra = nlohmann::json::object();
    OfferPriceFields::write(o, extra);
    extra.erase("other_sources");
    extra.erase("cache_write_usd_per_mtok"); // already in the prices
    j.update(extra);
    return j;
}

nlohmann::json CatalogDiff::toJson() const
{
    nlohmann::json added = nlohmann::json::array();
    for (const auto& o : this->added)
        added.push_back(pricesJson(o));
    nlohmann::json gone = nlohmann::json::array();
    for (const auto& o : this->gone)
        gone.push_back(pricesJson(o));
    nlohmann::json changed = nlohmann::json::array();
    for (const auto& c : this->changed)
        changed.push_back({ { "id", c.after.id }, { "old", pricesJson(c.before) }, { "new", pricesJson(c.after) } });
    return { { "new", std::move(added) }, { "gone", std::move(gone) }, { "changed", std::move(changed) } };
}

} // namespace lowregret
