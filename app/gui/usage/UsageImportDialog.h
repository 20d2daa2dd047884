#pragma once

#include "lowregret/usage/UsageImport.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QStringList>

#include <optional>

class QBarCategoryAxis;
class QChart;
class QChartView;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedBarSeries;
class QTableWidget;
class QValueAxis;

// File → Import usage…: reads the usage exports away from the interface thread (a 100 MB file
// takes seconds), then shows what was found: the files and their layouts, a bar chart of the
// monthly tokens (partial months apart), the figures of the full months and the stability
// suggestion. Accepting fills the scenario's usage fields (UsageImport::fill).
class UsageImportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageImportDialog)

public:
    explicit UsageImportDialog(const QStringList& files, QWidget* parent = nullptr);
    ~UsageImportDialog() override;

    // The import, once read; none while the files are being read.
    [[nodiscard]] const std::optional<lowregret::UsageImport::Result>& result() const { return m_result; }
    [[nodiscard]] bool isReading() const;
    [[nodiscard]] QTableWidget* fileTable() const { return m_files; }
    [[nodiscard]] QStackedBarSeries* series() const { return m_series; }
    [[nodiscard]] QPushButton* useButton() const { return m_use; }

Q_SIGNALS:
    void finishedReading();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void show(const lowregret::UsageImport::Result& result);
    void fillFiles(const lowregret::UsageImport::Result& result);
    void fillChart(const lowregret::UsageImport::Result& result);
    void fillFigures(const lowregret::UsageImport::Result& result);

    QStringList m_paths;
    QFutureWatcher<lowregret::UsageImport::Result> m_watcher;
    std::optional<lowregret::UsageImport::Result> m_result;
    QLabel* m_intro = nullptr;
    QProgressBar* m_busy = nullptr;
    QTableWidget* m_files = nullptr;
    QLabel* m_notes = nullptr;
    QChartView* m_chartView = nullptr;
    QChart* m_chart = nullptr;
    QStackedBarSeries* m_series = nullptr;
    QBarCategoryAxis* m_monthAxis = nullptr;
    QValueAxis* m_tokenAxis = nullptr;
    QLabel* m_figures = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_use = nullptr;
};
