#pragma once

#include "lowregret/catalog/Catalog.h"
#include "lowregret/catalog/Offer.h"
#include "lowregret/io/FileLock.h"
#include "lowregret/io/Problem.h"

#include <chrono>
#include <filesystem>
#include <vector>

namespace lowregret {

// Adds offers to a catalog file that other programs may be adding to at the same moment (two
// `lowregret-cli import-prices` at once): under a lock on the file's lock file, the file is read
// again as it is now, the offers are added to it by id (an offer with the same id is
// replaced, so adding twice duplicates nothing), and it is written atomically. A result larger
// than Catalog::maxFileBytes, the most a catalog file is read with, is refused before anything
// is written.
class CatalogUpdate final {
public:
    CatalogUpdate() = delete;

    struct Result {
        Problems errors; // the file's own problems, a lock held too long, too large, not writable
        std::size_t offers = 0; // in the file afterwards
    };

    struct Limits {
        std::chrono::milliseconds wait = FileLock::defaultWait; // for another program's lock
        std::size_t maxBytes = Catalog::maxFileBytes; // of the file written
    };

    static Result addOffers(
        const std::filesystem::path& file, const std::vector<Offer>& offers, Offer::Origin origin, Limits limits);
    static Result addOffers(const std::filesystem::path& file, const std::vector<Offer>& offers, Offer::Origin origin)
    {
        return addOffers(file, offers, origin, Limits {});
    }
    // "imported.json" → "imported.json.lock", beside it.
    static std::filesystem::path lockFileOf(const std::filesystem::path& file);
};

} // namespace lowregret
