#include "report/ReportWriter.h"

#include "charts/BreakevenChartView.h"
#include "charts/CompareChartView.h"
#include "charts/CostChartView.h"
#include "document/OutputFile.h"
#include "flowchart/FlowchartView.h"
#include "report/ReportFont.h"
#include "report/ResultHtml.h"
#include "whatif/WhatIfView.h"
#include "widgets/Palette.h"
#include "widgets/UiText.h"

#include "lowregret/analysis/Sensitivity.h"
#include "lowregret/outcome/Sections.h"

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
#include <utility>
#include <vector>

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

// The amounts the charts draw are in the scenario's currency while it lives.
class ReportCurrency {
public:
    explicit ReportCurrency(const lowregret::Currency& currency)
        : m_previous(UiText::currency())
    {
        UiText::setCurrency(currency);
    }
    ~ReportCurrency() { UiText::setCurrency(m_previous); }
    ReportCurrency(const ReportCurrency&) = delete;
    ReportCurrency& operator=(const ReportCurrency&) = delete;

private:
    lowregret::Currency m_previous;
};

// An A4 PDF of `title` with the scenarios attached, drawn by `render` twice: the first pass
// only counts the pages, so the second can number them "n of N". Commits `file` when done.
QString writePdf(OutputFile& file, const QString& title, const std::vector<std::pair<QString, lr::Scenario>>& attached,
    const std::function<int(QPdfWriter&, QPainter*, int)>& render)
{
    QPdfWriter writer(file.device());
    writer.setResolution(k_dpi);
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("LowRegret ") + QStringLiteral(LOWREGRET_VERSION));
    for (const auto& [name, scenario] : attached)
        writer.addFileAttachment(
            name, QByteArray::fromStdString(scenario.toJson().dump(2)), QStringLiteral("application/json"));
    const int pages = render(writer, nullptr, 0);
    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancel();
        return ReportWriter::tr("The PDF could not be started.");
    }
    render(writer, &painter, pages);
    painter.end();
    if (!file.commit())
        return file.errorString();
    return {};
}

// The closing line of every report.
QString madeWith()
{
    return QStringLiteral("<p>")
        + esc(ReportWriter::tr("Made with LowRegret %1 from the low-regret guide. Figures are estimates "
                               "from the inputs above; check current prices before you buy.")
                  .arg(QStringLiteral(LOWREGRET_VERSION)))
        + QStringLiteral("</p>");
}

} // namespace

