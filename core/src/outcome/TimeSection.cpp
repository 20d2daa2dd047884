// The costs section's figures of time (docs/cost-model.md): what moves month by month, the
// hybrid, the replicas bought later, and the totals at 1, 3 and 5 years.
#include "outcome/SectionsBuilder.h"

#include "outcome/OutcomeText.h"

#include "lowregret/costs/CostModel.h"
#include "lowregret/io/Format.h"

namespace lowregret {

namespace {

using Block = Sections::Block;
using Figure = Sections::Figure;

Figure usd(std::string id, std::string label, double value, Lang lang, const Currency& currency)
{
    return { std::move(id), std::move(label), value, "usd", Format::money(value, lang, currency), {} };
}

} // namespace

std::string SectionsBuilder::hybridName(double localShare, Lang lang)
{
    return OutcomeText::format("costs.hybrid_row", lang, { Format::percent(localShare) });
}

void SectionsBuilder::addTime(
    Sections::Section& s, const Scenario& scenario, const CostModel::Summary& c, double monthlyTokens, Lang lang)
{
    const auto& t = scenario.time;
    const std::string horizon = Format::months(double(c.horizonMonths), lang);
    if (t.usageGrowthPerMonth != 0.0)
        s.blocks.push_back(SectionsBuilder::paragraph(OutcomeText::format("costs.time.growth", lang,
            { Format::percent(t.usageGrowthPerMonth), Format::roundedTokens(monthlyTokens, lang),
                Format::roundedTokens(c.series.back().tokens, lang), horizon, std::to_string(c.horizonMonths) })));
    if (t.cloudPriceChangePerYear != 0.0)
        s.blocks.push_back(SectionsBuilder::paragraph(
            OutcomeText::format("costs.time.price", lang, { Format::percent(t.cloudPriceChangePerYear) })));
    if (t.cachedInputShare > 0.0)
        s.blocks.push_back(SectionsBuilder::paragraph(OutcomeText::format("costs.time.cache", lang,
            { Format::percent(t.cachedInputShare),
                Format::perMillionTokens(
                    t.cacheReadUsdPerMtok.value_or(scenario.cloud.inputUsdPerMtok), lang, scenario.currency) })));
    if (t.batchShare > 0.0 && t.batchDiscount > 0.0)
        s.blocks.push_back(SectionsBuilder::paragraph(OutcomeText::format(
            "costs.time.batch", lang, { Format::percent(t.batchShare), Format::percent(t.batchDiscount) })));
    for (std::size_t i = 1; i < c.purchases.size(); ++i) {
        const auto& p = c.purchases[i];
        if (p.month > c.horizonMonths)
            break;
        s.figures.push_back(usd("purchase_" + std::to_string(p.month) + "_usd",
            OutcomeText::format("fig.purchase", lang, { std::to_string(p.month) }), p.usd, lang, scenario.currency));
        s.blocks.push_back(SectionsBuilder::paragraph(OutcomeText::format(
            "costs.purchase", lang, { Format::money(p.usd, lang, scenario.currency), std::to_string(p.month) })));
    }
    if (c.outgrownMonth && *c.outgrownMonth <= c.horizonMonths)
        s.blocks.push_back(SectionsBuilder::paragraph(
            OutcomeText::format("costs.outgrown", lang, { std::to_string(*c.outgrownMonth) })));
    if (c.localResale > 0.0) {
        s.figures.push_back(
            usd("local_resale_usd", OutcomeText::get("fig.resale", lang), c.localResale, lang, scenario.currency));
        s.blocks.push_back(SectionsBuilder::paragraph(OutcomeText::format(
            "costs.time.resale", lang, { Format::money(c.localResale, lang, scenario.currency), horizon })));
    }
    if (c.hybrid) {
        const auto& h = *c.hybrid;
        s.figures.push_back(
            usd("hybrid_total_usd", OutcomeText::get("fig.hybrid_total", lang), h.total, lang, scenario.currency));
        s.figures.push_back({ "hybrid_breakeven_months", OutcomeText::get("fig.hybrid_breakeven", lang),
            h.breakevenMonths, "months", Format::months(h.breakevenMonths, lang), {} });
        s.blocks.push_back(SectionsBuilder::paragraph(
            OutcomeText::format(h.breakevenMonths ? "costs.hybrid" : "costs.hybrid_never", lang,
                { Format::percent(h.localShare), Format::money(h.total, lang, scenario.currency), horizon,
                    Format::months(h.breakevenMonths, lang) })));
    }

    // 1, 3 and 5 years, whatever the horizon.
    s.blocks.push_back(SectionsBuilder::paragraph(OutcomeText::get("costs.horizons", lang)));
    Block table;
    table.kind = Block::Kind::Table;
    table.table.header
        = { OutcomeText::get("col.after", lang), Sections::recommendationName(Recommendation::Cloud, lang),
              Sections::recommendationName(Recommendation::Local, lang) };
    if (c.hybrid)
        table.table.header.push_back(hybridName(c.hybrid->localShare, lang));
    for (const auto& h : c.horizons) {
        std::vector<std::string> row { Format::months(double(h.months), lang),
            Format::money(h.cloud, lang, scenario.currency), Format::money(h.local, lang, scenario.currency) };
        const std::string n = std::to_string(h.months);
        s.figures.push_back(usd("cloud_total_" + n + "_usd",
            OutcomeText::format("fig.cloud_after", lang, { Format::months(double(h.months), lang) }), h.cloud, lang,
            scenario.currency));
        s.figures.push_back(usd("local_total_" + n + "_usd",
            OutcomeText::format("fig.local_after", lang, { Format::months(double(h.months), lang) }), h.local, lang,
            scenario.currency));
        if (h.hybrid) {
            row.push_back(Format::money(*h.hybrid, lang, scenario.currency));
            s.figures.push_back(usd("hybrid_total_" + n + "_usd",
                OutcomeText::format("fig.hybrid_after", lang, { Format::months(double(h.months), lang) }), *h.hybrid,
                lang, scenario.currency));
        }
        table.table.rows.push_back(std::move(row));
    }
    table.table.firstNumericColumn = 1;
    s.blocks.push_back(std::move(table));
}

} // namespace lowregret
