#include "sizing/HardwareDialog.h"

#include "sizing/MeasuredRunsAction.h"
#include "sizing/SpeedText.h"
#include "widgets/PlainText.h"
#include "widgets/UiText.h"
#include "widgets/WrappedLabel.h"

#include "lowregret/costs/CostModel.h"
#include "lowregret/io/Format.h"
#include "lowregret/sizing/Hardware.h"
#include "lowregret/sizing/Sizing.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace lr = lowregret;

namespace {

constexpr int columns = 8;

} // namespace

HardwareDialog::HardwareDialog(const lr::Scenario& scenario, QWidget* parent)
    : QDialog(parent)
    , m_scenario(scenario)
{
    setObjectName(QStringLiteral("hardwareDialog"));
    const auto& hw = lr::Hardware::builtIn();
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("hardwareModelComboBox"));
    for (const auto& m : hw.models)
        m_model->addItem(QString::fromStdString(m.name), QString::fromStdString(m.id));
    const std::string current = scenario.local.sizing && !scenario.local.sizing->model.empty()
        ? scenario.local.sizing->model
        : std::string("llama-3.1-8b");
    m_model->setCurrentIndex(std::max(0, m_model->findData(QString::fromStdString(current))));
    m_modelLabel = new QLabel(this);
    m_modelLabel->setBuddy(m_model);
    form->addRow(m_modelLabel, m_model);
    layout->addLayout(form);
    m_heading = new WrappedLabel(this);
    m_heading->setObjectName(QStringLiteral("hardwareHeadingLabel"));
    layout->addWidget(m_heading);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("hardwareTable"));
    m_table->setColumnCount(columns);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The device's name takes what the figures leave, elided (its tooltip has it whole).
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    m_runs = new MeasuredRunsAction(/*mnemonics=*/true, this);
    m_runs->setRuns(scenario.local.sizing ? scenario.local.sizing->measured : lr::MeasuredRuns {});
    layout->addWidget(m_runs);
    connect(m_runs, &MeasuredRunsAction::measurementsChanged, this, [this](const lr::MeasuredRuns& runs) {
        refresh();
        Q_EMIT measurementsChanged(runs);
    });
    auto* buttons = new QDialogButtonBox(this);
    m_use = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_use->setObjectName(QStringLiteral("useDevicePushButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);

    connect(m_model, &QComboBox::currentIndexChanged, this, &HardwareDialog::refresh);
    connect(m_use, &QPushButton::clicked, this, &HardwareDialog::choose);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &HardwareDialog::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        m_use->setEnabled(row >= 0 && m_table->item(row, 0)->data(Qt::UserRole + 1).toBool());
    });
    resize(880, 480);
    retranslate();
}

HardwareDialog::~HardwareDialog() = default;

void HardwareDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void HardwareDialog::retranslate()
{
    setWindowTitle(tr("Which Hardware?"));
    m_modelLabel->setText(tr("Open &model:"));
    m_model->setToolTip(tr("The open model to size on every device."));
    m_use->setText(tr("&Use This Device"));
    m_use->setToolTip(tr("Size the local side of your scenario on the selected device and model."));
    m_table->setHorizontalHeaderLabels({ tr("Device"), tr("Devices"), tr("Decode\n(tokens/s)"), tr("First token\n(s)"),
        tr("Busy"), tr("Up front"), tr("Electricity\na month"), tr("Breakeven") });
    m_table->horizontalHeaderItem(2)->setToolTip(
        tr("How fast one request's answer is written, at the context's depth, while the concurrent requests "
           "run together. ✓: measured by your llama-bench runs."));
    m_table->horizontalHeaderItem(3)->setToolTip(
        tr("Seconds until the first token of an answer: the prompt read at the prefill speed, then one token. "
           "✓: the prefill was measured by your llama-bench runs."));
    refresh();
}

