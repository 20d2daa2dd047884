#include "report/ResultHtml.h"

#include "widgets/Palette.h"
#include "widgets/UiText.h"

#include "lowregret/Catalog.h"

namespace lr = lowregret;

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style=\"padding:2px 12px 2px 0\">") + esc(label)
        + QStringLiteral("</td><td align=\"right\" style=\"padding:2px 0\"><b>") + esc(value)
        + QStringLiteral("</b></td></tr>");
}

} // namespace

QString ResultHtml::recommendationName(lr::Recommendation recommendation)
{
    switch (recommendation) {
    case lr::Recommendation::Local:
        return tr("Local deployment");
    case lr::Recommendation::Cloud:
        return tr("Cloud API");
    case lr::Recommendation::OutOfScope:
        return tr("The guide does not apply");
    }
    return {};
}

QString ResultHtml::offerLine(const lr::Offer& offer)
{
    QString line = tr("%1 at %2, price checked %3")
                       .arg(QString::fromStdString(offer.model), QString::fromStdString(offer.provider),
                           QString::fromStdString(offer.asOf));
    if (lr::Catalog::isStale(offer, lr::Catalog::today()))
        line += UiText::parenthesized(tr("possibly out of date"));
    if (offer.hasSuspectPrice())
        line += UiText::parenthesized(tr("the price looks wrong: check it"));
    return line;
}

QString ResultHtml::pathHtml(const lr::Guide& guide, const lr::Scenario& scenario, const lr::Decision::Outcome& outcome)
{
    QString h = QStringLiteral("<ol>");
    for (const auto& step : outcome.path) {
        const lr::Node* node = guide.node(step.node);
        if (!node)
            continue;
        QString answer;
        if (node->kind == lr::Node::Kind::UsageBand) {
            for (const auto& b : node->bands)
                if (b.id == step.answer)
                    answer = UiText::text(b.label);
            if (scenario.answers.monthlyTokens)
                answer += UiText::parenthesized(UiText::tokens(*scenario.answers.monthlyTokens));
        } else {
            answer = UiText::text(step.answer == "yes" ? node->yesLabel : node->noLabel);
            if (node->kind == lr::Node::Kind::Breakeven && outcome.costs)
                answer += UiText::parenthesized(tr("breakeven %1, threshold %2")
                                                    .arg(UiText::months(outcome.costs->breakevenMonths),
                                                        UiText::months(scenario.breakevenThresholdMonths)));
        }
        h += QStringLiteral("<li>") + esc(UiText::text(node->question)) + QStringLiteral(" → <b>") + esc(answer)
            + QStringLiteral("</b></li>");
    }
    h += QStringLiteral("</ol>");
    return h;
}

