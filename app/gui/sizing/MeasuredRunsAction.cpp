#include "sizing/MeasuredRunsAction.h"

#include "document/ScenarioDocument.h"
#include "widgets/PlainText.h"
#include "widgets/UiText.h"
#include "widgets/WrappedLabel.h"

#include "lowregret/sizing/Hardware.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <map>
#include <tuple>

#include <spdlog/spdlog.h>

namespace lr = lowregret;

MeasuredRunsAction::MeasuredRunsAction(bool mnemonics, QWidget* parent)
    : QWidget(parent)
    , m_mnemonics(mnemonics)
{
    setObjectName(QStringLiteral("measuredRunsAction"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    m_use = new QPushButton(this);
    m_use->setObjectName(QStringLiteral("useMeasurementsPushButton"));
    m_forget = new QPushButton(this);
    m_forget->setObjectName(QStringLiteral("forgetMeasurementsPushButton"));
    buttons->addWidget(m_use);
    buttons->addWidget(m_forget);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_summary = new WrappedLabel(this);
    m_summary->setObjectName(QStringLiteral("measurementsSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText); // it names a file
    layout->addWidget(m_summary);
    connect(m_use, &QPushButton::clicked, this, &MeasuredRunsAction::chooseFile);
    connect(m_forget, &QPushButton::clicked, this, &MeasuredRunsAction::forget);
    retranslate();
}

MeasuredRunsAction::~MeasuredRunsAction() = default;

void MeasuredRunsAction::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MeasuredRunsAction::retranslate()
{
    m_use->setText(m_mnemonics ? tr("Use My M&easurements…") : tr("Use My Measurements…"));
    m_use->setToolTip(tr("Read a file that llama-bench wrote with -o json (your own runs of a model on your "
                         "device): a run of the model, quantization and device sized replaces the estimated "
                         "decode or prefill speed."));
    m_forget->setText(m_mnemonics ? tr("&Forget Measurements") : tr("Forget Measurements"));
    m_forget->setToolTip(tr("Remove the llama-bench runs from the scenario: the speeds are estimated again."));
    describe();
}

void MeasuredRunsAction::setRuns(const lr::MeasuredRuns& runs)
{
    if (runs == m_runs)
        return;
    m_runs = runs;
    m_file.clear();
    describe();
}

void MeasuredRunsAction::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Use My Measurements"), QString(), tr("llama-bench JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        useMeasurements(path);
}

bool MeasuredRunsAction::useMeasurements(const QString& path)
{
    const QString name = PlainText::name(QFileInfo(path).fileName());
    lr::MeasuredRuns read = lr::MeasuredRuns::readFile(QFile::encodeName(path).toStdString(), lr::Hardware::builtIn());
    if (read.runs.empty()) {
        QStringList reasons;
        for (const auto& p : read.problems)
            reasons << QString::fromStdString(p.describe(UiText::lang()));
        m_lastError = tr("%1 holds no llama-bench run that can be used; nothing was changed.").arg(name);
        if (!reasons.isEmpty())
            m_lastError += QLatin1Char('\n') + reasons.join(QLatin1Char('\n'));
        spdlog::warn("measurements: {}", PlainText::lines(m_lastError).toStdString());
        auto* box = PlainText::warningBox(this, tr("Cannot Use Measurements"), m_lastError);
        box->setObjectName(QStringLiteral("measurementsErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    m_lastError.clear();
    lr::MeasuredRuns all = m_runs;
    all.append(read);
    m_runs = all;
    m_file = name;
    m_fileRuns = read.runs.size();
    m_fileResult = std::move(read);
    describe();
    Q_EMIT measurementsChanged(all);
    return true;
}

void MeasuredRunsAction::forget()
{
    m_runs = {};
    m_file.clear();
    describe();
    Q_EMIT measurementsChanged(m_runs);
}

namespace {

// "3 match Llama 3.1 8B Q4_K_M on RTX 4090; 1 matches nothing in the hardware data".
QString matches(const std::vector<lr::MeasuredRun>& runs)
{
    const auto& hw = lr::Hardware::builtIn();
    std::map<std::tuple<std::string, std::string, std::string, int>, int> groups;
    int unmatched = 0;
    for (const auto& r : runs) {
        if (r.matched())
            ++groups[{ r.model, r.quantization, r.device, r.devices }];
        else
            ++unmatched;
    }
    QStringList parts;
    for (const auto& [key, count] : groups) {
        const auto& [model, quantization, device, devices] = key;
        const auto* m = hw.model(model);
        const auto* q = hw.quantization(quantization);
        const auto* d = hw.device(device);
        QString on = PlainText::name(d ? d->name : device);
        if (devices > 1)
            on = MeasuredRunsAction::tr("%1 × %2").arg(devices).arg(on);
        parts << MeasuredRunsAction::tr("%n match(es) %1 %2 on %3", nullptr, count)
                     .arg(PlainText::name(m ? m->name : model), PlainText::name(q ? q->name : quantization), on);
    }
    if (unmatched > 0)
        parts << MeasuredRunsAction::tr(
            "%n match(es) no model, quantization and device of the hardware data", nullptr, unmatched);
    return parts.join(MeasuredRunsAction::tr("; "));
}

} // namespace

void MeasuredRunsAction::describe()
{
    m_forget->setEnabled(!m_runs.runs.empty());
    PlainText::setPlain(m_summary, summary());
}

QString MeasuredRunsAction::summary() const
{
    if (!m_file.isEmpty()) {
        QString text
            = tr("%n run(s) read from %1: %2.", nullptr, int(m_fileRuns)).arg(m_file, matches(m_fileResult.runs));
        const int skipped = int(m_fileResult.problems.size() + m_fileResult.problemsLeftOut);
        if (skipped > 0 && !m_fileResult.problems.empty())
            text += QLatin1Char('\n')
                + tr("%n row(s) skipped, the first: %1", nullptr, skipped)
                      .arg(QString::fromStdString(m_fileResult.problems.front().describe(UiText::lang())));
        if (m_runs.runs.size() > m_fileRuns)
            text += QLatin1Char('\n')
                + tr("The scenario holds %n measured run(s) in all.", nullptr, int(m_runs.runs.size()));
        return text;
    }
    if (m_runs.runs.empty())
        return tr("No measurements: the speeds are estimates.");
    return tr("%n measured run(s) in the scenario: %1.", nullptr, int(m_runs.runs.size())).arg(matches(m_runs.runs));
}

void MeasuredRunsAction::apply(ScenarioDocument& document, const lr::MeasuredRuns& runs)
{
    const auto& sizing = document.scenario().local.sizing;
    const lr::MeasuredRuns before = sizing ? sizing->measured : lr::MeasuredRuns {};
    const QString text = runs.runs.size() >= before.runs.size() ? tr("Use My Measurements") : tr("Forget Measurements");
    document.editUndoably(
        text,
        [runs](lr::Scenario& s) {
            if (s.local.sizing)
                s.local.sizing->measured = runs;
        },
        [before](lr::Scenario& s) {
            if (s.local.sizing)
                s.local.sizing->measured = before;
        });
}
