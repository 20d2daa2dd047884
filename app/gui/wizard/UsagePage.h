#pragma once

#include <QWizardPage>

class NumberField;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class ScenarioDocument;

// Monthly usage: tokens with a unit, the input share, and an estimator.
class UsagePage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsagePage)

public:
    explicit UsagePage(ScenarioDocument& document, QWidget* parent = nullptr);
    ~UsagePage() override;

    [[nodiscard]] bool isComplete() const override;
    void syncFromDocument();

protected:
    void initializePage() override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onEdited();
    void onUnitChanged(int index);
    void updateEstimate();
    void useEstimate();
    void refreshHints();

    ScenarioDocument& m_document;
    NumberField* m_tokens = nullptr;
    QComboBox* m_unit = nullptr;
    NumberField* m_share = nullptr;
    QLabel* m_tokensLabel = nullptr;
    QLabel* m_shareLabel = nullptr;
    QLabel* m_bandLabel = nullptr;
    QLabel* m_provenance = nullptr; // the fields read from usage exports, and from where
    QGroupBox* m_estimator = nullptr;
    QLabel* m_requestsLabel = nullptr;
    QLabel* m_perRequestLabel = nullptr;
    QLabel* m_daysLabel = nullptr;
    NumberField* m_requests = nullptr;
    NumberField* m_perRequest = nullptr;
    NumberField* m_days = nullptr;
    QLabel* m_estimateLabel = nullptr;
    QPushButton* m_useEstimate = nullptr;
    QLabel* m_message = nullptr;
    bool m_valid = false;
    int m_unitIndex = 2;
};
