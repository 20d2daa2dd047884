#include "wizard/LocalDeploymentGroup.h"

#include "document/ScenarioDocument.h"
#include "sizing/MeasuredRunsAction.h"
#include "sizing/SizingPanel.h"
#include "widgets/NumberField.h"
#include "widgets/UiText.h"
#include "widgets/WrappedLabel.h"

#include "lowregret/io/Format.h"
#include "lowregret/io/Limits.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace lr = lowregret;

LocalDeploymentGroup::LocalDeploymentGroup(ScenarioDocument& document, QWidget* parent)
    : QGroupBox(parent)
    , m_document(document)
{
    m_form = new QFormLayout(this);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("localModeComboBox"));
    m_mode->addItems({ QString(), QString() });
    m_modeLabel = new QLabel(this);
    m_modeLabel->setBuddy(m_mode);
    m_form->addRow(m_modeLabel, m_mode);
    m_sizing = new SizingPanel(this);
    m_form->addRow(m_sizing);
    m_preset = new QComboBox(this);
    m_preset->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_preset->setMinimumContentsLength(16);
    m_preset->setObjectName(QStringLiteral("hardwarePresetComboBox"));
    for (const auto& p : m_document.guide().localPresets())
        m_preset->addItem(QString(), QString::fromStdString(p.id));
    m_preset->addItem(QString(), QString());
    m_presetLabel = new QLabel(this);
    m_presetLabel->setBuddy(m_preset);
    m_form->addRow(m_presetLabel, m_preset);
    m_hardware = CostField::add(m_form, this, QStringLiteral("hardwareLineEdit"), 0, lr::limits::maxMoneyUsd);
    m_electricity = CostField::add(m_form, this, QStringLiteral("electricityLineEdit"), 0, lr::limits::maxMoneyUsd);
    m_hours = CostField::add(m_form, this, QStringLiteral("maintenanceHoursLineEdit"), 0, lr::limits::maxHoursPerMonth);
    m_rate = CostField::add(m_form, this, QStringLiteral("hourlyRateLineEdit"), 0, lr::limits::maxMoneyUsd);
    m_setupHours = CostField::add(m_form, this, QStringLiteral("setupHoursLineEdit"), 0, lr::limits::maxSetupHours);
    m_resale = CostField::add(m_form, this, QStringLiteral("resaleLineEdit"), 0, 100, 100.0);
    m_depreciation = CostField::add(m_form, this, QStringLiteral("depreciationLineEdit"), 0, 50);
    m_hybridShare = CostField::add(m_form, this, QStringLiteral("hybridShareLineEdit"), 0, 100, 100.0);
    m_maintenanceNote = new WrappedLabel(this);
    m_maintenanceNote->setObjectName(QStringLiteral("maintenanceNoteLabel"));
    m_form->addRow(m_maintenanceNote);
    connect(m_preset, &QComboBox::activated, this, &LocalDeploymentGroup::onPreset);
    connect(m_mode, &QComboBox::activated, this, &LocalDeploymentGroup::onMode);
    connect(m_sizing, &SizingPanel::edited, this, &LocalDeploymentGroup::onSizingEdited);
    connect(m_sizing, &SizingPanel::measurementsChanged, this, [this](const lr::MeasuredRuns& runs) {
        if (!sized())
            return;
        MeasuredRunsAction::apply(m_document, runs);
        Q_EMIT edited();
    });
}

LocalDeploymentGroup::~LocalDeploymentGroup() = default;

void LocalDeploymentGroup::retranslate()
{
    setTitle(tr("Local deployment"));
    m_modeLabel->setText(tr("Loc&al side:"));
    m_mode->setItemText(0, tr("Enter my own figures"));
    m_mode->setItemText(1, tr("Size it for my usage"));
    m_mode->setToolTip(tr("Your own hardware price and electricity bill, or the devices, power and "
                          "electricity sized from your usage and an open model."));
    m_setupHours.label->setText(tr("&Setup hours, once:"));
    m_setupHours.edit->setToolTip(tr("Time to set the local side up, counted once, up front, at the hourly rate."));
    m_presetLabel->setText(tr("E&xample:"));
    m_preset->setToolTip(tr("Hardware examples from the guide. Editing a value switches to Custom."));
    const auto& local = m_document.guide().localPresets();
    for (std::size_t i = 0; i < local.size(); ++i)
        m_preset->setItemText(static_cast<int>(i), UiText::text(local[i].name));
    m_preset->setItemText(m_preset->count() - 1, tr("Custom"));
    const QString unit = UiText::currencyUnit();
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
}

