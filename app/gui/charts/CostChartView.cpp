#include "charts/CostChartView.h"

#include "widgets/Palette.h"
#include "widgets/UiText.h"

#include <QChart>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QList>
#include <QLocale>
#include <QPen>
#include <QPointF>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace {

constexpr qreal kTitlePoints = 10.0;
constexpr qreal kAxisTitlePoints = 9.0;
constexpr qreal kLabelPoints = 8.0;
constexpr qreal kLegendPoints = 8.5;
constexpr int kPixelsPerMonthLabel = 46; // room for a label such as "216" and its gaps
constexpr int kMinMonthTicks = 5;

// The drawn line's height at x: straight between core's monthly points, as the series draws
// it, so the breakeven marker sits exactly on the line.
double valueOnLine(const QList<QPointF>& points, double x)
{
    const auto after = std::lower_bound(
        points.cbegin(), points.cend(), x, [](const QPointF& p, double value) { return p.x() < value; });
    if (after == points.cbegin())
        return points.first().y();
    if (after == points.cend())
        return points.last().y();
    const QPointF b = *after;
    const QPointF a = *(after - 1);
    return b.x() > a.x() ? a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x()) : b.y();
}

} // namespace

CostChartView::CostChartView(QWidget* parent)
    : ChartViewBase(parent)
    , m_chart(QChartView::chart())
    , m_axisX(new QValueAxis(m_chart))
    , m_axisY(new QValueAxis(m_chart))
    , m_cloud(new QLineSeries(m_chart))
    , m_local(new QLineSeries(m_chart))
    , m_hybrid(new QLineSeries(m_chart))
    , m_breakeven(new QScatterSeries(m_chart))
{
    setObjectName(u"costChartView"_s);

    m_chart->setTitleFont(UiText::font(kTitlePoints, true));
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    // Axis labels use the locale's digit grouping; both languages group with commas (Format).
    m_chart->setLocalizeNumbers(true);
    m_chart->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setFont(UiText::font(kLegendPoints));

    for (QValueAxis* axis : { m_axisX, m_axisY }) {
        axis->setLabelsFont(UiText::font(kLabelPoints));
        axis->setTitleFont(UiText::font(kAxisTitlePoints));
        // Localized labels need the "%.Nf" form; "%d" would come out empty.
        axis->setLabelFormat(u"%.0f"_s);
    }
    m_axisX->setTickType(QValueAxis::TicksDynamic);
    m_axisX->setTickAnchor(0.0);
    m_axisY->setTickType(QValueAxis::TicksDynamic);
    m_axisY->setTickAnchor(0.0);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);

    m_cloud->setPen(QPen(Palette::color(Palette::Role::Cloud), 2.5));
    m_local->setPen(QPen(Palette::color(Palette::Role::Local), 2.5));
    // Between the two pure choices, and dashed so that it reads apart in grey print too.
    m_hybrid->setPen(
        QPen(Palette::mix(Palette::color(Palette::Role::Local), Palette::color(Palette::Role::Cloud), 0.5F), 2.0,
            Qt::DashLine));
    m_breakeven->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_breakeven->setMarkerSize(11.0);
    m_breakeven->setColor(Palette::color(Palette::Role::Mark));
    m_breakeven->setBorderColor(Qt::white);
    for (QXYSeries* series : std::initializer_list<QXYSeries*> { m_cloud, m_local, m_hybrid, m_breakeven }) {
        m_chart->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    }

    clearSeries();
}

CostChartView::~CostChartView() = default;

