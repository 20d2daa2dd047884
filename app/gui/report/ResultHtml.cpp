#include "report/ResultHtml.h"

#include "widgets/Palette.h"
#include "widgets/UiText.h"

namespace lr = lowregret;

namespace {

using Block = lr::Sections::Block;

QString esc(const std::string& s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

QString tag(const char* name, const QString& body, const QString& style = {})
{
    const QString n = QString::fromLatin1(name);
    const QString open
        = style.isEmpty() ? QStringLiteral("<%1>").arg(n) : QStringLiteral("<%1 style=\"%2\">").arg(n, style);
    return open + body + QStringLiteral("</%1>").arg(n);
}

QString recommendationColour(lr::Recommendation r)
{
    return Palette::css(r == lr::Recommendation::Local ? Palette::Role::Local
            : r == lr::Recommendation::Cloud           ? Palette::Role::Cloud
                                                       : Palette::Role::OutOfScopeText);
}

QString detailText(const lr::Sections::Detail& d)
{
    return d.link ? QStringLiteral("<a href=\"%1\">%1</a>").arg(esc(d.text)) : esc(d.text);
}

// A detail's label, set off from its text: in italics in English; Han characters have no
// italic, so a slanted one would be faked by shearing, and Chinese labels get a colour instead.
QString detailLabel(const std::string& label, lr::Lang lang)
{
    return lang == lr::Lang::En
        ? tag("i", esc(label))
        : tag("span", esc(label), QStringLiteral("color:") + Palette::css(Palette::Role::Muted));
}

QString items(const lr::Sections& all, const lr::Sections::Section& s, const Block& b, ResultHtml::Medium medium)
{
    const bool warning = s.id == "warnings";
    QString h;
    for (const auto& e : b.entries) {
        if (medium == ResultHtml::Medium::Print && e.details.size() > 1) {
            // A product on paper: its name as a heading over a two-column table.
            h += tag("h3", esc(e.title));
            if (!e.text.empty())
                h += tag("p", esc(e.text));
            h += QStringLiteral("<table cellspacing=\"0\">");
            for (const auto& d : e.details)
                h += QStringLiteral("<tr><td valign=\"top\">") + detailLabel(d.label, all.lang)
                    + QStringLiteral("</td><td>") + detailText(d) + QStringLiteral("</td></tr>");
            h += QStringLiteral("</table>");
            continue;
        }
        QString body = tag(
            "b", (warning && medium == ResultHtml::Medium::Screen ? QStringLiteral("⚠ ") : QString()) + esc(e.title));
        if (!e.text.empty())
            body += QStringLiteral("<br/>") + esc(e.text);
        for (const auto& d : e.details)
            body += QStringLiteral("<br/>") + detailLabel(d.label + UiText::colon().toStdString(), all.lang)
                + detailText(d);
        h += tag("p", body,
            warning && medium == ResultHtml::Medium::Screen
                ? QStringLiteral("color:") + Palette::css(Palette::Role::Regret)
                : QString());
    }
    return h;
}

// As wide as its contents: at width="100%" Qt 6.4 lays a bordered table out a little wider
// than the page, and the result page scrolls sideways.
QString table(const lr::Sections::Table& t)
{
    QString h = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"0.5\" "
                               "style=\"border-collapse:collapse; border-style:solid; border-color:%1\"><tr>")
                    .arg(Palette::css(Palette::Role::Grid));
    for (const auto& cell : t.header)
        h += QStringLiteral("<th style=\"background:%1\">").arg(Palette::css(Palette::Role::TableHeader)) + esc(cell)
            + QStringLiteral("</th>");
    h += QStringLiteral("</tr>");
    for (const auto& row : t.rows) {
        h += QStringLiteral("<tr>");
        for (std::size_t i = 0; i < row.size(); ++i)
            h += (t.firstNumericColumn > 0 && i >= t.firstNumericColumn ? QStringLiteral("<td align=\"right\">")
                                                                        : QStringLiteral("<td>"))
                + esc(row[i]) + QStringLiteral("</td>");
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

} // namespace

QString ResultHtml::section(const lr::Sections& all, const lr::Sections::Section& s, Medium medium, int number)
{
    QString heading = QString::fromStdString(all.title(s));
    auto block = s.blocks.begin();
    const bool lead = block != s.blocks.end() && block->kind == Block::Kind::Lead;
    if (lead)
        ++block; // in the title
    if (number > 0)
        heading = QString::number(number) + QStringLiteral(". ") + heading;
    QString h;
    if (lead)
        h += tag("h2", heading.toHtmlEscaped(),
            medium == Medium::Screen ? QStringLiteral("color:") + recommendationColour(all.recommendation) : QString());
    else
        h += tag(medium == Medium::Screen ? "h3" : "h2", heading.toHtmlEscaped());

    for (; block != s.blocks.end(); ++block) {
        switch (block->kind) {
        case Block::Kind::Lead:
        case Block::Kind::Paragraph:
            h += tag("p", esc(block->text));
            break;
        case Block::Kind::Summary:
            h += medium == Medium::Screen ? tag("p", esc(block->text), QStringLiteral("font-size:large"))
                                          : tag("p", tag("b", esc(block->text)));
            break;
        case Block::Kind::Steps: {
            // The numbers are written in the line, not drawn as list markers: a marker sits on
            // its own font's baseline, above the Chinese text's. A hanging indent keeps the
            // lines after the first clear of the number.
            int n = 0;
            for (const auto& e : block->entries)
                h += tag("p",
                    QString::number(++n) + QStringLiteral(".\u00A0") + esc(e.title) + QStringLiteral(" → ")
                        + tag("b", esc(e.text)),
                    QStringLiteral("margin-left:40px; text-indent:-16px; margin-top:2px; margin-bottom:2px"));
            break;
        }
        case Block::Kind::Items:
            h += items(all, s, *block, medium);
            break;
        case Block::Kind::Bullets: {
            QString list;
            for (const auto& e : block->entries)
                list += tag("li", esc(e.title));
            h += tag("ul", list);
            break;
        }
        case Block::Kind::Table:
            h += table(block->table);
            break;
        }
    }
    return h;
}

QString ResultHtml::build(const lr::Sections& sections, Medium medium)
{
    QString h;
    for (const auto& s : sections.sections)
        h += section(sections, s, medium);
    return h;
}

QString ResultHtml::build(const lr::Guide& guide, const lr::Scenario& scenario, const lr::Decision::Outcome& outcome,
    const lr::Offer* cloudOffer)
{
    return build(lr::Sections::build(guide, scenario, outcome, cloudOffer, UiText::lang()), Medium::Screen);
}

QString ResultHtml::offerLine(const lr::Offer& offer)
{
    return QString::fromStdString(lr::Sections::offerLine(offer, UiText::lang()));
}
