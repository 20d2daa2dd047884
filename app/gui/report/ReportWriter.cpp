#include "report/ReportWriter.h"

#include "charts/BreakevenChartView.h"
#include "charts/CostChartView.h"
#include "document/OutputFile.h"
#include "flowchart/FlowchartView.h"
#include "report/ReportFont.h"
#include "report/ResultHtml.h"
#include "widgets/Palette.h"
#include "widgets/UiText.h"

#include "lowregret/CostModel.h"
#include "lowregret/Format.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QDate>
#include <QGraphicsScene>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <functional>
#include <initializer_list>

namespace lr = lowregret;

namespace {

constexpr int k_dpi = 300;

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

const char* k_css = "h1 { font-size: 18pt; margin: 0; } h2 { font-size: 13pt; margin-top: 10px; }"
                    " h3 { font-size: 11pt; margin-top: 12px; margin-bottom: 4px; }"
                    " td, th { padding: 2px 6px; } th { background: %1; text-align: left; }";

// Lays blocks of rich text and drawings down the pages, starting a new page when a block
// does not fit, and numbering the pages "n / N" (so it runs twice: once to count).
class PageFlow {
public:
    PageFlow(QPainter* painter, QPdfWriter& writer, QString footer)
        : m_painter(painter)
        , m_footer(std::move(footer))
    {
        const QRect full = writer.pageLayout().paintRectPixels(writer.resolution());
        m_page = QRectF(0, 0, full.width(), full.height());
        m_footerHeight = k_dpi * 0.35;
        m_body = QRectF(0, 0, m_page.width(), m_page.height() - m_footerHeight);
        m_writer = &writer;
    }

    void setTotalPages(int n) { m_total = n; }
    [[nodiscard]] int pages() const { return m_pageNo; }
    [[nodiscard]] double width() const { return m_body.width(); }

    void html(const QString& html)
    {
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(m_writer);
        doc.setDefaultFont(UiText::font(9.5));
        doc.setDefaultStyleSheet(QString::fromLatin1(k_css).arg(Palette::css(Palette::Role::TableHeader)));
        doc.setDocumentMargin(0);
        doc.setTextWidth(m_body.width());
        doc.setHtml(html);
        const double height = doc.size().height();
        if (height <= remaining() || height > m_body.height()) {
            if (height > remaining() && m_y > 0)
                newPage();
            // Taller than a page: slice it across pages at line boundaries as Qt lays them.
            double offset = 0;
            while (offset < height) {
                const double slice = std::min(remaining(), height - offset);
                if (m_painter) {
                    m_painter->save();
                    m_painter->translate(0, m_y - offset);
                    doc.drawContents(m_painter, QRectF(0, offset, m_body.width(), slice));
                    m_painter->restore();
                }
                offset += slice;
                m_y += slice;
                if (offset < height)
                    newPage();
            }
        } else {
            newPage();
            if (m_painter) {
                m_painter->save();
                m_painter->translate(0, m_y);
                doc.drawContents(m_painter);
                m_painter->restore();
            }
            m_y += height;
        }
        m_y += k_dpi * 0.06;
    }

    void drawing(double height, const std::function<void(QPainter*, const QRectF&)>& draw)
    {
        if (height > remaining())
            newPage();
        if (m_painter)
            draw(m_painter, QRectF(0, m_y, m_body.width(), height));
        m_y += height + k_dpi * 0.1;
    }

    void newPage()
    {
        footer();
        if (m_painter)
            m_writer->newPage();
        ++m_pageNo;
        m_y = 0;
    }

    void finish() { footer(); }

private:
    [[nodiscard]] double remaining() const { return m_body.height() - m_y; }

    void footer()
    {
        if (!m_painter)
            return;
        m_painter->save();
        m_painter->setFont(UiText::font(8));
        m_painter->setPen(Palette::color(Palette::Role::Muted));
        const QRectF area(0, m_page.height() - m_footerHeight * 0.7, m_page.width(), m_footerHeight * 0.7);
        m_painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
        m_painter->drawText(
            area, Qt::AlignRight | Qt::AlignVCenter, ReportWriter::tr("Page %1 of %2").arg(m_pageNo).arg(m_total));
        m_painter->restore();
    }

