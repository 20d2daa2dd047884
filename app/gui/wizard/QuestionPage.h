#pragma once

#include "lowregret/guide/GuideTypes.h"

#include <QWizardPage>

class QLabel;
class QRadioButton;
class ScenarioDocument;

// One yes/no question of the flowchart (stability, sensitivity, skill). Its wording comes from
// the guide node that asks it.
class QuestionPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionPage)

public:
    QuestionPage(ScenarioDocument& document, lowregret::AnswerField field, QWidget* parent = nullptr);
    ~QuestionPage() override;

    [[nodiscard]] lowregret::AnswerField field() const { return m_field; }
    [[nodiscard]] bool isComplete() const override;
    void syncFromDocument();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void initializePage() override;

private:
    void retranslate();
    void onChosen();
    [[nodiscard]] const lowregret::Node* node() const;

    ScenarioDocument& m_document;
    lowregret::AnswerField m_field;
    QRadioButton* m_yes = nullptr;
    QRadioButton* m_no = nullptr;
    QLabel* m_help = nullptr;
};
