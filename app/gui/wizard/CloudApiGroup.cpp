#include "wizard/CloudApiGroup.h"

#include "document/ScenarioDocument.h"
#include "report/ResultHtml.h"
#include "widgets/NumberField.h"
#include "widgets/PlainText.h"
#include "widgets/UiText.h"
#include "widgets/WrappedLabel.h"

#include "lowregret/catalog/Catalog.h"
#include "lowregret/io/Limits.h"
#include "lowregret/outcome/Sections.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace lr = lowregret;

CloudApiGroup::CloudApiGroup(ScenarioDocument& document, QWidget* parent)
    : QGroupBox(parent)
    , m_document(document)
{
    auto* form = new QFormLayout(this);
    m_preset = new QComboBox(this);
    // The examples' long names elide in a narrow window rather than widen it.
    m_preset->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_preset->setMinimumContentsLength(16);
    m_preset->setObjectName(QStringLiteral("cloudPresetComboBox"));
    for (const auto& p : m_document.guide().cloudPresets())
        m_preset->addItem(QString(), QString::fromStdString(p.id));
    m_preset->addItem(QString(), QString());
    m_presetLabel = new QLabel(this);
    m_presetLabel->setBuddy(m_preset);
    form->addRow(m_presetLabel, m_preset);
    m_compare = new QPushButton(this);
    m_compare->setObjectName(QStringLiteral("compareModelsPushButton"));
    m_offerLabel = new WrappedLabel(this);
    m_offerLabel->setObjectName(QStringLiteral("cloudOfferLabel"));
    // A row of its own: beside the button, a label that wraps to two lines was cut off, since
    // a nested layout in a form row does not grow with the label's height for its width.
    form->addRow(m_offerLabel);
    auto* compareRow = new QHBoxLayout;
    compareRow->addStretch(1);
    compareRow->addWidget(m_compare);
    form->addRow(compareRow);
    connect(m_compare, &QPushButton::clicked, this, &CloudApiGroup::compareModelsRequested);
    m_inputPrice = CostField::add(form, this, QStringLiteral("inputPriceLineEdit"), 0, lr::limits::maxUsdPerMtok);
    m_outputPrice = CostField::add(form, this, QStringLiteral("outputPriceLineEdit"), 0, lr::limits::maxUsdPerMtok);
    m_cachedShare = CostField::add(form, this, QStringLiteral("cachedShareLineEdit"), 0, 100, 100.0);
    m_cachePrice = CostField::add(form, this, QStringLiteral("cachePriceLineEdit"), 0, lr::limits::maxUsdPerMtok);
    m_cachePrice.optional = true;
    m_batchShare = CostField::add(form, this, QStringLiteral("batchShareLineEdit"), 0, 100, 100.0);
    m_batchDiscount = CostField::add(form, this, QStringLiteral("batchDiscountLineEdit"), 0, 100, 100.0);
    connect(m_preset, &QComboBox::activated, this, &CloudApiGroup::onPreset);
}

CloudApiGroup::~CloudApiGroup() = default;

QWidget* CloudApiGroup::firstField() const
{
    return m_preset;
}

void CloudApiGroup::retranslate()
{
    setTitle(tr("Cloud API"));
    m_presetLabel->setText(tr("&Example:"));
    m_preset->setToolTip(tr("Prices from the guide's examples. Editing a price switches to Custom."));
    const auto& cloud = m_document.guide().cloudPresets();
    for (std::size_t i = 0; i < cloud.size(); ++i)
        m_preset->setItemText(static_cast<int>(i), UiText::text(cloud[i].name));
    m_preset->setItemText(m_preset->count() - 1, tr("Custom"));
    m_compare->setText(tr("&Compare Models…"));
    m_compare->setToolTip(tr("Compare the catalog's models at your usage and use one as the cloud option."));
    const QString unit = UiText::currencyUnit();
    m_inputPrice.label->setText(tr("&Input price (%1 per 1M tokens):").arg(unit));
    m_inputPrice.edit->setToolTip(tr("What the provider charges for one million input (prompt) tokens."));
    m_outputPrice.label->setText(tr("&Output price (%1 per 1M tokens):").arg(unit));
    m_outputPrice.edit->setToolTip(tr("What the provider charges for one million output (answer) tokens."));
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
}

