#include "lowregret/outcome/LocalCannotRun.h"

#include "outcome/OutcomeText.h"
#include "outcome/SectionsBuilder.h"

#include "lowregret/io/Format.h"
#include "lowregret/sizing/Hardware.h"

namespace lowregret {

std::string LocalCannotRun::text(const Scenario& scenario, Lang lang)
{
    if (!scenario.local.sizing)
        return {};
    return text(*scenario.local.sizing, scenario.answers.monthlyTokens.value_or(0.0), scenario.inputShare,
        scenario.horizonMonths, lang);
}

std::string LocalCannotRun::text(const SizingInput& input, double tokens, double inputShare, int months, Lang lang)
{
    const Sizing sizing = Sizing::size(input, tokens, inputShare);
    const auto& hw = Hardware::builtIn();
    const auto* model = hw.model(sizing.model);
    const auto* quant = hw.quantization(sizing.quantization);
    const auto* device = hw.device(sizing.device);
    const int most = device ? Sizing::maxDevicesPerReplica(*device, hw) : 1;
    const std::string modelName = (model ? model->name : sizing.model)
        + (quant ? OutcomeText::parenthesized(quant->name, lang) : std::string());
    const std::string deviceName = device ? device->name : sizing.device;
    const std::string host = device && !device->host.empty() ? OutcomeText::get("host." + device->host, lang)
                                                             : OutcomeText::get("nofit.one_machine", lang);
    std::string out = OutcomeText::format("nofit.headline", lang,
        { modelName, deviceName, Format::gigabytes(sizing.memoryNeededGb),
            OutcomeText::format("sizing.devices", lang, { Format::number(most, 0), deviceName }), host,
            Format::gigabytes(sizing.memoryUsableGb) });
    const auto nearest = Sizing::nearestFitting(input, tokens, inputShare, months);
    out += OutcomeText::get("punct.space", lang);
    out += nearest ? OutcomeText::format("nofit.nearest", lang, { SectionsBuilder::setupText(*nearest, lang) })
                   : OutcomeText::get("nofit.none", lang);
    return out;
}

Sections::Section LocalCannotRun::costs(
    const Scenario& scenario, const Decision::Outcome& outcome, const Offer* cloudOffer, Lang lang)
{
    using Block = Sections::Block;
    Sections::Section s { "costs", OutcomeText::get("heading.costs", lang), {}, {} };
    const auto& c = *outcome.costs;
    const double tokens = scenario.answers.monthlyTokens.value_or(0.0);
    const std::string horizon = Format::months(double(c.horizonMonths), lang);
    const auto money = [&](const char* id, const char* key, double usd) {
        return Sections::Figure { id, OutcomeText::get(key, lang), usd, "usd",
            Format::money(usd, lang, scenario.currency), {} };
    };
    s.figures = {
        { "monthly_tokens", OutcomeText::get("in.monthly_tokens", lang), tokens, "tokens", Format::tokens(tokens, lang),
            {} },
        { "horizon_months", OutcomeText::get("in.horizon", lang), double(c.horizonMonths), "months", horizon, {} },
        money("cloud_monthly_usd", "fig.cloud_monthly", c.cloudMonthly),
        money("cloud_total_usd", "fig.cloud_total", c.cloudTotal),
    };
    s.blocks.push_back(SectionsBuilder::paragraph(OutcomeText::format(
        "costs.usage", lang, { Format::tokens(tokens, lang), Format::percent(scenario.inputShare), horizon })));
    Block table;
    table.kind = Block::Kind::Table;
    table.table.header = { {}, OutcomeText::get("col.upfront", lang),
        OutcomeText::get(c.steady ? "col.monthly" : "col.first_month", lang),
        OutcomeText::format("col.total", lang, { horizon }) };
    const std::string none = OutcomeText::get("compare.unknown", lang);
    table.table.rows = {
        { Sections::recommendationName(Recommendation::Cloud, lang), OutcomeText::get("costs.no_upfront", lang),
            Format::money(c.cloudMonthly, lang, scenario.currency),
            Format::money(c.cloudTotal, lang, scenario.currency) },
        { Sections::recommendationName(Recommendation::Local, lang), OutcomeText::get("nofit.row", lang), none, none },
    };
    table.table.firstNumericColumn = 1;
    s.blocks.push_back(std::move(table));
    s.blocks.push_back(SectionsBuilder::paragraph(OutcomeText::get("nofit.no_breakeven", lang)));
    if (cloudOffer)
        s.blocks.push_back(SectionsBuilder::paragraph(
            OutcomeText::format("costs.cloud_prices", lang, { Sections::offerLine(*cloudOffer, lang) })));
    if (scenario.local.sizing)
        s.blocks.push_back(SectionsBuilder::paragraph(text(scenario, lang)));
    return s;
}

} // namespace lowregret
