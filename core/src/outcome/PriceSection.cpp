// The costs section's sentences about the cloud's prices over time (docs/cost-model.md, "Dated
// prices"): the month the series starts, each dated price within the horizon, and how old the
// offer's price is.
#include "outcome/SectionsBuilder.h"

#include "outcome/OutcomeText.h"

#include "lowregret/catalog/Catalog.h"
#include "lowregret/io/Format.h"

#include <cmath>

namespace lowregret {

namespace {

// How long ago a day was, in days below 45 and in whole months from there.
std::string ageText(int days, Lang lang)
{
    if (days < 45) {
        const std::string n = Format::number(days, 0);
        return lang == Lang::ZhHant ? n + " 天" : n + (days == 1 ? " day" : " days");
    }
    return Format::months(std::round(days / (365.25 / 12.0)), lang);
}

// What the same tokens cost after a step against before it, at the scenario's input share.
double billFactor(const Scenario& s, const Scenario::PriceFactors& now, const Scenario::PriceFactors& before)
{
    const double in = s.inputShare * s.cloud.inputUsdPerMtok;
    const double out = (1.0 - s.inputShare) * s.cloud.outputUsdPerMtok;
    const double was = in * before.input + out * before.output;
    return was > 0.0 ? (in * now.input + out * now.output) / was : 1.0;
}

} // namespace

std::string Sections::priceAge(const Offer& offer, const std::string& today, Lang lang)
{
    const auto age = Catalog::ageInDays(offer.asOf, today);
    if (!age || *age < 0)
        return {};
    // The date itself is on the offer's line (offerLine), beside which this is shown.
    std::string text = *age == 0 ? OutcomeText::get("price.age_today", lang)
                                 : OutcomeText::format("price.age", lang, { ageText(*age, lang) });
    if (*age > Catalog::staleAfterDays)
        text += (lang == Lang::ZhHant ? "" : " ")
            + OutcomeText::format("price.update_suggested", lang, { Format::number(Catalog::staleAfterDays, 0) });
    return text;
}

void SectionsBuilder::addPrices(Sections::Section& s, const Scenario& scenario, const CostModel::Summary& c, Lang lang)
{
    const Offer* offer = scenario.namedOffer();
    const bool dated = offer && !offer->priceHistory.empty();
    if (scenario.startMonth || dated)
        s.blocks.push_back(paragraph(OutcomeText::format(scenario.startMonth ? "price.start_given" : "price.start_now",
            lang, { Scenario::Provenance::monthName(scenario.firstMonth(), lang) })));
    if (offer) {
        Scenario::PriceFactors before;
        for (const auto& step : scenario.priceSteps(c.horizonMonths)) {
            const double factor = billFactor(scenario, step.factors, before);
            const char* key = factor > 1.0 + 1e-9 ? "price.step_rise"
                : factor < 1.0 - 1e-9             ? "price.step_cut"
                                                  : "price.step_mixed";
            s.blocks.push_back(paragraph(OutcomeText::format(key, lang,
                { Scenario::Provenance::monthName(step.monthKey, lang), offer->model,
                    Format::unitPrice(scenario.cloud.inputUsdPerMtok * step.factors.input, lang, scenario.currency),
                    Format::unitPrice(scenario.cloud.outputUsdPerMtok * step.factors.output, lang, scenario.currency),
                    Format::percent(std::abs(factor - 1.0)) })));
            before = step.factors;
        }
        if (const std::string age = Sections::priceAge(*offer, Catalog::today(), lang); !age.empty())
            s.blocks.push_back(paragraph(age));
    }
}

} // namespace lowregret
