#include "wizard/QuestionPage.h"

#include "document/ScenarioDocument.h"
#include "widgets/UiText.h"
#include "widgets/WrappedLabel.h"

#include <QButtonGroup>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QWizard>

namespace {

QString camel(lowregret::AnswerField field)
{
    switch (field) {
    case lowregret::AnswerField::UsageStable:
        return QStringLiteral("usageStable");
    case lowregret::AnswerField::DataSensitive:
        return QStringLiteral("dataSensitive");
    case lowregret::AnswerField::TeamCanMaintain:
        return QStringLiteral("teamCanMaintain");
    }
    return {};
}

} // namespace

QuestionPage::QuestionPage(ScenarioDocument& document, lowregret::AnswerField field, QWidget* parent)
    : QWizardPage(parent)
    , m_document(document)
    , m_field(field)
{
    setObjectName(camel(field) + QStringLiteral("Page"));
    auto* layout = new QVBoxLayout(this);
    m_help = new WrappedLabel(this);
    layout->addWidget(m_help);
    layout->addSpacing(12);

    auto* group = new QButtonGroup(this);
    m_yes = new QRadioButton(this);
    m_yes->setObjectName(camel(field) + QStringLiteral("YesRadioButton"));
    m_no = new QRadioButton(this);
    m_no->setObjectName(camel(field) + QStringLiteral("NoRadioButton"));
    group->addButton(m_yes);
    group->addButton(m_no);
    layout->addWidget(m_yes);
    layout->addWidget(m_no);
    layout->addStretch();
    connect(m_yes, &QRadioButton::toggled, this, &QuestionPage::onChosen);
    connect(m_no, &QRadioButton::toggled, this, &QuestionPage::onChosen);
    m_yes->installEventFilter(this);
    m_no->installEventFilter(this);

    retranslate();
    syncFromDocument();
}

QuestionPage::~QuestionPage() = default;

const lowregret::Node* QuestionPage::node() const
{
    // The node on the current path that asks this question; the first such node otherwise.
    const auto& guide = m_document.guide();
    const auto walk = m_document.walk();
    std::vector<std::string> ids;
    for (const auto& step : walk.path)
        ids.push_back(step.node);
    if (walk.pending)
        ids.push_back(*walk.pending);
    for (const auto& id : ids)
        if (const auto* n = guide.node(id); n && n->answer == m_field)
            return n;
    for (const auto& n : guide.nodes())
        if (n.answer == m_field)
            return &n;
    return nullptr;
}

void QuestionPage::retranslate()
{
    const auto* n = node();
    if (!n)
        return;
    setTitle(UiText::text(n->question));
    setSubTitle(QString());
    m_help->setText(UiText::text(n->help));
    m_yes->setText(UiText::text(n->yesLabel));
    m_no->setText(UiText::text(n->noLabel));
    m_yes->setToolTip(UiText::text(n->help));
    m_no->setToolTip(UiText::text(n->help));
}

bool QuestionPage::eventFilter(QObject* watched, QEvent* event)
{
    // The arrow keys answer: Up or Left is the first answer, Down or Right the second. Qt's
    // own arrow handling only moves the focus while nothing is chosen yet. Enter goes on, as
    // Next does, once the question is answered.
    if ((watched == m_yes || watched == m_no) && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                if (isComplete() && wizard())
                    wizard()->next();
                return true;
            }
            QRadioButton* chosen = nullptr;
            if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Left)
                chosen = m_yes;
            else if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Right)
                chosen = m_no;
            if (chosen) {
                chosen->setFocus(Qt::OtherFocusReason);
                chosen->setChecked(true);
                return true;
            }
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void QuestionPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void QuestionPage::initializePage()
{
    retranslate();
    syncFromDocument();
    // Keyboard users answer with Space or the arrow keys straight away.
    setFocusProxy(m_no->isChecked() ? m_no : m_yes);
}

void QuestionPage::syncFromDocument()
{
    const auto answer = m_document.scenario().answer(m_field);
    const QSignalBlocker blockYes(m_yes);
    const QSignalBlocker blockNo(m_no);
    auto* group = m_yes->group();
    group->setExclusive(false); // allows showing "not answered yet"
    m_yes->setChecked(answer == true);
    m_no->setChecked(answer == false);
    group->setExclusive(true);
    Q_EMIT completeChanged();
}

void QuestionPage::onChosen()
{
    if (!m_yes->isChecked() && !m_no->isChecked())
        return;
    const bool yes = m_yes->isChecked();
    m_document.edit([&](lowregret::Scenario& s) { s.setAnswer(m_field, yes); });
    Q_EMIT completeChanged();
}

bool QuestionPage::isComplete() const
{
    return (m_yes->isChecked() || m_no->isChecked()) && QWizardPage::isComplete();
}
