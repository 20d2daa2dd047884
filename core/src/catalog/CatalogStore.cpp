#include "lowregret/catalog/Catalog.h"

#include "catalog/OfferPriceFields.h"

#include "lowregret/io/TextFile.h"

#include <cstdlib>
#include <fstream>

// Where the user's catalog files live, loading them over the built-in offers, and writing them.
namespace lowregret {

namespace {

std::filesystem::path homeDataDir()
{
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg && std::filesystem::path(xdg).is_absolute())
        return xdg;
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::filesystem::path(home) / ".local" / "share";
    return std::filesystem::temp_directory_path();
}

} // namespace

std::filesystem::path Catalog::userDirectory()
{
    return homeDataDir() / "lowregret" / "catalog";
}

Catalog Catalog::load(const std::filesystem::path& userDir, Problems& problems)
{
    Catalog c = builtIn();
    // Hand-made offers win over imported ones with the same id: they are read last.
    for (const auto& [file, origin] :
        { std::pair { "imported.json", Offer::Origin::Imported }, std::pair { "user.json", Offer::Origin::User } }) {
        const auto path = userDir / file;
        std::error_code ec;
        if (!std::filesystem::exists(path, ec))
            continue;
        auto loaded = fromFile(path, origin);
        if (loaded.catalog) {
            // A price book that still lists a model LowRegret knows is retired does not bring
            // it back: it is never ranked or proposed again.
            if (origin == Offer::Origin::Imported)
                for (auto& offer : loaded.catalog->m_offers)
                    c.keepRetired(offer);
            c.merge(*loaded.catalog);
        }
        problems.insert(problems.end(), loaded.errors.begin(), loaded.errors.end());
        problems.insert(problems.end(), loaded.warnings.begin(), loaded.warnings.end());
    }
    return c;
}

nlohmann::json Catalog::offerToJson(const Offer& o)
{
    nlohmann::json j = {
        { "id", o.id },
        { "model", o.model },
        { "provider", o.provider },
        { "input_usd_per_mtok", o.inputUsdPerMtok },
        { "output_usd_per_mtok", o.outputUsdPerMtok },
        { "context_tokens", o.contextTokens ? nlohmann::json(*o.contextTokens) : nlohmann::json(nullptr) },
        { "modality", o.modality },
        { "use_cases", o.useCases },
        { "as_of", o.asOf },
        { "source", o.source },
    };
    if (o.cacheReadUsdPerMtok)
        j["cache_read_usd_per_mtok"] = *o.cacheReadUsdPerMtok;
    if (!o.speed.empty())
        j["speed"] = o.speed;
    if (!o.routingTag.empty())
        j["routing_tag"] = o.routingTag;
    nlohmann::json strengths = nlohmann::json::array();
    for (const auto& s : o.strengths) {
        nlohmann::json item = { { "kind", s.kind } };
        if (!s.benchmark.empty())
            item["benchmark"] = s.benchmark;
        strengths.push_back(std::move(item));
    }
    j["strengths"] = std::move(strengths);
    if (!o.openModel.empty())
        j["open_model"] = o.openModel;
    if (o.note)
        j["note"] = { { "en", o.note->en }, { "zh-Hant", o.note->zhHant } };
    OfferPriceFields::write(o, j);
    return j;
}

nlohmann::json Catalog::toJson(const std::vector<Offer>& offers)
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto& o : offers)
        list.push_back(offerToJson(o));
    return { { "lowregret_catalog", formatVersion }, { "offers", std::move(list) } };
}

std::string Catalog::writeFile(const std::filesystem::path& file, const std::vector<Offer>& offers)
{
    return writeTextFileAtomically(file, toJson(offers).dump(2) + "\n");
}

} // namespace lowregret
