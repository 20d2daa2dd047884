#include "wizard/CostsPage.h"
#include "wizard/CostsSummary.h"

#include "document/ScenarioDocument.h"
#include "report/ResultHtml.h"
#include "sizing/SizingPanel.h"
#include "widgets/NumberField.h"
#include "widgets/Palette.h"
#include "widgets/PlainText.h"
#include "widgets/ScrollingPage.h"
#include "widgets/UiText.h"
#include "widgets/WrappedLabel.h"

#include "lowregret/costs/CostModel.h"
#include "lowregret/io/Format.h"
#include "lowregret/io/Limits.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lr = lowregret;

CostsPage::CostsPage(ScenarioDocument& document, QWidget* parent)
    : QWizardPage(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("costsPage"));
    auto* layout = ScrollingPage::layout(this);

    m_cloudGroup = new QGroupBox(this);
    auto* cloudForm = new QFormLayout(m_cloudGroup);
    m_cloudPreset = new QComboBox(m_cloudGroup);
    // The examples' long names elide in a narrow window rather than widen it.
    m_cloudPreset->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_cloudPreset->setMinimumContentsLength(16);
    m_cloudPreset->setObjectName(QStringLiteral("cloudPresetComboBox"));
    for (const auto& p : m_document.guide().cloudPresets())
        m_cloudPreset->addItem(QString(), QString::fromStdString(p.id));
    m_cloudPreset->addItem(QString(), QString());
    m_cloudPresetLabel = new QLabel(m_cloudGroup);
    m_cloudPresetLabel->setBuddy(m_cloudPreset);
    cloudForm->addRow(m_cloudPresetLabel, m_cloudPreset);
    m_compare = new QPushButton(m_cloudGroup);
    m_compare->setObjectName(QStringLiteral("compareModelsPushButton"));
    m_offerLabel = new WrappedLabel(m_cloudGroup);
    m_offerLabel->setObjectName(QStringLiteral("cloudOfferLabel"));
    // A row of its own: beside the button, a label that wraps to two lines was cut off, since
    // a nested layout in a form row does not grow with the label's height for its width.
    cloudForm->addRow(m_offerLabel);
    auto* compareRow = new QHBoxLayout;
    compareRow->addStretch(1);
    compareRow->addWidget(m_compare);
    cloudForm->addRow(compareRow);
    connect(m_compare, &QPushButton::clicked, this, &CostsPage::compareModelsRequested);
    m_inputPrice
        = addField(cloudForm, m_cloudGroup, QStringLiteral("inputPriceLineEdit"), 0, lr::limits::maxUsdPerMtok);
    m_outputPrice
        = addField(cloudForm, m_cloudGroup, QStringLiteral("outputPriceLineEdit"), 0, lr::limits::maxUsdPerMtok);
    m_cachedShare = addField(cloudForm, m_cloudGroup, QStringLiteral("cachedShareLineEdit"), 0, 100, 100.0);
    m_cachePrice
        = addField(cloudForm, m_cloudGroup, QStringLiteral("cachePriceLineEdit"), 0, lr::limits::maxUsdPerMtok);
    m_cachePrice.optional = true;
    m_inputPrice.money = m_outputPrice.money = m_cachePrice.money = true;
    m_batchShare = addField(cloudForm, m_cloudGroup, QStringLiteral("batchShareLineEdit"), 0, 100, 100.0);
    m_batchDiscount = addField(cloudForm, m_cloudGroup, QStringLiteral("batchDiscountLineEdit"), 0, 100, 100.0);
    layout->addWidget(m_cloudGroup);

    m_localGroup = new QGroupBox(this);
    auto* localForm = new QFormLayout(m_localGroup);
    m_localForm = localForm;
    m_localMode = new QComboBox(m_localGroup);
    m_localMode->setObjectName(QStringLiteral("localModeComboBox"));
    m_localMode->addItems({ QString(), QString() });
    m_localModeLabel = new QLabel(m_localGroup);
    m_localModeLabel->setBuddy(m_localMode);
    localForm->addRow(m_localModeLabel, m_localMode);
    m_sizing = new SizingPanel(m_localGroup);
    localForm->addRow(m_sizing);
    m_localPreset = new QComboBox(m_localGroup);
    m_localPreset->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_localPreset->setMinimumContentsLength(16);
    m_localPreset->setObjectName(QStringLiteral("hardwarePresetComboBox"));
    for (const auto& p : m_document.guide().localPresets())
        m_localPreset->addItem(QString(), QString::fromStdString(p.id));
    m_localPreset->addItem(QString(), QString());
    m_localPresetLabel = new QLabel(m_localGroup);
    m_localPresetLabel->setBuddy(m_localPreset);
    localForm->addRow(m_localPresetLabel, m_localPreset);
    m_hardware = addField(localForm, m_localGroup, QStringLiteral("hardwareLineEdit"), 0, lr::limits::maxMoneyUsd);
    m_electricity
        = addField(localForm, m_localGroup, QStringLiteral("electricityLineEdit"), 0, lr::limits::maxMoneyUsd);
    m_hours = addField(
        localForm, m_localGroup, QStringLiteral("maintenanceHoursLineEdit"), 0, lr::limits::maxHoursPerMonth);
    m_rate = addField(localForm, m_localGroup, QStringLiteral("hourlyRateLineEdit"), 0, lr::limits::maxMoneyUsd);
    m_hardware.money = m_electricity.money = m_rate.money = true;
    m_setupHours
        = addField(localForm, m_localGroup, QStringLiteral("setupHoursLineEdit"), 0, lr::limits::maxSetupHours);
    m_resale = addField(localForm, m_localGroup, QStringLiteral("resaleLineEdit"), 0, 100, 100.0);
    m_depreciation = addField(localForm, m_localGroup, QStringLiteral("depreciationLineEdit"), 0, 50);
    m_hybridShare = addField(localForm, m_localGroup, QStringLiteral("hybridShareLineEdit"), 0, 100, 100.0);
    m_maintenanceNote = new WrappedLabel(m_localGroup);
    m_maintenanceNote->setObjectName(QStringLiteral("maintenanceNoteLabel"));
    localForm->addRow(m_maintenanceNote);
    layout->addWidget(m_localGroup);

    m_horizonGroup = new QGroupBox(this);
    auto* horizonForm = new QFormLayout(m_horizonGroup);
    m_horizon = addField(
        horizonForm, m_horizonGroup, QStringLiteral("horizonLineEdit"), lr::limits::minMonths, lr::limits::maxMonths);
    m_horizon.edit->setWholeNumber(true);
    m_threshold = addField(
        horizonForm, m_horizonGroup, QStringLiteral("thresholdLineEdit"), lr::limits::minMonths, lr::limits::maxMonths);
    m_growth = addField(horizonForm, m_horizonGroup, QStringLiteral("growthLineEdit"), -50, 100, 100.0);
    m_priceChange = addField(horizonForm, m_horizonGroup, QStringLiteral("priceChangeLineEdit"), -95, 500, 100.0);
    m_timeForm = horizonForm;
    m_currency = new QComboBox(m_horizonGroup);
    m_currency->setObjectName(QStringLiteral("currencyComboBox"));
    m_currency->addItem(QString(), QStringLiteral("USD"));
    m_currency->addItem(QString(), QStringLiteral("TWD"));
    m_currencyLabel = new QLabel(m_horizonGroup);
    m_currencyLabel->setBuddy(m_currency);
    horizonForm->addRow(m_currencyLabel, m_currency);
    m_perUsd = addField(horizonForm, m_horizonGroup, QStringLiteral("perUsdLineEdit"), 0.0001, 1e6);
    connect(m_perUsd.edit, &QLineEdit::textEdited, this, &CostsPage::onRateEdited);
    m_rateDate = new QDateEdit(m_horizonGroup);
    m_rateDate->setObjectName(QStringLiteral("rateDateEdit"));
    m_rateDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_rateDate->setCalendarPopup(true);
    m_rateDateLabel = new QLabel(m_horizonGroup);
    m_rateDateLabel->setBuddy(m_rateDate);
    horizonForm->addRow(m_rateDateLabel, m_rateDate);
    layout->addWidget(m_horizonGroup);

    m_summary = new WrappedLabel(this);
    m_summary->setObjectName(QStringLiteral("costSummaryLabel"));
    layout->addWidget(m_summary);
    m_message = new WrappedLabel(this);
    m_message->setObjectName(QStringLiteral("costsMessageLabel"));
    m_message->setStyleSheet(QStringLiteral("color: ") + Palette::css(Palette::Role::Problem) + QLatin1Char(';'));
    layout->addWidget(m_message);
    layout->addStretch();

    connect(m_cloudPreset, &QComboBox::activated, this, &CostsPage::onCloudPreset);
    connect(m_localPreset, &QComboBox::activated, this, &CostsPage::onLocalPreset);
    connect(m_localMode, &QComboBox::activated, this, &CostsPage::onLocalMode);
    connect(m_currency, &QComboBox::activated, this, &CostsPage::onCurrency);
    connect(m_rateDate, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        if (!date.isValid() || m_document.scenario().currency.isUsd())
            return;
        m_document.edit([&](lr::Scenario& s) { s.currency.asOf = date.toString(Qt::ISODate).toStdString(); });
    });
    connect(m_sizing, &SizingPanel::edited, this, &CostsPage::onSizingEdited);
    connect(&m_document, &ScenarioDocument::changed, this, &CostsPage::refreshSummary);

    retranslate();
    syncFromDocument();
}