void LocalDeploymentGroup::setCurrency(const lr::Currency& currency)
{
    // As the cloud prices: what was typed is in the document already, or was not valid.
    for (const CostField* f : { &m_hardware, &m_electricity, &m_rate }) {
        f->edit->setModified(false);
        f->edit->setMultiplier(1.0 / currency.perUsd);
    }
    m_sizing->setCurrency(currency);
}

void LocalDeploymentGroup::showMoney(const lr::Scenario& s)
{
    m_hardware.edit->setValue(s.local.hardwareUsd);
    m_electricity.edit->setValue(s.local.electricityUsdPerMonth);
    m_rate.edit->setValue(s.local.hourlyRateUsd);
}

void LocalDeploymentGroup::showFigures(const lr::Scenario& s)
{
    m_hours.edit->setValue(s.local.maintenanceHoursPerMonth);
    m_setupHours.edit->setValue(s.local.setupHours);
    m_mode->setCurrentIndex(s.local.sizing ? 1 : 0);
    // A scenario without a sizing starts the panel afresh, not from the last file's.
    m_sizing->setInput(s.local.sizing.value_or(lr::SizingInput { .device = "rtx4090", .model = "llama-3.1-8b" }));
    showMode();
    m_resale.show(s.time.hardwareResaleShare);
    m_depreciation.show(s.time.hardwareDepreciationYears);
    m_hybridShare.show(s.hybrid.localShare);
}

void LocalDeploymentGroup::matchPreset(const lr::Scenario& s)
{
    int index = m_preset->count() - 1;
    const auto& local = m_document.guide().localPresets();
    for (std::size_t i = 0; i < local.size(); ++i)
        if (local[i].hardwareUsd == s.local.hardwareUsd
            && local[i].electricityUsdPerMonth == s.local.electricityUsdPerMonth)
            index = static_cast<int>(i);
    m_preset->setCurrentIndex(index);
}

void LocalDeploymentGroup::onPreset(int index)
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
    Q_EMIT edited();
}

void LocalDeploymentGroup::onMode(int index)
{
    // Back to the flat figures: they are as they were; sized: from what the panel shows.
    const auto sizing = m_sizing->input();
    m_document.edit([&](lr::Scenario& s) {
        if (index == 1 && sizing)
            s.local.sizing = *sizing;
        else if (index == 0)
            s.local.sizing.reset();
    });
    showMode();
    Q_EMIT edited();
}

// Only what the user changed in the panel goes into the document: opening a file does not
// rewrite its sizing as the fields show it.
void LocalDeploymentGroup::onSizingEdited()
{
    if (sized())
        if (const auto sizing = m_sizing->input())
            m_document.edit([&](lr::Scenario& s) {
                if (s.local.sizing != sizing)
                    s.local.sizing = *sizing;
            });
    Q_EMIT edited();
}

void LocalDeploymentGroup::showMode()
{
    const bool isSized = sized();
    m_sizing->setVisible(isSized);
    m_form->setRowVisible(m_preset, !isSized);
    m_form->setRowVisible(m_hardware.edit, !isSized);
    m_form->setRowVisible(m_electricity.edit, !isSized);
}

bool LocalDeploymentGroup::sized() const
{
    return m_mode->currentIndex() == 1;
}

QStringList LocalDeploymentGroup::sizingProblems() const
{
    return m_sizing->problems();
}

void LocalDeploymentGroup::write(lr::Scenario& s) const
{
    m_hardware.put(s.local.hardwareUsd);
    m_electricity.put(s.local.electricityUsdPerMonth);
    m_hours.put(s.local.maintenanceHoursPerMonth);
    m_rate.put(s.local.hourlyRateUsd);
    m_setupHours.put(s.local.setupHours);
    m_resale.put(s.time.hardwareResaleShare);
    m_depreciation.put(s.time.hardwareDepreciationYears);
    m_hybridShare.put(s.hybrid.localShare);
}

void LocalDeploymentGroup::refresh(const lr::Scenario& s)
{
    // The team's time is a cost: say that it is counted, and how much.
    const double maintenance = s.local.maintenanceHoursPerMonth * s.local.hourlyRateUsd;
    m_maintenanceNote->setText(maintenance > 0.0
            ? tr("Counted in the local costs: %1 of maintenance a month at %2 an hour, %3 a month.")
                  .arg(QString::fromStdString(lr::Format::hours(s.local.maintenanceHoursPerMonth, UiText::lang())),
                      UiText::unitPrice(s.local.hourlyRateUsd), UiText::money(maintenance))
            : tr("No maintenance time is counted in the local costs."));
    if (s.local.sizing)
        m_sizing->showSizing(s.answers.monthlyTokens, s.inputShare, s.horizonMonths);
}