void CostChartView::setSummary(const lowregret::CostModel::Summary& summary)
{
    QList<QPointF> cloud;
    QList<QPointF> local;
    QList<QPointF> hybrid;
    cloud.reserve(qsizetype(summary.series.size()));
    local.reserve(qsizetype(summary.series.size()));
    double top = 0.0;
    // In the currency the scenario shows its amounts in.
    const auto& currency = UiText::currency();
    for (const auto& point : summary.series) {
        // Hardware bought at the start of a month is a step up at the end of the one before.
        for (const auto& purchase : summary.purchases)
            if (purchase.month == point.month && point.month > 0 && !local.isEmpty())
                local.append(QPointF(point.month - 1, local.last().y() + currency.fromUsd(purchase.usd)));
        cloud.append(QPointF(point.month, currency.fromUsd(point.cloud)));
        local.append(QPointF(point.month, currency.fromUsd(point.local)));
        top = std::max({ top, cloud.last().y(), summary.localRuns ? local.last().y() : 0.0 });
        if (summary.hybrid) {
            hybrid.append(QPointF(point.month, currency.fromUsd(point.hybrid)));
            top = std::max(top, hybrid.last().y());
        }
    }
    m_cloud->replace(cloud);
    m_local->replace(summary.localRuns ? local : QList<QPointF>());
    m_local->setVisible(summary.localRuns); // a setup that cannot run its model is not drawn, nor in the legend
    m_hybrid->replace(hybrid);
    m_hybrid->setVisible(summary.hybrid.has_value());
    m_hybridShare = summary.hybrid ? summary.hybrid->localShare : 0.0;

    const int horizon = std::max(summary.horizonMonths, 1);
    QList<QPointF> crossing;
    if (summary.breakevenMonths && !local.isEmpty() && *summary.breakevenMonths >= local.first().x()
        && *summary.breakevenMonths <= local.last().x()) {
        crossing.append(QPointF(*summary.breakevenMonths, valueOnLine(local, *summary.breakevenMonths)));
    }
    m_breakeven->replace(crossing);

    if (!(top > 0.0) || !std::isfinite(top))
        top = 1.0;
    // Widen the tick interval before the range grows: a dynamic axis lays out every tick of
    // the old interval over the new range at once (millions of labels for a large usage).
    m_axisY->setTickInterval(std::max(m_axisY->tickInterval(), top / 4.0));
    m_axisX->setRange(0, horizon);
    m_axisY->setRange(0.0, top);
    m_axisY->applyNiceNumbers();
    m_axisY->setTickInterval((m_axisY->max() - m_axisY->min()) / std::max(m_axisY->tickCount() - 1, 1));

    m_hasData = true;
    m_localRuns = summary.localRuns;
    m_horizonMonths = summary.horizonMonths;
    m_breakevenMonths = summary.breakevenMonths;
    updateMonthTicks();
    retranslate();
}

void CostChartView::clearSeries()
{
    m_cloud->clear();
    m_local->clear();
    m_hybrid->clear();
    m_hybrid->setVisible(false);
    m_breakeven->clear();
    m_hasData = false;
    m_breakevenMonths.reset();
    m_axisX->setRange(0, m_horizonMonths > 0 ? m_horizonMonths : 12);
    m_axisY->setRange(0.0, 1000.0);
    m_axisY->setTickInterval(200.0);
    updateMonthTicks();
    retranslate();
}

QLineSeries* CostChartView::cloudSeries() const
{
    return m_cloud;
}

QLineSeries* CostChartView::localSeries() const
{
    return m_local;
}

QScatterSeries* CostChartView::breakevenSeries() const
{
    return m_breakeven;
}

void CostChartView::changeEvent(QEvent* event)
{
    // The chart, its axes and series are not widgets: they hear of a language change only here.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ChartViewBase::changeEvent(event);
}

void CostChartView::aboutToResize(QSize oldSize, QSize newSize)
{
    if (newSize.width() != oldSize.width())
        updateMonthTicks();
}

void CostChartView::updateMonthTicks()
{
    // As many labels as the width holds; ticks are one more than the steps between them.
    const int maxTicks = std::max(kMinMonthTicks, width() / kPixelsPerMonthLabel);
    m_axisX->setTickInterval(monthStep(double(std::lround(m_axisX->max())), maxTicks - 1));
}

void CostChartView::retranslate()
{
    m_chart->setTitle(m_hasData ? tr("Cumulative cost over %1").arg(UiText::months(double(m_horizonMonths)))
                                : tr("Cumulative cost: enter your monthly usage to see it"));
    m_axisX->setTitleText(tr("Month"));
    // Short, so that the axis title and the legend stay whole in a narrow panel; the chart's
    // title says what the lines are.
    m_axisY->setTitleText(UiText::currencyUnit());
    m_cloud->setName(tr("Cloud API"));
    m_local->setName(tr("Local"));
    m_hybrid->setName(tr("Hybrid, %1 local").arg(UiText::percent(m_hybridShare)));
    m_breakeven->setName(tr("Breakeven: %1").arg(UiText::months(m_breakevenMonths)));
    // With no data, or a local setup that cannot run its model, there is no breakeven to speak
    // of; "never" would be wrong.
    for (QLegendMarker* marker : m_chart->legend()->markers(m_breakeven))
        marker->setVisible(m_hasData && m_localRuns);
}
