#include "help/HelpHtml.h"

#include "widgets/UiText.h"

#include "lowregret/io/Format.h"
#include "lowregret/outcome/TextFigures.h"

namespace lr = lowregret;

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString section(const char* anchor, const QString& heading)
{
    return QStringLiteral("<h2><a name=\"%1\"></a>%2</h2>").arg(QString::fromLatin1(anchor), esc(heading));
}

QString item(const QString& term, const QString& text)
{
    return QStringLiteral("<p><b>") + esc(term) + QStringLiteral("</b>") + esc(UiText::colon()) + esc(text)
        + QStringLiteral("</p>");
}

} // namespace

QString HelpHtml::build(const lr::Guide& guide)
{
    const auto& d = guide.defaults();
    const auto& f = guide.figures();
    QString h = QStringLiteral("<h1>") + esc(tr("LowRegret guide")) + QStringLiteral("</h1>");

    h += section("welcome", tr("Whether the guide applies"));
    h += QStringLiteral("<p>") + esc(UiText::text(guide.summary())) + QStringLiteral("</p>");
    h += QStringLiteral("<p>")
        + esc(tr("If one of these describes you, the flowchart does not decide your case, and "
                 "the result says what to do instead:"))
        + QStringLiteral("</p><ul>");
    for (const auto& e : guide.exclusions())
        h += QStringLiteral("<li><b>") + esc(UiText::text(e.label)) + QStringLiteral("</b>") + esc(UiText::colon())
            + esc(UiText::text(e.description)) + QStringLiteral("</li>");
    h += QStringLiteral("</ul>");

    h += section("usage", tr("How the flowchart decides"));
    h += QStringLiteral("<p>")
        + esc(tr("It asks its questions in order and stops at a leaf. The first question, the monthly usage, "
                 "picks a band; each band asks only what matters there:"))
        + QStringLiteral("</p><ul>");
    for (const auto& node : guide.nodes()) {
        if (node.kind != lr::Node::Kind::UsageBand)
            continue;
        for (const auto& band : node.bands)
            h += QStringLiteral("<li>") + esc(UiText::text(band.label)) + QStringLiteral("</li>");
        h += QStringLiteral("</ul><p>") + esc(UiText::text(node.help)) + QStringLiteral("</p>");
    }
    h += item(tr("Monthly tokens"),
        tr("Input and output tokens together, in a typical month. Your provider's usage page or export gives "
           "them; the estimator multiplies requests a day, tokens a request and days a month."));
    h += item(tr("Input share"), tr("The part of those tokens that is input (the prompt). Output usually costs more."));

    h += section("questions", tr("The questions"));
    QStringList asked;
    for (const auto& node : guide.nodes()) {
        if (node.kind == lr::Node::Kind::UsageBand)
            continue;
        const QString question = UiText::text(node.question);
        if (asked.contains(question)) // the same question in another band
            continue;
        asked << question;
        h += item(question, UiText::text(node.help));
    }
    h += QStringLiteral("<p>")
        + esc(tr("The arrow keys answer a question; Alt+N goes on, Alt+B goes back. An "
                 "answer that Back takes off the path is kept, and counts only for the "
                 "warnings."))
        + QStringLiteral("</p>");

    h += section("costs", tr("The costs, and where each default comes from"));
    h += QStringLiteral("<p>")
        + esc(tr("Both sides are added up month by month over the horizon. The cloud costs the tokens at its "
                 "prices; local costs the hardware once, then electricity and maintenance every month. "
                 "Breakeven is the month local's total stops being dearer: hardware ÷ (cloud a month − local a "
                 "month). Every default can be changed, and the report says which values you set."))
        + QStringLiteral("</p>");
    h += item(tr("Cloud prices"),
        tr("Default: %1 and %2 per 1M input and output tokens, %3's prices in the built-in catalog, checked "
           "2025-09-01: a middle price among mainstream offers, so that the default favours neither side. The "
           "guide's own examples are the presets labelled as the guide's.")
            .arg(UiText::unitPrice(d.cloudInputUsdPerMtok), UiText::unitPrice(d.cloudOutputUsdPerMtok),
                d.cloudModel.empty() ? tr("the guide") : QString::fromStdString(d.cloudModel)));
    h += item(tr("Hardware"),
        tr("Default: %1, the guide's RTX 4090 machine (the guide: %2 for one GPU, %3 for several).")
            .arg(UiText::money(d.hardwareUsd),
                QString::fromStdString(
                    lr::Format::usdRange(f.singleGpuHardwareUsd.low, f.singleGpuHardwareUsd.high, UiText::lang())),
                QString::fromStdString(
                    lr::Format::usdRange(f.multiGpuHardwareUsd.low, f.multiGpuHardwareUsd.high, UiText::lang()))));
    h += item(tr("Electricity"),
        tr("Default: %1 a month, within the guide's %2 for one GPU.")
            .arg(UiText::money(d.electricityUsdPerMonth),
                QString::fromStdString(lr::Format::usdRange(
                    f.gpuElectricityUsdPerMonth.low, f.gpuElectricityUsdPerMonth.high, UiText::lang()))));
    h += item(tr("Maintenance"),
        tr("Default: %1 hours a month, the low end of the guide's %2, at %3 an hour: your team's own time at "
           "about a software developer's wage in the US (BLS, May 2024). The guide's outside technician costs "
           "%4 an hour. Set the rate to 0 to count the time as free.")
            .arg(QString::fromStdString(lr::Format::compactNumber(d.maintenanceHoursPerMonth)),
                QString::fromStdString(
                    lr::Format::range(f.maintenanceHoursPerMonth.low, f.maintenanceHoursPerMonth.high)),
                UiText::money(d.hourlyRateUsd), UiText::money(f.technicianUsdPerHour)));
    h += item(tr("Horizon and threshold"),
        tr("Default: %1 each. The horizon is how far ahead the totals add up; local counts as paying back "
           "when its breakeven is within the threshold.")
            .arg(UiText::months(double(d.horizonMonths))));

    h += section("result", tr("The result"));
    h += QStringLiteral("<p>")
        + esc(tr("The recommendation is the leaf the answers reach, set against your own totals: which side costs "
                 "less over the horizon, and by how much. The regret warnings appear only where your answers and "
                 "figures bear them out. File → Export Report writes the same result as a PDF."))
        + QStringLiteral("</p><ul>");
    for (const auto& leaf : guide.leaves())
        h += QStringLiteral("<li><b>") + esc(UiText::text(leaf.label)) + QStringLiteral("</b>") + esc(UiText::colon())
            + esc(QString::fromStdString(lr::TextFigures::generic(guide, leaf.summary, UiText::lang())))
            + QStringLiteral("</li>");
    h += QStringLiteral("</ul>");
    return h;
}
