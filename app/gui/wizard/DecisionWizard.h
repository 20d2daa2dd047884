#pragma once

#include "wizard/WizardPageIds.h"

#include "lowregret/analysis/Decision.h"

#include <QPointer>
#include <QWizard>

class ScenarioDocument;

// Walks the guide's flowchart: each page edits the document, and nextId() asks core which
// question the flowchart asks next, so skipped pages are the ones the answers make moot.
class DecisionWizard final : public QWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionWizard)

public:
    explicit DecisionWizard(ScenarioDocument& document, QWidget* parent = nullptr);
    ~DecisionWizard() override;

    [[nodiscard]] int nextId() const override;
    // Re-reads every page from the document (after New, Open or Restore) and starts over.
    void syncFromDocument();
    // Advances with Next until `page` is current or the answers stop it; returns success.
    bool goTo(WizardPageId page);
    // Re-reads the costs page only (after a catalog offer was chosen), staying on the page.
    void syncCostsFromDocument();

    // The flowchart's walk as the page on show asks it: up to the question that page asks
    // (after Back, the answers further on no longer count), the whole walk on the costs page
    // past any question and on the result.
    [[nodiscard]] lowregret::Decision::Walk shownWalk() const;

    // The part of the in-app guide (HelpHtml) about the page on show.
    [[nodiscard]] QString helpAnchor() const;

    void done(int result) override; // embedded in the main window: never closes

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    [[nodiscard]] int pageForNode(const std::string& nodeId) const;
    void addPageKeepingFocus(WizardPageId pageId, QWizardPage* wizardPage);

    ScenarioDocument& m_document;
    QPointer<QWidget> m_focusBeforeUpdate;
};
