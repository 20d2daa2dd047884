#include "TextReport.h"

#include "CliText.h"
#include "TextLayout.h"

#include "lowregret/Format.h"

#include <sstream>

namespace lowregret::cli {

namespace {

constexpr std::size_t k_width = 80;

std::string replaced(std::string text, const std::string& token, const std::string& value)
{
    for (auto at = text.find(token); at != std::string::npos; at = text.find(token, at + value.size()))
        text.replace(at, token.size(), value);
    return text;
}

void heading(std::ostringstream& out, const std::string& title)
{
    out << "\n" << title << "\n" << std::string(TextLayout::displayWidth(title), '-') << "\n";
}

// Writes `text` wrapped, each line indented; the first line may carry a prefix such as "• ".
void paragraph(
    std::ostringstream& out, const std::string& text, std::size_t indent, const std::string& firstPrefix = {})
{
    const auto prefixWidth = TextLayout::displayWidth(firstPrefix);
    const auto lines = TextLayout::wrap(text, k_width - indent - prefixWidth);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        out << std::string(indent, ' ') << (i == 0 ? firstPrefix : std::string(prefixWidth, ' ')) << lines[i] << "\n";
    }
}

std::string stepAnswer(const Guide& guide, const Scenario& scenario, const Decision::Step& step, Lang lang)
{
    const Node* node = guide.node(step.node);
    if (!node)
        return step.answer;
    if (node->kind == Node::Kind::UsageBand) {
        for (const auto& band : node->bands)
            if (band.id == step.answer)
                return band.label.in(lang) + CliText::get("(", lang)
                    + Format::tokens(scenario.answers.monthlyTokens.value_or(0.0), lang) + CliText::get(")", lang);
        return step.answer;
    }
    const auto& label = step.answer == "yes" ? node->yesLabel : node->noLabel;
    std::string text = label.in(lang);
    if (node->kind == Node::Kind::Breakeven)
        text += CliText::get("(", lang) + CliText::get("computed", lang) + CliText::get(")", lang);
    return text;
}

} // namespace

std::string TextReport::render(
    const Guide& guide, const Scenario& scenario, const Decision::Outcome& outcome, Lang lang)
{
    std::ostringstream out;
    out << guide.title().in(lang) << "\n\n";

    const std::string rec = CliText::get("rec." + std::string(recommendationId(outcome.recommendation)), lang);
    out << CliText::get("recommendation", lang) << CliText::get(":", lang) << rec << "\n";
    const Leaf* leaf = guide.leaf(outcome.leaf);
    if (leaf)
        paragraph(out, leaf->summary.in(lang), 2);
    out << CliText::get("leaf", lang) << CliText::get(":", lang) << outcome.leaf << "\n";

    if (!outcome.exclusions.empty()) {
        heading(out, CliText::get("exclusions", lang));
        for (const auto& id : outcome.exclusions) {
            if (const Exclusion* e = guide.exclusion(id)) {
                paragraph(out, e->description.in(lang), 2, "• ");
                paragraph(out, CliText::get("instead", lang) + CliText::get(":", lang) + e->advice.in(lang), 4);
            }
        }
    }

    if (!outcome.path.empty()) {
        heading(out, CliText::get("path", lang));
        int n = 1;
        for (const auto& step : outcome.path) {
            const Node* node = guide.node(step.node);
            const std::string question = node ? node->question.in(lang) : step.node;
            paragraph(out, question + " → " + stepAnswer(guide, scenario, step, lang), 2, std::to_string(n++) + ". ");
        }
        if (leaf)
            paragraph(out, CliText::get("why", lang) + CliText::get(":", lang) + leaf->reason.in(lang), 2);
    }

    if (!outcome.products.empty()) {
        heading(out, CliText::get("products", lang));
        for (const auto& id : outcome.products) {
            const Product* p = guide.product(id);
            if (!p)
                continue;
            out << "• " << p->name << CliText::get("(", lang)
                << CliText::get("kind." + std::string(recommendationId(p->kind)), lang) << CliText::get(")", lang)
                << " " << p->link << "\n";
            paragraph(out, CliText::get("suits", lang) + CliText::get(":", lang) + p->suits.in(lang), 4);
            paragraph(out, CliText::get("not_suits", lang) + CliText::get(":", lang) + p->notSuits.in(lang), 4);
            paragraph(out, CliText::get("regret_risk", lang) + CliText::get(":", lang) + p->regretRisk.in(lang), 4);
            paragraph(out, CliText::get("cost", lang) + CliText::get(":", lang) + p->cost.in(lang), 4);
        }
    }

    if (!outcome.warnings.empty()) {
        heading(out, CliText::get("warnings", lang));
        for (const auto& id : outcome.warnings)
            if (const Rule* r = guide.warning(id)) {
                paragraph(out, r->title.in(lang), 2, "! ");
                paragraph(out, r->text.in(lang), 4);
            }
    }

    if (!outcome.advice.empty()) {
        heading(out, CliText::get("advice", lang));
        for (const auto& id : outcome.advice)
            if (const Rule* r = guide.adviceItem(id)) {
                paragraph(out, r->title.in(lang), 2, "• ");
                paragraph(out, r->text.in(lang), 4);
            }
    }

    heading(out, CliText::get("costs", lang));
    if (!outcome.costs) {
        out << CliText::get("no_costs", lang) << "\n";
        return out.str();
    }
    const auto& c = *outcome.costs;
    std::string usage = CliText::get("usage_line", lang);
    usage = replaced(usage, "%TOKENS%", Format::tokens(scenario.answers.monthlyTokens.value_or(0.0), lang));
    usage = replaced(usage, "%SHARE%", Format::percent(scenario.inputShare));
    usage = replaced(usage, "%MONTHS%", Format::months(double(c.horizonMonths), lang));
    paragraph(out, usage, 0);
    out << "\n";

    const std::string totalHeader = CliText::get("col.total", lang) + CliText::get("(", lang)
        + Format::months(double(c.horizonMonths), lang) + CliText::get(")", lang);
    const std::size_t w0 = 14;
    const std::size_t w = 18;
    out << "  " << TextLayout::padRight(CliText::get("col.option", lang), w0)
        << TextLayout::padLeft(CliText::get("col.upfront", lang), w)
        << TextLayout::padLeft(CliText::get("col.monthly", lang), w) << TextLayout::padLeft(totalHeader, w + 4) << "\n";
    out << "  " << TextLayout::padRight(CliText::get("row.cloud", lang), w0) << TextLayout::padLeft("—", w)
        << TextLayout::padLeft(Format::money(c.cloudMonthly, lang), w)
        << TextLayout::padLeft(Format::money(c.cloudTotal, lang), w + 4) << "\n";
    out << "  " << TextLayout::padRight(CliText::get("row.local", lang), w0)
        << TextLayout::padLeft(Format::money(c.localUpfront, lang), w)
        << TextLayout::padLeft(Format::money(c.localMonthly, lang), w)
        << TextLayout::padLeft(Format::money(c.localTotal, lang), w + 4) << "\n\n";

    const std::string threshold = Format::months(scenario.breakevenThresholdMonths, lang);
    std::string verdict = CliText::get(outcome.breakevenWithinThreshold ? "threshold_within" : "threshold_over", lang);
    verdict = replaced(verdict, "%THRESHOLD%", threshold);
    out << CliText::get("breakeven", lang) << CliText::get(":", lang) << Format::months(c.breakevenMonths, lang)
        << CliText::get("(", lang) << verdict << CliText::get(")", lang) << "\n";
    return out.str();
}

} // namespace lowregret::cli
