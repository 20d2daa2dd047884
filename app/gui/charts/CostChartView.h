#pragma once

#include "lowregret/costs/CostModel.h"

#include "charts/ChartViewBase.h"

#include <optional>

class QChart;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

// Cumulative cost over the scenario's horizon, cloud API against local hardware, with the
// breakeven crossing marked. It only draws what CostModel::summarize returned.
class CostChartView final : public ChartViewBase {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostChartView)

public:
    explicit CostChartView(QWidget* parent = nullptr);
    ~CostChartView() override;

    // Cheap enough to call on every keystroke: only replaces points and ranges.
    void setSummary(const lowregret::CostModel::Summary& summary);
    // No data (usage unknown): empty series and a placeholder title.
    void clearSeries();

    [[nodiscard]] QLineSeries* cloudSeries() const;
    [[nodiscard]] QLineSeries* localSeries() const;
    [[nodiscard]] QLineSeries* hybridSeries() const { return m_hybrid; }
    // One point at (breakeven month, cumulative cost there) when the breakeven falls within
    // the horizon, else empty.
    [[nodiscard]] QScatterSeries* breakevenSeries() const;

protected:
    void changeEvent(QEvent* event) override;
    void aboutToResize(QSize oldSize, QSize newSize) override;

private:
    void retranslate();
    void updateMonthTicks();

    QChart* m_chart = nullptr;
    QValueAxis* m_axisX = nullptr;
    QValueAxis* m_axisY = nullptr;
    QLineSeries* m_cloud = nullptr;
    QLineSeries* m_local = nullptr;
    QLineSeries* m_hybrid = nullptr; // shown only with a hybrid
    QScatterSeries* m_breakeven = nullptr;

    bool m_hasData = false;
    bool m_localRuns = true;
    int m_horizonMonths = 0;
    double m_hybridShare = 0.0;
    std::optional<double> m_breakevenMonths;
};