    QPainter* m_painter;
    QPdfWriter* m_writer = nullptr;
    QString m_footer;
    QRectF m_page;
    QRectF m_body;
    double m_footerHeight = 0;
    double m_y = 0;
    int m_pageNo = 1;
    int m_total = 1;
};

// Han text drawn while it lives comes from the report's copy of the CJK face (ReportFont.h).
class ReportHanFamily {
public:
    ReportHanFamily()
        : m_previous(UiText::hanFamily())
    {
        UiText::setHanFamily(ReportFont::hanFamily());
    }
    ~ReportHanFamily() { UiText::setHanFamily(m_previous); }
    ReportHanFamily(const ReportHanFamily&) = delete;
    ReportHanFamily& operator=(const ReportHanFamily&) = delete;

private:
    QString m_previous;
};

QString sourceLabel(const lr::Scenario& s, const std::string& field)
{
    return s.isUserSet(field) ? ReportWriter::tr("you") : ReportWriter::tr("guide default");
}

} // namespace

QString ReportWriter::assumptionsHtml(const Input& in)
{
    const auto& s = in.scenario;
    QString h = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"0.5\"><tr><th>") + esc(tr("Input"))
        + QStringLiteral("</th><th>") + esc(tr("Value")) + QStringLiteral("</th><th>") + esc(tr("Set by"))
        + QStringLiteral("</th></tr>");
    const auto row = [&h](const QString& name, const QString& value, const QString& by) {
        h += QStringLiteral("<tr><td>") + esc(name) + QStringLiteral("</td><td>") + esc(value)
            + QStringLiteral("</td><td>") + esc(by) + QStringLiteral("</td></tr>");
    };
    row(tr("Monthly tokens"), s.answers.monthlyTokens ? UiText::tokens(*s.answers.monthlyTokens) : tr("not given"),
        sourceLabel(s, "answers.monthly_tokens"));
    row(tr("Input share"), UiText::percent(s.inputShare), sourceLabel(s, "input_share"));
    QString cloudBy = sourceLabel(s, "cloud.input_usd_per_mtok");
    if (in.cloudOffer)
        cloudBy = tr("catalog: %1").arg(ResultHtml::offerLine(*in.cloudOffer));
    row(tr("Cloud input price (USD per 1M tokens)"), UiText::number(s.cloud.inputUsdPerMtok, 2), cloudBy);
    row(tr("Cloud output price (USD per 1M tokens)"), UiText::number(s.cloud.outputUsdPerMtok, 2),
        in.cloudOffer ? cloudBy : sourceLabel(s, "cloud.output_usd_per_mtok"));
    row(tr("Local hardware, once"), UiText::money(s.local.hardwareUsd), sourceLabel(s, "local.hardware_usd"));
    row(tr("Electricity a month"), UiText::money(s.local.electricityUsdPerMonth),
        sourceLabel(s, "local.electricity_usd_per_month"));
    row(tr("Maintenance hours a month"), UiText::number(s.local.maintenanceHoursPerMonth, 1),
        sourceLabel(s, "local.maintenance_hours_per_month"));
    row(tr("Hourly rate"), UiText::money(s.local.hourlyRateUsd), sourceLabel(s, "local.hourly_rate_usd"));
    row(tr("Horizon"), UiText::months(double(s.horizonMonths)), sourceLabel(s, "horizon_months"));
    row(tr("Breakeven threshold"), UiText::months(s.breakevenThresholdMonths),
        sourceLabel(s, "breakeven_threshold_months"));
    h += QStringLiteral("</table>");
    return h;
}

