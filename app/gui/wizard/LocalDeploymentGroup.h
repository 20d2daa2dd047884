#pragma once

#include "wizard/CostField.h"

#include <QGroupBox>

class QComboBox;
class QFormLayout;
class QLabel;
class ScenarioDocument;
class SizingPanel;

namespace lowregret {
struct Currency;
struct Scenario;
} // namespace lowregret

// The costs page's local side: either the flat figures (an example's hardware price and
// electricity bill) or the sizing panel that works them out from the usage, then the team's
// time, the setup, what the hardware is worth at the horizon, and the hybrid's local share.
class LocalDeploymentGroup final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalDeploymentGroup)

public:
    explicit LocalDeploymentGroup(ScenarioDocument& document, QWidget* parent = nullptr);
    ~LocalDeploymentGroup() override;

    void retranslate();

    // The money fields are typed in `currency` and kept in US dollars.
    void setCurrency(const lowregret::Currency& currency);
    void showMoney(const lowregret::Scenario& s);
    // Everything else the group shows of `s`, the sizing included.
    void showFigures(const lowregret::Scenario& s);
    // The example whose figures the scenario has, or Custom.
    void matchPreset(const lowregret::Scenario& s);
    // What the user typed, into `s`.
    void write(lowregret::Scenario& s) const;
    // The maintenance note, and the sizing at the scenario's usage.
    void refresh(const lowregret::Scenario& s);

    // Sized for the usage rather than the flat figures; and then what the sizing panel finds wrong.
    [[nodiscard]] bool sized() const;
    [[nodiscard]] QStringList sizingProblems() const;

    [[nodiscard]] const CostField& hardware() const { return m_hardware; }
    [[nodiscard]] const CostField& electricity() const { return m_electricity; }
    [[nodiscard]] const CostField& maintenanceHours() const { return m_hours; }
    [[nodiscard]] const CostField& hourlyRate() const { return m_rate; }
    [[nodiscard]] const CostField& setupHours() const { return m_setupHours; }
    [[nodiscard]] const CostField& resale() const { return m_resale; }
    [[nodiscard]] const CostField& depreciation() const { return m_depreciation; }
    [[nodiscard]] const CostField& hybridShare() const { return m_hybridShare; }

Q_SIGNALS:
    // A field was typed in, or an example, the way of costing or the sizing changed (already in
    // the document).
    void edited();

private:
    void onPreset(int index);
    void onMode(int index);
    void onSizingEdited();
    void showMode();

    ScenarioDocument& m_document;
    QFormLayout* m_form = nullptr;
    QComboBox* m_mode = nullptr; // the flat figures, or sized for the usage
    QLabel* m_modeLabel = nullptr;
    SizingPanel* m_sizing = nullptr;
    QComboBox* m_preset = nullptr;
    QLabel* m_presetLabel = nullptr;
    CostField m_hardware;
    CostField m_electricity;
    CostField m_hours;
    CostField m_rate;
    CostField m_setupHours;
    CostField m_resale;
    CostField m_depreciation;
    CostField m_hybridShare;
    QLabel* m_maintenanceNote = nullptr;
};