void CloudApiGroup::setCurrency(const lr::Currency& currency)
{
    // Typed in the currency, kept in dollars. What was typed is in the document already (or was
    // not valid): it is not read again at the new rate.
    for (const CostField* f : { &m_inputPrice, &m_outputPrice, &m_cachePrice }) {
        f->edit->setModified(false);
        f->edit->setMultiplier(1.0 / currency.perUsd);
    }
}

void CloudApiGroup::showMoney(const lr::Scenario& s)
{
    m_inputPrice.edit->setValue(s.cloud.inputUsdPerMtok);
    m_outputPrice.edit->setValue(s.cloud.outputUsdPerMtok);
    if (s.time.cacheReadUsdPerMtok)
        m_cachePrice.edit->setValue(*s.time.cacheReadUsdPerMtok);
    else
        m_cachePrice.edit->clear();
}

void CloudApiGroup::showShares(const lr::Scenario& s)
{
    m_cachedShare.show(s.time.cachedInputShare);
    m_batchShare.show(s.time.batchShare);
    m_batchDiscount.show(s.time.batchDiscount);
}

void CloudApiGroup::matchPreset(const lr::Scenario& s)
{
    int index = m_preset->count() - 1;
    const auto& cloud = m_document.guide().cloudPresets();
    for (std::size_t i = 0; i < cloud.size(); ++i)
        if (cloud[i].inputUsdPerMtok == s.cloud.inputUsdPerMtok
            && cloud[i].outputUsdPerMtok == s.cloud.outputUsdPerMtok)
            index = static_cast<int>(i);
    m_preset->setCurrentIndex(index);
}

void CloudApiGroup::onPreset(int index)
{
    const auto& presets = m_document.guide().cloudPresets();
    if (index < 0 || static_cast<std::size_t>(index) >= presets.size())
        return;
    const auto& p = presets[static_cast<std::size_t>(index)];
    m_document.edit([&p](lr::Scenario& s) { s.setCloudPrices(p.inputUsdPerMtok, p.outputUsdPerMtok); });
    m_inputPrice.edit->setValue(p.inputUsdPerMtok);
    m_outputPrice.edit->setValue(p.outputUsdPerMtok);
    Q_EMIT edited();
}

void CloudApiGroup::write(lr::Scenario& s) const
{
    if (m_inputPrice.edit->isModified() || m_outputPrice.edit->isModified())
        s.setCloudPrices(m_inputPrice.typed().value_or(s.cloud.inputUsdPerMtok),
            m_outputPrice.typed().value_or(s.cloud.outputUsdPerMtok));
    m_cachedShare.put(s.time.cachedInputShare);
    m_batchShare.put(s.time.batchShare);
    m_batchDiscount.put(s.time.batchDiscount);
    if (m_cachePrice.edit->isModified()) {
        if (m_cachePrice.edit->text().trimmed().isEmpty())
            s.time.cacheReadUsdPerMtok.reset();
        else if (const auto v = m_cachePrice.typed())
            s.time.cacheReadUsdPerMtok = *v;
    }
}

void CloudApiGroup::refresh()
{
    const auto& s = m_document.scenario();
    const auto* offer = m_document.cloudOffer();
    // How old the offer's price is, and past 180 days the suggestion to update it (core's words).
    const QString age = offer
        ? QString::fromStdString(lowregret::Sections::priceAge(*offer, lowregret::Catalog::today(), UiText::lang()))
        : QString();
    PlainText::setPlain(m_offerLabel, // the offer's names come from a file
        offer ? tr("Prices of %1.").arg(ResultHtml::offerLine(*offer)) + (age.isEmpty() ? QString() : u'\n' + age)
              : tr("Pick an example, type the prices, or compare the catalog's models."));
    if (!m_cachePrice.edit->hasFocus()) // the chosen offer's cache-read price, once a cached share brings it in
        s.time.cacheReadUsdPerMtok ? m_cachePrice.edit->setValue(*s.time.cacheReadUsdPerMtok)
                                   : m_cachePrice.edit->clear();
}
