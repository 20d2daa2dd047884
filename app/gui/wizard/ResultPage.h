#pragma once

#include <QWizardPage>

class QTextBrowser;
class ScenarioDocument;

// The answer: what core decided, shown as rich text; it follows every edit.
class ResultPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultPage)

public:
    explicit ResultPage(ScenarioDocument& document, QWidget* parent = nullptr);
    ~ResultPage() override;

    [[nodiscard]] QString resultText() const;

protected:
    void changeEvent(QEvent* event) override;
    void initializePage() override;

private:
    void refresh();

    ScenarioDocument& m_document;
    QTextBrowser* m_browser = nullptr;
};