CostsPage::~CostsPage() = default;

CostsPage::Field CostsPage::addField(
    QFormLayout* form, QWidget* parent, const QString& objectName, double min, double max, double scale)
{
    Field f;
    f.scale = scale;
    f.edit = new NumberField(parent);
    f.edit->setObjectName(objectName);
    f.edit->setRange(min, max);
    f.label = new QLabel(parent);
    f.label->setBuddy(f.edit);
    form->addRow(f.label, f.edit);
    connect(f.edit, &QLineEdit::textEdited, this, &CostsPage::onEdited);
    return f;
}

void CostsPage::retranslate()
{
    setTitle(tr("Costs"));
    setSubTitle(
        tr("Compare total cost of ownership, not monthly fees: hardware, electricity, maintenance and API fees."));
    m_cloudGroup->setTitle(tr("Cloud API"));
    m_cloudPresetLabel->setText(tr("&Example:"));
    m_cloudPreset->setToolTip(tr("Prices from the guide's examples. Editing a price switches to Custom."));
    const auto& cloud = m_document.guide().cloudPresets();
    for (std::size_t i = 0; i < cloud.size(); ++i)
        m_cloudPreset->setItemText(static_cast<int>(i), UiText::text(cloud[i].name));
    m_cloudPreset->setItemText(m_cloudPreset->count() - 1, tr("Custom"));
    m_compare->setText(tr("&Compare Models…"));
    m_compare->setToolTip(tr("Compare the catalog's models at your usage and use one as the cloud option."));
    const QString unit = UiText::currencyUnit();
    m_inputPrice.label->setText(tr("&Input price (%1 per 1M tokens):").arg(unit));
    m_inputPrice.edit->setToolTip(tr("What the provider charges for one million input (prompt) tokens."));
    m_outputPrice.label->setText(tr("&Output price (%1 per 1M tokens):").arg(unit));
    m_outputPrice.edit->setToolTip(tr("What the provider charges for one million output (answer) tokens."));

    m_localGroup->setTitle(tr("Local deployment"));
    m_localModeLabel->setText(tr("Loc&al side:"));
    m_localMode->setItemText(0, tr("Enter my own figures"));
    m_localMode->setItemText(1, tr("Size it for my usage"));
    m_localMode->setToolTip(tr("Your own hardware price and electricity bill, or the devices, power and "
                               "electricity sized from your usage and an open model."));
    m_setupHours.label->setText(tr("&Setup hours, once:"));
    m_setupHours.edit->setToolTip(tr("Time to set the local side up, counted once, up front, at the hourly rate."));
    m_localPresetLabel->setText(tr("E&xample:"));
    m_localPreset->setToolTip(tr("Hardware examples from the guide. Editing a value switches to Custom."));
    const auto& local = m_document.guide().localPresets();
    for (std::size_t i = 0; i < local.size(); ++i)
        m_localPreset->setItemText(static_cast<int>(i), UiText::text(local[i].name));
    m_localPreset->setItemText(m_localPreset->count() - 1, tr("Custom"));
    m_hardware.label->setText(tr("Hard&ware, once (%1):").arg(unit));
    const auto& figures = m_document.guide().figures();
    const auto usd = [](const lr::GuideRange& r) {
        return QString::fromStdString(lr::Format::usdRange(r.low, r.high, UiText::lang(), UiText::currency()));
    };
    m_hardware.edit->setToolTip(tr("Paid up front. The guide: an RTX 4090 or better costs about %1; "
                                   "vLLM on several GPUs about %2.")
                                    .arg(usd(figures.singleGpuHardwareUsd), usd(figures.multiGpuHardwareUsd)));
    m_electricity.label->setText(tr("Elect&ricity a month (%1):").arg(unit));
    m_electricity.edit->setToolTip(
        tr("The guide estimates %1 a month for one GPU.").arg(usd(figures.gpuElectricityUsdPerMonth)));
    m_hours.label->setText(tr("&Maintenance hours a month:"));
    m_hours.edit->setToolTip(
        tr("Time spent updating models, drivers and the server. The guide expects %1 hours a month; "
           "at most %2 (every hour of a month).")
            .arg(QString::fromStdString(
                     lr::Format::range(figures.maintenanceHoursPerMonth.low, figures.maintenanceHoursPerMonth.high)),
                UiText::number(lr::limits::maxHoursPerMonth, 0)));
    m_rate.label->setText(tr("Hourl&y rate (%1):").arg(unit));
    m_rate.edit->setToolTip(
        tr("What an hour of that maintenance costs you. The default, %1, is your team's own time at about a "
           "software developer's wage in the US (BLS, May 2024); the guide's outside technician costs %2 an hour. "
           "Zero if the time costs you nothing.")
            .arg(UiText::unitPrice(m_document.guide().defaults().hourlyRateUsd),
                usd({ figures.technicianUsdPerHour, figures.technicianUsdPerHour })));

    m_horizonGroup->setTitle(tr("Time"));
    m_horizon.label->setText(tr("Hori&zon (months):"));
    m_horizon.edit->setToolTip(tr("How far ahead to add up costs: %1 to %2 whole months.")
                                   .arg(lr::limits::minMonths)
                                   .arg(lr::limits::maxMonths));
    m_cachedShare.label->setText(tr("Cached input (% of input):"));
    m_cachedShare.edit->setToolTip(tr("The share of input tokens the provider bills at its cache-read price "
                                      "(a prompt prefix it has seen before). 0: none."));
    m_cachePrice.label->setText(tr("Cache-read price (%1 per 1M):").arg(unit));
    m_cachePrice.edit->setToolTip(tr("What the provider charges for one million cached input tokens. Empty: the "
                                     "input price."));
    m_cachePrice.edit->setPlaceholderText(tr("the input price"));
    m_batchShare.label->setText(tr("Batch traffic (% of all):"));
    m_batchShare.edit->setToolTip(
        tr("The share of all traffic sent through the provider's batch API, answered within hours. 0: none."));
    m_batchDiscount.label->setText(tr("Batch discount (%):"));
    m_batchDiscount.edit->setToolTip(tr("What the batch API takes off the price; 50 at most providers."));
    m_resale.label->setText(tr("Resale at the horizon (%):"));
    m_resale.edit->setToolTip(tr("What the hardware still sells for at the horizon, taken off local's total. "
                                 "The breakeven is on the money paid, without it. 0: none."));
    m_depreciation.label->setText(tr("Or depreciation (years):"));
    m_depreciation.edit->setToolTip(tr("Used when the resale value is 0: the hardware loses its value in a straight "
                                       "line over this many years. 0: none."));
    m_hybridShare.label->setText(tr("Hybrid, served locally (%):"));
    m_hybridShare.edit->setToolTip(
        tr("Serve this share of the tokens locally (the sensitive part, say) and the rest by the cloud. It is "
           "costed beside the two pure choices, with its breakeven against the cloud alone. 0: no hybrid."));
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
    onEdited();
}

void CostsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void CostsPage::syncFromDocument()
{
    const auto& s = m_document.scenario();
    applyCurrency();
    showMoney();
    m_hours.edit->setValue(s.local.maintenanceHoursPerMonth);
    m_setupHours.edit->setValue(s.local.setupHours);
    m_localMode->setCurrentIndex(s.local.sizing ? 1 : 0);
    // A scenario without a sizing starts the panel afresh, not from the last file's.
    m_sizing->setInput(s.local.sizing.value_or(lr::SizingInput { .device = "rtx4090", .model = "llama-3.1-8b" }));
    showLocalMode();
    m_horizon.edit->setValue(s.horizonMonths);
    m_threshold.edit->setValue(s.breakevenThresholdMonths);
    const auto show = [](const Field& f, double stored) { f.edit->setValue(stored * f.scale); };
    show(m_growth, s.time.usageGrowthPerMonth);
    show(m_priceChange, s.time.cloudPriceChangePerYear);
    show(m_cachedShare, s.time.cachedInputShare);
    show(m_batchShare, s.time.batchShare);
    show(m_batchDiscount, s.time.batchDiscount);
    show(m_resale, s.time.hardwareResaleShare);
    show(m_depreciation, s.time.hardwareDepreciationYears);
    show(m_hybridShare, s.hybrid.localShare);
    onEdited();
}