QString ResultHtml::build(const lr::Guide& guide, const lr::Scenario& scenario, const lr::Decision::Outcome& outcome,
    const lr::Offer* cloudOffer)
{
    QString h;
    const QString colour = Palette::css(outcome.recommendation == lr::Recommendation::Local ? Palette::Role::Local
            : outcome.recommendation == lr::Recommendation::Cloud                           ? Palette::Role::Cloud
                                                                  : Palette::Role::OutOfScopeText);
    h += QStringLiteral("<h2 style=\"color:") + colour + QStringLiteral("\">")
        + esc(recommendationName(outcome.recommendation)) + QStringLiteral("</h2>");
    const lr::Leaf* leaf = guide.leaf(outcome.leaf);
    if (leaf)
        h += QStringLiteral("<p style=\"font-size:large\">") + esc(UiText::text(leaf->summary))
            + QStringLiteral("</p>");

    if (!outcome.exclusions.empty()) {
        h += QStringLiteral("<h3>") + esc(tr("Why the guide does not apply")) + QStringLiteral("</h3>");
        for (const auto& id : outcome.exclusions)
            if (const auto* e = guide.exclusion(id))
                h += QStringLiteral("<p><b>") + esc(UiText::text(e->label)) + esc(UiText::colon())
                    + QStringLiteral("</b>") + esc(UiText::text(e->description)) + QStringLiteral("<br/><b>")
                    + esc(tr("Instead:")) + QStringLiteral("</b>")
                    + esc(UiText::lang() == lr::Lang::En ? QStringLiteral(" ") : QString())
                    + esc(UiText::text(e->advice)) + QStringLiteral("</p>");
    }

    if (!outcome.path.empty()) {
        h += QStringLiteral("<h3>") + esc(tr("How the guide got there")) + QStringLiteral("</h3>")
            + pathHtml(guide, scenario, outcome);
        if (leaf)
            h += QStringLiteral("<p>") + esc(UiText::text(leaf->reason)) + QStringLiteral("</p>");
    }

    if (outcome.costs) {
        const auto& c = *outcome.costs;
        h += QStringLiteral("<h3>") + esc(tr("Key figures over %1").arg(UiText::months(double(c.horizonMonths))))
            + QStringLiteral("</h3><table>");
        if (cloudOffer)
            h += row(tr("Cloud option"), offerLine(*cloudOffer));
        h += row(tr("Cloud API, a month"), UiText::money(c.cloudMonthly));
        h += row(tr("Cloud API, total"), UiText::money(c.cloudTotal));
        h += row(tr("Local hardware, up front"), UiText::money(c.localUpfront));
        h += row(tr("Local running costs, a month"), UiText::money(c.localMonthly));
        h += row(tr("Local, total"), UiText::money(c.localTotal));
        h += row(tr("Breakeven"), UiText::months(c.breakevenMonths));
        h += row(tr("Breakeven threshold"), UiText::months(scenario.breakevenThresholdMonths));
        h += QStringLiteral("</table>");
    }

    if (!outcome.warnings.empty()) {
        h += QStringLiteral("<h3>") + esc(tr("Regret warnings")) + QStringLiteral("</h3>");
        for (const auto& id : outcome.warnings)
            if (const auto* r = guide.warning(id))
                h += QStringLiteral("<p style=\"color:") + Palette::css(Palette::Role::Regret)
                    + QStringLiteral("\"><b>⚠ ") + esc(UiText::text(r->title)) + QStringLiteral("</b><br/>")
                    + esc(UiText::text(r->text)) + QStringLiteral("</p>");
    }

    if (!outcome.products.empty()) {
        h += QStringLiteral("<h3>") + esc(tr("Recommended products")) + QStringLiteral("</h3>");
        for (const auto& id : outcome.products) {
            const auto* p = guide.product(id);
            if (!p)
                continue;
            const QString link = QString::fromStdString(p->link);
            const QString sep = UiText::lang() == lr::Lang::En ? QStringLiteral(" ") : QString();
            h += QStringLiteral("<p><b>") + esc(QString::fromStdString(p->name)) + QStringLiteral("</b> — <a href=\"")
                + esc(link) + QStringLiteral("\">") + esc(link) + QStringLiteral("</a><br/>");
            h += QStringLiteral("<i>") + esc(tr("Suits:")) + QStringLiteral("</i>") + sep + esc(UiText::text(p->suits))
                + QStringLiteral("<br/>");
            h += QStringLiteral("<i>") + esc(tr("Does not suit:")) + QStringLiteral("</i>") + sep
                + esc(UiText::text(p->notSuits)) + QStringLiteral("<br/>");
            h += QStringLiteral("<i>") + esc(tr("Regret risk:")) + QStringLiteral("</i>") + sep
                + esc(UiText::text(p->regretRisk)) + QStringLiteral("<br/>");
            h += QStringLiteral("<i>") + esc(tr("Cost:")) + QStringLiteral("</i>") + sep + esc(UiText::text(p->cost))
                + QStringLiteral("</p>");
        }
    }

    if (!outcome.advice.empty()) {
        h += QStringLiteral("<h3>") + esc(tr("Also consider")) + QStringLiteral("</h3>");
        for (const auto& id : outcome.advice)
            if (const auto* r = guide.adviceItem(id))
                h += QStringLiteral("<p><b>") + esc(UiText::text(r->title)) + QStringLiteral("</b><br/>")
                    + esc(UiText::text(r->text)) + QStringLiteral("</p>");
    }

    if (!guide.caveats().empty()) {
        h += QStringLiteral("<h3>") + esc(tr("Before you decide")) + QStringLiteral("</h3><ul>");
        for (const auto& c : guide.caveats())
            h += QStringLiteral("<li>") + esc(UiText::text(c)) + QStringLiteral("</li>");
        h += QStringLiteral("</ul>");
    }
    return h;
}
