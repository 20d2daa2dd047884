// `lowregret-cli import-prices FILE`: a LiteLLM price file into the user's catalog (docs/cli.md).
#include "CliApp.h"
#include "CliText.h"
#include "TextLayout.h"

#include "lowregret/catalog/Catalog.h"
#include "lowregret/catalog/CatalogUpdate.h"
#include "lowregret/catalog/LiteLlmImport.h"
#include "lowregret/io/Format.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace lowregret::cli {

int CliApp::importPrices()
{
    const auto result = LiteLlmImport::fromFile(m_scenarioFile, m_asOf);
    if (!result.errors.empty()) {
        for (const auto& p : result.errors)
            fail(p.describe(m_lang));
        return BadInput;
    }
    const auto target = Catalog::userDirectory() / "imported.json";
    // Under a lock, merged by id with what is there now: importing twice duplicates nothing, and
    // two imports at once keep both files' offers.
    const auto update = CatalogUpdate::addOffers(target, result.offers, Offer::Origin::Imported);
    for (std::size_t i = 0; i < update.errors.size() && i < maxProblemsShown; ++i)
        failIn(target.string(), update.errors[i]);
    if (!update.errors.empty())
        return BadInput;

    if (m_format == "json") {
        m_out << nlohmann::json { { "read", result.read }, { "imported", result.offers.size() },
            { "skipped", result.skipped }, { "skipped_by_reason", result.skippedByReason }, { "merged", result.merged },
            { "suspect", result.suspect }, { "as_of", result.asOf },
            { "as_of_from", m_asOf ? "option" : "file_modified" }, { "catalog_file", target.string() } }
                     .dump(2)
              << "\n";
        return Ok;
    }
    m_out << CliText::get("import_read", m_lang) << Format::number(result.read, 0) << "\n"
          << CliText::get("import_imported", m_lang) << Format::number(double(result.offers.size()), 0) << "\n"
          << CliText::get("import_skipped", m_lang) << Format::number(result.skipped, 0) << "\n";
    for (const auto& [reason, count] : result.skippedByReason)
        m_out << "  " << TextLayout::padRight(CliText::get("reason." + reason, m_lang), 34) << Format::number(count, 0)
              << "\n";
    m_out << CliText::get("import_merged", m_lang) << Format::number(result.merged, 0) << "\n";
    if (result.suspect > 0)
        m_out << CliText::get("import_suspect", m_lang) << Format::number(result.suspect, 0) << "\n";
    m_out << CliText::get(m_asOf ? "import_as_of_option" : "import_as_of_file", m_lang) << result.asOf << "\n";
    m_out << CliText::get("import_saved", m_lang) << target.string() << "\n";
    return Ok;
}

} // namespace lowregret::cli