void CostsPage::applyCurrency()
{
    const auto& c = m_document.scenario().currency;
    UiText::setCurrency(c);
    // Typed in the currency, kept in dollars. What was typed is in the document already (or was
    // not valid): it is not read again at the new rate.
    for (Field* f : { &m_inputPrice, &m_outputPrice, &m_cachePrice, &m_hardware, &m_electricity, &m_rate }) {
        f->edit->setModified(false);
        f->edit->setMultiplier(1.0 / c.perUsd);
    }
    m_sizing->setCurrency(c);
    m_currency->setCurrentIndex(c.isUsd() ? 0 : 1);
    m_timeForm->setRowVisible(m_perUsd.edit, !c.isUsd());
    m_timeForm->setRowVisible(m_rateDate, !c.isUsd());
    if (!c.isUsd()) {
        if (!m_perUsd.edit->hasFocus())
            m_perUsd.edit->setValue(c.perUsd);
        const QSignalBlocker block(m_rateDate);
        m_rateDate->setDate(QDate::fromString(QString::fromStdString(c.asOf), Qt::ISODate));
    }
    retranslate();
}

void CostsPage::showMoney()
{
    const auto& s = m_document.scenario();
    m_inputPrice.edit->setValue(s.cloud.inputUsdPerMtok);
    m_outputPrice.edit->setValue(s.cloud.outputUsdPerMtok);
    m_hardware.edit->setValue(s.local.hardwareUsd);
    m_electricity.edit->setValue(s.local.electricityUsdPerMonth);
    m_rate.edit->setValue(s.local.hourlyRateUsd);
    if (s.time.cacheReadUsdPerMtok)
        m_cachePrice.edit->setValue(*s.time.cacheReadUsdPerMtok);
    else
        m_cachePrice.edit->clear();
}

