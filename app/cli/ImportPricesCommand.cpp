// `lowregret-cli import-prices FILE`: a LiteLLM price file or genai-prices' data.json into the
// user's catalog, or with --dry-run what that would change (docs/cli.md).
#include "CliApp.h"
#include "CliText.h"
#include "TextLayout.h"

#include "lowregret/catalog/Catalog.h"
#include "lowregret/catalog/CatalogDiff.h"
#include "lowregret/catalog/CatalogUpdate.h"
#include "lowregret/catalog/PriceImport.h"
#include "lowregret/io/Format.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <ostream>

namespace lowregret::cli {

namespace {

constexpr std::size_t maxDiffLines = 20; // a list longer than this ends with "and N more"

// 2.00, 10.00; 0.035 as it is.
std::string price(double usd)
{
    return std::round(usd * 100) == usd * 100 ? Format::number(usd, 2) : Format::compactNumber(usd);
}

std::string pricePair(const Offer& o)
{
    return price(o.inputUsdPerMtok) + " / " + price(o.outputUsdPerMtok);
}

} // namespace

int CliApp::importPrices()
{
    const auto read = PriceImport::fromFile(m_scenarioFile, m_asOf);
    const auto& result = read.result;
    if (!result.errors.empty() || !read.format) {
        for (const auto& p : result.errors)
            fail(p.describe(m_lang));
        return BadInput;
    }
    const auto format = PriceImport::formatName(*read.format);
    const auto target = Catalog::userDirectory() / "imported.json";
    std::optional<CatalogDiff> diff;
    if (m_dryRun) {
        // Nothing is written: the catalog as it is now, against the file's offers.
        Problems problems;
        const auto catalog = Catalog::load(Catalog::userDirectory(), problems);
        diff = CatalogDiff::between(catalog, result.offers,
            *read.format == PriceImport::Format::GenaiPrices ? "genai-prices" : "LiteLLM price file");
    } else {
        // Under a lock, merged by id with what is there now: importing twice duplicates nothing,
        // and two imports at once keep both files' offers.
        const auto update = CatalogUpdate::addOffers(target, result.offers, Offer::Origin::Imported);
        for (std::size_t i = 0; i < update.errors.size() && i < maxProblemsShown; ++i)
            failIn(target.string(), update.errors[i]);
        if (!update.errors.empty())
            return BadInput;
    }

    if (m_format == "json") {
        nlohmann::json out { { "read", result.read }, { "imported", result.offers.size() },
            { "skipped", result.skipped }, { "skipped_by_reason", result.skippedByReason }, { "merged", result.merged },
            { "suspect", result.suspect }, { "as_of", result.asOf },
            { "as_of_from", m_asOf ? "option" : "file_modified" }, { "catalog_file", target.string() },
            { "format", format } };
        if (diff) {
            out["dry_run"] = true;
            out.update(diff->toJson());
        }
        m_out << out.dump(2) << "\n";
        return Ok;
    }
    m_out << CliText::get("import_format", m_lang) << format << "\n"
          << CliText::get("import_read", m_lang) << Format::number(result.read, 0) << "\n"
          << CliText::get("import_imported", m_lang) << Format::number(double(result.offers.size()), 0) << "\n"
          << CliText::get("import_skipped", m_lang) << Format::number(result.skipped, 0) << "\n";
    for (const auto& [reason, count] : result.skippedByReason)
        m_out << "  " << TextLayout::padRight(CliText::get("reason." + reason, m_lang), 34) << Format::number(count, 0)
              << "\n";
    m_out << CliText::get("import_merged", m_lang) << Format::number(result.merged, 0) << "\n";
    if (result.suspect > 0)
        m_out << CliText::get("import_suspect", m_lang) << Format::number(result.suspect, 0) << "\n";
    m_out << CliText::get(m_asOf ? "import_as_of_option" : "import_as_of_file", m_lang) << result.asOf << "\n";
    if (!diff) {
        m_out << CliText::get("import_saved", m_lang) << target.string() << "\n";
        return Ok;
    }
    // What the import would change, a readable list each: at most maxDiffLines lines.
    const auto list = [this](const char* title, std::size_t count, auto line) {
        m_out << CliText::get(title, m_lang) << Format::number(double(count), 0) << "\n";
        for (std::size_t i = 0; i < count && i < maxDiffLines; ++i)
            m_out << "  " << line(i) << "\n";
        if (count > maxDiffLines) {
            auto more = CliText::get("import_more", m_lang);
            more.replace(more.find("%1"), 2, Format::number(double(count - maxDiffLines), 0));
            m_out << "  " << more << "\n";
        }
    };
    list("import_new", diff->added.size(),
        [&](std::size_t i) { return diff->added[i].id + ": " + pricePair(diff->added[i]); });
    list("import_gone", diff->gone.size(), [&](std::size_t i) { return diff->gone[i].id; });
    list("import_changed", diff->changed.size(), [&](std::size_t i) {
        const auto& c = diff->changed[i];
        // Input and output the same: the cache, dated or tier prices or the retired mark changed.
        const bool same = c.before.inputUsdPerMtok == c.after.inputUsdPerMtok
            && c.before.outputUsdPerMtok == c.after.outputUsdPerMtok;
        return c.after.id + ": " + pricePair(c.before) + " → " + pricePair(c.after)
            + (same ? CliText::get("import_other_change", m_lang) : "");
    });
    m_out << CliText::get("import_dry_run", m_lang) << target.string() << "\n";
    return Ok;
}

} // namespace lowregret::cli
