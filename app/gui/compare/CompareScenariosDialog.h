#pragma once

#include "lowregret/guide/Guide.h"
#include "lowregret/outcome/Comparison.h"

#include <QDialog>

class CompareChartView;
class QLabel;
class QTableWidget;

// File → Compare Scenarios…: two to four scenarios side by side (core's Comparison): the
// answer, the costs at the horizon and at 1, 3 and 5 years, breakeven, the local setup and the
// low-regret choice in one table; every input in another, those that differ highlighted; and
// the cumulative costs of all of them on one chart.
class CompareScenariosDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareScenariosDialog)

public:
    CompareScenariosDialog(const lowregret::Guide& guide, lowregret::Comparison comparison, QWidget* parent = nullptr);
    ~CompareScenariosDialog() override;

    [[nodiscard]] const lowregret::Comparison& comparison() const { return m_comparison; }
    [[nodiscard]] QTableWidget* resultTable() const { return m_results; }
    [[nodiscard]] QTableWidget* inputTable() const { return m_inputs; }
    [[nodiscard]] CompareChartView* chartView() const { return m_chart; }
    // Whether row `row` of the input table is shown as differing.
    [[nodiscard]] bool isHighlighted(int row) const;

private:
    void retranslateTexts();
    void fillTables();

    const lowregret::Guide& m_guide;
    lowregret::Comparison m_comparison;
    QLabel* m_intro = nullptr;
    QTableWidget* m_results = nullptr;
    QLabel* m_inputsLabel = nullptr;
    QTableWidget* m_inputs = nullptr;
    CompareChartView* m_chart = nullptr;
};
