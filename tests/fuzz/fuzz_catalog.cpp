// libFuzzer target for a user's price file (~/.local/share/lowregret/catalog/user.json):
// JsonReader::parse with the limits Catalog::fromFile uses, then Catalog::fromJson. A catalog
// that loads is written the way Catalog::writeFile writes it and must read back unchanged, and
// the lookups the app and the CLI make on it must hold.
#include "FuzzCheck.h"

#include "lowregret/catalog/Catalog.h"
#include "lowregret/guide/Guide.h"
#include "lowregret/io/JsonReader.h"
#include "lowregret/scenario/Scenario.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace lowregret;

namespace {

constexpr JsonReader::Limits limits { .maxBytes = Catalog::maxFileBytes, .maxDepth = 16 }; // as Catalog::fromFile

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    Problems errors;
    const auto json = JsonReader::parse(text, "user.json", limits, errors);
    fuzz::describeAll(errors);
    if (!json) {
        FUZZ_CHECK(!errors.empty(), "JSON was refused without a reason");
        return 0;
    }
    FUZZ_CHECK(errors.empty(), "JSON parsed despite errors");
    const auto loaded = Catalog::fromJson(*json, Offer::Origin::User);
    fuzz::describeAll(loaded.errors);
    fuzz::describeAll(loaded.warnings);
    if (!loaded.catalog) {
        FUZZ_CHECK(!loaded.errors.empty(), "a catalog was refused without a reason");
        return 0;
    }
    FUZZ_CHECK(loaded.errors.empty(), "a catalog loaded despite errors");
    const Catalog& catalog = *loaded.catalog;

    // Catalog::writeFile then Catalog::fromFile: what the app writes it must read back.
    const auto written = Catalog::toJson(catalog.offers());
    Problems reparseErrors;
    const auto reparsed = JsonReader::parse(written.dump(2), "user.json", limits, reparseErrors);
    fuzz::printProblems("re-reading the written catalog", reparseErrors);
    FUZZ_CHECK(reparsed, "a written catalog is not valid JSON");
    const auto again = Catalog::fromJson(*reparsed, Offer::Origin::User);
    fuzz::printProblems("reloading the written catalog", again.errors);
    FUZZ_CHECK(again.catalog, "a written catalog does not load");
    FUZZ_CHECK(again.warnings.empty(), "a written catalog loads with warnings");
    FUZZ_CHECK(Catalog::toJson(again.catalog->offers()) == written, "a written catalog reads back different");

    for (const auto& offer : catalog.offers()) {
        FUZZ_CHECK(catalog.find(offer.id) == &offer, "an offer id is not unique");
        FUZZ_CHECK(std::isfinite(lowregret::OfferRanking::monthlyUsd(offer, 1e9, 1e9)), "a monthly cost is not finite");
        (void)Catalog::isStale(offer, "2025-10-01");
    }
    (void)catalog.topPicks(6e6, 6e6);

    // The user's offers laid over the built-in ones, as Catalog::load does, then a scenario
    // naming the first offer takes its prices.
    static const Catalog builtIn = Catalog::builtIn();
    Catalog merged = builtIn;
    merged.merge(catalog);
    (void)merged.topPicks(1e6, 1e6);
    if (!catalog.offers().empty()) {
        const Offer& first = catalog.offers().front();
        Scenario scenario = Scenario::withDefaults(Guide::builtIn().defaults());
        scenario.cloud.model = first.id;
        const auto resolution = scenario.resolveOffer(merged);
        FUZZ_CHECK(resolution.errors.empty() && resolution.offer, "a scenario cannot name a loaded offer");
        FUZZ_CHECK(scenario.cloud.inputUsdPerMtok == first.inputUsdPerMtok
                && scenario.cloud.outputUsdPerMtok == first.outputUsdPerMtok,
            "a named offer did not supply its prices");
    }
    return 0;
}
