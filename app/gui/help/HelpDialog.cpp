#include "help/HelpDialog.h"

#include "help/HelpHtml.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

HelpDialog::HelpDialog(const lowregret::Guide& guide, QWidget* parent)
    : QDialog(parent)
    , m_guide(guide)
{
    setObjectName(QStringLiteral("helpDialog"));
    auto* layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpTextBrowser"));
    m_browser->setOpenExternalLinks(true);
    layout->addWidget(m_browser);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 640);
    retranslate();
}

HelpDialog::~HelpDialog() = default;

void HelpDialog::showPart(const QString& anchor)
{
    m_anchor = anchor;
    m_browser->scrollToAnchor(anchor);
}

void HelpDialog::retranslate()
{
    setWindowTitle(HelpHtml::tr("LowRegret guide"));
    m_browser->setHtml(HelpHtml::build(m_guide));
    if (!m_anchor.isEmpty())
        m_browser->scrollToAnchor(m_anchor);
}

void HelpDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
