#pragma once

#include <QWizardPage>

#include <map>
#include <string>

class QCheckBox;
class QGroupBox;
class QLabel;
class ScenarioDocument;

// Who the guide is for, and the exclusions that make it not apply.
class WelcomePage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(ScenarioDocument& document, QWidget* parent = nullptr);
    ~WelcomePage() override;

    void syncFromDocument();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onExclusionToggled();

    ScenarioDocument& m_document;
    QLabel* m_premiseLabel = nullptr;
    QGroupBox* m_exclusionsGroup = nullptr;
    QLabel* m_exclusionsHint = nullptr;
    std::map<std::string, QCheckBox*> m_checkBoxes;
};
