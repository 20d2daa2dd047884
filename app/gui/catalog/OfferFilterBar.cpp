#include "catalog/OfferFilterBar.h"

#include "catalog/OfferTableModel.h"
#include "widgets/NumberField.h"
#include "widgets/Palette.h"
#include "widgets/UiText.h"
#include "widgets/WrappedLabel.h"

#include "lowregret/catalog/Catalog.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <array>

using namespace Qt::StringLiterals;

namespace {

constexpr double kMaxMonthlyUsd = 1e9;
// Context minimums as providers advertise them: "128K" is 128,000, which 131,072 also meets.
constexpr std::array<long long, 5> k_contextMinimums = { 8'000, 32'000, 128'000, 200'000, 1'000'000 };

} // namespace

OfferFilterBar::OfferFilterBar(const QStringList& providers, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"offerFilterBar"_s);
    m_useCase = new QComboBox(this);
    m_useCase->setObjectName(u"useCaseComboBox"_s);
    m_useCase->addItem(QString(), QString());
    for (const auto& useCase : lowregret::Catalog::useCases())
        m_useCase->addItem(QString(), QString::fromStdString(useCase));

    m_provider = new QComboBox(this);
    m_provider->setObjectName(u"providerComboBox"_s);
    m_provider->addItem(QString(), QString());
    for (const QString& provider : providers)
        m_provider->addItem(provider, provider);

    m_maxPrice = new NumberField(this);
    m_maxPrice->setObjectName(u"maxPriceLineEdit"_s);
    m_maxPrice->setRange(0.0, kMaxMonthlyUsd);

    m_minContext = new QComboBox(this);
    m_minContext->setObjectName(u"minContextComboBox"_s);
    m_minContext->addItem(QString(), QVariant());
    for (const long long tokens : k_contextMinimums)
        m_minContext->addItem(QString(), QVariant(tokens));

    m_useCaseLabel = new QLabel(this);
    m_useCaseLabel->setBuddy(m_useCase);
    m_providerLabel = new QLabel(this);
    m_providerLabel->setBuddy(m_provider);
    m_maxPriceLabel = new QLabel(this);
    m_maxPriceLabel->setBuddy(m_maxPrice);
    m_minContextLabel = new QLabel(this);
    m_minContextLabel->setBuddy(m_minContext);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* grid = new QGridLayout;
    grid->addWidget(m_useCaseLabel, 0, 0);
    grid->addWidget(m_useCase, 0, 1);
    grid->addWidget(m_providerLabel, 0, 2);
    grid->addWidget(m_provider, 0, 3);
    grid->addWidget(m_maxPriceLabel, 1, 0);
    grid->addWidget(m_maxPrice, 1, 1);
    grid->addWidget(m_minContextLabel, 1, 2);
    grid->addWidget(m_minContext, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnMinimumWidth(2, 12);
    layout->addLayout(grid);

    m_message = new WrappedLabel(this);
    m_message->setObjectName(u"filterMessageLabel"_s);
    m_message->setStyleSheet(u"color: "_s + Palette::css(Palette::Role::Problem) + u";"_s);
    m_message->hide();
    layout->addWidget(m_message);

    setTabOrder(m_useCase, m_provider);
    setTabOrder(m_provider, m_maxPrice);
    setTabOrder(m_maxPrice, m_minContext);

    connect(m_useCase, &QComboBox::currentIndexChanged, this, &OfferFilterBar::changed);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &OfferFilterBar::changed);
    connect(m_minContext, &QComboBox::currentIndexChanged, this, &OfferFilterBar::changed);
    connect(m_maxPrice, &QLineEdit::textChanged, this, [this] {
        checkMaxPrice();
        Q_EMIT changed();
    });
    retranslate();
}

OfferFilterBar::~OfferFilterBar() = default;

QString OfferFilterBar::useCase() const
{
    return m_useCase->currentData().toString();
}

QString OfferFilterBar::provider() const
{
    return m_provider->currentData().toString();
}

std::optional<double> OfferFilterBar::maxMonthlyUsd() const
{
    return m_maxPrice->text().trimmed().isEmpty() ? std::nullopt : m_maxPrice->value();
}

std::optional<long long> OfferFilterBar::minContextTokens() const
{
    const QVariant minContext = m_minContext->currentData();
    return minContext.isValid() ? std::optional<long long>(minContext.toLongLong()) : std::nullopt;
}

QWidget* OfferFilterBar::lastField() const
{
    return m_minContext;
}

void OfferFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OfferFilterBar::checkMaxPrice()
{
    const bool invalid = !m_maxPrice->text().trimmed().isEmpty() && !m_maxPrice->value();
    m_maxPrice->markInvalid(invalid);
    m_message->setText(invalid ? m_maxPrice->problem(tr("Maximum monthly cost")) : QString());
    m_message->setVisible(invalid);
}

void OfferFilterBar::retranslate()
{
    m_useCaseLabel->setText(tr("Use &case:"));
    m_useCase->setItemText(0, tr("Any use case"));
    for (int i = 1; i < m_useCase->count(); ++i)
        m_useCase->setItemText(i, OfferTableModel::useCaseName(m_useCase->itemData(i).toString().toStdString()));
    m_useCase->setToolTip(tr("Show only offers the catalog lists for this use case."));

    m_providerLabel->setText(tr("&Provider:"));
    m_provider->setItemText(0, tr("Any provider"));
    m_provider->setToolTip(tr("Show only one provider's offers."));

    m_maxPriceLabel->setText(tr("Ma&ximum monthly cost (%1):").arg(UiText::currencyUnit()));
    // Typed in the currency shown; the filter compares US dollars.
    m_maxPrice->setMultiplier(1.0 / UiText::currency().perUsd);
    m_maxPrice->setPlaceholderText(tr("No limit"));
    m_maxPrice->setToolTip(tr("Hide offers that would cost more than this a month at your usage. "
                              "Leave it empty for no limit."));

    m_minContextLabel->setText(tr("Minimum c&ontext:"));
    m_minContext->setItemText(0, tr("Any context"));
    for (int i = 1; i < m_minContext->count(); ++i)
        m_minContext->setItemText(i,
            tr("%1 tokens or more")
                .arg(UiText::shortTokens(static_cast<double>(m_minContext->itemData(i).toLongLong()))));
    m_minContext->setToolTip(tr("Hide models that cannot read this many tokens at once. "
                                "Offers with an unknown context are hidden too."));
    checkMaxPrice(); // the message, in the new language
}
