#include "charts/BreakevenChartView.h"

#include "widgets/Palette.h"
#include "widgets/UiText.h"

#include "lowregret/costs/CostModel.h"

#include <QCategoryAxis>
#include <QChart>
#include <QEvent>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QList>
#include <QLocale>
#include <QLogValueAxis>
#include <QPen>
#include <QPointF>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr qreal kTitlePoints = 10.0;
constexpr qreal kAxisTitlePoints = 9.0;
constexpr qreal kLabelPoints = 8.0;
constexpr qreal kLegendPoints = 8.5;

constexpr int kMinDecade = 5; // 100K tokens a month
constexpr int kMaxDecade = 10; // 10B tokens a month
constexpr int kCurvePoints = 200;
constexpr double kMinYMax = 36.0;
constexpr double kMaxYMax = 240.0;
constexpr int kPixelsPerMonthLabel = 48; // of the widget's height, per Y label
constexpr int kMinYTicks = 3;
constexpr int kMaxYTicks = 8;

double minTokens()
{
    return std::pow(10.0, kMinDecade);
}

double maxTokens()
{
    return std::pow(10.0, kMaxDecade);
}

} // namespace

BreakevenChartView::BreakevenChartView(QWidget* parent)
    : ChartViewBase(parent)
    , m_chart(QChartView::chart())
    , m_axisX(new QLogValueAxis(m_chart))
    , m_axisXLabels(new QCategoryAxis(m_chart))
    , m_axisY(new QValueAxis(m_chart))
    , m_curve(new QLineSeries(m_chart))
    , m_threshold(new QLineSeries(m_chart))
    , m_user(new QScatterSeries(m_chart))
{
    setObjectName(u"breakevenChartView"_s);

    m_chart->setTitleFont(UiText::font(kTitlePoints, true));
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setLocalizeNumbers(true);
    m_chart->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setFont(UiText::font(kLegendPoints));

    // QLogValueAxis labels are printf-formatted ("1e+06" at best). The series live on the log
    // axis, which draws the grid; a category axis over the same decades, attached to no series,
    // draws the labels as core's short token counts (100K, 1M, 10M…) and the axis title.
    m_axisX->setBase(10.0);
    m_axisX->setRange(minTokens(), maxTokens());
    m_axisX->setMinorTickCount(8);
    m_axisX->setMinorGridLineColor(Palette::color(Palette::Role::Grid));
    m_axisX->setLabelsVisible(false);
    m_axisX->setTitleVisible(false);
    m_axisX->setLineVisible(false);
    m_axisXLabels->setRange(kMinDecade, kMaxDecade);
    m_axisXLabels->setStartValue(kMinDecade - 1);
    m_axisXLabels->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_axisXLabels->setGridLineVisible(false);

    m_axisY->setRange(0.0, kMinYMax);
    m_axisY->setTickType(QValueAxis::TicksDynamic);
    m_axisY->setTickAnchor(0.0);
    updateMonthTicks();
    m_axisY->setLabelFormat(u"%.0f"_s); // localized labels need the "%.Nf" form, not "%d"

    for (QAbstractAxis* axis : std::initializer_list<QAbstractAxis*> { m_axisX, m_axisXLabels, m_axisY }) {
        axis->setLabelsFont(UiText::font(kLabelPoints));
        axis->setTitleFont(UiText::font(kAxisTitlePoints));
    }
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisXLabels, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);

    m_curve->setPen(QPen(Palette::color(Palette::Role::Local), 2.5)); // when local pays back
    m_threshold->setPen(QPen(Palette::color(Palette::Role::Reference), 1.8, Qt::DashLine));
    m_user->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_user->setMarkerSize(12.0);
    m_user->setColor(Palette::color(Palette::Role::Highlight));
    m_user->setBorderColor(Qt::white);
    for (QXYSeries* series : std::initializer_list<QXYSeries*> { m_curve, m_threshold, m_user }) {
        m_chart->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    }

    retranslate();
}

BreakevenChartView::~BreakevenChartView() = default;

