#include "wizard/TimeAndCurrencyGroup.h"

#include "document/ScenarioDocument.h"
#include "widgets/NumberField.h"
#include "widgets/UiText.h"

#include "lowregret/io/Format.h"
#include "lowregret/io/Limits.h"
#include "lowregret/sizing/Hardware.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>

namespace lr = lowregret;

TimeAndCurrencyGroup::TimeAndCurrencyGroup(ScenarioDocument& document, QWidget* parent)
    : QGroupBox(parent)
    , m_document(document)
{
    m_form = new QFormLayout(this);
    m_horizon
        = CostField::add(m_form, this, QStringLiteral("horizonLineEdit"), lr::limits::minMonths, lr::limits::maxMonths);
    m_horizon.edit->setWholeNumber(true);
    m_threshold = CostField::add(
        m_form, this, QStringLiteral("thresholdLineEdit"), lr::limits::minMonths, lr::limits::maxMonths);
    m_growth = CostField::add(m_form, this, QStringLiteral("growthLineEdit"), -50, 100, 100.0);
    m_priceChange = CostField::add(m_form, this, QStringLiteral("priceChangeLineEdit"), -95, 500, 100.0);
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currencyComboBox"));
    m_currency->addItem(QString(), QStringLiteral("USD"));
    m_currency->addItem(QString(), QStringLiteral("TWD"));
    m_currencyLabel = new QLabel(this);
    m_currencyLabel->setBuddy(m_currency);
    m_form->addRow(m_currencyLabel, m_currency);
    m_perUsd = CostField::add(m_form, this, QStringLiteral("perUsdLineEdit"), 0.0001, 1e6);
    connect(m_perUsd.edit, &QLineEdit::textEdited, this, &TimeAndCurrencyGroup::onRateEdited);
    m_rateDate = new QDateEdit(this);
    m_rateDate->setObjectName(QStringLiteral("rateDateEdit"));
    m_rateDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_rateDate->setCalendarPopup(true);
    m_rateDateLabel = new QLabel(this);
    m_rateDateLabel->setBuddy(m_rateDate);
    m_form->addRow(m_rateDateLabel, m_rateDate);

    connect(m_currency, &QComboBox::activated, this, &TimeAndCurrencyGroup::onCurrency);
    connect(m_rateDate, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        if (!date.isValid() || m_document.scenario().currency.isUsd())
            return;
        m_document.edit([&](lr::Scenario& s) { s.currency.asOf = date.toString(Qt::ISODate).toStdString(); });
    });
}

TimeAndCurrencyGroup::~TimeAndCurrencyGroup() = default;

void TimeAndCurrencyGroup::retranslate()
{
    setTitle(tr("Time"));
    m_horizon.label->setText(tr("Hori&zon (months):"));
    m_horizon.edit->setToolTip(tr("How far ahead to add up costs: %1 to %2 whole months.")
                                   .arg(lr::limits::minMonths)
                                   .arg(lr::limits::maxMonths));
    m_growth.label->setText(tr("Usage growth (% a month):"));
    m_growth.edit->setToolTip(tr("Usage grows by this each month, compounding. The flowchart's usage band is that "
                                 "of the first month. 0: flat."));
    m_priceChange.label->setText(tr("Cloud price change (% a year):"));
    m_priceChange.edit->setToolTip(tr("How the cloud prices change a year, applied month by month; usually "
                                      "negative, as prices for the same capability have mostly fallen. 0: flat."));
    m_currencyLabel->setText(tr("C&urrency:"));
    m_currency->setItemText(0, tr("US dollars (USD)"));
    m_currency->setItemText(1, tr("New Taiwan dollars (NT$)"));
    m_currency->setToolTip(tr("The currency every amount is shown, typed and exported in. Catalog and hardware "
                              "prices are kept in US dollars with their dates, and converted at the rate."));
    m_perUsd.label->setText(tr("NT$ to the US dollar:"));
    m_perUsd.edit->setToolTip(
        tr("The exchange rate. The default, %1, is the Taipei interbank close of %2. "
           "The amounts are kept in US dollars: a new rate changes what they show in NT$.")
            .arg(QString::fromStdString(lr::Format::compactNumber(lr::Hardware::builtIn().twd().perUsd, 4)),
                QString::fromStdString(lr::Hardware::builtIn().twd().asOf)));
    m_rateDateLabel->setText(tr("Rate of:"));
    m_rateDate->setToolTip(tr("The day of the exchange rate, which the report names."));
    m_threshold.label->setText(tr("Brea&keven threshold (months):"));
    m_threshold.edit->setToolTip(
        tr("Local counts as paying back when it does so within this many months. The guide uses %1.")
            .arg(UiText::number(m_document.guide().defaults().breakevenThresholdMonths, 0)));
}

void TimeAndCurrencyGroup::setCurrency(const lr::Currency& c)
{
    m_currency->setCurrentIndex(c.isUsd() ? 0 : 1);
    m_form->setRowVisible(m_perUsd.edit, !c.isUsd());
    m_form->setRowVisible(m_rateDate, !c.isUsd());
    if (!c.isUsd()) {
        if (!m_perUsd.edit->hasFocus())
            m_perUsd.edit->setValue(c.perUsd);
        const QSignalBlocker block(m_rateDate);
        m_rateDate->setDate(QDate::fromString(QString::fromStdString(c.asOf), Qt::ISODate));
    }
}

void TimeAndCurrencyGroup::showFigures(const lr::Scenario& s)
{
    m_horizon.edit->setValue(s.horizonMonths);
    m_threshold.edit->setValue(s.breakevenThresholdMonths);
    m_growth.show(s.time.usageGrowthPerMonth);
    m_priceChange.show(s.time.cloudPriceChangePerYear);
}

void TimeAndCurrencyGroup::onCurrency(int index)
{
    const bool twd = m_currency->itemData(index).toString() == QStringLiteral("TWD");
    m_document.edit([twd](lr::Scenario& s) {
        if (twd && s.currency.isUsd())
            s.currency = lr::Hardware::builtIn().twd();
        else if (!twd)
            s.currency = {};
    });
    Q_EMIT currencyChanged();
}

void TimeAndCurrencyGroup::onRateEdited()
{
    const auto rate = m_perUsd.edit->value();
    if (!rate || m_document.scenario().currency.isUsd() || *rate == m_document.scenario().currency.perUsd)
        return;
    m_document.edit([&](lr::Scenario& s) { s.currency.perUsd = *rate; });
    Q_EMIT rateChanged();
}

void TimeAndCurrencyGroup::write(lr::Scenario& s) const
{
    if (const auto v = m_horizon.typed())
        s.horizonMonths = static_cast<int>(*v);
    m_threshold.put(s.breakevenThresholdMonths);
    m_growth.put(s.time.usageGrowthPerMonth);
    m_priceChange.put(s.time.cloudPriceChangePerYear);
}
