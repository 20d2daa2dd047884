#include "lowregret/outcome/TextFigures.h"

#include "outcome/OutcomeText.h"
#include "outcome/SectionsBuilder.h"

#include "lowregret/guide/Guide.h"
#include "lowregret/io/Format.h"

namespace lowregret {

TextFigures::TextFigures(
    const Guide& guide, const Scenario& scenario, const Decision::Outcome& outcome, const Offer* cloudOffer, Lang lang)
    : m_lang(lang)
{
    m_values["cloud"] = cloudOffer
        ? OutcomeText::format("offer.name", lang, { cloudOffer->model, cloudOffer->provider })
        : guide.cloudExample().in(lang);
    const auto& f = guide.figures();
    m_values["technician_rate"] = Format::unitPrice(f.technicianUsdPerHour, lang, scenario.currency);
    m_values["technician_hours"] = Format::compactNumber(f.maintenanceHoursPerMonth.low);
    m_values["threshold"] = Format::months(scenario.breakevenThresholdMonths, lang);
    if (scenario.answers.monthlyTokens)
        m_values["monthly_tokens"] = Format::tokens(*scenario.answers.monthlyTokens, lang);
    if (!outcome.costs)
        return;
    const auto& c = *outcome.costs;
    m_values["cloud_monthly"] = Format::money(c.cloudMonthly, lang, scenario.currency);
    m_values["cloud_yearly"] = Format::money(12.0 * c.cloudMonthly, lang, scenario.currency);
    m_values["cloud_total"] = Format::money(c.cloudTotal, lang, scenario.currency);
    m_values["local_upfront"] = Format::money(c.localUpfront, lang, scenario.currency);
    m_values["local_monthly"] = Format::money(c.localMonthly, lang, scenario.currency);
    m_values["local_total"] = Format::money(c.localTotal, lang, scenario.currency);
    if (!c.localRuns) // nothing local is priced
        for (const char* key : { "local_upfront", "local_monthly", "local_total" })
            m_values[key] = OutcomeText::get("nofit.row", lang);
    m_values["horizon"] = Format::months(double(c.horizonMonths), lang);
    m_values["breakeven"] = SectionsBuilder::breakevenText(scenario, outcome, lang);
    // A phrase, so that a breakeven that never comes reads as a sentence.
    m_values["payback"] = c.breakevenMonths ? OutcomeText::format("payback.after", lang, { m_values["breakeven"] })
                                            : OutcomeText::get(!c.localRuns ? "payback.cannot_run"
                                                    : c.steady              ? "payback.never"
                                                                            : "payback.never_moving",
                                                lang);
    // The local total with the maintenance the scenario counts replaced by the guide's outside
    // technician for its fewest hours.
    const double ownMaintenance = scenario.local.maintenanceHoursPerMonth * scenario.local.hourlyRateUsd;
    m_values["technician_total"] = Format::money(c.localTotal
            + (f.maintenanceHoursPerMonth.low * f.technicianUsdPerHour - ownMaintenance) * double(c.horizonMonths),
        lang);
}

std::string TextFigures::substitute(const std::string& text, const std::map<std::string, std::string>& values)
{
    std::string out;
    std::size_t at = 0;
    for (auto open = text.find('{'); open != std::string::npos; open = text.find('{', at)) {
        const auto close = text.find('}', open);
        if (close == std::string::npos)
            break;
        out.append(text, at, open - at);
        const auto it = values.find(text.substr(open + 1, close - open - 1));
        // A figure this scenario does not have (no costs): a dash, never a made-up number.
        out += it != values.end() ? it->second : "—";
        at = close + 1;
    }
    out.append(text, at, std::string::npos);
    return out;
}

std::string TextFigures::fill(const LocalizedText& text) const
{
    return substitute(text.in(m_lang), m_values);
}

std::string TextFigures::generic(const Guide& guide, const LocalizedText& text, Lang lang)
{
    return substitute(text.in(lang), { { "cloud", guide.cloudExample().in(lang) } });
}

} // namespace lowregret
