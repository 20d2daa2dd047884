#include "lowregret/catalog/LiteLlmImport.h"

#include "lowregret/catalog/Catalog.h"
#include "lowregret/io/JsonReader.h"
#include "lowregret/io/Limits.h"
#include "lowregret/io/SafeText.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <ctime>

#include <sys/stat.h>

namespace lowregret {

namespace {

std::string slug(const std::string& text, bool allowSlash)
{
    std::string out;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c))
            out.push_back(static_cast<char>(std::tolower(c)));
        else if (ch == '.' || ch == '_' || ch == '-' || (allowSlash && (ch == ':' || ch == '/')))
            out.push_back(ch);
        else
            out.push_back('-');
    }
    return out;
}

} // namespace

std::string LiteLlmImport::offerId(const std::string& provider, const std::string& model)
{
    return slug(provider, false) + "/" + slug(model, true);
}

LiteLlmImport::Result LiteLlmImport::fromJson(
    const nlohmann::json& json, const std::string& asOf, const std::string& source)
{
    Result r;
    if (!json.is_object()) {
        r.errors.push_back({ .path = "", .kind = Problem::Kind::WrongType, .expected = "object" });
        return r;
    }
    const auto skip = [&r](const char* reason) {
        ++r.skipped;
        ++r.skippedByReason[reason];
    };
    for (const auto& [name, entry] : json.items()) {
        if (name == "sample_spec")
            continue; // LiteLLM's documentation entry, not a model
        ++r.read;
        if (!entry.is_object() || name.empty() || name.size() > 200) {
            skip("bad_entry");
            continue;
        }
        const auto mode = entry.find("mode");
        if (mode == entry.end() || !mode->is_string() || mode->get<std::string>() != "chat") {
            skip("not_chat");
            continue;
        }
        const auto in = entry.find("input_cost_per_token");
        const auto out = entry.find("output_cost_per_token");
        if (in == entry.end() || out == entry.end() || !in->is_number() || !out->is_number()) {
            skip("no_price");
            continue;
        }
        // Per-token prices such as 2.5e-06 become 2.50 per 1M; round away binary noise.
        const double inPerM = std::round(in->get<double>() * 1e6 * 1e6) / 1e6;
        const double outPerM = std::round(out->get<double>() * 1e6 * 1e6) / 1e6;
        if (!std::isfinite(inPerM) || !std::isfinite(outPerM) || inPerM < 0 || outPerM < 0
            || inPerM > limits::maxUsdPerMtok || outPerM > limits::maxUsdPerMtok) {
            skip("no_price");
            continue;
        }
        if (inPerM == 0.0 || outPerM == 0.0) {
            // A self-hosted engine (ollama/*), a free tier or an entry nobody priced (or a price
            // that rounds to 0 per 1M): a cloud price of 0 is never a recommendation.
            skip("free_or_unpriced");
            continue;
        }
        const auto provider = entry.find("litellm_provider");
        if (provider == entry.end() || !provider->is_string() || provider->get<std::string>().empty()) {
            skip("no_provider");
            continue;
        }
        if (provider->get<std::string>().size() > 100) {
            skip("bad_entry");
            continue;
        }
        Offer o;
        o.origin = Offer::Origin::Imported;
        const auto& given = provider->get<std::string>();
        // LiteLLM keys some models as "groq/llama-3.1-8b-instant": the provider is already known.
        const auto model = name.rfind(given + "/", 0) == 0 ? name.substr(given.size() + 1) : name;
        // The names are shown as they are: plain text (SafeText); the id is made of safe
        // characters, from the names as shown, so an offer's id is always its names' id.
        o.provider = SafeText::name(given);
        o.model = SafeText::name(model);
        o.id = offerId(o.provider, o.model);
        if (o.id.size() > Catalog::maxIdLength) {
            skip("bad_entry"); // the catalog could not load it again
            continue;
        }
        o.inputUsdPerMtok = inPerM;
        o.outputUsdPerMtok = outPerM;
        // The prompt cache's read price, where the provider has one.
        if (const auto cache = entry.find("cache_read_input_token_cost"); cache != entry.end() && cache->is_number()) {
            const double perM = std::round(cache->get<double>() * 1e6 * 1e6) / 1e6;
            if (std::isfinite(perM) && perM >= 0 && perM <= limits::maxUsdPerMtok)
                o.cacheReadUsdPerMtok = perM;
        }
        // A context size beyond what the catalog accepts is left unknown rather than written
        // into a file that would then not load.
        if (const auto ctx = entry.find("max_input_tokens"); ctx != entry.end() && ctx->is_number_integer()
            && ctx->get<long long>() > 0 && ctx->get<long long>() <= Catalog::maxContextTokens)
            o.contextTokens = ctx->get<long long>();
        const auto flag = [&entry = entry](const char* key) {
            const auto it = entry.find(key);
            return it != entry.end() && it->is_boolean() && it->get<bool>();
        };
        o.modality = flag("supports_vision") ? "multimodal" : "text";
        o.useCases = { "chat" };
        if (o.modality == "multimodal")
            o.useCases.push_back("multimodal");
        if (flag("supports_reasoning")) {
            o.useCases.push_back("reasoning");
            o.strengths.push_back({ "reasoning", "" });
        }
        if (o.contextTokens && *o.contextTokens >= 200'000)
            o.useCases.push_back("long_context");
        o.asOf = asOf;
        o.source = SafeText::name(source, SafeText::maxTextChars); // names the file
        r.offers.push_back(std::move(o));
    }
    r.collapseById();
    r.asOf = asOf;
    return r;
}

void LiteLlmImport::Result::collapseById()
{
    std::map<std::string, std::size_t> index; // offer id -> its place in `kept`
    std::vector<Offer> kept;
    for (auto& o : offers) {
        if (const auto same = index.find(o.id); same != index.end()) {
            ++merged;
            kept[same->second] = std::move(o);
        } else {
            index.emplace(o.id, kept.size());
            kept.push_back(std::move(o));
        }
    }
    offers = std::move(kept);
    suspect = int(std::count_if(offers.begin(), offers.end(), [](const Offer& o) { return o.hasSuspectPrice(); }));
}

std::optional<std::string> LiteLlmImport::modifiedDate(const std::filesystem::path& file)
{
    struct stat info { };
    if (::stat(file.c_str(), &info) != 0)
        return std::nullopt;
    std::tm tm {};
    if (!localtime_r(&info.st_mtime, &tm))
        return std::nullopt;
    char buf[16];
    if (std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm) != 10)
        return std::nullopt;
    return std::string(buf);
}

LiteLlmImport::Result LiteLlmImport::fromFile(const std::filesystem::path& file, const std::optional<std::string>& asOf)
{
    Problems errors;
    const auto json = JsonReader::readFile(file, { .maxBytes = maxFileBytes, .maxDepth = 16 }, errors);
    if (!json) {
        Result r;
        r.errors = std::move(errors);
        return r;
    }
    // Read after the file: a file that could be read has a modification time.
    const std::string date = asOf ? *asOf : modifiedDate(file).value_or(Catalog::today());
    auto r = fromJson(*json, date, "LiteLLM price file " + file.filename().string());
    for (auto& p : r.errors)
        p.path = file.string() + (p.path.empty() ? "" : ": " + p.path);
    return r;
}

} // namespace lowregret
