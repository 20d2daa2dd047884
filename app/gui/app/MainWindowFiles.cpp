// MainWindow's file commands: New, Open, Save, Save As, Export Report, the question before
// unsaved work is lost, and the offer to restore an autosaved copy after a crash.
#include "app/MainWindow.h"

#include "app/Settings.h"
#include "compare/CompareScenariosDialog.h"
#include "document/Autosave.h"
#include "document/ScenarioDocument.h"
#include "flowchart/FlowchartView.h"
#include "report/ReportWriter.h"
#include "usage/UsageImportDialog.h"
#include "widgets/UiText.h"
#include "wizard/DecisionWizard.h"
#include "wizard/WizardPageIds.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>

#include <spdlog/spdlog.h>

namespace lr = lowregret;

void MainWindow::newScenario()
{
    if (!maybeSave())
        return;
    m_document->reset();
    m_autosave->discard();
    m_wizard->syncFromDocument();
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Scenario"), m_settings.lastFolder(), tr("LowRegret scenarios (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::importUsage()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import Usage"), m_settings.lastFolder(), tr("Usage exports (*.csv *.json);;All files (*)"));
    if (!paths.isEmpty())
        importUsageFiles(paths);
}

void MainWindow::importUsageFiles(const QStringList& files)
{
    m_settings.setLastFolder(QFileInfo(files.front()).absolutePath());
    auto* dialog = new UsageImportDialog(files, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->result())
            applyUsage(*dialog->result());
    });
    dialog->open();
}

void MainWindow::applyUsage(const lr::UsageImport::Result& result)
{
    std::vector<std::string> filled;
    m_document->edit([&](lr::Scenario& s) { filled = lr::UsageImport::fill(s, result); });
    if (filled.empty())
        return;
    m_wizard->syncFromDocument();
    m_wizard->goTo(WizardPageId::Usage);
    const auto names = result.readFiles();
    statusBar()->showMessage(
        tr("Usage filled from %n file(s); each field says where it came from.", nullptr, int(names.size())), 6000);
}

void MainWindow::compareScenarios()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Compare Scenarios"), m_settings.lastFolder(), tr("LowRegret scenarios (*.json);;All files (*)"));
    if (paths.isEmpty())
        return;
    // The scenario being edited comes first, unless it is one of the files chosen.
    const QString current = QFileInfo(m_document->filePath()).absoluteFilePath();
    bool withCurrent = m_document->scenario().answers.monthlyTokens.has_value();
    for (const auto& p : paths)
        if (!m_document->filePath().isEmpty() && QFileInfo(p).absoluteFilePath() == current
            && !m_document->isModified())
            withCurrent = false;
    compareScenarioFiles(paths, withCurrent);
}