QString ReportWriter::write(const QString& path, const Input& in)
{
    OutputFile file(path);
    if (!file.open())
        return file.errorString();

    const QString title = tr("LowRegret recommendation report");
    const QString date = in.date.isEmpty() ? QLocale().toString(QDate::currentDate(), QLocale::LongFormat) : in.date;
    const auto& o = in.outcome;
    const lr::Leaf* leaf = in.guide.leaf(o.leaf);

    const ReportHanFamily hanFamily; // before the charts, which take their fonts when built
    // Offscreen widgets draw the flowchart and the charts; they render as vector graphics.
    FlowchartView flowchart(in.guide);
    flowchart.setWalk(lr::Decision::walk(in.guide, in.scenario));
    CostChartView costChart;
    BreakevenChartView breakevenChart;
    if (o.costs)
        costChart.setSummary(*o.costs);
    else
        costChart.clear();
    breakevenChart.setScenario(in.scenario);
    // Laid out like shown windows (never on screen), at a print-like size in points.
    for (QWidget* w : std::initializer_list<QWidget*> { &costChart, &breakevenChart }) {
        w->setAttribute(Qt::WA_DontShowOnScreen);
        w->resize(720, 396);
        w->show();
    }
    flowchart.setAttribute(Qt::WA_DontShowOnScreen);
    flowchart.resize(760, 560);
    flowchart.show();
    QCoreApplication::processEvents();

    const auto render = [&](QPdfWriter& writer, QPainter* painter, int totalPages) {
        PageFlow flow(painter, writer, title + QStringLiteral(" — ") + date);
        flow.setTotalPages(totalPages);
        QString head
            = QStringLiteral("<h1>") + esc(title) + QStringLiteral("</h1><p>") + esc(date) + QStringLiteral("</p>");
        // 1. The recommendation in one sentence, and its leaf.
        head += QStringLiteral("<h2>")
            + esc(tr("1. Recommendation: %1").arg(ResultHtml::recommendationName(o.recommendation)))
            + QStringLiteral("</h2>");
        if (leaf)
            head += QStringLiteral("<p><b>") + esc(UiText::text(leaf->summary)) + QStringLiteral("</b></p>");
        const QString leafName = leaf
            ? UiText::text(leaf->label) + UiText::parenthesized(QString::fromStdString(o.leaf))
            : QString::fromStdString(o.leaf);
        head += QStringLiteral("<p>") + esc(tr("Flowchart leaf: %1").arg(leafName)) + QStringLiteral("</p>");
        for (const auto& id : o.exclusions)
            if (const auto* e = in.guide.exclusion(id))
                head += QStringLiteral("<p><b>") + esc(UiText::text(e->label)) + QStringLiteral("</b>")
                    + esc(UiText::colon()) + esc(UiText::text(e->advice)) + QStringLiteral("</p>");
        flow.html(head);

        // 2. The answers, and the path drawn through the flowchart.
        QString answers = QStringLiteral("<h2>") + esc(tr("2. Answers and the path through the guide"))
            + QStringLiteral("</h2>") + ResultHtml::pathHtml(in.guide, in.scenario, o);
        if (leaf)
            answers += QStringLiteral("<p>") + esc(UiText::text(leaf->reason)) + QStringLiteral("</p>");
        flow.html(answers);
        const QRectF scene = flowchart.scene()->sceneRect();
        const double diagramHeight = flow.width() * scene.height() / std::max(1.0, scene.width());
        flow.drawing(diagramHeight, [&](QPainter* p, const QRectF& r) { flowchart.scene()->render(p, r, scene); });

        // 3. Products. 4. Warnings and the hybrid alternative.
        QString products;
        if (!o.products.empty()) {
            products += QStringLiteral("<h2>") + esc(tr("3. Recommended products")) + QStringLiteral("</h2>");
            for (const auto& id : o.products) {
                const auto* p = in.guide.product(id);
                if (!p)
                    continue;
                const QString link = QString::fromStdString(p->link);
                products += QStringLiteral("<h3>") + esc(QString::fromStdString(p->name))
                    + QStringLiteral("</h3><table cellspacing=\"0\">");
                const auto line = [&products](const QString& k, const QString& v) {
                    products += QStringLiteral("<tr><td valign=\"top\"><i>") + esc(k) + QStringLiteral("</i></td><td>")
                        + v + QStringLiteral("</td></tr>");
                };
                line(tr("Suits"), esc(UiText::text(p->suits)));
                line(tr("Does not suit"), esc(UiText::text(p->notSuits)));
                line(tr("Regret risk"), esc(UiText::text(p->regretRisk)));
                line(tr("Cost"), esc(UiText::text(p->cost)));
                line(tr("Link"),
                    QStringLiteral("<a href=\"") + esc(link) + QStringLiteral("\">") + esc(link)
                        + QStringLiteral("</a>"));
                products += QStringLiteral("</table>");
            }
            flow.html(products);
        }
        QString warnings
            = QStringLiteral("<h2>") + esc(tr("4. Regret warnings and alternatives")) + QStringLiteral("</h2>");
        if (o.warnings.empty() && o.advice.empty())
            warnings += QStringLiteral("<p>")
                + esc(tr("None of the guide's regret scenarios applies to these answers.")) + QStringLiteral("</p>");
        for (const auto& id : o.warnings)
            if (const auto* r = in.guide.warning(id))
                warnings += QStringLiteral("<p><b>") + esc(UiText::text(r->title)) + QStringLiteral("</b><br/>")
                    + esc(UiText::text(r->text)) + QStringLiteral("</p>");
        for (const auto& id : o.advice)
            if (const auto* r = in.guide.adviceItem(id))
                warnings += QStringLiteral("<p><b>") + esc(UiText::text(r->title)) + QStringLiteral("</b><br/>")
                    + esc(UiText::text(r->text)) + QStringLiteral("</p>");
        flow.html(warnings);

        // 5. Assumptions.
        flow.html(QStringLiteral("<h2>") + esc(tr("5. Assumptions")) + QStringLiteral("</h2>") + assumptionsHtml(in));

        // 6. Costs and charts.
        QString costs = QStringLiteral("<h2>") + esc(tr("6. Costs")) + QStringLiteral("</h2>");
        if (o.costs) {
            const auto& c = *o.costs;
            costs += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"0.5\"><tr><th></th><th>")
                + esc(tr("Up front")) + QStringLiteral("</th><th>") + esc(tr("A month")) + QStringLiteral("</th><th>")
                + esc(tr("Total over %1").arg(UiText::months(double(c.horizonMonths)))) + QStringLiteral("</th></tr>");
            costs += QStringLiteral("<tr><td>") + esc(tr("Cloud API"))
                + QStringLiteral("</td><td align=\"right\">—</td><td align=\"right\">")
                + esc(UiText::money(c.cloudMonthly)) + QStringLiteral("</td><td align=\"right\">")
                + esc(UiText::money(c.cloudTotal)) + QStringLiteral("</td></tr>");
            costs += QStringLiteral("<tr><td>") + esc(tr("Local deployment"))
                + QStringLiteral("</td><td align=\"right\">") + esc(UiText::money(c.localUpfront))
                + QStringLiteral("</td><td align=\"right\">") + esc(UiText::money(c.localMonthly))
                + QStringLiteral("</td><td align=\"right\">") + esc(UiText::money(c.localTotal))
                + QStringLiteral("</td></tr></table>");
            costs += QStringLiteral("<p>")
                + esc(tr("Breakeven: %1 (threshold %2).")
                          .arg(UiText::months(c.breakevenMonths), UiText::months(in.scenario.breakevenThresholdMonths)))
                + QStringLiteral("</p>");
        } else {
            costs += QStringLiteral("<p>") + esc(tr("No costs: the monthly usage is not given."))
                + QStringLiteral("</p>");
        }
        flow.html(costs);
        const double chartHeight = flow.width() * 0.55;
        const auto chartDrawer = [](QChartView& view) {
            return [&view](QPainter* p, const QRectF& r) {
                view.chart()->scene()->render(p, r, QRectF(QPointF(0, 0), view.chart()->size()));
            };
        };
        if (o.costs) {
            flow.drawing(chartHeight, chartDrawer(costChart));
            flow.drawing(chartHeight, chartDrawer(breakevenChart));
        }

        // 7. The guide's caveats.
        QString caveats = QStringLiteral("<h2>") + esc(tr("7. Before you decide")) + QStringLiteral("</h2><ul>");
        for (const auto& c : in.guide.caveats())
            caveats += QStringLiteral("<li>") + esc(UiText::text(c)) + QStringLiteral("</li>");
        caveats += QStringLiteral("</ul><p>")
            + esc(tr("Made with LowRegret %1 from the low-regret guide. Figures are estimates "
                     "from the inputs above; check current prices before you buy.")
                      .arg(QStringLiteral(LOWREGRET_VERSION)))
            + QStringLiteral("</p>");
        flow.html(caveats);
        flow.finish();
        return flow.pages();
    };

    QPdfWriter writer(file.device());
    writer.setResolution(k_dpi);
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("LowRegret ") + QStringLiteral(LOWREGRET_VERSION));
    writer.addFileAttachment(QStringLiteral("scenario.json"), QByteArray::fromStdString(in.scenario.toJson().dump(2)),
        QStringLiteral("application/json"));

    // The first pass only counts the pages, so the second can number them "n of N".
    const int pages = render(writer, nullptr, 0);
    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancel();
        return tr("The PDF could not be started.");
    }
    render(writer, &painter, pages);
    painter.end();
    if (!file.commit())
        return file.errorString();
    return {};
}