void CostsPage::onCurrency(int index)
{
    const bool twd = m_currency->itemData(index).toString() == QStringLiteral("TWD");
    m_document.edit([twd](lr::Scenario& s) {
        if (twd && s.currency.isUsd())
            s.currency = lr::Hardware::builtIn().twd();
        else if (!twd)
            s.currency = {};
    });
    applyCurrency();
    showMoney();
    onEdited();
}

void CostsPage::onRateEdited()
{
    const auto rate = m_perUsd.edit->value();
    if (!rate || m_document.scenario().currency.isUsd() || *rate == m_document.scenario().currency.perUsd)
        return;
    m_document.edit([&](lr::Scenario& s) { s.currency.perUsd = *rate; });
    applyCurrency();
    showMoney();
    refreshSummary();
}

void CostsPage::matchPresets()
{
    const auto& s = m_document.scenario();
    int cloudIndex = m_cloudPreset->count() - 1;
    const auto& cloud = m_document.guide().cloudPresets();
    for (std::size_t i = 0; i < cloud.size(); ++i)
        if (cloud[i].inputUsdPerMtok == s.cloud.inputUsdPerMtok
            && cloud[i].outputUsdPerMtok == s.cloud.outputUsdPerMtok)
            cloudIndex = static_cast<int>(i);
    m_cloudPreset->setCurrentIndex(cloudIndex);
    int localIndex = m_localPreset->count() - 1;
    const auto& local = m_document.guide().localPresets();
    for (std::size_t i = 0; i < local.size(); ++i)
        if (local[i].hardwareUsd == s.local.hardwareUsd
            && local[i].electricityUsdPerMonth == s.local.electricityUsdPerMonth)
            localIndex = static_cast<int>(i);
    m_localPreset->setCurrentIndex(localIndex);
}

