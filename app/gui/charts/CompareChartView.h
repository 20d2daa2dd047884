#pragma once

#include "charts/ChartViewBase.h"

#include "lowregret/outcome/Comparison.h"

class QChart;
class QLineSeries;
class QValueAxis;

// The scenarios of a comparison on one chart: each one's cumulative cost month by month, local
// as a solid line and cloud as a dashed one, in the scenario's own colour, so where the lines
// cross is each scenario's breakeven. Amounts are in the first scenario's currency.
class CompareChartView final : public ChartViewBase {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareChartView)

public:
    explicit CompareChartView(QWidget* parent = nullptr);
    ~CompareChartView() override;

    void setComparison(const lowregret::Comparison& comparison);
    // The lines, two a scenario with costs (local, then cloud), in the comparison's order.
    [[nodiscard]] QList<QLineSeries*> lines() const;

private:
    QChart* m_chart = nullptr;
    QValueAxis* m_axisX = nullptr;
    QValueAxis* m_axisY = nullptr;
};
