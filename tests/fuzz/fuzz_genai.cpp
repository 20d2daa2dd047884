// libFuzzer target for `lowregret-cli import-prices` with genai-prices' data.json:
// JsonReader::parse with the limits PriceImport::fromFile uses, then GenaiPricesImport::fromJson;
// then what the CLI does next: merge the offers by id, write imported.json the way
// Catalog::writeFile does, and load it again as Catalog::load will on the next start, with
// every dated price and context tier kept.
#include "FuzzCheck.h"

#include "lowregret/catalog/Catalog.h"
#include "lowregret/catalog/GenaiPricesImport.h"
#include "lowregret/io/JsonReader.h"
#include "lowregret/io/Limits.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

using namespace lowregret;

namespace {

bool inRange(double usd)
{
    return std::isfinite(usd) && usd >= 0.0 && usd <= limits::maxUsdPerMtok;
}

bool inRange(const OfferPrices& p)
{
    return inRange(p.inputUsdPerMtok) && inRange(p.outputUsdPerMtok)
        && (!p.cacheReadUsdPerMtok || inRange(*p.cacheReadUsdPerMtok))
        && (!p.cacheWriteUsdPerMtok || inRange(*p.cacheWriteUsdPerMtok));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    Problems errors;
    const auto json
        = JsonReader::parse(text, "data.json", { .maxBytes = LiteLlmImport::maxFileBytes, .maxDepth = 16 }, errors);
    fuzz::describeAll(errors);
    if (!json) {
        FUZZ_CHECK(!errors.empty(), "JSON was refused without a reason");
        return 0;
    }
    const auto result = GenaiPricesImport::fromJson(*json, "2026-08-21", "genai-prices fuzz.json");
    fuzz::describeAll(result.errors);
    if (!result.errors.empty()) {
        FUZZ_CHECK(result.offers.empty(), "an unusable file still imported offers");
        return 0;
    }

    int skipped = 0;
    for (const auto& [reason, count] : result.skippedByReason)
        skipped += count;
    FUZZ_CHECK(skipped == result.skipped, "the skipped entries do not add up by reason");
    FUZZ_CHECK(result.merged >= 0, "a negative merged count");
    FUZZ_CHECK(result.read == static_cast<int>(result.offers.size()) + result.skipped + result.merged,
        "read models are neither imported, skipped nor merged");
    std::set<std::string> ids;
    for (const auto& offer : result.offers) {
        FUZZ_CHECK(ids.insert(offer.id).second, "two imported offers share an id (not merged)");
        FUZZ_CHECK(offer.inputUsdPerMtok > 0.0 || offer.outputUsdPerMtok > 0.0, "an offer priced 0 was imported");
        FUZZ_CHECK(inRange(offer.prices()), "a price is out of range");
        for (std::size_t i = 0; i < offer.priceHistory.size(); ++i) {
            FUZZ_CHECK(Catalog::isDate(offer.priceHistory[i].from), "a dated price has no date");
            FUZZ_CHECK(i == 0 || offer.priceHistory[i - 1].from < offer.priceHistory[i].from,
                "the dated prices are not oldest first");
            FUZZ_CHECK(inRange(offer.priceHistory[i].prices), "a dated price is out of range");
        }
        for (std::size_t i = 0; i < offer.contextTiers.size(); ++i) {
            FUZZ_CHECK(i == 0 || offer.contextTiers[i - 1].aboveInputTokens < offer.contextTiers[i].aboveInputTokens,
                "the tiers are not lowest start first");
            FUZZ_CHECK(inRange(offer.contextTiers[i].prices), "a tier's price is out of range");
        }
    }

    // CliApp::importPrices: merge by id, write imported.json; Catalog::load reads it back.
    Catalog imported;
    for (const auto& offer : result.offers)
        imported.add(offer);
    const auto written = Catalog::toJson(imported.offers());
    Problems reparseErrors;
    const auto reparsed = JsonReader::parse(
        written.dump(2), "imported.json", { .maxBytes = Catalog::maxFileBytes, .maxDepth = 16 }, reparseErrors);
    fuzz::printProblems("re-reading imported.json", reparseErrors);
    FUZZ_CHECK(reparsed, "imported.json is not valid JSON");
    const auto again = Catalog::fromJson(*reparsed, Offer::Origin::Imported);
    fuzz::printProblems("loading imported.json", again.errors);
    FUZZ_CHECK(again.catalog, "the catalog refuses the imported.json the import wrote");
    FUZZ_CHECK(again.catalog->offers().size() == imported.offers().size(), "imported offers were lost");
    for (const auto& offer : imported.offers()) {
        const Offer* back = again.catalog->find(offer.id);
        FUZZ_CHECK(back, "an imported offer was lost");
        FUZZ_CHECK(back->priceHistory == offer.priceHistory, "the dated prices changed on the way back");
        FUZZ_CHECK(back->contextTiers == offer.contextTiers, "the context tiers changed on the way back");
        FUZZ_CHECK(back->retired == offer.retired, "the retired mark changed on the way back");
    }
    return 0;
}
