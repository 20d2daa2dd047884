#pragma once

#include "lowregret/scenario/Scenario.h"

#include "charts/ChartViewBase.h"

#include <optional>

class QCategoryAxis;
class QChart;
class QLineSeries;
class QLogValueAxis;
class QScatterSeries;
class QValueAxis;

// Months to break even against monthly usage (log scale), with the scenario's threshold and
// the user's own usage marked. It only draws what CostModel::breakevenCurve returned.
class BreakevenChartView final : public ChartViewBase {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BreakevenChartView)

public:
    explicit BreakevenChartView(QWidget* parent = nullptr);
    ~BreakevenChartView() override;

    // Cheap enough to call on every keystroke: only replaces points and ranges.
    void setScenario(const lowregret::Scenario& scenario);

    [[nodiscard]] QLineSeries* curveSeries() const;
    [[nodiscard]] QLineSeries* thresholdSeries() const;
    // The user's usage and its breakeven; empty when the usage is unknown or never breaks even.
    [[nodiscard]] QScatterSeries* userPointSeries() const;

protected:
    void changeEvent(QEvent* event) override;
    void aboutToResize(QSize oldSize, QSize newSize) override;

private:
    void retranslate();
    void updateMonthTicks();

    QChart* m_chart = nullptr;
    QLogValueAxis* m_axisX = nullptr;
    QCategoryAxis* m_axisXLabels = nullptr; // readable labels (100K, 1M…) for m_axisX
    QValueAxis* m_axisY = nullptr;
    QLineSeries* m_curve = nullptr;
    QLineSeries* m_threshold = nullptr;
    QScatterSeries* m_user = nullptr;

    double m_thresholdMonths = 12.0;
    std::optional<double> m_userTokens; // known and > 0
    std::optional<double> m_userBreakeven;
};
