// The assumptions section: every input and answer with its value and who set it (the user, the
// guide's default, the catalog or a usage export).
#include "outcome/SectionsBuilder.h"

#include "outcome/OutcomeText.h"

#include "lowregret/guide/Guide.h"
#include "lowregret/io/Format.h"
#include "lowregret/io/SafeText.h"
#include "lowregret/sizing/Hardware.h"

namespace lowregret {

namespace {

using Block = Sections::Block;

// "Llama 3.1 8B Q4_K_M on RTX 4090: 130.6 tokens/s (generation of 128 at depth 0); …": each
// run as the team measured it, named by the data where it matched and by the file otherwise.
std::string measuredRunsText(const MeasuredRuns& runs, Lang lang)
{
    const auto& hw = Hardware::builtIn();
    std::string out;
    for (const auto& r : runs.runs) {
        const auto* model = hw.model(r.model);
        const auto* quant = hw.quantization(r.quantization);
        const auto* device = hw.device(r.device);
        const std::string what = model && quant ? model->name + " " + quant->name : SafeText::name(r.modelType);
        std::string where = device ? device->name : SafeText::name(r.gpuInfo);
        if (device && r.devices > 1)
            where = Format::number(r.devices, 0) + " × " + where;
        const std::string test = r.isPrompt() && r.nDepth > 0 ? OutcomeText::format("speed.run_prompt_deep", lang,
                                     { Format::number(r.nPrompt, 0), Format::number(r.nDepth, 0) })
            : r.isPrompt() ? OutcomeText::format("speed.run_prompt", lang, { Format::number(r.nPrompt, 0) })
                           : OutcomeText::format("speed.run_generation", lang,
                               { Format::number(r.nGen, 0), Format::number(r.nDepth, 0) });
        out += (out.empty() ? "" : (lang == Lang::ZhHant ? "；" : "; "))
            + OutcomeText::format(
                "speed.run", lang, { what, where, Format::number(r.avgTs, r.avgTs < 100 ? 1 : 0), test });
    }
    return out;
}

} // namespace

Sections::Section SectionsBuilder::assumptions(
    const Guide& guide, const Scenario& scenario, const Decision::Outcome& outcome, const Offer* cloudOffer, Lang lang)
{
    Sections::Section s { "assumptions", OutcomeText::get("heading.assumptions", lang), {}, {} };
    const std::string catalogSource = cloudOffer
        ? OutcomeText::format("by.catalog", lang, { Sections::offerLine(*cloudOffer, lang) })
        : std::string();
    // A value not given has no source; a price is the catalog's while it is the offer's price.
    const auto add = [&](const std::string& field, const char* labelKey, std::optional<double> value, const char* unit,
                         std::string text, std::optional<double> catalogValue = std::nullopt) {
        std::string source;
        if (value)
            source = catalogValue && *catalogValue == *value ? "catalog"
                : scenario.isUserSet(field)                  ? "user"
                : scenario.provenance.count(field)           ? "usage_import"
                                                             : "default";
        s.figures.push_back({ field, OutcomeText::get(labelKey, lang), value, unit, std::move(text), source });
    };
    const auto& a = scenario.answers;
    add("answers.monthly_tokens", "in.monthly_tokens", a.monthlyTokens, "tokens",
        a.monthlyTokens ? Format::tokens(*a.monthlyTokens, lang) : OutcomeText::get("by.not_given", lang));
    // The yes/no answers, by the words of the question that asks each (its first node).
    for (const auto field : { AnswerField::UsageStable, AnswerField::DataSensitive, AnswerField::TeamCanMaintain }) {
        const Node* node = nullptr;
        for (const auto& n : guide.nodes())
            if (!node && n.answer == field)
                node = &n;
        if (!node)
            continue;
        const auto answer = scenario.answer(field);
        bool onPath = false;
        for (const auto& step : outcome.path)
            if (const Node* n = guide.node(step.node); n && n->answer == field)
                onPath = true;
        std::string text
            = !answer ? OutcomeText::get("by.not_answered", lang) : (*answer ? node->yesLabel : node->noLabel).in(lang);
        if (answer && !onPath && outcome.recommendation != Recommendation::OutOfScope)
            text += OutcomeText::parenthesized(OutcomeText::get("by.off_path", lang), lang);
        const std::string id = "answers." + std::string(answerFieldName(field));
        const std::optional<double> value = answer ? std::optional<double>(*answer ? 1.0 : 0.0) : std::nullopt;
        std::string source;
        if (answer)
            source = scenario.isUserSet(id) ? "user" : scenario.provenance.count(id) ? "usage_import" : "default";
        s.figures.push_back({ id, node->question.in(lang), value, "answer", text, source });
    }
    add("input_share", "in.input_share", scenario.inputShare, "share", Format::percent(scenario.inputShare));
    // Time's usage fields, when they move the costs or were read from usage exports.
    const auto& t = scenario.time;
    if (t.usageGrowthPerMonth != 0.0 || scenario.provenance.count("time.usage_growth_per_month"))
        add("time.usage_growth_per_month", "in.usage_growth", t.usageGrowthPerMonth, "share",
            Format::percent(t.usageGrowthPerMonth));
    if (t.cachedInputShare != 0.0 || scenario.provenance.count("time.cached_input_share"))
        add("time.cached_input_share", "in.cached_share", t.cachedInputShare, "share",
            Format::percent(t.cachedInputShare));
    add("cloud.input_usd_per_mtok", "in.cloud_input", scenario.cloud.inputUsdPerMtok, "usd_per_mtok",
        Format::unitPrice(scenario.cloud.inputUsdPerMtok, lang, scenario.currency),
        cloudOffer ? std::optional(cloudOffer->inputUsdPerMtok) : std::nullopt);
    add("cloud.output_usd_per_mtok", "in.cloud_output", scenario.cloud.outputUsdPerMtok, "usd_per_mtok",
        Format::unitPrice(scenario.cloud.outputUsdPerMtok, lang, scenario.currency),
        cloudOffer ? std::optional(cloudOffer->outputUsdPerMtok) : std::nullopt);
    if (const auto& z = scenario.local.sizing) {
        // Sized: the device, the model and how they run replace the flat hardware and electricity.
        const auto& hw = Hardware::builtIn();
        const auto* device = hw.device(z->device);
        const auto* model = hw.model(z->model);
        const std::string field = "local.sizing";
        const auto text = [&](const std::string& id, const char* key, std::string value) {
            s.figures.push_back({ field + "." + id, OutcomeText::get(key, lang), std::nullopt, "text", std::move(value),
                scenario.isUserSet(field) ? "user" : "default" });
        };
        text("device", "in.device", device ? device->name : z->device);
        text("model", "in.model", model ? model->name : OutcomeText::get("sizing.no_model", lang));
        text("context_tokens", "in.context", Format::tokens(z->contextTokens, lang));
        text("concurrency", "in.concurrency", Format::number(z->concurrency, 0));
        text("engine", "in.engine", hw.engine(z->engine) ? hw.engine(z->engine)->name : z->engine);
        text("powered_hours_per_month", "in.powered", Format::hours(z->poweredHoursPerMonth, lang));
        text("electricity_usd_per_kwh", "in.kwh", perKwh(z->electricityUsdPerKwh, lang, scenario.currency));
        text("max_utilisation", "in.max_utilisation", Format::percent(z->maxUtilisation));
        if (z->units)
            text("units", "in.units", Format::number(*z->units, 0));
        if (z->measuredTokensPerSecond)
            text("measured_tokens_per_second", "in.measured", tokensPerSecond(*z->measuredTokensPerSecond));
        if (!z->measured.runs.empty())
            text("measured_runs", "in.measured_runs", measuredRunsText(z->measured, lang));
    } else {
        add("local.hardware_usd", "in.hardware", scenario.local.hardwareUsd, "usd",
            Format::money(scenario.local.hardwareUsd, lang, scenario.currency));
        add("local.electricity_usd_per_month", "in.electricity", scenario.local.electricityUsdPerMonth, "usd",
            Format::money(scenario.local.electricityUsdPerMonth, lang, scenario.currency));
    }
    if (scenario.local.setupHours > 0)
        add("local.setup_hours", "in.setup_hours", scenario.local.setupHours, "hours",
            Format::hours(scenario.local.setupHours, lang));
    add("local.maintenance_hours_per_month", "in.maintenance", scenario.local.maintenanceHoursPerMonth, "hours",
        Format::hours(scenario.local.maintenanceHoursPerMonth, lang));
    add("local.hourly_rate_usd", "in.hourly_rate", scenario.local.hourlyRateUsd, "usd_per_hour",
        Format::unitPrice(scenario.local.hourlyRateUsd, lang, scenario.currency));
    if (!scenario.currency.isUsd())
        add("currency.per_usd", "in.per_usd", scenario.currency.perUsd, "rate",
            OutcomeText::format("in.per_usd_value", lang,
                { Format::compactNumber(scenario.currency.perUsd, 4), scenario.currency.asOf }));
    add("horizon_months", "in.horizon", double(scenario.horizonMonths), "months",
        Format::months(double(scenario.horizonMonths), lang));
    add("breakeven_threshold_months", "in.threshold", scenario.breakevenThresholdMonths, "months",
        Format::months(scenario.breakevenThresholdMonths, lang));

    Block table;
    table.kind = Block::Kind::Table;
    table.table.header = { OutcomeText::get("col.input", lang), OutcomeText::get("col.value", lang),
        OutcomeText::get("col.set_by", lang) };
    for (const auto& f : s.figures) {
        const auto from = scenario.provenance.find(f.id);
        const std::string by = f.source == "catalog"                          ? catalogSource
            : f.source == "usage_import" && from != scenario.provenance.end() ? from->second.describe(lang)
            : f.source == "user"                                              ? OutcomeText::get("by.user", lang)
            : f.source == "default"                                           ? OutcomeText::get("by.default", lang)
                                                                              : OutcomeText::get("by.nobody", lang);
        table.table.rows.push_back({ f.label, f.text, by });
    }
    s.blocks.push_back(std::move(table));
    return s;
}

} // namespace lowregret
