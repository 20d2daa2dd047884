#include "lowregret/catalog/GenaiPricesImport.h"

#include "catalog/GenaiPriceShape.h"
#include "lowregret/catalog/Catalog.h"
#include "lowregret/io/SafeText.h"

// Reading genai-prices' data.json (docs/catalog-format.md, "Importing genai-prices").
namespace lowregret {

namespace {

std::optional<std::string> text(const nlohmann::json& object, const char* key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string() || it->get<std::string>().empty())
        return std::nullopt;
    return it->get<std::string>();
}

bool usableId(const std::optional<std::string>& id)
{
    return id && id->size() <= SafeText::maxNameChars;
}

} // namespace

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
    const nlohmann::json& json, const std::string& asOf, const std::string& source)
{
    Result r;
    r.asOf = asOf;
    if (!json.is_array()) {
        r.errors.push_back({ .path = "", .kind = Problem::Kind::WrongType, .expected = "a list of providers" });
        return r;
    }
    const auto skip = [&r](const std::string& reason) {
        ++r.skipped;
        ++r.skippedByReason[reason];
    };
    for (const auto& provider : json) {
        const bool object = provider.is_object();
        const auto providerId = object ? text(provider, "id") : std::nullopt;
        const nlohmann::json* models = object && provider.contains("models") ? &provider["models"] : nullptr;
        if (!models || !models->is_array() || !usableId(providerId)) {
            // An unusable provider: each of its models is a bad entry, or the provider is one.
            const auto count = models && models->is_array() && !models->empty() ? int(models->size()) : 1;
            r.read += count;
            r.skipped += count;
            r.skippedByReason["bad_entry"] += count;
            continue;
        }
        const auto providerName = SafeText::name(text(provider, "name").value_or(*providerId));
        std::string offerSource = source;
        if (const auto urls = provider.find("pricing_urls"); urls != provider.end() && urls->is_array()
            && !urls->empty() && (*urls)[0].is_string() && !(*urls)[0].get<std::string>().empty())
            offerSource += "; " + (*urls)[0].get<std::string>();
        offerSource = SafeText::name(offerSource, SafeText::maxTextChars);
        for (const auto& model : *models) {
            ++r.read;
            const auto modelId = model.is_object() ? text(model, "id") : std::nullopt;
            if (!usableId(modelId) || !model.contains("prices")) {
                skip("bad_entry");
                continue;
            }
            auto shape = GenaiPriceShape::read(model["prices"]);
            if (!shape.reason.empty()) {
                skip(shape.reason);
                continue;
            }
            bool perRequest = shape.base.perRequest;
            bool chat = shape.base.hasInput && shape.base.hasOutput;
            for (const auto& e : shape.dated) {
                perRequest = perRequest || e.perRequest;
                chat = chat && e.hasInput && e.hasOutput;
            }
            if (perRequest) {
                skip("per_request_price"); // a fee per request LowRegret cannot add to a token price
                continue;
            }
            if (!chat) {
                skip("not_chat"); // embeddings, audio, images: no price for text output
                continue;
            }
            // The prices in force on `asOf`: the last dated price from then or before, else the base.
            const GenaiPriceShape::Entry* now = &shape.base;
            for (const auto& e : shape.dated)
                if (*e.from <= asOf)
                    now = &e;
            if (now->prices.inputUsdPerMtok == 0.0 && now->prices.outputUsdPerMtok == 0.0) {
                skip("free_or_unpriced"); // a cloud price of 0 is never a recommendation
                continue;
            }
            Offer o;
            o.origin = Offer::Origin::Imported;
            o.id = LiteLlmImport::offerId(*providerId, *modelId);
            if (o.id.size() > Catalog::maxIdLength) {
                skip("bad_entry"); // the catalog could not load it again
                continue;
            }
            o.provider = providerName;
            o.model = SafeText::name(text(model, "name").value_or(*modelId));
            o.inputUsdPerMtok = now->prices.inputUsdPerMtok;
            o.outputUsdPerMtok = now->prices.outputUsdPerMtok;
            o.cacheReadUsdPerMtok = now->prices.cacheReadUsdPerMtok;
            o.cacheWriteUsdPerMtok = now->prices.cacheWriteUsdPerMtok;
            o.contextTiers = now->tiers;
            // Every dated price, past and future; the base price, when a dated one has replaced
            // it by `asOf`, is not kept (before the first dated price the prices above apply).
            for (const auto& e : shape.dated)
                o.priceHistory.push_back({ .from = *e.from, .prices = e.prices });
            // A context size beyond what the catalog accepts is left unknown rather than written
            // into a file that would then not load.
            if (const auto ctx = model.find("context_window"); ctx != model.end() && ctx->is_number_integer()
                && ctx->get<long long>() > 0 && ctx->get<long long>() <= Catalog::maxContextTokens)
                o.contextTokens = ctx->get<long long>();
            if (const auto gone = model.find("deprecated"); gone != model.end() && gone->is_boolean())
                o.retired = gone->get<bool>();
            o.useCases = { "chat" };
            if (o.contextTokens && *o.contextTokens >= 200'000)
                o.useCases.push_back("long_context");
            o.asOf = asOf;
            o.source = offerSource;
            r.offers.push_back(std::move(o));
        }
    }
    r.collapseById();
    return r;
}

} // namespace lowregret
