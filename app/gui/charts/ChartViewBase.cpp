#include "charts/ChartViewBase.h"

#include "widgets/UiText.h"

#include <cmath>

#include <QAbstractAxis>
#include <QChart>
#include <QCoreApplication>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLocale>
#include <QPainter>
#include <QResizeEvent>
#include <QWindow>

ChartViewBase::ChartViewBase(QWidget* parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 240);
    QChart* c = QChartView::chart();
    c->setAnimationOptions(QChart::NoAnimation);
    // The view gives the chart its size. Left to itself, the chart would also size itself to
    // its size hints when it enters the scene, and lay itself out for that size. With no
    // minimum of its own, the chart no longer raises the view's minimum to what its labels
    // need; the view's 320 × 240 is about twice what either chart needs.
    c->setAttribute(Qt::WA_Resized);
    c->setMinimumSize(0, 0);
    // The same for the legend, which the chart's layout places and sizes.
    c->legend()->setAttribute(Qt::WA_Resized);
    c->legend()->setMinimumSize(0, 0);
}

ChartViewBase::~ChartViewBase() = default;

double ChartViewBase::monthStep(double spanMonths, int maxIntervals)
{
    for (const double step : { 1.0, 2.0, 3.0, 6.0, 12.0, 24.0, 30.0, 36.0, 60.0, 120.0 })
        if (std::floor(spanMonths / step) <= maxIntervals)
            return step;
    return 240.0;
}

void ChartViewBase::aboutToResize(QSize /*oldSize*/, QSize /*newSize*/) { }

void ChartViewBase::resizeEvent(QResizeEvent* event)
{
    aboutToResize(event->oldSize(), event->size());
    // Only while its window is first being shown (not yet on screen) does the view wait for
    // the show's last resize. Otherwise it is laid out at once: a chart in a window already on
    // screen (a tab chosen later) must not be drawn empty first, and charts drawn off screen
    // (the report's) are drawn right after.
    const QWindow* handle = window()->windowHandle();
    const bool windowAppearing
        = isVisible() && !(handle && handle->isExposed()) && !window()->testAttribute(Qt::WA_DontShowOnScreen);
    if (!windowAppearing || m_shownLaidOut) {
        QChartView::resizeEvent(event);
        return;
    }
    if (m_layoutPosted)
        return;
    m_layoutPosted = true;
    m_sizeBeforeShow = event->oldSize();
    // The chart's own layout request, posted when its axes and titles were set, would lay it
    // out at its old size first: layOutSettled replaces it.
    QCoreApplication::removePostedEvents(QChartView::chart(), QEvent::LayoutRequest);
    QMetaObject::invokeMethod(this, &ChartViewBase::layOutSettled, Qt::QueuedConnection);
}

void ChartViewBase::layOutSettled()
{
    m_layoutPosted = false;
    m_shownLaidOut = true;
    QResizeEvent settled(size(), m_sizeBeforeShow);
    QChartView::resizeEvent(&settled);
    if (QGraphicsLayout* layout = QChartView::chart()->layout())
        layout->activate(); // when the size did not change, nothing above laid it out
}

void ChartViewBase::style(QChart* chart, qreal legendPoints)
{
    chart->setTitleFont(UiText::font(titlePoints, true));
    chart->setMargins(QMargins(4, 4, 4, 4));
    // Axis labels use the locale's digit grouping; both languages group with commas (Format).
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(UiText::font(legendPoints));
}

void ChartViewBase::style(QAbstractAxis* axis)
{
    axis->setLabelsFont(UiText::font(labelPoints));
    axis->setTitleFont(UiText::font(axisTitlePoints));
}
