#pragma once

#include "lowregret/scenario/Scenario.h"

#include <QDialog>

class MeasuredRunsAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

// "Which hardware?": one open model sized on every device at the scenario's usage, cheapest
// first, with the breakeven against the scenario's cloud price; the same table as
// `lowregret-cli hardware`. "Use this device" sizes the scenario's local side on the row.
class HardwareDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HardwareDialog)

public:
    explicit HardwareDialog(const lowregret::Scenario& scenario, QWidget* parent = nullptr);
    ~HardwareDialog() override;

    // For tests: the rows' device ids, in order.
    [[nodiscard]] QStringList deviceIds() const;
    // "Use My Measurements…" on `path`, as if the file had been chosen: the table takes them.
    bool useMeasurements(const QString& path);

Q_SIGNALS:
    // The user chose a device: the sizing to put into the scenario.
    void sizingChosen(const lowregret::SizingInput& sizing);
    // The llama-bench runs the scenario is to hold, read or forgotten here.
    void measurementsChanged(const lowregret::MeasuredRuns& runs);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();
    void choose();
    [[nodiscard]] lowregret::SizingInput base() const;

    lowregret::Scenario m_scenario;
    QComboBox* m_model = nullptr;
    QLabel* m_modelLabel = nullptr;
    QLabel* m_heading = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_use = nullptr;
    QPushButton* m_close = nullptr;
    MeasuredRunsAction* m_runs = nullptr;
};