void BreakevenChartView::setScenario(const lowregret::Scenario& scenario)
{
    m_thresholdMonths = scenario.breakevenThresholdMonths;
    const double yMax = std::clamp(4.0 * m_thresholdMonths, kMinYMax, kMaxYMax);
    m_axisY->setRange(0.0, yMax);
    updateMonthTicks();

    // Breakeven falls with usage once the cloud is dearer than running locally: keep the run
    // of finite points after the first one. Points above the chart are clamped to its top; the
    // leading ones are replaced by the one point where the drawn line (straight on the log
    // scale) crosses the top, so the line leaves the top cleanly instead of lying along it.
    const auto usage = lowregret::CostModel::breakevenCurve(scenario, minTokens(), maxTokens(), kCurvePoints);
    QList<QPointF> curve;
    curve.reserve(qsizetype(usage.size()));
    std::optional<QPointF> aboveTop; // the last finite point above the chart, before the line enters it
    for (const auto& point : usage) {
        if (!point.breakevenMonths) {
            if (aboveTop || !curve.isEmpty())
                break;
            continue;
        }
        const QPointF here(point.monthlyTokens, *point.breakevenMonths);
        if (curve.isEmpty() && here.y() > yMax) {
            aboveTop = here;
            continue;
        }
        if (curve.isEmpty() && aboveTop) {
            const double a = std::log10(aboveTop->x());
            const double b = std::log10(here.x());
            const double t = (aboveTop->y() - yMax) / (aboveTop->y() - here.y());
            curve.append(QPointF(std::pow(10.0, a + (b - a) * t), yMax));
        }
        curve.append(QPointF(here.x(), std::min(here.y(), yMax)));
    }
    m_curve->replace(curve);

    QList<QPointF> threshold;
    if (m_thresholdMonths >= 0.0 && m_thresholdMonths <= yMax)
        threshold = { QPointF(minTokens(), m_thresholdMonths), QPointF(maxTokens(), m_thresholdMonths) };
    m_threshold->replace(threshold);

    m_userTokens.reset();
    m_userBreakeven.reset();
    QList<QPointF> user;
    if (scenario.answers.monthlyTokens && *scenario.answers.monthlyTokens > 0.0) {
        m_userTokens = *scenario.answers.monthlyTokens;
        m_userBreakeven = lowregret::CostModel::breakevenAtUsage(scenario, *m_userTokens);
        if (m_userBreakeven)
            user.append(QPointF(*m_userTokens, std::min(*m_userBreakeven, yMax)));
    }
    m_user->replace(user);

    retranslate();
}

QLineSeries* BreakevenChartView::curveSeries() const
{
    return m_curve;
}

QLineSeries* BreakevenChartView::thresholdSeries() const
{
    return m_threshold;
}

QScatterSeries* BreakevenChartView::userPointSeries() const
{
    return m_user;
}

void BreakevenChartView::changeEvent(QEvent* event)
{
    // The chart, its axes and series are not widgets: they hear of a language change only here.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ChartViewBase::changeEvent(event);
}

void BreakevenChartView::aboutToResize(QSize oldSize, QSize newSize)
{
    if (newSize.height() != oldSize.height())
        updateMonthTicks();
}

void BreakevenChartView::updateMonthTicks()
{
    // As many labels as the height holds.
    m_axisY->setTickInterval(
        monthStep(m_axisY->max(), std::clamp(height() / kPixelsPerMonthLabel, kMinYTicks, kMaxYTicks)));
}

void BreakevenChartView::retranslate()
{
    m_chart->setTitle(tr("Breakeven against monthly usage"));
    m_axisX->setTitleText(tr("Monthly tokens"));
    m_axisXLabels->setTitleText(tr("Monthly tokens"));
    // The decades in the language's own counting (100K… / 10 萬…), and room at the right for
    // half the last label, which is centred on the axis's end.
    QStringList labels;
    for (int decade = kMinDecade; decade <= kMaxDecade; ++decade)
        labels << UiText::shortTokens(std::pow(10.0, decade));
    if (m_axisXLabels->categoriesLabels() != labels) {
        for (const QString& label : m_axisXLabels->categoriesLabels())
            m_axisXLabels->remove(label);
        for (int decade = kMinDecade; decade <= kMaxDecade; ++decade)
            m_axisXLabels->append(labels.at(decade - kMinDecade), decade);
        const qreal half = QFontMetricsF(UiText::font(kLabelPoints)).horizontalAdvance(labels.back()) / 2;
        m_chart->setMargins(QMargins(4, 4, std::max(4, static_cast<int>(std::ceil(half))), 4));
    }
    // Short, so that they stay whole in a narrow panel.
    m_axisY->setTitleText(tr("Months"));
    m_curve->setName(tr("Breakeven"));
    m_threshold->setName(tr("Threshold: %1").arg(UiText::months(m_thresholdMonths)));
    if (m_userTokens && m_userBreakeven)
        m_user->setName(
            tr("You: %1 at %2 tokens").arg(UiText::months(m_userBreakeven), UiText::shortTokens(*m_userTokens)));
    else if (m_userTokens)
        m_user->setName(tr("You: no breakeven at %1 tokens").arg(UiText::shortTokens(*m_userTokens)));
    else
        m_user->setName(QString());
    for (QLegendMarker* marker : m_chart->legend()->markers(m_user))
        marker->setVisible(m_userTokens.has_value());
}