QString ReportWriter::write(const QString& path, const Input& in)
{
    OutputFile file(path);
    if (!file.open())
        return file.errorString();

    const QString title = tr("LowRegret recommendation report");
    const QString date = in.date.isEmpty() ? QLocale().toString(QDate::currentDate(), QLocale::LongFormat) : in.date;
    const auto& o = in.outcome;

    const ReportHanFamily hanFamily; // before the charts, which take their fonts when built
    const ReportCurrency currency(in.scenario.currency);
    // Offscreen widgets draw the flowchart and the charts; they render as vector graphics.
    FlowchartView flowchart(in.guide);
    flowchart.setWalk(lr::Decision::walk(in.guide, in.scenario));
    CostChartView costChart;
    BreakevenChartView breakevenChart;
    if (o.costs)
        costChart.setSummary(*o.costs);
    else
        costChart.clearSeries();
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

    const lr::Sections sections = lr::Sections::build(in.guide, in.scenario, o, in.cloudOffer, UiText::lang());
    // The tornado of "How sure is this", drawn by the same painter as the What if tab.
    TornadoView tornado;
    tornado.setAnalysis(o.recommendation == lr::Recommendation::OutOfScope
            ? std::nullopt
            : lr::Sensitivity::analyse(in.guide, in.scenario));
    const QRectF scene = flowchart.scene()->sceneRect();
    const auto chartDrawer = [](QChartView& view) {
        return [&view](QPainter* p, const QRectF& r) {
            view.chart()->scene()->render(p, r, QRectF(QPointF(0, 0), view.chart()->size()));
        };
    };
    const auto render = [&](QPdfWriter& writer, QPainter* painter, int totalPages) {
        PageFlow flow(painter, writer, title + QStringLiteral(" — ") + date);
        flow.setTotalPages(totalPages);
        const QString head
            = QStringLiteral("<h1>") + esc(title) + QStringLiteral("</h1><p>") + esc(date) + QStringLiteral("</p>");
        int number = 0;
        for (const auto& section : sections.sections) {
            const QString html = ResultHtml::section(sections, section, ResultHtml::Medium::Print, ++number);
            flow.html(number == 1 ? head + html : html);
            // The path drawn through the flowchart; out of scope, there is no path to draw it under.
            if (section.id == "path" || (section.id == "exclusions" && !sections.find("path")))
                flow.drawing(flow.width() * scene.height() / std::max(1.0, scene.width()),
                    [&](QPainter* p, const QRectF& r) { flowchart.scene()->render(p, r, scene); });
            if (section.id == "sensitivity" && tornado.bars() > 0) {
                // In points, like the charts: a row of about 18 pt a bar, plus title, legend and axis.
                const double points = 90.0 + 18.0 * tornado.bars();
                const double scale = flow.width() / 720.0;
                flow.drawing(points * scale, [&](QPainter* p, const QRectF& r) {
                    p->save();
                    p->translate(r.topLeft());
                    p->scale(scale, scale);
                    tornado.paint(*p, QRectF(0, 0, 720, points));
                    p->restore();
                });
            }
            if (section.id == "costs" && o.costs) {
                flow.drawing(flow.width() * 0.55, chartDrawer(costChart));
                flow.drawing(flow.width() * 0.55, chartDrawer(breakevenChart));
            }
        }
        flow.html(madeWith());
        flow.finish();
        return flow.pages();
    };

    return writePdf(file, title, { { QStringLiteral("scenario.json"), in.scenario } }, render);
}

QString ReportWriter::writeComparison(const QString& path, const lr::Guide& guide, const lr::Comparison& comparison)
{
    OutputFile file(path);
    if (!file.open())
        return file.errorString();
    const QString title = tr("LowRegret scenario comparison");
    const QString date = QLocale().toString(QDate::currentDate(), QLocale::LongFormat);
    const ReportHanFamily hanFamily;
    const lr::Currency currency
        = comparison.entries.empty() ? lr::Currency {} : comparison.entries.front().scenario.currency;
    const ReportCurrency shownIn(currency);
    CompareChartView chart;
    chart.setComparison(comparison);
    chart.setAttribute(Qt::WA_DontShowOnScreen);
    chart.resize(720, 420);
    chart.show();
    QCoreApplication::processEvents();
    const lr::Sections sections = comparison.sections(guide, UiText::lang());

    const auto render = [&](QPdfWriter& writer, QPainter* painter, int totalPages) {
        PageFlow flow(painter, writer, title + QStringLiteral(" — ") + date);
        flow.setTotalPages(totalPages);
        const QString head
            = QStringLiteral("<h1>") + esc(title) + QStringLiteral("</h1><p>") + esc(date) + QStringLiteral("</p>");
        int number = 0;
        for (const auto& section : sections.sections) {
            const QString html = ResultHtml::section(sections, section, ResultHtml::Medium::Print, ++number);
            flow.html(number == 1 ? head + html : html);
            if (section.id == "comparison")
                flow.drawing(flow.width() * 420.0 / 720.0, [&](QPainter* p, const QRectF& r) {
                    chart.chart()->scene()->render(p, r, QRectF(QPointF(0, 0), chart.chart()->size()));
                });
        }
        flow.html(madeWith());
        flow.finish();
        return flow.pages();
    };

    std::vector<std::pair<QString, lr::Scenario>> attached;
    for (const auto& e : comparison.entries)
        attached.emplace_back(QString::fromStdString(e.name), e.scenario);
    return writePdf(file, title, attached, render);
}
