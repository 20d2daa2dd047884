#pragma once

#include "wizard/CostField.h"

#include <QGroupBox>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class ScenarioDocument;

namespace lowregret {
struct Currency;
struct Scenario;
} // namespace lowregret

// The costs page's time and money: the horizon and the breakeven threshold, how the months
// move (usage growth, cloud price change), and the currency every amount is shown in, with the
// exchange rate and its day.
class TimeAndCurrencyGroup final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeAndCurrencyGroup)

public:
    explicit TimeAndCurrencyGroup(ScenarioDocument& document, QWidget* parent = nullptr);
    ~TimeAndCurrencyGroup() override;

    void retranslate();

    // Shows `currency`, with its rate and day unless it is the dollar.
    void setCurrency(const lowregret::Currency& currency);
    void showFigures(const lowregret::Scenario& s);
    // What the user typed, into `s`.
    void write(lowregret::Scenario& s) const;

    [[nodiscard]] const CostField& horizon() const { return m_horizon; }
    [[nodiscard]] const CostField& threshold() const { return m_threshold; }
    [[nodiscard]] const CostField& growth() const { return m_growth; }
    [[nodiscard]] const CostField& priceChange() const { return m_priceChange; }
    [[nodiscard]] const CostField& perUsd() const { return m_perUsd; }

Q_SIGNALS:
    // A field was typed in.
    void edited();
    // Another currency was chosen, or a new rate typed (already in the document).
    void currencyChanged();
    void rateChanged();

private:
    void onCurrency(int index);
    void onRateEdited();

    ScenarioDocument& m_document;
    QFormLayout* m_form = nullptr;
    CostField m_horizon;
    CostField m_threshold;
    // How the months move (scenario `time`, docs/cost-model.md).
    CostField m_growth;
    CostField m_priceChange;
    QComboBox* m_currency = nullptr; // USD, TWD
    QLabel* m_currencyLabel = nullptr;
    CostField m_perUsd; // NT$ to the US dollar
    QDateEdit* m_rateDate = nullptr;
    QLabel* m_rateDateLabel = nullptr;
};
