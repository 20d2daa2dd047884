#include "wizard/DecisionWizard.h"

#include "document/ScenarioDocument.h"
#include "wizard/CostsPage.h"
#include "wizard/QuestionPage.h"
#include "wizard/ResultPage.h"
#include "wizard/UsagePage.h"
#include "wizard/WelcomePage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QEvent>
#include <QTimer>

namespace lr = lowregret;

namespace {
int id(WizardPageId page)
{
    return static_cast<int>(page);
}
} // namespace

DecisionWizard::DecisionWizard(ScenarioDocument& document, QWidget* parent)
    : QWizard(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("decisionWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoCancelButton | QWizard::NoDefaultButton | QWizard::HaveHelpButton);
    // Help opens the page's part of the in-app guide (MainWindow::showGuide).
    setButtonLayout({ QWizard::HelpButton, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton });
    setWindowFlags(Qt::Widget);

    addPageKeepingFocus(WizardPageId::Welcome, new WelcomePage(document, this));
    addPageKeepingFocus(WizardPageId::Usage, new UsagePage(document, this));
    addPageKeepingFocus(WizardPageId::Stability, new QuestionPage(document, lr::AnswerField::UsageStable, this));
    addPageKeepingFocus(WizardPageId::Sensitivity, new QuestionPage(document, lr::AnswerField::DataSensitive, this));
    addPageKeepingFocus(WizardPageId::Skill, new QuestionPage(document, lr::AnswerField::TeamCanMaintain, this));
    addPageKeepingFocus(WizardPageId::Costs, new CostsPage(document, this));
    addPageKeepingFocus(WizardPageId::Result, new ResultPage(document, this));
    setStartId(id(WizardPageId::Welcome));
    retranslate();
    // Each page names the field to start in (its focus proxy); focus it once the page shows,
    // so keyboard users can type or answer at once after Next or Back.
    connect(this, &QWizard::currentIdChanged, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (QWizardPage* p = currentPage(); p && p->focusProxy() && p->isVisible())
                p->focusProxy()->setFocus(Qt::TabFocusReason);
        });
    });
}

DecisionWizard::~DecisionWizard() = default;

void DecisionWizard::addPageKeepingFocus(WizardPageId pageId, QWizardPage* wizardPage)
{
    // When a page's completeness changes, QWizard hides and shows its page area to update the
    // buttons without flicker; hiding sends the keyboard focus to the next widget in the
    // window, so every key after the first one typed into a field went elsewhere. Note the
    // focus before QWizard's own slot runs (connected first) and put it back after (connected
    // last).
    connect(wizardPage, &QWizardPage::completeChanged, this, [this, wizardPage] {
        QWidget* focus = QApplication::focusWidget();
        m_focusBeforeUpdate = focus && wizardPage->isAncestorOf(focus) ? focus : nullptr;
    });
    setPage(id(pageId), wizardPage);
    connect(wizardPage, &QWizardPage::completeChanged, this, [this] {
        if (m_focusBeforeUpdate && m_focusBeforeUpdate->isVisible()
            && QApplication::focusWidget() != m_focusBeforeUpdate)
            m_focusBeforeUpdate->setFocus(Qt::OtherFocusReason);
        m_focusBeforeUpdate = nullptr;
    });
}

int DecisionWizard::pageForNode(const std::string& nodeId) const
{
    const lr::Node* node = m_document.guide().node(nodeId);
    if (!node)
        return id(WizardPageId::Costs);
    switch (node->kind) {
    case lr::Node::Kind::UsageBand:
        return id(WizardPageId::Usage);
    case lr::Node::Kind::Breakeven:
        return id(WizardPageId::Costs); // computed from the costs the user enters there
    case lr::Node::Kind::YesNo:
        switch (node->answer.value_or(lr::AnswerField::UsageStable)) {
        case lr::AnswerField::UsageStable:
            return id(WizardPageId::Stability);
        case lr::AnswerField::DataSensitive:
            return id(WizardPageId::Sensitivity);
        case lr::AnswerField::TeamCanMaintain:
            return id(WizardPageId::Skill);
        }
    }
    return id(WizardPageId::Costs);
}