void CostsPage::onCloudPreset(int index)
{
    const auto& presets = m_document.guide().cloudPresets();
    if (index < 0 || static_cast<std::size_t>(index) >= presets.size())
        return;
    const auto& p = presets[static_cast<std::size_t>(index)];
    m_document.edit([&p](lr::Scenario& s) { s.setCloudPrices(p.inputUsdPerMtok, p.outputUsdPerMtok); });
    m_inputPrice.edit->setValue(p.inputUsdPerMtok);
    m_outputPrice.edit->setValue(p.outputUsdPerMtok);
    onEdited();
}

void CostsPage::onLocalPreset(int index)
{
    const auto& presets = m_document.guide().localPresets();
    if (index < 0 || static_cast<std::size_t>(index) >= presets.size())
        return;
    const auto& p = presets[static_cast<std::size_t>(index)];
    m_document.edit([&p](lr::Scenario& s) {
        s.local.hardwareUsd = p.hardwareUsd;
        s.local.electricityUsdPerMonth = p.electricityUsdPerMonth;
    });
    m_hardware.edit->setValue(p.hardwareUsd);
    m_electricity.edit->setValue(p.electricityUsdPerMonth);
    onEdited();
}

void CostsPage::onLocalMode(int index)
{
    // Back to the flat figures: they are as they were; sized: from what the panel shows.
    const auto sizing = m_sizing->input();
    m_document.edit([&](lr::Scenario& s) {
        if (index == 1 && sizing)
            s.local.sizing = *sizing;
        else if (index == 0)
            s.local.sizing.reset();
    });
    showLocalMode();
    onEdited();
}

// Only what the user changed in the panel goes into the document: opening a file does not
// rewrite its sizing as the fields show it.
void CostsPage::onSizingEdited()
{
    if (m_localMode->currentIndex() == 1)
        if (const auto sizing = m_sizing->input())
            m_document.edit([&](lr::Scenario& s) {
                if (s.local.sizing != sizing)
                    s.local.sizing = *sizing;
            });
    onEdited();
}

void CostsPage::showLocalMode()
{
    const bool sized = m_localMode->currentIndex() == 1;
    m_sizing->setVisible(sized);
    m_localForm->setRowVisible(m_localPreset, !sized);
    m_localForm->setRowVisible(m_hardware.edit, !sized);
    m_localForm->setRowVisible(m_electricity.edit, !sized);
}

