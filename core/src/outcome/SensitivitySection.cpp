// "How sure is this": the sensitivity analysis said in sentences and tables, and the lines the
// recommendation opens with (docs/sensitivity.md).
#include "outcome/SectionsBuilder.h"

#include "outcome/OutcomeText.h"

#include "lowregret/guide/Guide.h"
#include "lowregret/io/Format.h"
#include "lowregret/scenario/ScenarioInputs.h"

#include <cmath>

namespace lowregret {

namespace {

using Block = Sections::Block;

// A flip point's value as the sentence says it: a count of tokens rounded to the side where
// the sentence stays true ("falls below 4,370,371": 4,370,370 tokens already flip).
double shownValue(const Sensitivity::FlipPoint& f, const ScenarioInputs::Input& input)
{
    if (input.unit != "tokens")
        return f.value;
    return f.direction == Sensitivity::Direction::Below ? std::ceil(f.value - 1e-6) : std::floor(f.value + 1e-6);
}

// Two pieces of a sentence: a space between them in English, and in Chinese only where a Han
// character meets a Latin letter or a digit ("低於 437 萬", "低於每月 30.00 美元", "tokens 為").
std::string joined(const std::string& word, const std::string& value, Lang lang)
{
    if (word.empty() || value.empty())
        return word + value;
    if (lang != Lang::ZhHant)
        return word + " " + value;
    const bool latinBefore = static_cast<unsigned char>(word.back()) < 0x80;
    const bool latinAfter = static_cast<unsigned char>(value.front()) < 0x80;
    return word + (latinBefore != latinAfter ? " " : "") + value;
}

std::string noun(const std::string& path, Lang lang)
{
    return OutcomeText::get("noun." + path, lang);
}

// A value as a sentence says it: a count of tokens rounded ("約 437 萬 tokens"); the tables and
// the figures keep the exact count.
std::string sentenceValue(const ScenarioInputs::Input& input, double v, Lang lang, const Currency& currency)
{
    if (input.unit == "tokens")
        return Format::roundedTokens(v, lang);
    return SectionsBuilder::inputValueText(input, v, lang, currency);
}

// The range tested, its unit said once: "每 100 萬 tokens 30.00–75.00 美元".
std::string rangeText(
    const ScenarioInputs::Input& input, const Sensitivity::Range& r, Lang lang, const Currency& currency, bool sentence)
{
    if (sentence)
        return Format::valueRange(
            sentenceValue(input, r.low, lang, currency), sentenceValue(input, r.high, lang, currency));
    return Format::valueRange(SectionsBuilder::inputValueText(input, r.low, lang, currency),
        SectionsBuilder::inputValueText(input, r.high, lang, currency));
}

} // namespace

std::string SectionsBuilder::inputValueText(
    const ScenarioInputs::Input& input, double v, Lang lang, const Currency& currency)
{
    const std::string& u = input.unit;
    if (u == "tokens")
        return Format::tokens(v, lang);
    if (u == "share")
        return Format::percent(v);
    if (u == "usd_per_mtok")
        return Format::perMillionTokens(v, lang, currency);
    if (u == "usd")
        return Format::money(v, lang, currency);
    if (u == "usd_per_month")
        return OutcomeText::format("unit.a_month", lang, { Format::money(v, lang, currency) });
    if (u == "hours")
        return Format::hours(v, lang);
    if (u == "hours_per_month")
        return OutcomeText::format("unit.a_month", lang, { Format::hours(v, lang) });
    if (u == "usd_per_hour")
        return OutcomeText::format("unit.an_hour", lang, { Format::unitPrice(v, lang, currency) });
    if (u == "usd_per_kwh")
        return OutcomeText::format("unit.per_kwh", lang, { perKwh(v, lang, currency) });
    if (u == "watts")
        return Format::number(v, v < 100 ? 1 : 0) + Format::nbsp + "W";
    if (u == "tokens_per_second")
        return tokensPerSecond(v);
    return Format::compactNumber(v);
}

std::string SectionsBuilder::flipText(
    const Scenario& scenario, const Sensitivity::Analysis& a, const Sensitivity::FlipPoint& f, Lang lang)
{
    const auto* input = ScenarioInputs::input(f.input);
    if (!input)
        return {};
    const std::string verb
        = OutcomeText::get(f.direction == Sensitivity::Direction::Below ? "flip.below" : "flip.above", lang);
    const std::string value = sentenceValue(*input, shownValue(f, *input), lang, scenario.currency);
    const std::string current = sentenceValue(*input, f.current, lang, scenario.currency);
    const std::string threshold = Format::months(scenario.breakevenThresholdMonths, lang);
    const char* key = !f.viaBreakeven               ? "flip.becomes"
        : a.recommendation == Recommendation::Local ? "flip.stops"
                                                    : "flip.starts";
    return OutcomeText::format(key, lang,
        { threshold, noun(f.input, lang), joined(verb, value, lang), {},
            joined(OutcomeText::get("flip.said", lang), current, lang), Sections::recommendationName(f.after, lang) });
}

std::string SectionsBuilder::howFar(
    const Scenario& scenario, const Sensitivity::Analysis& a, const Sensitivity::FlipPoint& f, Lang lang)
{
    const auto* input = ScenarioInputs::input(f.input);
    const auto r = a.ranges.find(f.input);
    std::string where;
    if (!input || r == a.ranges.end())
        where = OutcomeText::get("flip.held", lang);
    else
        where = OutcomeText::format(f.insideRange ? "flip.inside" : "flip.outside", lang,
            { rangeText(*input, r->second, lang, scenario.currency, true) });
    if (f.current == 0.0 || !input || input->unit == "share")
        return OutcomeText::format("flip.where", lang, { where });
    const double change = std::fabs(f.value / f.current - 1.0);
    return OutcomeText::format(f.direction == Sensitivity::Direction::Below ? "flip.fall" : "flip.rise", lang,
        { Format::percent(change), where });
}

std::string SectionsBuilder::robustnessText(const Scenario& scenario, const Sensitivity::Analysis& a, Lang lang)
{
    const std::string label = OutcomeText::get("robust.label", lang) + OutcomeText::get("punct.colon", lang);
    const auto* nearest = a.nearest();
    if (!nearest)
        return label + OutcomeText::get("robust.none", lang);
    std::string text = label + flipText(scenario, a, *nearest, lang) + OutcomeText::get("punct.space", lang)
        + howFar(scenario, a, *nearest, lang);
    // The flowchart may answer the cloud for sensitive data (the lowest band): it still has to meet the data's needs.
    if (nearest->after == Recommendation::Cloud && scenario.answers.dataSensitive.value_or(false))
        text += OutcomeText::get("punct.space", lang) + OutcomeText::get("robust.cloud_gated", lang);
    return text;
}

std::string SectionsBuilder::lowRegretText(
    const Scenario& scenario, const Sensitivity::Analysis& a, const std::string& gate, Lang lang)
{
    if (a.regret.gate == "sensitive")
        return OutcomeText::format("regret.gated.sensitive", lang,
            { Sections::recommendationName(a.regret.lowRegretChoice, lang),
                Format::money(a.regret.local.max, lang, scenario.currency) });
    std::string text = OutcomeText::format("regret.line", lang,
        { Sections::recommendationName(a.regret.lowRegretChoice, lang),
            Format::money(a.regret.local.max, lang, scenario.currency),
            Format::money(a.regret.cloud.max, lang, scenario.currency) });
    if (a.regret.lowRegretChoice == a.recommendation)
        return text;
    const std::string rec = Sections::recommendationName(a.recommendation, lang);
    const std::string reasonKey = "reason." + gate;
    if (gate != "breakeven" && OutcomeText::has(reasonKey))
        text += OutcomeText::get("punct.space", lang)
            + OutcomeText::format("regret.differs.gate", lang, { rec, OutcomeText::get(reasonKey, lang) });
    else
        text += OutcomeText::get("punct.space", lang)
            + OutcomeText::format("regret.differs.threshold", lang,
                { rec, Format::months(scenario.breakevenThresholdMonths, lang),
                    Format::months(double(scenario.horizonMonths), lang) });
    return text;
}

Sections::Section SectionsBuilder::sensitivity(
    const Guide& guide, const Scenario& scenario, const Sensitivity::Analysis& a, Lang lang)
{
    Sections::Section s { "sensitivity", OutcomeText::get("heading.sensitivity", lang), {}, {} };
    s.blocks.push_back(text(Block::Kind::Paragraph, OutcomeText::get("sens.intro", lang)));

    // The flip points, nearest first.
    std::vector<const Sensitivity::FlipPoint*> flips;
    for (const auto& f : a.flipPoints)
        flips.push_back(&f);
    std::stable_sort(flips.begin(), flips.end(), [](auto* x, auto* y) { return x->distance() < y->distance(); });
    if (flips.empty()) {
        s.blocks.push_back(text(Block::Kind::Paragraph, OutcomeText::get("robust.none", lang)));
    } else {
        Block list;
        list.kind = Block::Kind::Bullets;
        for (const auto* f : flips) {
            list.entries.push_back({ f->input,
                flipText(scenario, a, *f, lang) + OutcomeText::get("punct.space", lang) + howFar(scenario, a, *f, lang),
                {}, {} });
            const auto* input = ScenarioInputs::input(f->input);
            s.figures.push_back({ "flip." + f->input + "." + Sensitivity::directionName(f->direction),
                OutcomeText::get("label." + f->input, lang), f->value, input ? input->unit : "",
                input ? sentenceValue(*input, shownValue(*f, *input), lang, scenario.currency) : "", {} });
        }
        s.blocks.push_back(std::move(list));
    }
    // Band boundaries: another leaf, the same answer.
    if (!a.leafChanges.empty()) {
        const Node* bands = nullptr;
        for (const auto& n : guide.nodes())
            if (!bands && n.kind == Node::Kind::UsageBand)
                bands = &n;
        Block list;
        list.kind = Block::Kind::Bullets;
        for (const auto& l : a.leafChanges) {
            const auto* input = ScenarioInputs::input(l.input);
            std::string band = l.bandAfter;
            if (bands)
                for (const auto& b : bands->bands)
                    if (b.id == l.bandAfter)
                        band = b.label.in(lang);
            const double shown = input && input->unit == "tokens" ? std::round(l.value) : l.value;
            list.entries.push_back({ l.input,
                OutcomeText::format("band.change", lang,
                    { noun(l.input, lang),
                        joined(OutcomeText::get(
                                   l.direction == Sensitivity::Direction::Below ? "flip.below" : "flip.above", lang),
                            input ? sentenceValue(*input, shown, lang, scenario.currency) : "", lang),
                        {}, band, Sections::recommendationName(a.recommendation, lang) }),
                {}, {} });
        }
        s.blocks.push_back(std::move(list));
    }

    // The regret of either choice over the box.
    Block regret;
    regret.kind = Block::Kind::Table;
    regret.table.header = { OutcomeText::get("col.choice", lang), OutcomeText::get("col.where", lang),
        OutcomeText::get("col.max_regret", lang), OutcomeText::get("col.mean_regret", lang) };
    regret.table.firstNumericColumn = 2;
    const auto where = [&](const Sensitivity::ChoiceRegret& c) {
        if (c.at.empty())
            return OutcomeText::get("regret.nowhere", lang);
        // The inputs that swing the totals most, at the worst point.
        std::string out;
        int shown = 0;
        for (const auto& bar : a.tornado) {
            const auto it = c.at.find(bar.input);
            const auto* input = ScenarioInputs::input(bar.input);
            if (it == c.at.end() || !input || shown == 3)
                continue;
            const std::string label = OutcomeText::get("label." + bar.input, lang);
            const std::string value = inputValueText(*input, it->second, lang, scenario.currency);
            out += (shown ? OutcomeText::get("punct.enum", lang) : std::string())
                + (lang == Lang::ZhHant ? joined(joined(label, OutcomeText::get("regret.is", lang), lang), value, lang)
                                        : label + OutcomeText::get("regret.is", lang) + value);
            ++shown;
        }
        return out;
    };
    for (const auto& [choice, c] : { std::pair { Recommendation::Local, &a.regret.local },
             std::pair { Recommendation::Cloud, &a.regret.cloud } }) {
        regret.table.rows.push_back({ Sections::recommendationName(choice, lang), where(*c),
            Format::money(c->max, lang, scenario.currency), Format::money(c->mean, lang, scenario.currency) });
        const std::string id = choice == Recommendation::Local ? "regret_local" : "regret_cloud";
        s.figures.push_back({ id + "_max_usd", OutcomeText::get("col.max_regret", lang), c->max, "usd",
            Format::money(c->max, lang, scenario.currency), {} });
        s.figures.push_back({ id + "_mean_usd", OutcomeText::get("col.mean_regret", lang), c->mean, "usd",
            Format::money(c->mean, lang, scenario.currency), {} });
    }
    s.blocks.push_back(text(Block::Kind::Paragraph,
        OutcomeText::format(a.regret.gate.empty() ? "regret.low_choice" : "regret.low_choice." + a.regret.gate, lang,
            { Sections::recommendationName(a.regret.lowRegretChoice, lang) })));
    s.blocks.push_back(std::move(regret));
    s.blocks.push_back(text(Block::Kind::Paragraph,
        a.regret.corners + a.regret.samples > 0
            ? OutcomeText::format("regret.how", lang,
                { Format::months(double(scenario.horizonMonths), lang), Format::number(double(a.regret.corners), 0),
                    Format::number(double(a.regret.samples), 0) })
            : OutcomeText::format("regret.how_fixed", lang, { Format::months(double(scenario.horizonMonths), lang) })));

    // The tornado as a table (the report draws it as well), and the ranges it used.
    Block tornado;
    tornado.kind = Block::Kind::Table;
    tornado.table.header = { OutcomeText::get("col.input", lang), OutcomeText::get("col.range", lang),
        OutcomeText::get("col.difference", lang), OutcomeText::get("col.breakeven_range", lang) };
    tornado.table.firstNumericColumn = 2;
    for (const auto& b : a.tornado) {
        const auto* input = ScenarioInputs::input(b.input);
        const auto r = a.ranges.find(b.input);
        if (!input || r == a.ranges.end())
            continue;
        tornado.table.rows.push_back(
            { OutcomeText::get("label." + b.input, lang), rangeText(*input, r->second, lang, scenario.currency, false),
                Format::money(b.differenceAtLow, lang, scenario.currency) + " → "
                    + Format::money(b.differenceAtHigh, lang, scenario.currency),
                Format::months(b.breakevenAtLow, lang) + " → " + Format::months(b.breakevenAtHigh, lang) });
    }
    s.blocks.push_back(text(Block::Kind::Paragraph,
        OutcomeText::format("sens.tornado", lang, { Format::months(double(scenario.horizonMonths), lang) })));
    if (!tornado.table.rows.empty())
        s.blocks.push_back(std::move(tornado));
    s.blocks.push_back(text(Block::Kind::Paragraph,
        OutcomeText::get(scenario.uncertainty ? "sens.ranges_own" : "sens.ranges_default", lang)));
    return s;
}

} // namespace lowregret
