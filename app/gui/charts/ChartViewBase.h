#pragma once

#include <QChartView>
#include <QSize>

class QAbstractAxis;
class QChart;
class QResizeEvent;

// What LowRegret's charts share: a chart the view owns and sizes, and a layout that runs once
// when the view is first shown.
//
// Laying a chart out measures every axis label, title and legend entry (QtCharts lays out a
// QTextDocument for each): the costly part of showing a chart. Left to Qt, a chart in a tab is
// laid out three times as the window first shows: at the size it had when its axes were set,
// at its own size hint once it enters the scene, and at the tab page's minimum size before the
// tab widget gives the page its real size. This class lays it out once, for the size the view
// has when the show's events are over. Once the window is on screen, and for views never shown
// on screen (the report's), every resize lays the chart out at once.
//
// The views name their chart QChartView::chart() in full: a bare chart() reads as any class's,
// the compare dialog's chart() (the view it shows) among them, and a chart uses no dialog.
class ChartViewBase : public QChartView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartViewBase)

public:
    explicit ChartViewBase(QWidget* parent = nullptr);
    ~ChartViewBase() override;

    // The look every chart shares: the title's and the axes' fonts in points (UiText::font),
    // small margins, digits grouped with commas in both languages, the legend at the bottom.
    static constexpr qreal titlePoints = 10.0;
    static constexpr qreal axisTitlePoints = 9.0;
    static constexpr qreal labelPoints = 8.0;
    static void style(QChart* chart, qreal legendPoints = labelPoints);
    static void style(QAbstractAxis* axis);

protected:
    // Months between axis ticks: the first step of the calendar's ladder (1, 2, 3 and 6 months,
    // then 1, 2, 2½, 3, 5, 10 and 20 years) that cuts `spanMonths` into at most `maxIntervals`
    // whole steps.
    static double monthStep(double spanMonths, int maxIntervals);

    void resizeEvent(QResizeEvent* event) final;
    // Called for every resize, before the chart is laid out for the new size: the place to
    // choose ticks that depend on the size.
    virtual void aboutToResize(QSize oldSize, QSize newSize);

private:
    void layOutSettled();

    bool m_shownLaidOut = false;
    bool m_layoutPosted = false;
    QSize m_sizeBeforeShow;
};
