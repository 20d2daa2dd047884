#pragma once

#include <QWizardPage>

class CloudApiGroup;
class LocalDeploymentGroup;
class QLabel;
class QVBoxLayout;
class ScenarioDocument;
class TimeAndCurrencyGroup;

// Cloud prices and discounts, local hardware and running costs, the horizon, the breakeven
// threshold, and how the months move (growth, price change, resale, hybrid): a group for each
// side and one for time and money, with what they come to at the user's usage and what is
// wrong with the figures typed.
class CostsPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostsPage)

public:
    explicit CostsPage(ScenarioDocument& document, QWidget* parent = nullptr);
    ~CostsPage() override;

    [[nodiscard]] bool isComplete() const override;
    // Shows the document's figures, making the page's groups first if it was not shown yet.
    void syncFromDocument();

Q_SIGNALS:
    // The user asked to pick the cloud option from the model catalog.
    void compareModelsRequested();

protected:
    void changeEvent(QEvent* event) override;
    void initializePage() override;

private:
    void build();
    void keepTabOrder();
    void retranslate();
    void showDocument();
    void onEdited();
    void matchPresets();
    // The scenario's currency: the money fields' unit, their labels and what they show.
    void onCurrency();
    void onRateChanged();
    void applyCurrency();
    void showMoney();
    void refreshSummary();

    ScenarioDocument& m_document;
    QVBoxLayout* m_layout = nullptr;
    CloudApiGroup* m_cloud = nullptr;
    LocalDeploymentGroup* m_local = nullptr;
    TimeAndCurrencyGroup* m_time = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_message = nullptr;
    bool m_valid = true;
};
