#include "wizard/ResultPage.h"

#include "document/ScenarioDocument.h"
#include "report/ResultHtml.h"
#include "widgets/UiText.h"

#include <QEvent>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

ResultPage::ResultPage(ScenarioDocument& document, QWidget* parent)
    : QWizardPage(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("resultPage"));
    setFinalPage(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("resultTextBrowser"));
    m_browser->setOpenExternalLinks(true);
    layout->addWidget(m_browser);
    // The result opens with the keyboard in it, so Page Down and the arrows scroll it at once.
    setFocusProxy(m_browser);
    // Hidden, the page has nothing to show; initializePage() builds it when it is reached.
    connect(&m_document, &ScenarioDocument::changed, this, [this] {
        if (isVisible())
            refresh();
    });
    setTitle(tr("Recommendation"));
}

ResultPage::~ResultPage() = default;

void ResultPage::refresh()
{
    setTitle(tr("Recommendation"));
    const auto result = m_document.decide();
    if (!result.outcome) {
        QStringList lines;
        for (const auto& p : result.errors)
            lines << QString::fromStdString(p.describe(UiText::lang())).toHtmlEscaped();
        m_browser->setHtml(QStringLiteral("<p>") + tr("Some answers are still missing:") + QStringLiteral("</p><p>")
            + lines.join(QStringLiteral("<br/>")) + QStringLiteral("</p>"));
        return;
    }
    const int scroll = m_browser->verticalScrollBar() ? m_browser->verticalScrollBar()->value() : 0;
    m_browser->setHtml(
        ResultHtml::build(m_document.guide(), m_document.scenario(), *result.outcome, m_document.cloudOffer()));
    if (m_browser->verticalScrollBar())
        m_browser->verticalScrollBar()->setValue(scroll);
}

void ResultPage::initializePage()
{
    refresh();
    // Reached with Next or by opening a file: from the top. A change made while the page is
    // on show (a language) keeps the place being read.
    if (m_browser->verticalScrollBar())
        m_browser->verticalScrollBar()->setValue(0);
}

void ResultPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && isVisible())
        refresh();
    QWizardPage::changeEvent(event);
}

QString ResultPage::resultText() const
{
    return m_browser->toPlainText();
}