lr::SizingInput HardwareDialog::base() const
{
    lr::SizingInput in = m_scenario.local.sizing.value_or(lr::SizingInput {});
    in.model = m_model->currentData().toString().toStdString();
    const auto* model = lr::Hardware::builtIn().model(in.model);
    if (model && std::count(model->quantizations.begin(), model->quantizations.end(), in.quantization) == 0)
        in.quantization = model->defaultQuantization;
    in.measuredTokensPerSecond.reset(); // one device's measurement says nothing of the others
    in.measured = m_runs->runs(); // llama-bench runs name their device: each row takes its own
    return in;
}

void HardwareDialog::refresh()
{
    const auto& hw = lr::Hardware::builtIn();
    const auto& s = m_scenario;
    const double tokens = s.answers.monthlyTokens.value_or(0.0);
    const auto rows = lr::Sizing::everyDevice(base(), tokens, s.inputShare, s.horizonMonths);
    const bool measured = std::any_of(
        rows.begin(), rows.end(), [](const lr::Sizing& z) { return z.decodeMeasured || z.prefillMeasured; });
    m_heading->setText(s.answers.monthlyTokens
            ? tr("At %1 a month, cheapest first over %2 (hardware and electricity). %3 The device data was "
                 "checked on %4.")
                  .arg(UiText::tokens(tokens), UiText::months(double(s.horizonMonths)),
                      measured ? tr("Speeds marked ✓ were measured by your llama-bench runs; the others are "
                                    "estimates.")
                               : tr("Speeds are estimates from memory bandwidth and compute."),
                      QString::fromStdString(hw.checked))
            : tr("Enter your monthly usage first: the devices are sized for it."));
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const auto& z = rows[static_cast<std::size_t>(r)];
        const auto* device = hw.device(z.device);
        const auto cell = [&](int column, const QString& text, bool number) {
            auto* item = new QTableWidgetItem(text);
            if (number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, column, item);
            return item;
        };
        auto* name = cell(0, device ? QString::fromStdString(device->name) : QString::fromStdString(z.device), false);
        name->setData(Qt::UserRole, QString::fromStdString(z.device));
        name->setToolTip(PlainText::toolTip(name->text()));
        name->setData(Qt::UserRole + 1, z.fits);
        if (!z.fits) {
            cell(1,
                tr("does not fit: needs %1 GB")
                    .arg(QString::fromStdString(lr::Format::compactNumber(z.memoryNeededGb, 1))),
                false);
            for (int c = 2; c < columns; ++c)
                cell(c, QString(), false);
            continue;
        }
        cell(1, UiText::number(z.units, 0), true);
        cell(2, SpeedText::cell(SpeedText::tokensPerSecond(z.decodeTokensPerSecond), z.decodeMeasured), true)
            ->setToolTip(SpeedText::cellToolTip(z.decodeMeasured));
        cell(3, SpeedText::cell(SpeedText::seconds(z.timeToFirstTokenS), z.prefillMeasured), true)
            ->setToolTip(SpeedText::cellToolTip(z.prefillMeasured));
        cell(4, QString::fromStdString(lr::Format::percent(z.utilisation)), true);
        cell(5, UiText::money(z.hardwareUsd), true);
        cell(6, UiText::money(z.electricityUsdPerMonth), true);
        cell(7, UiText::months(lr::CostModel::breakevenOfSetup(s, z, tokens, s.inputShare)), true);
    }
    m_use->setEnabled(false);
}

QStringList HardwareDialog::deviceIds() const
{
    QStringList ids;
    for (int r = 0; r < m_table->rowCount(); ++r)
        ids << m_table->item(r, 0)->data(Qt::UserRole).toString();
    return ids;
}

void HardwareDialog::choose()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0)->data(Qt::UserRole + 1).toBool())
        return;
    // The setup the row was sized as: the device's own data, as many as needed.
    lr::SizingInput in = base();
    in.device = m_table->item(row, 0)->data(Qt::UserRole).toString().toStdString();
    in.deviceUsd.reset();
    in.hostUsd.reset();
    in.activeW.reset();
    in.idleW.reset();
    in.units.reset();
    Q_EMIT sizingChosen(in);
    accept();
}

bool HardwareDialog::useMeasurements(const QString& path)
{
    return m_runs->useMeasurements(path);
}