bool MainWindow::compareScenarioFiles(const QStringList& files, bool withCurrent)
{
    const auto count = std::size_t(files.size()) + (withCurrent ? 1 : 0);
    if (count < lr::Comparison::minScenarios || count > lr::Comparison::maxScenarios) {
        showError(tr("Compare Scenarios"),
            withCurrent
                ? tr("Choose one to three saved scenarios to set beside this one (you chose %1).").arg(files.size())
                : tr("Choose two to four saved scenarios (you chose %1).").arg(files.size()));
        return false;
    }
    std::vector<std::pair<std::string, lr::Scenario>> scenarios;
    if (withCurrent) {
        const QString name = m_document->filePath().isEmpty()
            ? tr("This scenario")
            : tr("%1 (open)").arg(QFileInfo(m_document->filePath()).fileName());
        scenarios.emplace_back(name.toStdString(), m_document->scenario());
    }
    for (const auto& path : files) {
        const auto loaded = lr::Scenario::fromFile(path.toStdString(), m_document->guide());
        if (!loaded.scenario) {
            QStringList reasons;
            for (const auto& p : loaded.errors)
                reasons << QString::fromStdString(p.describe(UiText::lang()));
            showError(tr("Cannot open %1").arg(QFileInfo(path).fileName()), reasons.join(QLatin1Char('\n')));
            return false;
        }
        scenarios.emplace_back(QFileInfo(path).fileName().toStdString(), *loaded.scenario);
    }
    m_settings.setLastFolder(QFileInfo(files.front()).absolutePath());
    auto* dialog = new CompareScenariosDialog(
        m_document->guide(), lr::Comparison::build(m_document->guide(), std::move(scenarios), &m_catalog), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return true;
}

bool MainWindow::openFile(const QString& path)
{
    if (path.contains(QChar::ReplacementCharacter) && !QFileInfo::exists(path)) {
        showError(tr("Cannot open %1").arg(QFileInfo(path).fileName()),
            tr("The file name is not valid UTF-8, so it cannot be opened. Rename the file and try again."));
        return false;
    }
    const QString error = m_document->load(path);
    if (!error.isEmpty()) {
        if (!QFileInfo::exists(path)) {
            m_settings.removeRecentFile(QFileInfo(path).absoluteFilePath());
            updateRecentMenu();
        }
        showError(tr("Cannot open %1").arg(QFileInfo(path).fileName()), error);
        return false;
    }
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    m_settings.addRecentFile(path);
    updateRecentMenu();
    m_wizard->syncFromDocument();
    // A scenario the flowchart can decide opens on its result; every page is a Back away.
    if (m_document->decide().outcome)
        m_wizard->goTo(WizardPageId::Result);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveTo(m_document->filePath());
}

bool MainWindow::saveAs()
{
    QString suggested = m_document->filePath();
    if (suggested.isEmpty())
        suggested = QDir(m_settings.lastFolder()).filePath(tr("scenario") + QStringLiteral(".json"));
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Scenario"), suggested, tr("LowRegret scenarios (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    return saveTo(path);
}

bool MainWindow::saveTo(const QString& path)
{
    const QString error = m_document->save(path);
    if (!error.isEmpty()) {
        showError(tr("Cannot save %1").arg(QFileInfo(path).fileName()),
            tr("The scenario was not saved; any earlier file is unchanged.\n%1").arg(error));
        return false;
    }
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    m_settings.addRecentFile(path);
    updateRecentMenu();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

void MainWindow::exportReport()
{
    const auto decided = m_document->decide();
    if (!decided.outcome) {
        QStringList lines;
        for (const auto& p : decided.errors)
            lines << QString::fromStdString(p.describe(UiText::lang()));
        showError(tr("Cannot export yet"),
            tr("The flowchart still needs some answers:\n%1").arg(lines.join(QLatin1Char('\n'))));
        return;
    }
    QString base = m_document->filePath().isEmpty() ? tr("recommendation")
                                                    : QFileInfo(m_document->filePath()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(this, tr("Export Report"),
        QDir(m_settings.lastFolder()).filePath(base + QStringLiteral(".pdf")), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    exportReportTo(path);
}

bool MainWindow::exportReportTo(const QString& path)
{
    const auto decided = m_document->decide();
    if (!decided.outcome)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = ReportWriter::write(
        path, { m_document->guide(), m_document->scenario(), *decided.outcome, m_document->cloudOffer(), {} });
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        showError(tr("Cannot export the report"),
            tr("No report was written to %1.\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 6000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
        tr("The scenario has changes that are not saved. Save them first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesMessageBox"));
    box.setDefaultButton(QMessageBox::Save);
    box.button(QMessageBox::Save)->setText(tr("&Save"));
    box.button(QMessageBox::Discard)->setText(tr("&Discard"));
    box.button(QMessageBox::Cancel)->setText(tr("Cancel"));
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        m_autosave->discard();
        return true;
    default:
        return false;
    }
}

void MainWindow::offerRecovery()
{
    if (!m_autosave->hasRecovery())
        return;
    QMessageBox box(QMessageBox::Question, tr("Restore unsaved work?"),
        tr("LowRegret did not close normally last time. Restore the scenario you were working on?"),
        QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("restoreMessageBox"));
    box.button(QMessageBox::Yes)->setText(tr("&Restore"));
    box.setDefaultButton(QMessageBox::Yes);
    box.button(QMessageBox::No)->setText(tr("&Discard"));
    if (box.exec() != QMessageBox::Yes) {
        m_autosave->discard();
        return;
    }
    restoreAutosave();
}

bool MainWindow::restoreAutosave()
{
    const QString error = m_autosave->restore();
    if (!error.isEmpty()) {
        // The copy has been kept aside (the message says where), never removed.
        showError(tr("Cannot restore"), error);
        return false;
    }
    m_wizard->syncFromDocument();
    const auto page = m_autosave->restoredPage();
    if (page && *page > int(WizardPageId::Welcome) && *page <= int(WizardPageId::Result))
        m_wizard->goTo(static_cast<WizardPageId>(*page));
    m_flowchart->setWalk(m_wizard->shownWalk());
    return true;
}

void MainWindow::createAutosave()
{
    m_autosave = std::make_unique<Autosave>(
        *m_document, QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
    connect(m_autosave.get(), &Autosave::problemReported, this,
        [this](const QString& text) { statusBar()->showMessage(text); });
    connect(m_wizard, &QWizard::currentIdChanged, m_autosave.get(), &Autosave::setPage);
}
