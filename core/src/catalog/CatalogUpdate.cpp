#include "lowregret/catalog/CatalogUpdate.h"

#include "lowregret/io/TextFile.h"

#include <system_error>

namespace lowregret {

std::filesystem::path CatalogUpdate::lockFileOf(const std::filesystem::path& file)
{
    return std::filesystem::path(file.string() + ".lock");
}

CatalogUpdate::Result CatalogUpdate::addOffers(
    const std::filesystem::path& file, const std::vector<Offer>& offers, Offer::Origin origin, Limits limits)
{
    Result result;
    const FileLock lock(lockFileOf(file), limits.wait);
    if (!lock.locked()) {
        if (lock.timedOut())
            result.errors.push_back({ .path = file.string(),
                .kind = Problem::Kind::Locked,
                .limit = double(limits.wait.count()) / 1000.0 });
        else
            result.errors.push_back(
                { .path = lockFileOf(file).string(), .kind = Problem::Kind::CannotWrite, .value = lock.error() });
        return result;
    }

    // What is there now, which another program may have written since this one started.
    Catalog merged;
    std::error_code ec;
    if (std::filesystem::exists(file, ec)) {
        auto previous = Catalog::fromFile(file, origin);
        if (!previous.catalog) {
            result.errors = std::move(previous.errors);
            return result;
        }
        merged = std::move(*previous.catalog);
    }
    for (const auto& o : offers)
        merged.add(o);

    const std::string text = Catalog::toJson(merged.offers()).dump(2) + "\n";
    if (text.size() > limits.maxBytes) {
        result.errors.push_back({ .path = file.string(),
            .kind = Problem::Kind::TooLargeToWrite,
            .max = double(text.size()),
            .limit = double(limits.maxBytes) });
        return result;
    }
    if (const auto error = writeTextFileAtomically(file, text); !error.empty()) {
        result.errors.push_back({ .path = file.string(), .kind = Problem::Kind::CannotWrite, .value = error });
        return result;
    }
    result.offers = merged.offers().size();
    return result;
}

} // namespace lowregret
