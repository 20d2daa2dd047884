// libFuzzer target for `lowregret-cli import-prices` (a LiteLLM price file): JsonReader::parse
// with the limits LiteLlmImport::fromFile uses, then LiteLlmImport::fromJson; then what the CLI
// does next: merge the offers by id, write imported.json the way Catalog::writeFile does, and
// load it again as Catalog::load will on the next start. An import that writes a file the
// program then refuses loses every imported price, so that is checked too.
#include "FuzzCheck.h"

#include "lowregret/catalog/Catalog.h"
#include "lowregret/catalog/LiteLlmImport.h"
#include "lowregret/io/JsonReader.h"
#include "lowregret/io/Limits.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

using namespace lowregret;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    Problems errors;
    const auto json
        = JsonReader::parse(text, "litellm.json", { .maxBytes = LiteLlmImport::maxFileBytes, .maxDepth = 16 }, errors);
    fuzz::describeAll(errors);
    if (!json) {
        FUZZ_CHECK(!errors.empty(), "JSON was refused without a reason");
        return 0;
    }
    const auto result = LiteLlmImport::fromJson(*json, "2025-10-01", "LiteLLM price file fuzz.json");
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
        "read entries are neither imported, skipped nor merged");
    std::set<std::string> ids;
    for (const auto& offer : result.offers) {
        FUZZ_CHECK(ids.insert(offer.id).second, "two imported offers share an id (not merged)");
        FUZZ_CHECK(offer.inputUsdPerMtok > 0.0 && offer.outputUsdPerMtok > 0.0, "an offer priced 0 was imported");
        FUZZ_CHECK(offer.id == LiteLlmImport::offerId(offer.provider, offer.model), "an offer id is not derived");
        FUZZ_CHECK(std::isfinite(offer.inputUsdPerMtok) && offer.inputUsdPerMtok >= 0.0
                && offer.inputUsdPerMtok <= limits::maxUsdPerMtok,
            "an input price is out of range");
        FUZZ_CHECK(std::isfinite(offer.outputUsdPerMtok) && offer.outputUsdPerMtok >= 0.0
                && offer.outputUsdPerMtok <= limits::maxUsdPerMtok,
            "an output price is out of range");
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
    return 0;
}
