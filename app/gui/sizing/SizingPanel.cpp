#include "sizing/SizingPanel.h"

#include "sizing/MeasuredRunsAction.h"
#include "sizing/NoFitNotice.h"
#include "sizing/SizingMemory.h"
#include "sizing/SpeedText.h"

#include "widgets/NumberField.h"
#include "widgets/UiText.h"
#include "widgets/WrappedLabel.h"

#include "lowregret/io/Format.h"
#include "lowregret/io/Limits.h"
#include "lowregret/sizing/Hardware.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace lr = lowregret;

SizingPanel::SizingPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sizingPanel"));
    const auto& hw = lr::Hardware::builtIn();
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    const auto row = [&](QWidget* field, QLabel*& label) {
        label = new QLabel(this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    const auto combo = [this](const QString& name) {
        auto* c = new QComboBox(this);
        c->setObjectName(name);
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(14);
        return c;
    };
    const auto number = [this](const QString& name, double min, double max, bool whole) {
        auto* f = new NumberField(this);
        f->setObjectName(name);
        f->setRange(min, max);
        f->setWholeNumber(whole);
        connect(f, &QLineEdit::textEdited, this, &SizingPanel::edited);
        return f;
    };

    m_device = combo(QStringLiteral("sizingDeviceComboBox"));
    for (const auto& d : hw.devices)
        m_device->addItem(QString::fromStdString(d.name), QString::fromStdString(d.id));
    row(m_device, m_deviceLabel);
    m_model = combo(QStringLiteral("sizingModelComboBox"));
    m_model->addItem(QString(), QString()); // not given
    for (const auto& m : hw.models)
        m_model->addItem(QString::fromStdString(m.name), QString::fromStdString(m.id));
    row(m_model, m_modelLabel);
    m_quantization = combo(QStringLiteral("sizingQuantizationComboBox"));
    row(m_quantization, m_quantizationLabel);
    m_engine = combo(QStringLiteral("sizingEngineComboBox"));
    for (const auto& [id, e] : hw.engines)
        m_engine->addItem(QString::fromStdString(e.name), QString::fromStdString(id));
    row(m_engine, m_engineLabel);
    m_context = number(QStringLiteral("sizingContextLineEdit"), 1, double(lr::limits::maxContextTokens), true);
    row(m_context, m_contextLabel);
    m_concurrency = number(QStringLiteral("sizingConcurrencyLineEdit"), 1, double(lr::limits::maxConcurrency), true);
    row(m_concurrency, m_concurrencyLabel);
    m_hoursOn = number(QStringLiteral("sizingHoursOnLineEdit"), 1, lr::limits::maxHoursPerMonth, false);
    row(m_hoursOn, m_hoursOnLabel);
    m_kwhPreset = combo(QStringLiteral("sizingKwhPresetComboBox"));
    for (const auto& p : hw.electricityPrices)
        m_kwhPreset->addItem(QString(), QString::fromStdString(p.id));
    m_kwhPreset->addItem(QString(), QString()); // custom
    row(m_kwhPreset, m_kwhPresetLabel);
    connect(m_kwhPreset, &QComboBox::activated, this, &SizingPanel::onElectricityPreset);
    m_kwhPrice = number(QStringLiteral("sizingKwhPriceLineEdit"), 0, lr::limits::maxUsdPerKwh, false);
    row(m_kwhPrice, m_kwhPriceLabel);
    connect(m_kwhPrice, &QLineEdit::textEdited, this, &SizingPanel::matchElectricityPreset);
    m_measured = number(QStringLiteral("sizingMeasuredLineEdit"), 0.001, lr::limits::maxTokensPerSecond, false);
    row(m_measured, m_measuredLabel);
    m_runs = new MeasuredRunsAction(/*mnemonics=*/false, this);
    form->addRow(m_runs);
    connect(m_runs, &MeasuredRunsAction::measurementsChanged, this, [this](const lr::MeasuredRuns& runs) {
        m_base.measured = runs;
        Q_EMIT measurementsChanged(runs);
    });

    m_memory = new QProgressBar(this);
    m_memory->setObjectName(QStringLiteral("sizingMemoryBar"));
    m_memory->setRange(0, 1000);
    m_memory->setTextVisible(true);
    row(m_memory, m_memoryLabel);
    m_result = new WrappedLabel(this);
    m_result->setObjectName(QStringLiteral("sizingResultLabel"));
    form->addRow(m_result);
    m_noFit = new NoFitNotice(this);
    form->addRow(m_noFit);
    connect(m_noFit, &NoFitNotice::devicePicked, this, &SizingPanel::pickDevice);

    // A new model brings its own quantizations before anyone reads the fields.
    connect(m_model, &QComboBox::activated, this, [this] {
        fillQuantizations();
        Q_EMIT edited();
    });
    for (auto* c : { m_device, m_quantization, m_engine })
        connect(c, &QComboBox::activated, this, &SizingPanel::edited);
    retranslate();
    setInput(lr::SizingInput { .device = "rtx4090", .model = "llama-3.1-8b" });
}

SizingPanel::~SizingPanel() = default;

void SizingPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SizingPanel::retranslate()
{
    m_deviceLabel->setText(tr("De&vice:"));
    m_device->setToolTip(tr("The GPU or Mac the model runs on. Its price, power and speed are published "
                            "figures, each with its source and date."));
    m_modelLabel->setText(tr("Open mo&del:"));
    m_model->setItemText(0, tr("Not given (the fit is not checked)"));
    m_model->setToolTip(tr("The open model you would run: its size decides how many devices hold it."));
    m_quantizationLabel->setText(tr("&Quantization:"));
    m_quantization->setToolTip(tr("Fewer bits per weight take less memory and read faster, at some cost in quality."));
    m_engineLabel->setText(tr("En&gine:"));
    m_engine->setToolTip(tr("Ollama (llama.cpp) for one user or a few; vLLM serves many concurrent requests "
                            "and splits a model over several GPUs."));
    m_contextLabel->setText(tr("Conte&xt a request (tokens):"));
    m_context->setToolTip(tr("The tokens each request keeps in memory (the KV cache). Default 8,192."));
    m_concurrencyLabel->setText(tr("Concurrent requests:"));
    m_concurrency->setToolTip(tr("How many requests are served at once. More take more memory and raise the "
                                 "throughput by less than their number."));
    m_hoursOnLabel->setText(tr("Hou&rs on a month:"));
    m_hoursOn->setToolTip(tr("How long the setup is switched on: 730 is always on; 176 is 8 hours on 22 days."));
    m_kwhPriceLabel->setText(tr("Electricity &price (%1 per kWh):").arg(UiText::currencyUnit()));
    m_kwhPrice->setToolTip(tr("Default 0.1648 USD, the US residential average in 2024. Taiwan's residential tiers "
                              "run from NT$1.78 to NT$8.86 per kWh; a GPU's extra kWh fall in the top tier."));
    m_kwhPresetLabel->setText(tr("Tariff:"));
    m_kwhPreset->setToolTip(tr("Published electricity prices, each dated and sourced. A GPU's extra kWh are priced "
                               "at the household's top tier, not its average. Editing the price switches to Custom."));
    const auto& prices = lr::Hardware::builtIn().electricityPrices;
    for (std::size_t i = 0; i < prices.size(); ++i) {
        const auto& p = prices[i];
        const QString price = p.currency == "TWD"
            ? QStringLiteral("NT$") + QString::fromStdString(lr::Format::number(p.perKwh, 2))
            : QString::fromStdString(lr::Format::unitPrice(p.perKwh, UiText::lang(), lr::Currency {}, 4));
        const int index = static_cast<int>(i);
        m_kwhPreset->setItemText(index,
            tr("%1: %2 (%3)")
                .arg(QString::fromStdString(UiText::lang() == lr::Lang::ZhHant ? p.nameZh : p.nameEn), price,
                    QString::fromStdString(p.asOf)));
        m_kwhPreset->setItemData(index, QString::fromStdString(p.source), Qt::ToolTipRole);
    }
    m_kwhPreset->setItemText(m_kwhPreset->count() - 1, tr("Custom"));
    m_measuredLabel->setText(tr("Measured throughput (tokens/s):"));
    m_measured->setToolTip(tr("Leave empty to estimate it. If you have measured one replica's sustained "
                              "throughput over input and output tokens, enter it: it replaces every estimate."));
    m_measured->setPlaceholderText(tr("estimated"));
    m_memoryLabel->setText(tr("Memory:"));
    showSizing(m_tokens, m_share, m_months);
}

void SizingPanel::fillQuantizations()
{
    const auto& hw = lr::Hardware::builtIn();
    const QString current = m_quantization->currentData().toString();
    const auto* model = hw.model(m_model->currentData().toString().toStdString());
    const QSignalBlocker blocker(m_quantization);
    m_quantization->clear();
    for (const auto& q : hw.quantizations)
        if (!model || std::count(model->quantizations.begin(), model->quantizations.end(), q.id))
            m_quantization->addItem(QString::fromStdString(q.name), QString::fromStdString(q.id));
    int index = m_quantization->findData(current);
    if (index < 0 && model)
        index = m_quantization->findData(QString::fromStdString(model->defaultQuantization));
    m_quantization->setCurrentIndex(std::max(0, index));
}

void SizingPanel::setInput(const lr::SizingInput& in)
{
    m_base = in;
    m_runs->setRuns(in.measured);
    const auto select = [](QComboBox* c, const std::string& id) {
        const QSignalBlocker blocker(c);
        c->setCurrentIndex(std::max(0, c->findData(QString::fromStdString(id))));
    };
    select(m_device, in.device);
    select(m_model, in.model);
    fillQuantizations();
    if (!in.quantization.empty())
        select(m_quantization, in.quantization);
    select(m_engine, in.engine);
    m_context->setValue(in.contextTokens);
    m_concurrency->setValue(in.concurrency);
    m_hoursOn->setValue(in.poweredHoursPerMonth);
    m_kwhPrice->setValue(in.electricityUsdPerKwh);
    matchElectricityPreset();
    if (in.measuredTokensPerSecond)
        m_measured->setValue(*in.measuredTokensPerSecond);
    else
        m_measured->clear();
}

void SizingPanel::setCurrency(const lr::Currency& currency)
{
    if (currency == m_currency)
        return;
    // The price stays what it was in dollars; it is shown in the new currency.
    const auto price = m_kwhPrice->value();
    m_currency = currency;
    m_kwhPrice->setMultiplier(1.0 / currency.perUsd);
    if (price)
        m_kwhPrice->setValue(*price);
    retranslate();
    matchElectricityPreset();
}

void SizingPanel::onElectricityPreset(int index)
{
    const auto* preset
        = lr::Hardware::builtIn().electricityPrice(m_kwhPreset->itemData(index).toString().toStdString());
    if (!preset)
        return;
    m_kwhPrice->setValue(lr::Hardware::builtIn().usdPerKwh(*preset, m_currency));
    m_kwhPrice->markInvalid(false);
    Q_EMIT edited();
}

void SizingPanel::matchElectricityPreset()
{
    const auto price = m_kwhPrice->value();
    const auto& hw = lr::Hardware::builtIn();
    int index = m_kwhPreset->count() - 1;
    for (std::size_t i = 0; price && i < hw.electricityPrices.size(); ++i)
        if (std::fabs(hw.usdPerKwh(hw.electricityPrices[i], m_currency) - *price) <= 1e-5 * *price) // as shown
            index = static_cast<int>(i);
    m_kwhPreset->setCurrentIndex(index);
}

std::optional<lr::SizingInput> SizingPanel::input() const
{
    lr::SizingInput in = m_base;
    const std::string device = m_device->currentData().toString().toStdString();
    if (device != in.device) { // the overrides were the other device's
        in.deviceUsd.reset();
        in.activeW.reset();
        in.idleW.reset();
    }
    in.device = device;
    in.model = m_model->currentData().toString().toStdString();
    in.quantization = m_quantization->currentData().toString().toStdString();
    in.engine = m_engine->currentData().toString().toStdString();
    const auto context = m_context->value();
    const auto concurrency = m_concurrency->value();
    const auto hours = m_hoursOn->value();
    const auto price = m_kwhPrice->value();
    if (!context || !concurrency || !hours || !price)
        return std::nullopt;
    if (!m_measured->text().trimmed().isEmpty() && !m_measured->value())
        return std::nullopt;
    in.contextTokens = *context;
    in.concurrency = static_cast<int>(*concurrency);
    in.poweredHoursPerMonth = *hours;
    in.electricityUsdPerKwh = *price;
    in.measuredTokensPerSecond = m_measured->value();
    return in;
}

QStringList SizingPanel::problems() const
{
    QStringList out;
    const std::pair<NumberField*, QString> fields[] = {
        { m_context, tr("Context a request") },
        { m_concurrency, tr("Concurrent requests") },
        { m_hoursOn, tr("Hours on a month") },
        { m_kwhPrice, tr("Electricity price") },
    };
    for (const auto& [field, name] : fields) {
        field->markInvalid(!field->value());
        if (!field->value())
            out << field->problem(name);
    }
    const bool measuredBad = !m_measured->text().trimmed().isEmpty() && !m_measured->value();
    m_measured->markInvalid(measuredBad);
    if (measuredBad)
        out << m_measured->problem(tr("Measured throughput"));
    return out;
}

void SizingPanel::pickDevice(const QString& deviceId)
{
    // The device's own data replaces the overrides made for the one it replaces.
    m_base.units.reset();
    m_base.deviceUsd.reset();
    m_base.hostUsd.reset();
    m_base.activeW.reset();
    m_base.idleW.reset();
    m_device->setCurrentIndex(m_device->findData(deviceId));
    Q_EMIT edited();
}

void SizingPanel::showSizing(std::optional<double> monthlyTokens, double inputShare, int months)
{
    m_tokens = monthlyTokens;
    m_share = inputShare;
    m_months = months;
    const auto in = input();
    m_noFit->setVisible(false);
    if (!in) {
        m_result->setText(QString());
        return;
    }
    const auto& hw = lr::Hardware::builtIn();
    const lr::Sizing s = lr::Sizing::size(*in, monthlyTokens.value_or(0.0), inputShare);
    const auto* device = hw.device(s.device);
    SizingMemory::show(m_memory, s);
    QStringList lines;
    if (s.fitChecked && !s.fits) { // core's sentence, and no count or price of a setup that cannot run it
        m_noFit->showFor(*in, monthlyTokens.value_or(0.0), inputShare, months);
    } else if (!monthlyTokens) {
        lines << tr("Enter your monthly usage to size the setup for it.");
    } else {
        QString devices = tr("%1 × %2").arg(s.units).arg(device ? QString::fromStdString(device->name) : QString());
        if (s.hosts > 0)
            devices = tr("%1 in %2 × %3")
                          .arg(devices)
                          .arg(s.hosts)
                          .arg(device && device->host == "server" ? tr("GPU server") : tr("desktop PC"));
        lines << tr("%1, %2 busy at your usage.")
                     .arg(devices, QString::fromStdString(lr::Format::percent(s.utilisation)));
        lines << SpeedText::lines(s);
        lines << tr("Capacity %1 a month against your %2, at %3 tokens/s a replica over your mix of input and "
                    "output (%4).")
                     .arg(UiText::shortTokens(lr::Format::significant(s.capacityTokensPerMonth, 3)),
                         UiText::shortTokens(*monthlyTokens),
                         UiText::number(s.tokensPerSecond, s.tokensPerSecond < 100 ? 1 : 0),
                         s.estimated ? tr("estimated") : tr("measured"));
        lines << tr("Hardware %1 up front; electricity %2 a month (%3 kWh).")
                     .arg(UiText::money(s.hardwareUsd), UiText::money(s.electricityUsdPerMonth),
                         UiText::number(s.energyKwhPerMonth, 0));
        if (s.utilisation > in->maxUtilisation)
            lines << tr("Busier than the %1 headroom allows.")
                         .arg(QString::fromStdString(lr::Format::percent(in->maxUtilisation)));
    }
    m_result->setText(lines.join(QLatin1Char('\n')));
}

bool SizingPanel::useMeasurements(const QString& path)
{
    return m_runs->useMeasurements(path);
}
