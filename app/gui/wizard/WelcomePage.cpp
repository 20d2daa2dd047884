#include "wizard/WelcomePage.h"

#include "document/ScenarioDocument.h"
#include "widgets/ScrollingPage.h"
#include "widgets/UiText.h"
#include "widgets/WrappedLabel.h"

#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

WelcomePage::WelcomePage(ScenarioDocument& document, QWidget* parent)
    : QWizardPage(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* layout = ScrollingPage::layout(this);

    m_premiseLabel = new WrappedLabel(this);
    m_premiseLabel->setObjectName(QStringLiteral("premiseLabel"));
    m_premiseLabel->setTextFormat(Qt::RichText);
    layout->addWidget(m_premiseLabel);

    m_exclusionsGroup = new QGroupBox(this);
    m_exclusionsGroup->setObjectName(QStringLiteral("exclusionsGroupBox"));
    auto* groupLayout = new QVBoxLayout(m_exclusionsGroup);
    m_exclusionsHint = new WrappedLabel(m_exclusionsGroup);
    groupLayout->addWidget(m_exclusionsHint);
    for (const auto& exclusion : m_document.guide().exclusions()) {
        auto* box = new QCheckBox(m_exclusionsGroup);
        box->setObjectName(QString::fromStdString(exclusion.id) + QStringLiteral("CheckBox"));
        groupLayout->addWidget(box);
        m_checkBoxes[exclusion.id] = box;
        connect(box, &QCheckBox::toggled, this, &WelcomePage::onExclusionToggled);
    }
    layout->addWidget(m_exclusionsGroup);
    layout->addStretch();

    retranslate();
    syncFromDocument();
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::retranslate()
{
    const auto& guide = m_document.guide();
    setTitle(UiText::text(guide.title()));
    setSubTitle(tr("Answer a few questions: LowRegret follows the guide's flowchart and adds up the costs."));

    QString premise = QStringLiteral("<p>") + UiText::text(guide.summary()).toHtmlEscaped()
        + QStringLiteral("</p><p><b>") + tr("This guide is for you if all of these hold:")
        + QStringLiteral("</b></p><ul>");
    for (const auto& item : guide.premise())
        premise += QStringLiteral("<li>") + UiText::text(item).toHtmlEscaped() + QStringLiteral("</li>");
    premise += QStringLiteral("</ul>");
    m_premiseLabel->setText(premise);

    m_exclusionsGroup->setTitle(tr("Does any of these describe you?"));
    m_exclusionsHint->setText(
        tr("If one does, the guide's framework does not apply, and the result says what to do instead."));
    for (const auto& exclusion : guide.exclusions()) {
        auto* box = m_checkBoxes.at(exclusion.id);
        box->setText(UiText::text(exclusion.label));
        box->setToolTip(QStringLiteral("<p>") + UiText::text(exclusion.description).toHtmlEscaped()
            + QStringLiteral("</p><p><b>") + tr("Instead:") + QStringLiteral("</b> ")
            + UiText::text(exclusion.advice).toHtmlEscaped() + QStringLiteral("</p>"));
    }
}

void WelcomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void WelcomePage::syncFromDocument()
{
    const auto& chosen = m_document.scenario().answers.exclusions;
    for (const auto& [id, box] : m_checkBoxes) {
        const QSignalBlocker blocker(box);
        box->setChecked(std::find(chosen.begin(), chosen.end(), id) != chosen.end());
    }
}

void WelcomePage::onExclusionToggled()
{
    std::vector<std::string> chosen;
    // Keep the guide's order so saved files do not depend on the order of the clicks.
    for (const auto& exclusion : m_document.guide().exclusions())
        if (m_checkBoxes.at(exclusion.id)->isChecked())
            chosen.push_back(exclusion.id);
    m_document.edit([&](lowregret::Scenario& s) { s.answers.exclusions = chosen; });
}
