#include "catalog/TopPicksHtml.h"

#include "catalog/OfferTableModel.h"
#include "widgets/Palette.h"
#include "widgets/UiText.h"

using namespace Qt::StringLiterals;

namespace {

const QString k_staleStyle = u"color: "_s + Palette::css(Palette::Role::Stale) + u";"_s;

} // namespace

QString TopPicksHtml::build(const lowregret::Catalog& catalog, double inputTokens, double outputTokens)
{
    QString html;
    for (const auto& pick : catalog.topPicks(inputTokens, outputTokens)) {
        const auto& offer = *pick.offer;
        const QString model = QString::fromStdString(offer.model).toHtmlEscaped();
        const QString provider = QString::fromStdString(offer.provider).toHtmlEscaped();
        const QString cost = UiText::money(pick.monthlyUsd).toHtmlEscaped();
        QString heading;
        QString sentence;
        if (pick.priority == "lowest_cost") {
            heading = tr("Lowest cost");
            sentence = tr("%1 at %2, %3 a month — the cheapest offer in the catalog at your usage.");
        } else if (pick.priority == "coding") {
            heading = tr("Coding");
            sentence = tr("%1 at %2, %3 a month — the cheapest offer that is good at writing and reviewing code.");
        } else if (pick.priority == "multimodal") {
            heading = tr("Images and text");
            sentence = tr("%1 at %2, %3 a month — the cheapest offer that reads images as well as text.");
        } else if (pick.priority == "reasoning") {
            heading = tr("Reasoning");
            sentence = tr("%1 at %2, %3 a month — the cheapest offer that is strong at step-by-step reasoning.");
        } else {
            heading = QString::fromStdString(pick.priority).toHtmlEscaped();
            sentence = tr("%1 at %2, %3 a month.");
        }
        html += u"<p><b>"_s + heading + u"</b>"_s + UiText::colon() + sentence.arg(model, provider, cost);
        if (lowregret::Catalog::isStale(offer, lowregret::Catalog::today())) {
            const QString asOf
                = offer.asOf.empty() ? tr("no date") : QString::fromStdString(offer.asOf).toHtmlEscaped();
            html += u" <span style=\""_s + k_staleStyle + u"\">"_s + tr("Price from %1, possibly stale.").arg(asOf)
                + u"</span>"_s;
        }
        if (offer.hasSuspectPrice())
            html += u" <span style=\""_s + k_staleStyle + u"\">"_s + OfferTableModel::suspectText().toHtmlEscaped()
                + u"</span>"_s;
        html += u"</p>"_s;
    }
    if (html.isEmpty())
        html = u"<p>"_s + tr("The catalog has no offers.") + u"</p>"_s;
    html += u"<p style=\"color: "_s + Palette::css(Palette::Role::Muted) + u";\">"_s
        + tr("Picked from the whole catalog; the filters do not apply.") + u"</p>"_s;
    return html;
}
