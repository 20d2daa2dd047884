#include "lowregret/catalog/Catalog.h"

#include "catalog/OfferPriceFields.h"

#include "lowregret/io/JsonReader.h"
#include "lowregret/io/Limits.h"
#include "lowregret/io/ObjectReader.h"
#include "lowregret/io/SafeText.h"

#include <algorithm>
#include <set>

// Reading catalog files: the built-in offers and the user's own, every field checked.
namespace lowregret {

namespace embedded {
std::vector<std::pair<std::string_view, std::string_view>> catalogFiles(); // resources/catalog/*.json
}

namespace {

// "<provider>/<model>": lowercase letters, digits and . _ - in both parts, and also : and /
// in the model part. Checked by hand: std::regex recurses per character and a hostile id of
// 100,000 characters overflowed the stack.
bool isOfferId(const std::string& id)
{
    if (id.empty() || id.size() > Catalog::maxIdLength)
        return false;
    const auto slash = id.find('/');
    if (slash == std::string::npos || slash == 0 || slash + 1 == id.size())
        return false;
    for (std::size_t i = 0; i < id.size(); ++i) {
        const char c = id[i];
        const bool common = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
        const bool modelOnly = i > slash && (c == ':' || c == '/');
        if (!common && !modelOnly && i != slash)
            return false;
    }
    return true;
}

bool oneOf(const std::string& value, std::initializer_list<const char*> allowed)
{
    return std::any_of(allowed.begin(), allowed.end(), [&](const char* a) { return value == a; });
}

std::optional<Offer> readOffer(
    const nlohmann::json& v, const std::string& path, Offer::Origin origin, Problems& errors, Problems& warnings)
{
    const std::size_t before = errors.size();
    if (!v.is_object()) {
        errors.push_back({ .path = path, .kind = Problem::Kind::WrongType, .expected = "object" });
        return std::nullopt;
    }
    ObjectReader r(v, path, errors);
    Offer o;
    o.origin = origin;
    o.id = r.string("id", true).value_or("");
    if (!o.id.empty() && !isOfferId(o.id))
        errors.push_back({ .path = r.pathOf("id"),
            .kind = Problem::Kind::UnknownValue,
            .expected = "provider/model, lowercase",
            .value = o.id });
    // Names are shown everywhere: plain text of a sane length (SafeText).
    o.model = SafeText::name(r.string("model", true).value_or(""));
    o.provider = SafeText::name(r.string("provider", true).value_or(""));
    o.inputUsdPerMtok = r.number("input_usd_per_mtok", 0.0, limits::maxUsdPerMtok, true).value_or(0.0);
    o.outputUsdPerMtok = r.number("output_usd_per_mtok", 0.0, limits::maxUsdPerMtok, true).value_or(0.0);
    if (r.has("cache_read_usd_per_mtok") && !v["cache_read_usd_per_mtok"].is_null())
        o.cacheReadUsdPerMtok = r.number("cache_read_usd_per_mtok", 0.0, limits::maxUsdPerMtok, false);
    if (r.has("context_tokens") && !v["context_tokens"].is_null())
        o.contextTokens = r.integer("context_tokens", 0, Catalog::maxContextTokens, false);
    o.modality = r.string("modality", false).value_or("text");
    if (!oneOf(o.modality, { "text", "multimodal" }))
        errors.push_back({ .path = r.pathOf("modality"),
            .kind = Problem::Kind::UnknownValue,
            .expected = "text, multimodal",
            .value = o.modality });
    if (const auto* list = r.array("strengths", false)) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            ObjectReader s((*list)[i], r.pathOf("strengths") + "[" + std::to_string(i) + "]", errors);
            Offer::Strength strength;
            strength.kind = s.string("kind", true).value_or("");
            strength.benchmark = SafeText::name(s.string("benchmark", false, false).value_or(""));
            s.reportUnknown({ "kind", "benchmark" }, warnings);
            o.strengths.push_back(std::move(strength));
        }
    }
    o.speed = r.string("speed", false, false).value_or("");
    if (!o.speed.empty() && !oneOf(o.speed, { "slow", "moderate", "fast" }))
        errors.push_back({ .path = r.pathOf("speed"),
            .kind = Problem::Kind::UnknownValue,
            .expected = "slow, moderate, fast",
            .value = o.speed });
    o.routingTag = r.string("routing_tag", false, false).value_or("");
    if (const auto* list = r.array("use_cases", false)) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto p = r.pathOf("use_cases") + "[" + std::to_string(i) + "]";
            if (!(*list)[i].is_string()) {
                errors.push_back({ .path = p, .kind = Problem::Kind::WrongType, .expected = "string" });
                continue;
            }
            const auto useCase = (*list)[i].get<std::string>();
            const auto& known = Catalog::useCases();
            if (std::find(known.begin(), known.end(), useCase) == known.end()) {
                std::string allowed;
                for (const auto& k : known)
                    allowed += (allowed.empty() ? "" : ", ") + k;
                errors.push_back(
                    { .path = p, .kind = Problem::Kind::UnknownValue, .expected = allowed, .value = useCase });
                continue;
            }
            o.useCases.push_back(useCase);
        }
    }
    o.asOf = r.string("as_of", true).value_or("");
    if (!o.asOf.empty() && !Catalog::isDate(o.asOf))
        errors.push_back({ .path = r.pathOf("as_of"),
            .kind = Problem::Kind::UnknownValue,
            .expected = "YYYY-MM-DD",
            .value = o.asOf });
    o.source = SafeText::name(r.string("source", true).value_or(""), SafeText::maxTextChars);
    if (r.has("open_model"))
        o.openModel = r.string("open_model", false).value_or("");
    if (r.has("note"))
        if ((o.note = r.text("note", false)))
            o.note = LocalizedText { SafeText::name(o.note->en, SafeText::maxTextChars),
                SafeText::name(o.note->zhHant, SafeText::maxTextChars) };
    OfferPriceFields::read(r, v, o, errors, warnings);
    r.reportUnknown({ "id", "model", "provider", "input_usd_per_mtok", "output_usd_per_mtok", "cache_read_usd_per_mtok",
                        "context_tokens", "modality", "strengths", "speed", "routing_tag", "use_cases", "as_of",
                        "source", "note", "open_model", OfferPriceFields::names[0], OfferPriceFields::names[1],
                        OfferPriceFields::names[2], OfferPriceFields::names[3], OfferPriceFields::names[4] },
        warnings);
    if (errors.size() != before)
        return std::nullopt;
    return o;
}

} // namespace

