#include "sizing/NoFitNotice.h"

#include "widgets/Palette.h"
#include "widgets/UiText.h"
#include "widgets/WrappedLabel.h"

#include "lowregret/outcome/LocalCannotRun.h"
#include "lowregret/sizing/Hardware.h"

#include <QEvent>
#include <QPushButton>
#include <QVBoxLayout>

namespace lr = lowregret;

NoFitNotice::NoFitNotice(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sizingNoFitNotice"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new WrappedLabel(this);
    m_text->setObjectName(QStringLiteral("sizingNoFitLabel"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setStyleSheet(QStringLiteral("color: ") + Palette::css(Palette::Role::Regret) + QLatin1Char(';'));
    layout->addWidget(m_text);
    m_pick = new QPushButton(this);
    m_pick->setObjectName(QStringLiteral("sizingNearestDevicePushButton"));
    layout->addWidget(m_pick, 0, Qt::AlignLeft);
    connect(m_pick, &QPushButton::clicked, this, [this] {
        if (m_nearest)
            Q_EMIT devicePicked(QString::fromStdString(m_nearest->device));
    });
    setVisible(false);
}

NoFitNotice::~NoFitNotice() = default;

void NoFitNotice::showFor(const lr::SizingInput& input, double monthlyTokens, double inputShare, int months)
{
    m_input = input;
    m_tokens = monthlyTokens;
    m_share = inputShare;
    m_months = months;
    const lr::Sizing s = lr::Sizing::size(input, monthlyTokens, inputShare);
    if (!s.fitChecked || s.fits) {
        m_nearest.reset();
        setVisible(false);
        return;
    }
    m_nearest = lr::Sizing::nearestFitting(input, monthlyTokens, inputShare, months);
    retranslate();
    setVisible(true);
}

void NoFitNotice::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NoFitNotice::retranslate()
{
    if (!m_input)
        return;
    m_text->setText(
        QString::fromStdString(lr::LocalCannotRun::text(*m_input, m_tokens, m_share, m_months, UiText::lang())));
    const auto* device = m_nearest ? lr::Hardware::builtIn().device(m_nearest->device) : nullptr;
    m_pick->setVisible(device != nullptr);
    if (device)
        m_pick->setText(tr("S&witch to %1").arg(QString::fromStdString(device->name)));
}
