#pragma once

#include <QWizardPage>

class NumberField;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class ScenarioDocument;
class SizingPanel;

// Cloud prices and discounts, local hardware and running costs, the horizon, the breakeven
// threshold, and how the months move (growth, price change, resale, hybrid).
class CostsPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostsPage)

public:
    explicit CostsPage(ScenarioDocument& document, QWidget* parent = nullptr);
    ~CostsPage() override;

    [[nodiscard]] bool isComplete() const override;
    void syncFromDocument();

Q_SIGNALS:
    // The user asked to pick the cloud option from the model catalog.
    void compareModelsRequested();

protected:
    void changeEvent(QEvent* event) override;
    void initializePage() override;

private:
    struct Field {
        NumberField* edit = nullptr;
        QLabel* label = nullptr;
        double scale = 1.0; // shown = stored × scale: a share is typed as a percentage
        bool optional = false; // empty is valid: none
        bool money = false; // an amount in US dollars, typed in the scenario's currency
    };

    void retranslate();
    void onEdited();
    void onCloudPreset(int index);
    void onLocalPreset(int index);
    void onLocalMode(int index);
    void onSizingEdited();
    void showLocalMode();
    void matchPresets();
    // The scenario's currency: the money fields' unit, their labels and what they show.
    void onCurrency(int index);
    void onRateEdited();
    void applyCurrency();
    void showMoney();
    void refreshSummary();
    Field addField(class QFormLayout* form, QWidget* parent, const QString& objectName, double min, double max,
        double scale = 1.0);

    ScenarioDocument& m_document;
    QGroupBox* m_cloudGroup = nullptr;
    QGroupBox* m_localGroup = nullptr;
    QGroupBox* m_horizonGroup = nullptr;
    QComboBox* m_cloudPreset = nullptr;
    QComboBox* m_localPreset = nullptr;
    QLabel* m_cloudPresetLabel = nullptr;
    QLabel* m_localPresetLabel = nullptr;
    QComboBox* m_localMode = nullptr; // the flat figures, or sized for the usage
    QLabel* m_localModeLabel = nullptr;
    SizingPanel* m_sizing = nullptr;
    class QFormLayout* m_localForm = nullptr;
    Field m_setupHours;
    Field m_inputPrice;
    Field m_outputPrice;
    Field m_hardware;
    Field m_electricity;
    Field m_hours;
    Field m_rate;
    Field m_horizon;
    Field m_threshold;
    // How the months move (scenario `time` and `hybrid`, docs/cost-model.md).
    Field m_growth;
    Field m_priceChange;
    Field m_cachedShare;
    Field m_cachePrice;
    Field m_batchShare;
    Field m_batchDiscount;
    Field m_resale;
    Field m_depreciation;
    Field m_hybridShare;
    QComboBox* m_currency = nullptr; // USD, TWD
    QLabel* m_currencyLabel = nullptr;
    Field m_perUsd; // NT$ to the US dollar
    QDateEdit* m_rateDate = nullptr;
    QLabel* m_rateDateLabel = nullptr;
    class QFormLayout* m_timeForm = nullptr;
    QLabel* m_offerLabel = nullptr;
    class QPushButton* m_compare = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_maintenanceNote = nullptr;
    QLabel* m_message = nullptr;
    bool m_valid = true;
};