const std::vector<std::string>& Catalog::useCases()
{
    static const std::vector<std::string> cases
        = { "chat", "coding", "reasoning", "multimodal", "long_context", "budget", "realtime" };
    return cases;
}

Catalog::LoadResult Catalog::fromJson(const nlohmann::json& json, Offer::Origin origin)
{
    LoadResult result;
    if (!json.is_object()) {
        result.errors.push_back({ .path = "", .kind = Problem::Kind::WrongType, .expected = "object" });
        return result;
    }
    ObjectReader r(json, "", result.errors);
    if (const auto v = r.integer("lowregret_catalog", 1, 1'000'000, true); v && *v > formatVersion) {
        result.errors.push_back({ .path = "lowregret_catalog",
            .kind = Problem::Kind::UnsupportedVersion,
            .value = std::to_string(*v),
            .limit = formatVersion });
        return result;
    }
    Catalog c;
    std::set<std::string> seen;
    if (const auto* list = r.array("offers", true)) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto path = "offers[" + std::to_string(i) + "]";
            auto offer = readOffer((*list)[i], path, origin, result.errors, result.warnings);
            if (!offer)
                continue;
            if (!seen.insert(offer->id).second) {
                result.errors.push_back({ .path = path + ".id", .kind = Problem::Kind::Duplicate, .value = offer->id });
                continue;
            }
            c.m_offers.push_back(std::move(*offer));
        }
    }
    r.reportUnknown({ "lowregret_catalog", "offers" }, result.warnings);
    if (result.errors.empty())
        result.catalog = std::move(c);
    return result;
}

Catalog::LoadResult Catalog::fromFile(const std::filesystem::path& file, Offer::Origin origin)
{
    Problems errors;
    const auto json = JsonReader::readFile(file, { .maxBytes = maxFileBytes, .maxDepth = 16 }, errors);
    if (!json) {
        LoadResult result;
        result.errors = std::move(errors);
        return result;
    }
    auto result = fromJson(*json, origin);
    for (auto& p : result.errors)
        p.path = file.string() + ": " + p.path;
    for (auto& p : result.warnings)
        p.path = file.string() + ": " + p.path;
    return result;
}

Catalog Catalog::builtIn()
{
    Catalog all;
    for (const auto& [name, text] : embedded::catalogFiles()) {
        Problems errors;
        const auto json
            = JsonReader::parse(text, std::string(name), { .maxBytes = maxFileBytes, .maxDepth = 16 }, errors);
        auto loaded = json ? fromJson(*json, Offer::Origin::BuiltIn) : LoadResult {};
        if (!loaded.catalog) {
            // Checked by the test suite; reaching this is a packaging bug.
            std::string message = "the built-in catalog file " + std::string(name) + " is invalid";
            for (const auto& p : errors)
                message += "\n  " + p.describe(Lang::En);
            for (const auto& p : loaded.errors)
                message += "\n  " + p.describe(Lang::En);
            throw std::logic_error(message);
        }
        all.merge(*loaded.catalog);
    }
    return all;
}

} // namespace lowregret
