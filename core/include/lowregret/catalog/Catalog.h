#pragma once

#include "lowregret/catalog/Offer.h"
#include "lowregret/catalog/OfferRanking.h"
#include "lowregret/io/Problem.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lowregret {

// The price book: the built-in offers (resources/catalog/*.json) with the user's own offers
// and imports laid over them; an offer with the same id replaces the built-in one.
class Catalog final {
public:
    static constexpr int formatVersion = 1;
    static constexpr int staleAfterDays = 180;
    static constexpr std::size_t maxFileBytes = 16 * 1024 * 1024;
    static constexpr std::size_t maxIdLength = 300;
    static constexpr long long maxContextTokens = 100'000'000'000LL;

    struct LoadResult;

    static LoadResult fromJson(const nlohmann::json& json, Offer::Origin origin);
    static LoadResult fromFile(const std::filesystem::path& file, Offer::Origin origin);
    static Catalog builtIn();
    // $XDG_DATA_HOME/lowregret/catalog, by default ~/.local/share/lowregret/catalog.
    static std::filesystem::path userDirectory();
    // The built-in offers plus user.json and imported.json from `userDir`; problems in the
    // user's files are reported and those files skipped, never fatal.
    static Catalog load(const std::filesystem::path& userDir, Problems& problems);

    [[nodiscard]] const std::vector<Offer>& offers() const { return m_offers; }
    [[nodiscard]] const Offer* find(std::string_view id) const;
    void add(Offer offer); // replaces an offer with the same id
    void merge(const Catalog& other);
    // Marks `incoming` retired when this catalog has an offer of its id that is: an imported
    // price book that still lists a retired model does not bring it back.
    void keepRetired(Offer& incoming) const;

    // Days between the offer's as_of and `today` (YYYY-MM-DD); nullopt when either is not a date.
    static std::optional<int> ageInDays(const std::string& asOf, const std::string& today);
    static bool isStale(const Offer& offer, const std::string& today);
    static std::string today();
    static bool isDate(const std::string& text);

    // What Scenario::resolveOffer found: the offer, and what it could not find.
    struct Resolution {
        Problems errors;
        Problems warnings;
        const Offer* offer = nullptr;
    };

    static nlohmann::json toJson(const std::vector<Offer>& offers);
    static nlohmann::json offerToJson(const Offer& offer);
    // Writes atomically: a temporary file renamed over the target. Returns an error text or "".
    static std::string writeFile(const std::filesystem::path& file, const std::vector<Offer>& offers);

    static const std::vector<std::string>& useCases();

    // The catalog's offers in OfferRanking's order, and its top pick for each priority.
    [[nodiscard]] std::vector<OfferRanking::Ranked> rank(
        double inputTokens, double outputTokens, const OfferFilter& filter = {}) const;
    using Pick = OfferRanking::Pick;
    [[nodiscard]] std::vector<Pick> topPicks(double inputTokens, double outputTokens) const;

private:
    std::vector<Offer> m_offers;
};

struct Catalog::LoadResult {
    std::optional<Catalog> catalog;
    Problems errors;
    Problems warnings;
};

} // namespace lowregret
