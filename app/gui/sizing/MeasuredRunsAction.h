#pragma once

#include "lowregret/sizing/MeasuredRuns.h"

#include <QWidget>

class QLabel;
class QPushButton;
class ScenarioDocument;

// "Use My Measurements…" and "Forget Measurements", with a line saying what the scenario's
// llama-bench runs are: the sizing panel and "Which hardware?" both have one. Reading a file
// adds its runs to those already there; measurementsChanged() carries the runs the scenario is
// to hold, which apply() puts into the document as one edit Edit → Undo takes back.
class MeasuredRunsAction final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeasuredRunsAction)

public:
    // `mnemonics`: the buttons take a letter (in a dialog; the costs page has none left).
    explicit MeasuredRunsAction(bool mnemonics, QWidget* parent = nullptr);
    ~MeasuredRunsAction() override;

    // The runs the scenario holds: Forget is enabled when there are some, and the line says
    // what they match.
    void setRuns(const lowregret::MeasuredRuns& runs);
    [[nodiscard]] const lowregret::MeasuredRuns& runs() const { return m_runs; }
    // Reads `path`, a file `llama-bench -o json` wrote. A file with no run it can use is named
    // with the problem in a message (lastError()) and changes nothing: false.
    bool useMeasurements(const QString& path);
    [[nodiscard]] QString lastError() const { return m_lastError; }
    // What the line under the buttons says.
    [[nodiscard]] QString summary() const;
    // The scenario's local sizing holds `runs` from now on, as one undoable edit.
    static void apply(ScenarioDocument& document, const lowregret::MeasuredRuns& runs);

Q_SIGNALS:
    void measurementsChanged(const lowregret::MeasuredRuns& runs);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void chooseFile();
    void forget();
    void describe();

    bool m_mnemonics = false;
    lowregret::MeasuredRuns m_runs;
    QString m_file; // the file last read, named in the line
    std::size_t m_fileRuns = 0;
    lowregret::MeasuredRuns m_fileResult; // what reading it found, its skipped rows included
    QString m_lastError;
    QPushButton* m_use = nullptr;
    QPushButton* m_forget = nullptr;
    QLabel* m_summary = nullptr;
};
