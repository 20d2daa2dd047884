// `lowregret-cli prices`: the catalog's offers ranked by their monthly cost at a usage (docs/cli.md).
#include "CliApp.h"
#include "CliText.h"
#include "TextLayout.h"

#include "lowregret/catalog/Catalog.h"
#include "lowregret/io/Format.h"

#include <nlohmann/json.hpp>

#include <ostream>
#include <string>
#include <utility>

namespace lowregret::cli {

namespace {

std::string pair(double input, double output)
{
    return Format::compactNumber(input, 4) + " / " + Format::compactNumber(output, 4);
}

// What follows an offer's date: its price changes after that date ("3 / 15 from 2026-09-01"),
// another source's price where the sources disagree, and the retired mark.
std::string marks(const Offer& offer, Lang lang)
{
    const auto filled = [lang](const char* key, const std::string& prices, const std::string& detail) {
        std::string text = CliText::get(key, lang);
        text.replace(text.find("%P%"), 3, prices);
        text.replace(text.find("%D%"), 3, detail);
        return "  " + text;
    };
    std::string text;
    for (const auto& change : offer.changesAfter(offer.asOf))
        text
            += filled("price_change", pair(change.prices.inputUsdPerMtok, change.prices.outputUsdPerMtok), change.from);
    for (const auto& other : offer.otherSources)
        text += filled("other_source", pair(other.inputUsdPerMtok, other.outputUsdPerMtok),
            other.source + (lang == Lang::ZhHant ? "，" : ", ") + other.asOf);
    if (offer.retired)
        text += "  " + CliText::get("retired", lang);
    return text;
}

} // namespace

int CliApp::prices()
{
    const Guide* guide = this->guide();
    if (!guide)
        return BadInput;
    const auto& defaults = guide->defaults();
    const double inputTokens = m_inputTokens.value_or(defaults.exampleMonthlyTokens * defaults.inputShare);
    const double outputTokens = m_outputTokens.value_or(defaults.exampleMonthlyTokens * (1.0 - defaults.inputShare));
    const Catalog catalog = loadCatalog();
    const std::string today = Catalog::today();
    const auto rows = catalog.rank(inputTokens, outputTokens, { .useCase = m_useCase, .includeRetired = m_all });

    if (m_format == "json") {
        nlohmann::json models = nlohmann::json::array();
        for (const auto& row : rows) {
            nlohmann::json j = Catalog::offerToJson(*row.offer);
            j["monthly_usd"] = row.monthlyUsd;
            const auto age = Catalog::ageInDays(row.offer->asOf, today);
            j["age_days"] = age ? nlohmann::json(*age) : nlohmann::json(nullptr);
            j["stale"] = Catalog::isStale(*row.offer, today);
            j["suspect"] = row.offer->hasSuspectPrice();
            j["origin"] = row.offer->origin == Offer::Origin::BuiltIn ? "built_in"
                : row.offer->origin == Offer::Origin::User            ? "user"
                                                                      : "imported";
            if (row.offer->note)
                j["note"] = row.offer->note->in(m_lang);
            models.push_back(std::move(j));
        }
        m_out << nlohmann::json { { "input_tokens", inputTokens }, { "output_tokens", outputTokens },
            { "use_case", m_useCase.empty() ? nlohmann::json(nullptr) : nlohmann::json(m_useCase) }, { "as_of", today },
            { "models", std::move(models) } }
                     .dump(2)
              << "\n";
        return Ok;
    }

    std::string heading = CliText::get("prices_heading", m_lang);
    const auto put = [&heading](const std::string& token, const std::string& value) {
        heading.replace(heading.find(token), token.size(), value);
    };
    put("%IN%", Format::tokens(inputTokens, m_lang));
    put("%OUT%", Format::tokens(outputTokens, m_lang));
    m_out << heading << "\n\n";
    bool anyStale = false;
    bool anySuspect = false;
    for (const auto& row : rows) {
        const bool stale = Catalog::isStale(*row.offer, today);
        const bool suspect = row.offer->hasSuspectPrice();
        anyStale = anyStale || stale;
        anySuspect = anySuspect || suspect;
        std::string line = TextLayout::padLeft(Format::money(row.monthlyUsd, m_lang), 16) + "  "
            + TextLayout::padRight(row.offer->model, 34) + " " + TextLayout::padRight(row.offer->provider, 12) + " "
            + TextLayout::padLeft(Format::compactNumber(row.offer->inputUsdPerMtok, 4), 7) + " / "
            + TextLayout::padRight(Format::compactNumber(row.offer->outputUsdPerMtok, 4), 7) + " " + row.offer->asOf
            + (stale ? " *" : "") + (suspect ? " !" : "") + marks(*row.offer, m_lang);
        m_out << line << "\n";
    }
    if (rows.empty())
        m_out << CliText::get("no_offers", m_lang) << "\n";
    if (anyStale || anySuspect)
        m_out << "\n";
    if (anyStale)
        m_out << CliText::get("stale_note", m_lang) << "\n";
    if (anySuspect) {
        std::string note = CliText::get("suspect_note", m_lang);
        for (const auto& [token, value] :
            { std::pair { std::string("%ANY%"), Format::compactNumber(Offer::suspectAnyUsdPerMtok, 0) },
                std::pair { std::string("%SMALL%"), Format::compactNumber(Offer::suspectSmallUsdPerMtok, 0) },
                std::pair { std::string("%B%"), Format::parameters(Offer::smallModelBillions, m_lang) } })
            note.replace(note.find(token), token.size(), value);
        m_out << note << "\n";
    }
    return Ok;
}

} // namespace lowregret::cli