void CostsPage::onEdited()
{
    const std::pair<Field*, QString> fields[] = {
        { &m_inputPrice, tr("Input price") },
        { &m_outputPrice, tr("Output price") },
        { &m_hardware, tr("Hardware") },
        { &m_electricity, tr("Electricity a month") },
        { &m_hours, tr("Maintenance hours a month") },
        { &m_rate, tr("Hourly rate") },
        { &m_setupHours, tr("Setup hours") },
        { &m_horizon, tr("Horizon") },
        { &m_threshold, tr("Breakeven threshold") },
        { &m_cachedShare, tr("Cached input") },
        { &m_cachePrice, tr("Cache-read price") },
        { &m_batchShare, tr("Batch traffic") },
        { &m_batchDiscount, tr("Batch discount") },
        { &m_resale, tr("Resale value") },
        { &m_depreciation, tr("Depreciation") },
        { &m_hybridShare, tr("Hybrid share") },
        { &m_growth, tr("Usage growth") },
        { &m_priceChange, tr("Cloud price change") },
        { &m_perUsd, tr("Exchange rate") },
    };
    QStringList problems;
    for (const auto& [field, name] : fields) {
        if (field == &m_perUsd && m_document.scenario().currency.isUsd())
            continue; // hidden: the dollar has no rate
        const bool ok
            = field->edit->value().has_value() || (field->optional && field->edit->text().trimmed().isEmpty());
        field->edit->markInvalid(!ok);
        if (!ok)
            problems << field->edit->problem(name);
    }
    const bool sized = m_localMode->currentIndex() == 1;
    if (sized)
        problems << m_sizing->problems();
    // What is typed stays out of the figures until it is valid: say what they show meanwhile.
    if (!problems.isEmpty())
        problems << tr("Until then, the figures and the charts use the last valid values.");
    m_message->setText(problems.join(QLatin1Char('\n')));

    // Only what the user typed goes into the document. A field still showing the document's
    // value (set by syncFromDocument, a preset or an offer) shows it rounded for display, and
    // writing that back would turn an offer's exact price into a typed one and drop the offer.
    m_document.edit([&](lr::Scenario& s) {
        // In the scenario's unit: a share typed as a percentage is divided back.
        const auto typed = [](const Field& f) {
            const auto v = f.edit->isModified() ? f.edit->value() : std::optional<double>();
            return v ? std::optional<double>(*v / f.scale) : v;
        };
        const auto put = [&typed](const Field& f, double& target) {
            if (const auto v = typed(f))
                target = *v;
        };
        if (m_inputPrice.edit->isModified() || m_outputPrice.edit->isModified())
            s.setCloudPrices(typed(m_inputPrice).value_or(s.cloud.inputUsdPerMtok),
                typed(m_outputPrice).value_or(s.cloud.outputUsdPerMtok));
        put(m_hardware, s.local.hardwareUsd);
        put(m_electricity, s.local.electricityUsdPerMonth);
        put(m_hours, s.local.maintenanceHoursPerMonth);
        put(m_rate, s.local.hourlyRateUsd);
        put(m_setupHours, s.local.setupHours);
        if (const auto v = typed(m_horizon))
            s.horizonMonths = static_cast<int>(*v);
        put(m_threshold, s.breakevenThresholdMonths);
        put(m_growth, s.time.usageGrowthPerMonth);
        put(m_priceChange, s.time.cloudPriceChangePerYear);
        put(m_cachedShare, s.time.cachedInputShare);
        put(m_batchShare, s.time.batchShare);
        put(m_batchDiscount, s.time.batchDiscount);
        put(m_resale, s.time.hardwareResaleShare);
        put(m_depreciation, s.time.hardwareDepreciationYears);
        put(m_hybridShare, s.hybrid.localShare);
        if (m_cachePrice.edit->isModified()) {
            if (m_cachePrice.edit->text().trimmed().isEmpty())
                s.time.cacheReadUsdPerMtok.reset();
            else if (const auto v = typed(m_cachePrice))
                s.time.cacheReadUsdPerMtok = *v;
        }
    });
    matchPresets();
    refreshSummary();

    const bool valid = problems.isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT completeChanged();
    }
}

void CostsPage::refreshSummary()
{
    const auto& s = m_document.scenario();
    PlainText::setPlain(m_offerLabel, // the offer's names come from a file
        m_document.cloudOffer() ? tr("Prices of %1.").arg(ResultHtml::offerLine(*m_document.cloudOffer()))
                                : tr("Pick an example, type the prices, or compare the catalog's models."));
    // The team's time is a cost: say that it is counted, and how much.
    const double maintenance = s.local.maintenanceHoursPerMonth * s.local.hourlyRateUsd;
    m_maintenanceNote->setText(maintenance > 0.0
            ? tr("Counted in the local costs: %1 of maintenance a month at %2 an hour, %3 a month.")
                  .arg(QString::fromStdString(lr::Format::hours(s.local.maintenanceHoursPerMonth, UiText::lang())),
                      UiText::unitPrice(s.local.hourlyRateUsd), UiText::money(maintenance))
            : tr("No maintenance time is counted in the local costs."));
    if (!m_cachePrice.edit->hasFocus()) // the chosen offer's cache-read price, once a cached share brings it in
        s.time.cacheReadUsdPerMtok ? m_cachePrice.edit->setValue(*s.time.cacheReadUsdPerMtok)
                                   : m_cachePrice.edit->clear();
    if (s.local.sizing)
        m_sizing->showSizing(s.answers.monthlyTokens, s.inputShare, s.horizonMonths);
    if (!s.answers.monthlyTokens) {
        m_summary->clear();
        return;
    }
    m_summary->setText(
        CostsSummary::text(*s.answers.monthlyTokens, lr::CostModel::summarize(s, *s.answers.monthlyTokens)));
}

bool CostsPage::isComplete() const
{
    return m_valid && QWizardPage::isComplete();
}

void CostsPage::initializePage()
{
    setFocusProxy(m_cloudPreset);
}