int DecisionWizard::nextId() const
{
    const int current = currentId();
    switch (static_cast<WizardPageId>(current)) {
    case WizardPageId::Welcome:
        return m_document.scenario().answers.exclusions.empty() ? id(WizardPageId::Usage) : id(WizardPageId::Result);
    case WizardPageId::Costs:
        return id(WizardPageId::Result);
    case WizardPageId::Result:
        return -1;
    default:
        break;
    }
    // The flowchart's sequence so far: the nodes passed, then the one waiting for an answer.
    const auto walk = m_document.walk();
    std::vector<std::string> sequence;
    for (const auto& step : walk.path)
        sequence.push_back(step.node);
    if (walk.pending)
        sequence.push_back(*walk.pending);
    for (std::size_t i = 0; i < sequence.size(); ++i) {
        if (pageForNode(sequence[i]) != current)
            continue;
        if (i + 1 < sequence.size())
            return pageForNode(sequence[i + 1]);
        return id(WizardPageId::Costs); // a leaf follows this question
    }
    return id(WizardPageId::Costs);
}

lr::Decision::Walk DecisionWizard::shownWalk() const
{
    const auto walk = m_document.walk();
    const int current = currentId();
    if (current == id(WizardPageId::Result) || !m_document.scenario().answers.exclusions.empty())
        return walk;
    if (current == id(WizardPageId::Welcome) || current == -1)
        return lr::Decision::until(walk, m_document.guide().start());
    // The first question on the walk that this page asks. The costs page shows the whole walk:
    // the breakeven is computed there, and follows every edit of the costs.
    for (const auto& step : walk.path) {
        const lr::Node* node = m_document.guide().node(step.node);
        if (node && node->kind != lr::Node::Kind::Breakeven && pageForNode(step.node) == current)
            return lr::Decision::until(walk, step.node);
    }
    return walk;
}

QString DecisionWizard::helpAnchor() const
{
    switch (static_cast<WizardPageId>(currentId())) {
    case WizardPageId::Usage:
        return QStringLiteral("usage");
    case WizardPageId::Stability:
    case WizardPageId::Sensitivity:
    case WizardPageId::Skill:
        return QStringLiteral("questions");
    case WizardPageId::Costs:
        return QStringLiteral("costs");
    case WizardPageId::Result:
        return QStringLiteral("result");
    case WizardPageId::Welcome:
        break;
    }
    return QStringLiteral("welcome");
}

bool DecisionWizard::goTo(WizardPageId page)
{
    // Pages come in the flowchart's order: one before the current page is reached afresh.
    if (currentId() == -1 || id(page) < currentId())
        restart();
    for (int guard = 0; guard < 16 && currentId() != id(page); ++guard) {
        if (!currentPage() || !currentPage()->isComplete() || nextId() == -1)
            return false;
        next();
    }
    return currentId() == id(page);
}

void DecisionWizard::syncFromDocument()
{
    static_cast<WelcomePage*>(page(id(WizardPageId::Welcome)))->syncFromDocument();
    static_cast<UsagePage*>(page(id(WizardPageId::Usage)))->syncFromDocument();
    for (const auto p : { WizardPageId::Stability, WizardPageId::Sensitivity, WizardPageId::Skill })
        static_cast<QuestionPage*>(page(id(p)))->syncFromDocument();
    static_cast<CostsPage*>(page(id(WizardPageId::Costs)))->syncFromDocument();
    restart();
}

void DecisionWizard::syncCostsFromDocument()
{
    static_cast<CostsPage*>(page(id(WizardPageId::Costs)))->syncFromDocument();
}

void DecisionWizard::done(int /*result*/)
{
    // Finish, Escape and Cancel would close a dialog; this wizard lives in the main window.
}

void DecisionWizard::retranslate()
{
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::HelpButton, tr("Help"));
    button(QWizard::HelpButton)->setToolTip(tr("What this page asks and where its defaults come from (F1)"));
    button(QWizard::BackButton)->setToolTip(tr("Go back and change an earlier answer"));
    button(QWizard::NextButton)->setToolTip(tr("Go on to the next question"));
}

void DecisionWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}
