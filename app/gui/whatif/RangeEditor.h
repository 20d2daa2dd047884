#pragma once

#include "lowregret/scenario/Scenario.h"

#include <QGroupBox>
#include <QString>

#include <map>
#include <optional>
#include <string>
#include <vector>

class NumberField;
class QGridLayout;
class QLabel;
class QPushButton;

// The ranges the sensitivity analysis swings, one row per cost input of the scenario: its
// name and figure, the low and the high end. It starts from the documented defaults; the first edit
// writes them all into the scenario's `uncertainty` (which then replaces the defaults whole),
// and "Use the defaults" takes them out again. Emptying both ends holds an input fixed. A
// field is checked as it is typed and taken when it is left (or on Enter).
class RangeEditor final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RangeEditor)

public:
    using Ranges = std::map<std::string, lowregret::Scenario::Range>;

    explicit RangeEditor(QWidget* parent = nullptr);
    ~RangeEditor() override;

    // Shows the scenario's ranges; a field the user is typing in keeps its text.
    void setScenario(const lowregret::Scenario& scenario);
    // The problems of the fields as typed, one line each; empty when every field is valid.
    [[nodiscard]] QString problems() const;
    [[nodiscard]] int rows() const { return static_cast<int>(m_rows.size()); }

Q_SIGNALS:
    // The scenario's new `uncertainty`: every range, or none for the documented defaults.
    void rangesEdited(const std::optional<Ranges>& ranges);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row {
        std::string path;
        QLabel* name = nullptr; // and the scenario's figure under it
        NumberField* low = nullptr;
        NumberField* high = nullptr;
    };

    void rebuildRows(const std::vector<std::string>& paths);
    lowregret::Currency m_rowsCurrency; // the currency the rows were built for
    void showRow(const Row& row);
    void edited(const Row& row, bool commit);
    void retranslate();

    std::optional<lowregret::Scenario> m_scenario;
    std::vector<Row> m_rows;
    QGridLayout* m_grid;
    QLabel* m_headers[3] {};
    QLabel* m_source;
    QLabel* m_message;
    QPushButton* m_defaults;
};
