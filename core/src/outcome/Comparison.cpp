#include "lowregret/outcome/Comparison.h"

#include "lowregret/analysis/Sensitivity.h"
#include "lowregret/io/Format.h"
#include "lowregret/io/SafeText.h"
#include "lowregret/sizing/Hardware.h"
#include "lowregret/sizing/Sizing.h"

#include "outcome/ComparisonInputs.h"
#include "outcome/OutcomeText.h"
#include "scenario/ScenarioJson.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <set>
#include <sstream>

namespace lowregret {

namespace {

std::string horizonName(int months, Lang lang)
{
    if (months % 12 == 0)
        return OutcomeText::format(
            months == 12 ? "compare.unit_year" : "compare.unit_years", lang, { std::to_string(months / 12) });
    return Format::months(double(months), lang);
}

} // namespace

std::string Comparison::inputLabel(const std::string& field, Lang lang)
{
    return ComparisonInputs::label(field, lang);
}

std::string Comparison::inputText(
    const std::string& field, const std::optional<nlohmann::json>& value, Lang lang, const Currency& currency)
{
    return ComparisonInputs::text(field, value, lang, currency);
}

Currency Comparison::currency() const
{
    return entries.empty() ? Currency {} : entries.front().scenario.currency;
}

std::string Comparison::valueText(const std::optional<nlohmann::json>& v, Lang lang)
{
    if (!v)
        return OutcomeText::get("compare.absent", lang);
    if (v->is_boolean())
        return v->get<bool>() ? (lang == Lang::ZhHant ? "是" : "yes") : (lang == Lang::ZhHant ? "否" : "no");
    if (v->is_null())
        return OutcomeText::get("compare.absent", lang);
    if (v->is_number())
        return Format::compactNumber(v->get<double>());
    if (v->is_string())
        return v->get<std::string>();
    if (v->is_array()) {
        std::string out;
        for (const auto& item : *v)
            out += (out.empty() ? "" : ", ") + (item.is_string() ? item.get<std::string>() : item.dump());
        return out.empty() ? "[]" : out;
    }
    return v->dump();
}

namespace {

std::string setupText(const Comparison::Entry& e, const Currency& currency, Lang lang)
{
    const auto& s = e.scenario;
    if (const auto& z = s.local.sizing) {
        const auto& hw = Hardware::builtIn();
        const auto* device = hw.device(z->device);
        const auto* model = hw.model(z->model);
        std::string text = device ? device->name : z->device;
        const bool fits = Sizing::size(*z, s.answers.monthlyTokens.value_or(0.0), s.inputShare).fits;
        if (s.answers.monthlyTokens && fits)
            text = std::to_string(Sizing::size(*z, *s.answers.monthlyTokens, s.inputShare).units) + " × " + text;
        if (model)
            text = OutcomeText::format("compare.setup_model", lang, { text, model->name });
        return fits ? text : OutcomeText::format("nofit.setup", lang, { text });
    }
    return OutcomeText::format("compare.flat", lang, { Format::money(s.local.hardwareUsd, lang, currency) });
}

} // namespace

Comparison Comparison::build(const Guide& guide, std::vector<std::pair<std::string, Scenario>> scenarios,
    const Catalog* catalog, bool withRegret)
{
    Comparison c;
    for (auto& [name, scenario] : scenarios) {
        Entry e;
        e.name = SafeText::name(name); // shown in every output: plain, capped
        e.scenario = std::move(scenario);
        // As `decide` does: a cloud.model the catalog does not know is an error, not a guess.
        if (catalog && !e.scenario.cloud.model.empty()) {
            auto resolution = e.scenario.resolveOffer(*catalog);
            if (!resolution.errors.empty()) {
                e.errors = std::move(resolution.errors);
                c.entries.push_back(std::move(e));
                continue;
            }
            e.offer = resolution.offer;
        }
        auto decided = Decision::decide(guide, e.scenario);
        if (decided.outcome) {
            e.outcome = std::move(decided.outcome);
            if (withRegret && e.outcome->recommendation != Recommendation::OutOfScope && e.outcome->costs)
                if (const auto analysis = Sensitivity::analyse(guide, e.scenario))
                    e.lowRegretChoice = analysis->regret.lowRegretChoice;
        } else {
            e.errors = std::move(decided.errors);
        }
        c.entries.push_back(std::move(e));
    }

    // The inputs, field by field, across the files: a sizing field by field too, and a field
    // of `time`, `hybrid` or `currency` that a file leaves out at its default value.
    static const std::map<std::string, nlohmann::json> defaults = [] {
        std::map<std::string, nlohmann::json> out;
        for (const auto& [section, json] : { std::pair { "time", scenario_json::timeJson(Scenario::Time {}) },
                 std::pair { "hybrid", scenario_json::hybridJson(Scenario::Hybrid {}) },
                 std::pair { "currency", scenario_json::currencyJson(Currency {}) } })
            for (const auto& [key, v] : json.items())
                out[std::string(section) + "." + key] = v;
        out["local.setup_hours"] = 0; // written only when there are any
        out["local.sizing.measured_runs"] = 0; // likewise: no run
        return out;
    }();
    std::vector<std::map<std::string, nlohmann::json>> values;
    std::set<std::string> names;
    for (const auto& e : c.entries) {
        std::map<std::string, nlohmann::json> v;
        for (const auto& [name, value] : e.scenario.fieldValues()) {
            if (name == "local.sizing" && value.is_object()) {
                for (const auto& [key, inner] : value.items())
                    if (key == "measured_runs") // the team's llama-bench runs by their count, not their rows
                        v["local.sizing." + key] = inner.size();
                    else if (!inner.is_null()) // null: not given, as when the key is left out
                        v["local.sizing." + key] = inner;
            } else if (!value.is_null()) {
                v[name] = value;
            }
        }
        values.push_back(std::move(v));
        for (const auto& [name, value] : values.back())
            names.insert(name);
    }
    for (auto& v : values)
        for (const auto& name : names)
            if (!v.count(name))
                if (const auto d = defaults.find(name); d != defaults.end())
                    v[name] = d->second;
    for (const auto& name : names) {
        Difference d { name, {} };
        bool differs = false;
        for (const auto& v : values) {
            const auto it = v.find(name);
            d.values.push_back(it == v.end() ? std::nullopt : std::optional(it->second));
            if (d.values.back() != d.values.front())
                differs = true;
        }
        d.differs = differs;
        c.inputs.push_back(d);
        if (differs)
            c.differences.push_back(std::move(d));
    }
    return c;
}

int Comparison::months() const
{
    int months = 0;
    for (const auto& e : entries)
        if (e.outcome && e.outcome->costs)
            months = std::max(months, e.outcome->costs->horizonMonths);
    return months;
}

Sections Comparison::sections(const Guide& guide, Lang lang) const
{
    const Currency currency = entries.empty() ? Currency {} : entries.front().scenario.currency;
    const auto money = [&](double usd) { return Format::money(usd, lang, currency); };
    Sections out;
    out.lang = lang;

    Sections::Section table { "comparison", OutcomeText::get("compare.heading", lang), {}, {} };
    Sections::Block block;
    block.kind = Sections::Block::Kind::Table;
    block.table.header.push_back(OutcomeText::get("compare.item", lang));
    for (const auto& e : entries)
        block.table.header.push_back(e.name);
    block.table.firstNumericColumn = 1;
    const auto row = [&](const std::string& label, const std::function<std::string(const Entry&)>& cell) {
        std::vector<std::string> r { label };
        for (const auto& e : entries)
            r.push_back(cell(e));
        block.table.rows.push_back(std::move(r));
    };
    const std::string unknown = OutcomeText::get("compare.unknown", lang);
    const auto costs = [](const Entry& e) -> const CostModel::Summary* {
        return e.outcome && e.outcome->costs ? &*e.outcome->costs : nullptr;
    };
    // A local setup that cannot run its model has no local price.
    const auto localCosts = [&](const Entry& e) { return costs(e) && costs(e)->localRuns ? costs(e) : nullptr; };
    row(OutcomeText::get("compare.leaf", lang), [&](const Entry& e) {
        if (!e.outcome) {
            const std::string why = e.errors.empty() ? unknown : e.errors.front().describe(lang);
            return OutcomeText::format("compare.not_decided", lang, { why });
        }
        const Leaf* leaf = guide.leaf(e.outcome->leaf);
        return leaf ? leaf->label.in(lang) : e.outcome->leaf;
    });
    row(OutcomeText::get("compare.recommendation", lang), [&](const Entry& e) {
        return e.outcome ? Sections::recommendationName(e.outcome->recommendation, lang) : unknown;
    });
    row(OutcomeText::get("compare.cloud_monthly", lang),
        [&](const Entry& e) { return costs(e) ? money(costs(e)->cloudMonthly) : unknown; });
    row(OutcomeText::get("compare.local_upfront", lang),
        [&](const Entry& e) { return localCosts(e) ? money(localCosts(e)->localUpfront) : unknown; });
    row(OutcomeText::get("compare.local_monthly", lang),
        [&](const Entry& e) { return localCosts(e) ? money(localCosts(e)->localMonthly) : unknown; });
    row(OutcomeText::get("compare.horizon", lang),
        [&](const Entry& e) { return Format::months(double(e.scenario.horizonMonths), lang); });
    row(OutcomeText::get("compare.cloud_total", lang),
        [&](const Entry& e) { return costs(e) ? money(costs(e)->cloudTotal) : unknown; });
    row(OutcomeText::get("compare.local_total", lang),
        [&](const Entry& e) { return localCosts(e) ? money(localCosts(e)->localTotal) : unknown; });
    for (const int months : CostModel::horizonMonthsShown) {
        const auto at = [&](const Entry& e) -> const CostModel::Totals* {
            if (const auto* s = costs(e))
                for (const auto& t : s->horizons)
                    if (t.months == months)
                        return &t;
            return nullptr;
        };
        row(OutcomeText::format("compare.cloud_at", lang, { horizonName(months, lang) }),
            [&](const Entry& e) { return at(e) ? money(at(e)->cloud) : unknown; });
        row(OutcomeText::format("compare.local_at", lang, { horizonName(months, lang) }),
            [&](const Entry& e) { return at(e) && localCosts(e) ? money(at(e)->local) : unknown; });
    }
    row(OutcomeText::get("compare.breakeven", lang),
        [&](const Entry& e) { return costs(e) ? Format::months(costs(e)->breakevenMonths, lang) : unknown; });
    row(OutcomeText::get("compare.setup", lang), [&](const Entry& e) { return setupText(e, currency, lang); });
    row(OutcomeText::get("compare.low_regret", lang), [&](const Entry& e) {
        return e.lowRegretChoice ? Sections::recommendationName(*e.lowRegretChoice, lang) : unknown;
    });
    table.blocks.push_back(std::move(block));
    Sections::Block note;
    note.kind = Sections::Block::Kind::Paragraph;
    note.text = OutcomeText::format("compare.amounts_in", lang, { Format::currencyUnit(currency, lang) });
    table.blocks.push_back(std::move(note));
    out.sections.push_back(std::move(table));

    Sections::Section diff { "differences", OutcomeText::get("compare.differences", lang), {}, {} };
    if (differences.empty()) {
        Sections::Block b;
        b.kind = Sections::Block::Kind::Paragraph;
        b.text = OutcomeText::get("compare.no_differences", lang);
        diff.blocks.push_back(std::move(b));
    } else {
        Sections::Block b;
        b.kind = Sections::Block::Kind::Table;
        b.table.header.push_back(OutcomeText::get("compare.input", lang));
        for (const auto& e : entries)
            b.table.header.push_back(e.name);
        for (const auto& d : differences) {
            std::vector<std::string> r { inputLabel(d.field, lang) };
            for (const auto& v : d.values)
                r.push_back(inputText(d.field, v, lang, this->currency()));
            b.table.rows.push_back(std::move(r));
        }
        diff.blocks.push_back(std::move(b));
    }
    out.sections.push_back(std::move(diff));
    return out;
}

nlohmann::json Comparison::toJson(const Guide& guide, Lang lang) const
{
    const auto optional
        = [](const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); };
    nlohmann::json list = nlohmann::json::array();
    const Currency currency = entries.empty() ? Currency {} : entries.front().scenario.currency;
    for (const auto& e : entries) {
        nlohmann::json j { { "file", e.name } };
        if (e.outcome) {
            j["leaf"] = e.outcome->leaf;
            j["recommendation"] = std::string(recommendationId(e.outcome->recommendation));
        } else {
            j["leaf"] = nullptr;
            j["recommendation"] = nullptr;
        }
        nlohmann::json errors = nlohmann::json::array();
        for (const auto& p : e.errors)
            errors.push_back(p.describe(lang));
        j["errors"] = std::move(errors);
        if (e.outcome && e.outcome->costs) {
            const auto& s = *e.outcome->costs;
            // A local setup that cannot run its model has no local price (null).
            const auto local = [&](double usd) { return s.localRuns ? nlohmann::json(usd) : nlohmann::json(nullptr); };
            nlohmann::json horizons = nlohmann::json::array();
            for (const auto& t : s.horizons)
                horizons.push_back(
                    { { "months", t.months }, { "cloud_usd", t.cloud }, { "local_usd", local(t.local) } });
            j["costs"] = { { "horizon_months", s.horizonMonths }, { "cloud_monthly_usd", s.cloudMonthly },
                { "local_upfront_usd", local(s.localUpfront) }, { "local_monthly_usd", local(s.localMonthly) },
                { "cloud_total_usd", s.cloudTotal }, { "local_total_usd", local(s.localTotal) },
                { "breakeven_months", optional(s.breakevenMonths) }, { "totals", std::move(horizons) },
                { "fits", s.localRuns } };
        } else {
            j["costs"] = nullptr;
        }
        nlohmann::json setup { { "text", setupText(e, currency, lang) } };
        if (const auto& z = e.scenario.local.sizing) {
            setup["device"] = z->device;
            setup["model"] = z->model.empty() ? nlohmann::json(nullptr) : nlohmann::json(z->model);
            if (e.scenario.answers.monthlyTokens)
                setup["units"] = Sizing::size(*z, *e.scenario.answers.monthlyTokens, e.scenario.inputShare).units;
        } else {
            setup["hardware_usd"] = e.scenario.local.hardwareUsd;
        }
        j["local_setup"] = std::move(setup);
        j["low_regret_choice"] = e.lowRegretChoice ? nlohmann::json(std::string(recommendationId(*e.lowRegretChoice)))
                                                   : nlohmann::json(nullptr);
        list.push_back(std::move(j));
    }
    nlohmann::json diffs = nlohmann::json::array();
    for (const auto& d : differences) {
        nlohmann::json values = nlohmann::json::array();
        for (const auto& v : d.values)
            values.push_back(v ? *v : nlohmann::json(nullptr));
        diffs.push_back(
            { { "field", d.field }, { "label", inputLabel(d.field, lang) }, { "values", std::move(values) } });
    }
    return { { "scenarios", std::move(list) }, { "differences", std::move(diffs) },
        { "sections", sections(guide, lang).toJson() } };
}

std::string Comparison::csv() const
{
    std::ostringstream out;
    // RFC 4180 line ends, as decide --format csv writes them.
    out << "file,month,cloud_cumulative_usd,local_cumulative_usd,hybrid_cumulative_usd\r\n";
    out.setf(std::ios::fixed);
    out.precision(2);
    for (const auto& e : entries) {
        if (!e.outcome || !e.outcome->costs)
            continue;
        const bool hybrid = e.outcome->costs->hybrid.has_value();
        const bool localRuns = e.outcome->costs->localRuns; // else unpriced: an empty cell
        for (const auto& p : e.outcome->costs->series) {
            out << SafeText::csvField(e.name) << ',' << p.month << ',' << p.cloud << ',';
            if (localRuns)
                out << p.local;
            out << ',';
            if (hybrid)
                out << p.hybrid;
            out << "\r\n";
        }
    }
    return out.str();
}

} // namespace lowregret
