#include "lowregret/outcome/Sections.h"

#include "outcome/GateConflict.h"
#include "outcome/OutcomeText.h"
#include "outcome/SectionsBuilder.h"

#include "lowregret/catalog/Catalog.h"
#include "lowregret/io/Format.h"
#include "lowregret/outcome/LocalCannotRun.h"
#include "lowregret/outcome/TextFigures.h"

#include <cmath>

namespace lowregret {

namespace {

using Block = Sections::Block;
using Entry = Sections::Entry;
using Section = Sections::Section;

Block textBlock(Block::Kind kind, std::string text)
{
    return SectionsBuilder::text(kind, std::move(text));
}

Block listBlock(Block::Kind kind, std::vector<Entry> entries)
{
    Block b;
    b.kind = kind;
    b.entries = std::move(entries);
    return b;
}

// What deciding the leaf's last question meant, for the verdict: "sensitive", "skill",
// "unstable", "breakeven" or "usage" (the band alone).
std::string gate(const Guide& guide, const Decision::Outcome& o)
{
    const Node* node = o.path.empty() ? nullptr : guide.node(o.path.back().node);
    if (!node || node->kind == Node::Kind::UsageBand)
        return "usage";
    if (node->kind == Node::Kind::Breakeven)
        return "breakeven";
    switch (node->answer.value_or(AnswerField::UsageStable)) {
    case AnswerField::DataSensitive:
        return "sensitive";
    case AnswerField::TeamCanMaintain:
        return "skill";
    case AnswerField::UsageStable:
        return "unstable";
    }
    return "usage";
}

// The leaf's answer set against this user's totals: which side costs less over the horizon,
// by how much, and, where the cheaper side is not the one recommended, the guide's reason.
std::string verdict(const Guide& guide, const Scenario& scenario, const Decision::Outcome& o, Lang lang)
{
    const auto& c = *o.costs;
    const double localExtra = c.localTotal - c.cloudTotal;
    const std::string horizon = Format::months(double(c.horizonMonths), lang);
    const std::string amount = Format::money(std::abs(localExtra), lang, scenario.currency);
    if (std::abs(localExtra) < 0.005)
        return OutcomeText::format("verdict.same", lang, { horizon });
    const bool localCheaper = localExtra < 0;
    const bool local = o.recommendation == Recommendation::Local;
    if (local == localCheaper) // the recommended side also costs less
        return OutcomeText::format(
            local ? "verdict.local_cheaper" : "verdict.cloud_cheaper", lang, { amount, horizon });
    const std::string why = gate(guide, o);
    const double maintenance = scenario.local.maintenanceHoursPerMonth * scenario.local.hourlyRateUsd;
    // Local's total already counts any maintenance the scenario pays for: say which.
    // The gate's own reason where the guide gives one; the plain figures otherwise.
    const std::string base = local ? "verdict.local_dearer" : "verdict.cloud_dearer";
    std::string key = base + "." + why + (!local && why == "skill" && maintenance > 0.0 ? ".paid" : "");
    if (!OutcomeText::has(key))
        key = base;
    return OutcomeText::format(key, lang,
        { amount, horizon, SectionsBuilder::breakevenText(scenario, o, lang),
            Format::months(scenario.breakevenThresholdMonths, lang),
            Format::money(maintenance, lang, scenario.currency) });
}

Section recommendationSection(const Guide& guide, const Scenario& scenario, const Decision::Outcome& o,
    const TextFigures& figures, const std::optional<Sensitivity::Analysis>& analysis, Lang lang)
{
    Section s { "recommendation", OutcomeText::get("heading.recommendation", lang), {}, {} };
    s.blocks.push_back(textBlock(Block::Kind::Lead, Sections::recommendationName(o.recommendation, lang)));
    // Two of the guide's gates in conflict are the headline, with the ways out.
    if (const std::string conflict = GateConflict::text(scenario, o.recommendation, lang); !conflict.empty())
        s.blocks.push_back(textBlock(Block::Kind::Paragraph, conflict));
    // A local side that cannot run its model is said first: nothing below prices it.
    if (o.costs && !o.costs->localRuns && scenario.local.sizing)
        s.blocks.push_back(textBlock(Block::Kind::Paragraph, LocalCannotRun::text(scenario, lang)));
    const Leaf* leaf = guide.leaf(o.leaf);
    if (leaf)
        s.blocks.push_back(textBlock(Block::Kind::Summary, figures.fill(leaf->summary)));
    if (leaf && o.costs && o.costs->localRuns)
        s.blocks.push_back(textBlock(Block::Kind::Paragraph, verdict(guide, scenario, o, lang)));
    // How sure: the nearest flip point, then the choice that costs least if the figures are wrong.
    if (leaf && analysis) {
        s.blocks.push_back(
            textBlock(Block::Kind::Paragraph, SectionsBuilder::robustnessText(scenario, *analysis, lang)));
        s.blocks.push_back(textBlock(
            Block::Kind::Paragraph, SectionsBuilder::lowRegretText(scenario, *analysis, gate(guide, o), lang)));
    }
    if (o.recommendation == Recommendation::OutOfScope)
        s.blocks.push_back(textBlock(Block::Kind::Paragraph, OutcomeText::get("rec.out_of_scope.why", lang)));
    // The leaf by its name: its id is for scripts (the JSON's "leaf"), and English.
    if (leaf)
        s.blocks.push_back(
            textBlock(Block::Kind::Paragraph, OutcomeText::format("label.leaf", lang, { leaf->label.in(lang) })));
    return s;
}

Section exclusions(const Guide& guide, const Scenario& scenario, const Decision::Outcome& o, Lang lang)
{
    std::vector<Entry> entries;
    for (const auto& id : o.exclusions)
        if (const Exclusion* e = guide.exclusion(id)) {
            entries.push_back({ id, e->label.in(lang), e->description.in(lang),
                { { OutcomeText::get("label.instead", lang), e->advice.in(lang) } } });
            // Whatever is chosen instead (a SaaS product, a free tier) still holds the data.
            if (scenario.answers.dataSensitive.value_or(false))
                entries.back().details.push_back({ OutcomeText::get("exclusion.sensitive.label", lang),
                    OutcomeText::get("exclusion.sensitive", lang) });
        }
    return { "exclusions", OutcomeText::get("heading.exclusions", lang),
        { listBlock(Block::Kind::Items, std::move(entries)) }, {} };
}

std::string stepAnswer(
    const Node& node, const Decision::Step& step, const Scenario& scenario, const Decision::Outcome& o, Lang lang)
{
    if (node.kind == Node::Kind::UsageBand) {
        std::string answer = step.answer;
        for (const auto& band : node.bands)
            if (band.id == step.answer)
                answer = band.label.in(lang);
        if (scenario.answers.monthlyTokens)
            answer += OutcomeText::parenthesized(Format::tokens(*scenario.answers.monthlyTokens, lang), lang);
        return answer;
    }
    std::string answer = (step.answer == "yes" ? node.yesLabel : node.noLabel).in(lang);
    if (node.kind != Node::Kind::Breakeven || !o.costs)
        return answer;
    const std::string threshold = Format::months(scenario.breakevenThresholdMonths, lang);
    const auto& breakeven = o.costs->breakevenMonths;
    return answer
        + OutcomeText::parenthesized(breakeven ? OutcomeText::format("step.breakeven", lang,
                                         { SectionsBuilder::breakevenText(scenario, o, lang), threshold })
                                               : OutcomeText::format("step.never", lang, { threshold }),
            lang);
}

Section path(
    const Guide& guide, const Scenario& scenario, const Decision::Outcome& o, const TextFigures& figures, Lang lang)
{
    std::vector<Entry> steps;
    for (const auto& step : o.path)
        if (const Node* node = guide.node(step.node))
            steps.push_back({ step.node, node->question.in(lang), stepAnswer(*node, step, scenario, o, lang), {} });
    Section s { "path", OutcomeText::get("heading.path", lang), { listBlock(Block::Kind::Steps, std::move(steps)) },
        {} };
    if (const Leaf* leaf = guide.leaf(o.leaf))
        s.blocks.push_back(textBlock(Block::Kind::Paragraph, figures.fill(leaf->reason)));
    return s;
}

Section products(const Guide& guide, const Scenario& scenario, const Decision::Outcome& o, Lang lang)
{
    std::vector<Entry> entries;
    for (const auto& id : o.products)
        if (const Product* p = guide.product(id)) {
            entries.push_back({ id, p->name, {},
                {
                    { OutcomeText::get("label.suits", lang), p->suits.in(lang) },
                    { OutcomeText::get("label.not_suits", lang), p->notSuits.in(lang) },
                    { OutcomeText::get("label.regret_risk", lang), p->regretRisk.in(lang) },
                    { OutcomeText::get("label.cost", lang), p->cost.in(lang) },
                    { OutcomeText::get("label.link", lang), p->link, true },
                } });
            if (const auto added = o.addedProducts.find(id); added != o.addedProducts.end()) {
                const std::string need = added->second == "gpus"
                    ? OutcomeText::get("products.vllm_gpus", lang)
                    : OutcomeText::format("products.vllm_streams", lang,
                        { Format::number(scenario.local.sizing ? scenario.local.sizing->concurrency : 0, 0) });
                auto& details = entries.back().details;
                details.insert(details.begin(),
                    { OutcomeText::get("label.why", lang), OutcomeText::format("products.vllm_why", lang, { need }) });
            }
        }
    // The guide's words and figures, not the user's: said before them.
    return { "products", OutcomeText::get("heading.products", lang),
        { textBlock(Block::Kind::Paragraph, OutcomeText::get("products.source", lang)),
            listBlock(Block::Kind::Items, std::move(entries)) },
        {} };
}

std::vector<Entry> rules(const std::vector<std::string>& ids, const Rule* (Guide::*lookup)(std::string_view) const,
    const Guide& guide, const TextFigures& figures, Lang lang)
{
    std::vector<Entry> entries;
    for (const auto& id : ids)
        if (const Rule* r = (guide.*lookup)(id))
            entries.push_back({ id, r->title.in(lang), figures.fill(r->text), {} });
    return entries;
}

Section caveats(const Guide& guide, const Scenario& scenario, const Decision::Outcome& o, Lang lang)
{
    std::vector<Entry> entries;
    for (const auto& c : guide.caveats())
        entries.push_back({ {}, c.in(lang), {}, {} });
    Section s { "caveats", OutcomeText::get("heading.caveats", lang),
        { textBlock(Block::Kind::Paragraph, OutcomeText::get("caveats.source", lang)),
            listBlock(Block::Kind::Bullets, std::move(entries)) },
        {} };
    // The general rules ("often pays back within 3–12 months") beside what this user's own
    // figures say, so that they never read as a promise the result contradicts.
    if (o.costs && scenario.answers.monthlyTokens) {
        const auto& c = *o.costs;
        const std::string payback = !c.localRuns ? OutcomeText::get("payback.cannot_run", lang)
            : c.breakevenMonths
            ? OutcomeText::format("caveats.pays_back", lang, { SectionsBuilder::breakevenText(scenario, o, lang) })
            : OutcomeText::get(c.steady ? "payback.never" : "payback.never_moving", lang);
        s.blocks.push_back(textBlock(Block::Kind::Paragraph,
            OutcomeText::format(
                "caveats.yours", lang, { Format::tokens(*scenario.answers.monthlyTokens, lang), payback })));
    }
    return s;
}

} // namespace

std::string Sections::title(const Section& section) const
{
    if (section.blocks.empty() || section.blocks.front().kind != Block::Kind::Lead)
        return section.heading;
    return section.heading + OutcomeText::get("punct.colon", lang) + section.blocks.front().text;
}

const Sections::Section* Sections::find(const std::string& id) const
{
    for (const auto& s : sections)
        if (s.id == id)
            return &s;
    return nullptr;
}

std::string Sections::recommendationName(Recommendation recommendation, Lang lang)
{
    return OutcomeText::get("rec." + std::string(recommendationId(recommendation)), lang);
}

std::string Sections::adviceFigures(
    const std::string& id, const Scenario& scenario, const Decision::Outcome& outcome, Lang lang)
{
    if (id != "hybrid" || !outcome.costs)
        return {};
    const auto& c = *outcome.costs;
    if (!c.localRuns)
        return OutcomeText::get("nofit.hybrid", lang);
    if (!c.hybrid)
        return OutcomeText::get("advice.hybrid_none", lang);
    return OutcomeText::format("advice.hybrid_figures", lang,
        { Format::percent(c.hybrid->localShare), Format::money(c.hybrid->total, lang, scenario.currency),
            Format::months(double(c.horizonMonths), lang), Format::money(c.cloudTotal, lang, scenario.currency),
            Format::money(c.localTotal, lang, scenario.currency) });
}

std::string Sections::offerLine(const Offer& offer, Lang lang)
{
    std::string line = OutcomeText::format("offer.line", lang, { offer.model, offer.provider, offer.asOf });
    if (Catalog::isStale(offer, Catalog::today()))
        line += OutcomeText::parenthesized(OutcomeText::get("offer.stale", lang), lang);
    if (offer.hasSuspectPrice())
        line += OutcomeText::parenthesized(OutcomeText::get("offer.suspect", lang), lang);
    if (offer.retired)
        line += OutcomeText::parenthesized(OutcomeText::get("offer.retired", lang), lang);
    for (const auto& other : offer.otherSources)
        line += OutcomeText::parenthesized(
            OutcomeText::format("offer.sources_disagree", lang,
                { Format::compactNumber(other.inputUsdPerMtok, 4), Format::compactNumber(other.outputUsdPerMtok, 4),
                    other.source, other.asOf }),
            lang);
    return line;
}

Sections Sections::build(
    const Guide& guide, const Scenario& scenario, const Decision::Outcome& outcome, const Offer* cloudOffer, Lang lang)
{
    Sections out;
    out.lang = lang;
    out.recommendation = outcome.recommendation;
    const TextFigures figures(guide, scenario, outcome, cloudOffer, lang);
    const auto analysis
        = outcome.recommendation == Recommendation::OutOfScope ? std::nullopt : Sensitivity::analyse(guide, scenario);
    out.sections.push_back(recommendationSection(guide, scenario, outcome, figures, analysis, lang));
    if (!outcome.exclusions.empty())
        out.sections.push_back(exclusions(guide, scenario, outcome, lang));
    if (!outcome.path.empty())
        out.sections.push_back(path(guide, scenario, outcome, figures, lang));
    if (!outcome.products.empty())
        out.sections.push_back(products(guide, scenario, outcome, lang));

    // Out of scope, the guide's regret scenarios are not weighed: no section says none applies.
    if (outcome.recommendation == Recommendation::OutOfScope) {
        out.sections.push_back(SectionsBuilder::costs(scenario, outcome, cloudOffer, lang));
        out.sections.push_back(SectionsBuilder::assumptions(guide, scenario, outcome, cloudOffer, lang));
        if (!guide.caveats().empty())
            out.sections.push_back(caveats(guide, scenario, outcome, lang));
        return out;
    }
    Section warnings { "warnings", OutcomeText::get("heading.warnings", lang),
        { listBlock(Block::Kind::Items, rules(outcome.warnings, &Guide::warning, guide, figures, lang)) }, {} };
    if (outcome.warnings.empty())
        warnings.blocks = { textBlock(Block::Kind::Paragraph, OutcomeText::get("warnings.none", lang)) };
    out.sections.push_back(std::move(warnings));
    if (!outcome.advice.empty()) {
        auto entries = rules(outcome.advice, &Guide::adviceItem, guide, figures, lang);
        for (auto& e : entries)
            if (const std::string more = adviceFigures(e.id, scenario, outcome, lang); !more.empty())
                e.text += OutcomeText::get("punct.space", lang) + more;
        out.sections.push_back({ "advice", OutcomeText::get("heading.advice", lang),
            { listBlock(Block::Kind::Items, std::move(entries)) }, {} });
    }

    out.sections.push_back(SectionsBuilder::costs(scenario, outcome, cloudOffer, lang));
    if (analysis)
        out.sections.push_back(SectionsBuilder::sensitivity(guide, scenario, *analysis, lang));
    out.sections.push_back(SectionsBuilder::assumptions(guide, scenario, outcome, cloudOffer, lang));
    if (!guide.caveats().empty())
        out.sections.push_back(caveats(guide, scenario, outcome, lang));
    return out;
}

} // namespace lowregret
