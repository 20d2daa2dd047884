#include "outcome/SectionsBuilder.h"

#include "outcome/OutcomeText.h"

#include "lowregret/catalog/Catalog.h"
#include "lowregret/costs/CostModel.h"
#include "lowregret/io/Format.h"
#include "lowregret/outcome/LocalCannotRun.h"
#include "lowregret/sizing/Hardware.h"
#include "lowregret/sizing/Sizing.h"

#include <algorithm>
#include <cmath>

namespace lowregret {

namespace {

using Block = Sections::Block;
using Figure = Sections::Figure;

Figure money(std::string id, const char* labelKey, double usd, Lang lang, const Currency& currency)
{
    return { std::move(id), OutcomeText::get(labelKey, lang), usd, "usd", Format::money(usd, lang, currency), {} };
}

Figure months(std::string id, std::string label, std::optional<double> value, Lang lang)
{
    return { std::move(id), std::move(label), value, "months", Format::months(value, lang), {} };
}

} // namespace

std::string SectionsBuilder::perKwh(double usd, Lang lang, const Currency& currency)
{
    if (!currency.isUsd())
        return Format::unitPrice(usd, lang, currency);
    const std::string n = Format::compactNumber(usd, 4);
    return lang == Lang::ZhHant ? n + Format::nbsp + "美" + Format::wordJoiner + "元" : "$" + n;
}

std::string SectionsBuilder::tokensPerSecond(double tps)
{
    return Format::number(tps, tps < 100 ? 1 : 0) + Format::nbsp + "tokens/s";
}

std::string SectionsBuilder::setupText(const Sizing& sizing, Lang lang)
{
    const auto* device = Hardware::builtIn().device(sizing.device);
    const std::string name = device ? device->name : sizing.device;
    std::string devices = OutcomeText::format("sizing.devices", lang, { Format::number(sizing.units, 0), name });
    if (sizing.hosts > 0 && device)
        devices = OutcomeText::format("sizing.in_hosts", lang,
            { devices, Format::number(sizing.hosts, 0), OutcomeText::get("host." + device->host, lang) });
    return devices;
}

void SectionsBuilder::addSpeedRows(Sections::Table& table, const Sizing& sizing, Lang lang)
{
    const auto tagged = [lang](double tps, bool measured, bool scaled = false) {
        const char* key = !measured ? "speed.estimated" : scaled ? "speed.scaled" : "speed.measured";
        return OutcomeText::format(key, lang, { tokensPerSecond(tps) });
    };
    const auto count = [](double n) { return Format::number(n, 0); };
    // Right under the replica's throughput, the speeds it is made of.
    std::vector<std::vector<std::string>> rows;
    rows.push_back({ OutcomeText::get("speed.row.decode", lang),
        OutcomeText::format("speed.decode", lang,
            { tagged(sizing.decodeTokensPerSecond, sizing.decodeMeasured, sizing.decodeScaled),
                count(sizing.decodeDepth) }) });
    if (sizing.concurrency > 1)
        rows.push_back({ OutcomeText::get("speed.row.aggregate", lang),
            OutcomeText::format("speed.aggregate", lang,
                { tagged(sizing.aggregateTokensPerSecond, sizing.decodeMeasured, true), count(sizing.concurrency) }) });
    rows.push_back(
        { OutcomeText::get("speed.row.prefill", lang), tagged(sizing.prefillTokensPerSecond, sizing.prefillMeasured) });
    rows.push_back({ OutcomeText::get("speed.row.ttft", lang),
        OutcomeText::format("speed.ttft", lang,
            { Format::number(sizing.timeToFirstTokenS, sizing.timeToFirstTokenS < 10 ? 1 : 0),
                count(sizing.promptTokens) }) });
    const std::string after = OutcomeText::get("sizing.row.speed", lang);
    auto at = std::find_if(table.rows.begin(), table.rows.end(), [&](const auto& r) { return r.front() == after; });
    table.rows.insert(at == table.rows.end() ? at : at + 1, rows.begin(), rows.end());
}

void SectionsBuilder::addSizing(
    Sections::Section& s, const Scenario& scenario, const Sizing& sizing, double monthlyTokens, Lang lang)
{
    const auto& hw = Hardware::builtIn();
    const std::string busy = Format::percent(sizing.utilisation);
    s.blocks.push_back(
        paragraph(OutcomeText::format(sizing.limitedBy == Sizing::Limit::Units ? "sizing.setup_fixed" : "sizing.setup",
            lang, { setupText(sizing, lang), busy })));

    const auto* model = hw.model(sizing.model);
    const auto* quant = hw.quantization(sizing.quantization);
    const std::string modelText = model
        ? model->name + (quant ? (lang == Lang::ZhHant ? "，" : ", ") + quant->name : std::string())
        : OutcomeText::get("sizing.no_model", lang);
    const std::string speed = OutcomeText::format(
        sizing.estimated ? "sizing.estimated" : "sizing.measured", lang, { tokensPerSecond(sizing.tokensPerSecond) });
    const std::string limit
        = OutcomeText::get(std::string("sizing.limit.") + Sizing::limitName(sizing.limitedBy), lang);
    const int spare = sizing.units - sizing.replicas * sizing.devicesPerReplica; // fixed units beyond whole replicas
    std::string devices = OutcomeText::format("sizing.replicas", lang,
        { Format::number(sizing.devicesPerReplica, 0), Format::number(sizing.replicas, 0),
            Format::number(sizing.replicas * sizing.devicesPerReplica, 0) });
    if (spare > 0)
        devices = OutcomeText::format("sizing.spare", lang, { devices, Format::number(spare, 0) });
    const std::string memory = model
        ? OutcomeText::format("sizing.memory_of", lang,
            { Format::gigabytes(sizing.memoryNeededGb), Format::gigabytes(sizing.memoryUsableGb) })
        : Format::gigabytes(sizing.memoryUsableGb);
    const std::string kwh = Format::number(sizing.energyKwhPerMonth, 0) + Format::nbsp + "kWh";

    s.figures.push_back({ "sizing_units", OutcomeText::get("sizing.row.devices", lang), double(sizing.units), "count",
        Format::number(sizing.units, 0), {} });
    s.figures.push_back({ "sizing_utilisation", OutcomeText::get("sizing.row.utilisation", lang), sizing.utilisation,
        "share", busy, {} });
    s.figures.push_back(
        money("sizing_hardware_usd", "sizing.row.hardware", sizing.hardwareUsd, lang, scenario.currency));
    s.figures.push_back(money(
        "sizing_electricity_usd", "sizing.row.electricity", sizing.electricityUsdPerMonth, lang, scenario.currency));

    Block table;
    table.kind = Block::Kind::Table;
    table.table.header = { OutcomeText::get("sizing.heading", lang), {} };
    table.table.rows = {
        { OutcomeText::get("sizing.row.model", lang), modelText },
        { OutcomeText::get("sizing.row.memory", lang), memory },
        { OutcomeText::get("sizing.row.devices", lang), devices },
        { OutcomeText::get("sizing.row.limit", lang), limit },
        { OutcomeText::get("sizing.row.speed", lang), speed },
        { OutcomeText::get("sizing.row.capacity", lang),
            Format::tokens(Format::significant(sizing.capacityTokensPerMonth, 3), lang) },
        { OutcomeText::get("sizing.row.utilisation", lang), busy },
        { OutcomeText::get("sizing.row.energy", lang), kwh },
        { OutcomeText::get("sizing.row.electricity", lang),
            Format::money(sizing.electricityUsdPerMonth, lang, scenario.currency) },
        { OutcomeText::get("sizing.row.hardware", lang), Format::money(sizing.hardwareUsd, lang, scenario.currency) },
    };
    if (scenario.local.setupHours > 0)
        table.table.rows.push_back({ OutcomeText::get("sizing.row.setup", lang),
            OutcomeText::format("sizing.setup_hours", lang,
                { Format::hours(scenario.local.setupHours, lang),
                    Format::unitPrice(scenario.local.hourlyRateUsd, lang, scenario.currency) }) });
    addSpeedRows(table.table, sizing, lang);
    s.blocks.push_back(std::move(table));

    for (const auto& id : sizing.warnings)
        s.blocks.push_back(paragraph(warningText(id, scenario, sizing, monthlyTokens, lang)));

    // Against a frontier API an open model on one's own GPU looks cheap; against the same
    // model in the cloud, it may not.
    if (const auto same = sameModelInTheCloud(sizing.model, monthlyTokens, scenario.inputShare)) {
        const auto local = CostModel::localCosts(scenario, monthlyTokens);
        s.figures.push_back(
            money("same_model_cloud_monthly_usd", "fig.same_model", same->monthlyUsd, lang, scenario.currency));
        s.blocks.push_back(paragraph(OutcomeText::format("sizing.same_model", lang,
            { Sections::offerLine(*same->offer, lang), Format::money(same->monthlyUsd, lang, scenario.currency),
                Format::money(local.monthly, lang, scenario.currency),
                Format::money(local.upfront, lang, scenario.currency) })));
    }
}

std::optional<SectionsBuilder::SameModel> SectionsBuilder::sameModelInTheCloud(
    const std::string& model, double monthlyTokens, double inputShare)
{
    if (model.empty())
        return std::nullopt;
    static const Catalog catalog = Catalog::builtIn();
    std::optional<SameModel> best;
    for (const auto& offer : catalog.offers()) {
        if (offer.openModel != model || offer.retired) // an offer no longer sold is never proposed
            continue;
        const double monthly
            = CostModel::cloudMonthly(monthlyTokens, inputShare, offer.inputUsdPerMtok, offer.outputUsdPerMtok);
        if (!best || monthly < best->monthlyUsd)
            best = SameModel { &offer, monthly };
    }
    return best;
}

std::string SectionsBuilder::warningText(
    const std::string& id, const Scenario& scenario, const Sizing& sizing, double /*monthlyTokens*/, Lang lang)
{
    const std::string key = "warning." + id;
    if (id == Sizing::modelDoesNotFit)
        return LocalCannotRun::text(scenario, lang);
    if (id == Sizing::unitsTooFew) {
        if (sizing.replicas == 0 || sizing.capacityTokensPerMonth <= 0)
            return OutcomeText::format("warning.sizing_units_hold_nothing", lang,
                { Format::number(sizing.units, 0), Format::number(sizing.devicesPerReplica, 0) });
        return OutcomeText::format(key, lang, { Format::number(sizing.units, 0), Format::percent(sizing.utilisation) });
    }
    if (id == Sizing::expertsOffloaded)
        return OutcomeText::format(key, lang, { Format::gigabytes(sizing.offloadedGb) });
    if (id == Sizing::overUtilisation)
        return OutcomeText::format(key, lang,
            { Format::percent(sizing.utilisation),
                Format::percent(scenario.local.sizing ? scenario.local.sizing->maxUtilisation : 0.8) });
    return OutcomeText::get(key, lang);
}

std::string SectionsBuilder::breakevenText(const Scenario& scenario, const Decision::Outcome& outcome, Lang lang)
{
    const auto breakeven = outcome.costs ? outcome.costs->breakevenMonths : std::nullopt;
    const std::string text = Format::months(breakeven, lang);
    if (breakeven && *breakeven > 0.0 && *breakeven < 0.05) // "0 months" would read as free
        return OutcomeText::format("months.under", lang, { Format::number(0.1, 1) });
    // 12.04 months is over a 12-month threshold, but rounds to "12 months": add decimals until
    // it reads as more than the threshold.
    const std::string threshold = Format::months(scenario.breakevenThresholdMonths, lang);
    if (breakeven && !outcome.breakevenWithinThreshold && text == threshold)
        for (int decimals = 2; decimals <= 6; ++decimals) {
            const std::string exact
                = OutcomeText::format("months.exact", lang, { Format::number(*breakeven, decimals) });
            if (Format::number(*breakeven, decimals) != Format::number(scenario.breakevenThresholdMonths, decimals)
                || decimals == 6)
                return exact;
        }
    return text;
}

Sections::Block SectionsBuilder::paragraph(std::string text)
{
    return SectionsBuilder::text(Block::Kind::Paragraph, std::move(text));
}

Sections::Block SectionsBuilder::text(Sections::Block::Kind kind, std::string text)
{
    Block b;
    b.kind = kind;
    b.text = std::move(text);
    return b;
}

Sections::Section SectionsBuilder::costs(
    const Scenario& scenario, const Decision::Outcome& outcome, const Offer* cloudOffer, Lang lang)
{
    Sections::Section s { "costs", OutcomeText::get("heading.costs", lang), {}, {} };
    if (!outcome.costs) {
        s.blocks.push_back(paragraph(OutcomeText::get("costs.none", lang)));
        return s;
    }
    if (!outcome.costs->localRuns)
        return LocalCannotRun::costs(scenario, outcome, cloudOffer, lang);
    const auto& c = *outcome.costs;
    const double tokens = scenario.answers.monthlyTokens.value_or(0.0);
    const std::string horizon = Format::months(double(c.horizonMonths), lang);
    s.figures = {
        { "monthly_tokens", OutcomeText::get("in.monthly_tokens", lang), tokens, "tokens", Format::tokens(tokens, lang),
            {} },
        months("horizon_months", OutcomeText::get("in.horizon", lang), double(c.horizonMonths), lang),
        money("cloud_monthly_usd", "fig.cloud_monthly", c.cloudMonthly, lang, scenario.currency),
        money("cloud_total_usd", "fig.cloud_total", c.cloudTotal, lang, scenario.currency),
        money("local_upfront_usd", "fig.local_upfront", c.localUpfront, lang, scenario.currency),
        money("local_monthly_usd", "fig.local_monthly", c.localMonthly, lang, scenario.currency),
        money("local_total_usd", "fig.local_total", c.localTotal, lang, scenario.currency),
        months("breakeven_months", OutcomeText::get("fig.breakeven", lang), c.breakevenMonths, lang),
        months("breakeven_threshold_months", OutcomeText::get("in.threshold", lang), scenario.breakevenThresholdMonths,
            lang),
    };

    s.blocks.push_back(paragraph(OutcomeText::format(
        "costs.usage", lang, { Format::tokens(tokens, lang), Format::percent(scenario.inputShare), horizon })));
    Block table;
    table.kind = Block::Kind::Table;
    table.table.header = { {}, OutcomeText::get("col.upfront", lang), OutcomeText::get("col.monthly", lang),
        OutcomeText::format("col.total", lang, { horizon }) };
    table.table.rows = {
        { Sections::recommendationName(Recommendation::Cloud, lang), OutcomeText::get("costs.no_upfront", lang),
            Format::money(c.cloudMonthly, lang, scenario.currency),
            Format::money(c.cloudTotal, lang, scenario.currency) },
        { Sections::recommendationName(Recommendation::Local, lang),
            Format::money(c.localUpfront, lang, scenario.currency),
            Format::money(c.localMonthly, lang, scenario.currency),
            Format::money(c.localTotal, lang, scenario.currency) },
    };
    if (c.hybrid)
        table.table.rows.push_back(
            { hybridName(c.hybrid->localShare, lang), Format::money(c.hybrid->upfront, lang, scenario.currency),
                Format::money(c.hybrid->monthly, lang, scenario.currency),
                Format::money(c.hybrid->total, lang, scenario.currency) });
    if (!c.steady) // the months differ: the column is the first month's
        table.table.header[2] = OutcomeText::get("col.first_month", lang);
    table.table.firstNumericColumn = 1;
    s.blocks.push_back(std::move(table));

    const std::string threshold = Format::months(scenario.breakevenThresholdMonths, lang);
    if (!c.breakevenMonths)
        s.blocks.push_back(paragraph(
            OutcomeText::format(c.steady ? "breakeven.never" : "breakeven.never_moving", lang, { threshold })));
    else
        s.blocks.push_back(
            paragraph(OutcomeText::format(outcome.breakevenWithinThreshold ? "breakeven.within" : "breakeven.over",
                lang, { breakevenText(scenario, outcome, lang), threshold })));
    addPrices(s, scenario, c, lang);
    addTime(s, scenario, c, tokens, lang);
    if (!scenario.currency.isUsd()) {
        const std::string rate = Format::compactNumber(scenario.currency.perUsd, 4);
        s.figures.push_back(
            { "currency_per_usd", OutcomeText::get("fig.per_usd", lang), scenario.currency.perUsd, "rate", rate, {} });
        s.blocks.push_back(paragraph(OutcomeText::format("costs.currency", lang, { rate, scenario.currency.asOf })));
    }
    if (cloudOffer)
        s.blocks.push_back(
            paragraph(OutcomeText::format("costs.cloud_prices", lang, { Sections::offerLine(*cloudOffer, lang) })));
    if (scenario.local.sizing)
        addSizing(s, scenario, Sizing::size(*scenario.local.sizing, tokens, scenario.inputShare), tokens, lang);
    return s;
}

} // namespace lowregret
