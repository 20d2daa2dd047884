#include "lowregret/outcome/OutcomeJson.h"

#include "outcome/OutcomeText.h"
#include "outcome/SectionsBuilder.h"

#include "lowregret/analysis/Sensitivity.h"
#include "lowregret/outcome/Sections.h"
#include "lowregret/outcome/TextFigures.h"
#include "lowregret/sizing/Sizing.h"

namespace lowregret {

namespace {

// The cloud prices per 1M tokens the series uses: month 1's, then each month a dated price of
// the offer changes them (before the yearly price change, which applies on top).
nlohmann::json cloudPrices(const Scenario& s, int horizon)
{
    nlohmann::json list = nlohmann::json::array();
    list.push_back({ { "month", 1 }, { "month_key", s.firstMonth() }, { "input_usd_per_mtok", s.cloud.inputUsdPerMtok },
        { "output_usd_per_mtok", s.cloud.outputUsdPerMtok } });
    for (const auto& step : s.priceSteps(horizon))
        list.push_back({ { "month", step.month }, { "month_key", step.monthKey }, { "from", step.price.from },
            { "input_usd_per_mtok", s.cloud.inputUsdPerMtok * step.factors.input },
            { "output_usd_per_mtok", s.cloud.outputUsdPerMtok * step.factors.output } });
    return list;
}

// A local setup that cannot run its model is not priced: every local amount is null, and
// `fits` says why (docs/cli.md).
void unpriceLocal(nlohmann::json& costs)
{
    const auto clear = [](nlohmann::json& side) {
        for (const char* key : { "upfront", "monthly", "total", "resale" })
            if (side.contains(key))
                side[key] = nullptr;
    };
    clear(costs["local"]);
    costs["local"]["purchases"] = nlohmann::json::array();
    costs["local"]["fits"] = false;
    costs["hybrid"] = nullptr;
    for (auto& [months, at] : costs["horizons"].items())
        at["local"] = at["hybrid"] = nullptr;
    for (auto& point : costs["series"])
        for (const char* key : { "local", "local_month", "hybrid", "hybrid_month" })
            if (point.contains(key))
                point[key] = nullptr;
    if (costs.contains("in_currency")) {
        auto& shown = costs["in_currency"];
        clear(shown["local"]);
        shown["hybrid"] = nullptr;
        for (auto& [months, at] : shown["horizons"].items())
            at["local"] = at["hybrid"] = nullptr;
    }
}

} // namespace

nlohmann::json OutcomeJson::build(
    const Guide& guide, const Scenario& scenario, const Decision::Outcome& outcome, Lang lang, const Offer* cloudOffer)
{
    const TextFigures figures(guide, scenario, outcome, cloudOffer, lang);
    nlohmann::json j;
    j["leaf"] = outcome.leaf;
    j["recommendation"] = std::string(recommendationId(outcome.recommendation));
    j["lang"] = std::string(langCode(lang));
    // Every *_usd field and every amount of `costs` is in US dollars; `currency` says what the
    // texts show them in, and `costs.in_currency` repeats the amounts in it.
    j["currency"] = { { "code", scenario.currency.code }, { "per_usd", scenario.currency.perUsd },
        { "as_of",
            scenario.currency.asOf.empty() ? nlohmann::json(nullptr) : nlohmann::json(scenario.currency.asOf) } };
    if (const Leaf* leaf = guide.leaf(outcome.leaf)) {
        j["summary"] = figures.fill(leaf->summary);
        j["reason"] = figures.fill(leaf->reason);
    }
    j["band"] = outcome.band ? nlohmann::json(*outcome.band) : nlohmann::json(nullptr);

    nlohmann::json path = nlohmann::json::array();
    for (const auto& step : outcome.path) {
        nlohmann::json s = { { "node", step.node }, { "answer", step.answer } };
        if (const Node* node = guide.node(step.node))
            s["question"] = node->question.in(lang);
        path.push_back(std::move(s));
    }
    j["path"] = std::move(path);

    j["products"] = outcome.products;
    nlohmann::json details = nlohmann::json::array();
    for (const auto& id : outcome.products) {
        if (const Product* p = guide.product(id))
            details.push_back(
                { { "id", p->id }, { "name", p->name }, { "kind", std::string(recommendationId(p->kind)) },
                    { "suits", p->suits.in(lang) }, { "not_suits", p->notSuits.in(lang) },
                    { "regret_risk", p->regretRisk.in(lang) }, { "cost", p->cost.in(lang) }, { "link", p->link } });
    }
    j["product_details"] = std::move(details);

    nlohmann::json warnings = nlohmann::json::array();
    for (const auto& id : outcome.warnings)
        if (const Rule* r = guide.warning(id))
            warnings.push_back({ { "id", id }, { "title", r->title.in(lang) }, { "text", figures.fill(r->text) } });
    // The sizing's warnings beside the guide's, by their stable ids.
    std::optional<Sizing> sizing;
    if (scenario.local.sizing && scenario.answers.monthlyTokens)
        sizing = Sizing::size(*scenario.local.sizing, *scenario.answers.monthlyTokens, scenario.inputShare);
    if (sizing)
        for (const auto& id : sizing->warnings)
            warnings.push_back({ { "id", id }, { "title", OutcomeText::get("sizing.heading", lang) },
                { "text",
                    SectionsBuilder::warningText(id, scenario, *sizing, *scenario.answers.monthlyTokens, lang) } });
    j["warnings"] = std::move(warnings);

    nlohmann::json advice = nlohmann::json::array();
    for (const auto& id : outcome.advice)
        if (const Rule* r = guide.adviceItem(id)) {
            std::string text = figures.fill(r->text);
            if (const std::string more = Sections::adviceFigures(id, scenario, outcome, lang); !more.empty())
                text += OutcomeText::get("punct.space", lang) + more;
            advice.push_back({ { "id", id }, { "title", r->title.in(lang) }, { "text", text } });
        }
    j["advice"] = std::move(advice);

    nlohmann::json exclusions = nlohmann::json::array();
    for (const auto& id : outcome.exclusions)
        if (const Exclusion* e = guide.exclusion(id))
            exclusions.push_back(
                { { "id", id }, { "text", e->description.in(lang) }, { "advice", e->advice.in(lang) } });
    j["exclusions"] = std::move(exclusions);

    if (outcome.costs) {
        const auto& c = *outcome.costs;
        nlohmann::json series = nlohmann::json::array();
        const auto orNull
            = [](const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); };
        for (const auto& p : c.series) {
            nlohmann::json point { { "month", p.month }, { "cloud", p.cloud }, { "local", p.local },
                { "tokens", p.tokens }, { "cloud_month", p.cloudMonth }, { "local_month", p.localMonth } };
            if (c.hybrid) {
                point["hybrid"] = p.hybrid;
                point["hybrid_month"] = p.hybridMonth;
            }
            series.push_back(std::move(point));
        }
        // 1, 3 and 5 years, whatever the horizon: keyed by the months.
        nlohmann::json horizons = nlohmann::json::object();
        for (const auto& h : c.horizons)
            horizons[std::to_string(h.months)]
                = { { "cloud", h.cloud }, { "local", h.local }, { "hybrid", orNull(h.hybrid) } };
        nlohmann::json purchases = nlohmann::json::array();
        for (const auto& p : c.purchases)
            purchases.push_back({ { "month", p.month }, { "usd", p.usd } });
        nlohmann::json hybrid = nullptr;
        if (c.hybrid)
            hybrid = { { "local_share", c.hybrid->localShare }, { "upfront", c.hybrid->upfront },
                { "monthly", c.hybrid->monthly }, { "total", c.hybrid->total }, { "resale", c.hybrid->resale },
                { "serves", c.hybrid->serves }, { "breakeven_months", orNull(c.hybrid->breakevenMonths) } };
        j["costs"] = {
            { "horizon_months", c.horizonMonths },
            { "monthly_tokens", scenario.answers.monthlyTokens.value_or(0.0) },
            { "cloud", { { "monthly", c.cloudMonthly }, { "total", c.cloudTotal } } },
            { "local",
                { { "upfront", c.localUpfront }, { "monthly", c.localMonthly }, { "total", c.localTotal },
                    { "resale", c.localResale }, { "purchases", std::move(purchases) } } },
            { "steady", c.steady },
            { "horizons", std::move(horizons) },
            { "hybrid", std::move(hybrid) },
            { "breakeven_months", c.breakevenMonths ? nlohmann::json(*c.breakevenMonths) : nlohmann::json(nullptr) },
            { "breakeven_threshold_months", scenario.breakevenThresholdMonths },
            { "breakeven_within_threshold", outcome.breakevenWithinThreshold },
            { "series", std::move(series) },
            { "start_month", scenario.firstMonth() },
            { "start_month_given", scenario.startMonth.has_value() },
            { "cloud_prices", cloudPrices(scenario, c.horizonMonths) },
        };
        // The same amounts in the currency the scenario shows: what the report and the CSV say.
        if (!scenario.currency.isUsd()) {
            const auto in = [&](double usd) { return scenario.currency.fromUsd(usd); };
            nlohmann::json shown = { { "code", scenario.currency.code },
                { "cloud", { { "monthly", in(c.cloudMonthly) }, { "total", in(c.cloudTotal) } } },
                { "local",
                    { { "upfront", in(c.localUpfront) }, { "monthly", in(c.localMonthly) },
                        { "total", in(c.localTotal) }, { "resale", in(c.localResale) } } },
                { "hybrid", nullptr } };
            if (c.hybrid)
                shown["hybrid"] = { { "upfront", in(c.hybrid->upfront) }, { "monthly", in(c.hybrid->monthly) },
                    { "total", in(c.hybrid->total) }, { "resale", in(c.hybrid->resale) } };
            nlohmann::json at = nlohmann::json::object();
            for (const auto& h : c.horizons)
                at[std::to_string(h.months)] = { { "cloud", in(h.cloud) }, { "local", in(h.local) },
                    { "hybrid", h.hybrid ? nlohmann::json(in(*h.hybrid)) : nlohmann::json(nullptr) } };
            shown["horizons"] = std::move(at);
            j["costs"]["in_currency"] = std::move(shown);
        }
        if (sizing) {
            const Sizing& z = *sizing;
            j["costs"]["local"]["sizing"] = {
                { "device", z.device },
                { "model", z.model.empty() ? nlohmann::json(nullptr) : nlohmann::json(z.model) },
                { "quantization", z.quantization },
                { "devices_per_replica", z.devicesPerReplica },
                { "replicas", z.replicas },
                { "units", z.units },
                { "hosts", z.hosts },
                { "limited_by", Sizing::limitName(z.limitedBy) },
                { "fits", z.fits },
                { "fit_checked", z.fitChecked },
                { "memory_needed_gb", z.memoryNeededGb },
                { "memory_usable_gb", z.memoryUsableGb },
                { "tokens_per_second", z.tokensPerSecond },
                { "estimated", z.estimated },
                { "capacity_tokens_per_month", z.capacityTokensPerMonth },
                { "utilisation", z.utilisation },
                { "serving_hours_per_month", z.servingHoursPerMonth },
                { "energy_kwh_per_month", z.energyKwhPerMonth },
                { "electricity_usd_per_month", z.electricityUsdPerMonth },
                { "hardware_usd", z.hardwareUsd },
                { "setup_usd", scenario.local.setupHours * scenario.local.hourlyRateUsd },
                { "warnings", z.warnings },
            };
            Sizing::addSpeedJson(j["costs"]["local"]["sizing"], z);
            if (const auto same = SectionsBuilder::sameModelInTheCloud(
                    z.model, scenario.answers.monthlyTokens.value_or(0.0), scenario.inputShare))
                j["costs"]["local"]["sizing"]["same_model_offer"]
                    = { { "id", same->offer->id }, { "monthly_usd", same->monthlyUsd } };
        }
        j["costs"]["local"]["fits"] = c.localRuns;
        if (!c.localRuns)
            unpriceLocal(j["costs"]);
    } else {
        j["costs"] = nullptr;
    }
    // False: the sized local setup cannot run its model on its device, and no local total is given.
    j["fits"] = !outcome.costs || outcome.costs->localRuns;
    // How sure the answer is: the object `lowregret-cli sensitivity --format json` prints.
    const auto analysis
        = outcome.recommendation == Recommendation::OutOfScope ? std::nullopt : Sensitivity::analyse(guide, scenario);
    j["sensitivity"] = analysis ? Sensitivity::toJson(*analysis) : nlohmann::json(nullptr);
    j["sections"] = Sections::build(guide, scenario, outcome, cloudOffer, lang).toJson();
    return j;
}

} // namespace lowregret
