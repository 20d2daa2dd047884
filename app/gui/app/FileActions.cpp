#include "app/FileActions.h"

#include "app/Settings.h"
#include "compare/CompareScenariosDialog.h"
#include "document/Autosave.h"
#include "document/ScenarioDocument.h"
#include "report/ReportWriter.h"
#include "usage/UsageImportDialog.h"
#include "widgets/PlainText.h"
#include "widgets/UiText.h"
#include "wizard/DecisionWizard.h"
#include "wizard/WizardPageIds.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

#include <spdlog/spdlog.h>

namespace lr = lowregret;

FileActions::FileActions(ScenarioDocument& document, DecisionWizard& wizard, Settings& settings, Autosave& autosave,
    const lr::Catalog& catalog, QWidget* window)
    : QObject(window)
    , m_document(document)
    , m_wizard(wizard)
    , m_settings(settings)
    , m_autosave(autosave)
    , m_catalog(catalog)
    , m_window(window)
{
}

FileActions::~FileActions() = default;

void FileActions::newScenario()
{
    if (!maybeSave())
        return;
    m_document.reset();
    m_autosave.discard();
    m_wizard.syncFromDocument();
}

void FileActions::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Scenario"), m_settings.lastFolder(), tr("LowRegret scenarios (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void FileActions::importUsage()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        m_window, tr("Import Usage"), m_settings.lastFolder(), tr("Usage exports (*.csv *.json);;All files (*)"));
    if (!paths.isEmpty())
        importUsageFiles(paths);
}

void FileActions::importUsageFiles(const QStringList& files)
{
    m_settings.setLastFolder(QFileInfo(files.front()).absolutePath());
    auto* dialog = new UsageImportDialog(files, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->result())
            applyUsage(*dialog->result());
    });
    dialog->open();
}

void FileActions::applyUsage(const lr::UsageImport::Result& result)
{
    std::vector<std::string> filled;
    m_document.edit([&](lr::Scenario& s) { filled = lr::UsageImport::fill(s, result); });
    if (filled.empty())
        return;
    m_wizard.syncFromDocument();
    m_wizard.goTo(WizardPageId::Usage);
    const auto names = result.readFiles();
    Q_EMIT statusMessage(
        tr("Usage filled from %n file(s); each field says where it came from.", nullptr, int(names.size())), 6000);
}

void FileActions::compareScenarios()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        m_window, tr("Compare Scenarios"), m_settings.lastFolder(), tr("LowRegret scenarios (*.json);;All files (*)"));
    if (paths.isEmpty())
        return;
    // The scenario being edited comes first, unless it is one of the files chosen.
    const QString current = QFileInfo(m_document.filePath()).absoluteFilePath();
    bool withCurrent = m_document.scenario().answers.monthlyTokens.has_value();
    for (const auto& p : paths)
        if (!m_document.filePath().isEmpty() && QFileInfo(p).absoluteFilePath() == current && !m_document.isModified())
            withCurrent = false;
    compareScenarioFiles(paths, withCurrent);
}

bool FileActions::compareScenarioFiles(const QStringList& files, bool withCurrent)
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
        const QString name = m_document.filePath().isEmpty()
            ? tr("This scenario")
            : tr("%1 (open)").arg(QFileInfo(m_document.filePath()).fileName());
        scenarios.emplace_back(name.toStdString(), m_document.scenario());
    }
    for (const auto& path : files) {
        const auto loaded = lr::Scenario::fromFile(path.toStdString(), m_document.guide());
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
        m_document.guide(), lr::Comparison::build(m_document.guide(), std::move(scenarios), &m_catalog), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return true;
}

bool FileActions::openFile(const QString& path)
{
    if (path.contains(QChar::ReplacementCharacter) && !QFileInfo::exists(path)) {
        showError(tr("Cannot open %1").arg(QFileInfo(path).fileName()),
            tr("The file name is not valid UTF-8, so it cannot be opened. Rename the file and try again."));
        return false;
    }
    const QString error = m_document.load(path);
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
    m_wizard.syncFromDocument();
    // A scenario the flowchart can decide opens on its result; every page is a Back away.
    if (m_document.decide().outcome)
        m_wizard.goTo(WizardPageId::Result);
    Q_EMIT statusMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool FileActions::save()
{
    if (m_document.filePath().isEmpty())
        return saveAs();
    return saveTo(m_document.filePath());
}

bool FileActions::saveAs()
{
    QString suggested = m_document.filePath();
    if (suggested.isEmpty())
        suggested = QDir(m_settings.lastFolder()).filePath(tr("scenario") + QStringLiteral(".json"));
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save Scenario"), suggested, tr("LowRegret scenarios (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    return saveTo(path);
}

bool FileActions::saveTo(const QString& path)
{
    const QString error = m_document.save(path);
    if (!error.isEmpty()) {
        showError(tr("Cannot save %1").arg(QFileInfo(path).fileName()),
            tr("The scenario was not saved; any earlier file is unchanged.\n%1").arg(error));
        return false;
    }
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    m_settings.addRecentFile(path);
    updateRecentMenu();
    Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

void FileActions::exportReport()
{
    const auto decided = m_document.decide();
    if (!decided.outcome) {
        QStringList lines;
        for (const auto& p : decided.errors)
            lines << QString::fromStdString(p.describe(UiText::lang()));
        showError(tr("Cannot export yet"),
            tr("The flowchart still needs some answers:\n%1").arg(lines.join(QLatin1Char('\n'))));
        return;
    }
    QString base
        = m_document.filePath().isEmpty() ? tr("recommendation") : QFileInfo(m_document.filePath()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Report"),
        QDir(m_settings.lastFolder()).filePath(base + QStringLiteral(".pdf")), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    exportReportTo(path);
}

bool FileActions::exportReportTo(const QString& path)
{
    const auto decided = m_document.decide();
    if (!decided.outcome)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = ReportWriter::write(
        path, { m_document.guide(), m_document.scenario(), *decided.outcome, m_document.cloudOffer(), {} });
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        showError(tr("Cannot export the report"),
            tr("No report was written to %1.\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    Q_EMIT statusMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 6000);
    return true;
}

bool FileActions::maybeSave()
{
    if (!m_document.isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
        tr("The scenario has changes that are not saved. Save them first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("unsavedChangesMessageBox"));
    box.setDefaultButton(QMessageBox::Save);
    box.button(QMessageBox::Save)->setText(tr("&Save"));
    box.button(QMessageBox::Discard)->setText(tr("&Discard"));
    box.button(QMessageBox::Cancel)->setText(tr("Cancel"));
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        m_autosave.discard();
        return true;
    default:
        return false;
    }
}

void FileActions::offerRecovery()
{
    if (!m_autosave.hasRecovery())
        return;
    QMessageBox box(QMessageBox::Question, tr("Restore unsaved work?"),
        tr("LowRegret did not close normally last time. Restore the scenario you were working on?"),
        QMessageBox::Yes | QMessageBox::No, m_window);
    box.setObjectName(QStringLiteral("restoreMessageBox"));
    box.button(QMessageBox::Yes)->setText(tr("&Restore"));
    box.setDefaultButton(QMessageBox::Yes);
    box.button(QMessageBox::No)->setText(tr("&Discard"));
    if (box.exec() != QMessageBox::Yes) {
        m_autosave.discard();
        return;
    }
    restoreAutosave();
}

bool FileActions::restoreAutosave()
{
    const QString error = m_autosave.restore();
    if (!error.isEmpty()) {
        // The copy has been kept aside (the message says where), never removed.
        showError(tr("Cannot restore"), error);
        return false;
    }
    m_wizard.syncFromDocument();
    const auto page = m_autosave.restoredPage();
    if (page && *page > int(WizardPageId::Welcome) && *page <= int(WizardPageId::Result))
        m_wizard.goTo(static_cast<WizardPageId>(*page));
    Q_EMIT restored();
    return true;
}

void FileActions::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = m_settings.recentFiles();
    int n = 1;
    for (const QString& file : files) {
        // A file's name as text: no control characters, and an & that is not a shortcut.
        const QString label = (n < 10 ? QStringLiteral("&%1 ").arg(n) : QString())
            + PlainText::name(QFileInfo(file).fileName()).replace(u'&', QStringLiteral("&&"));
        QAction* a = m_recentMenu->addAction(label, this, [this, file] {
            if (maybeSave())
                openFile(file);
        });
        a->setToolTip(PlainText::toolTip(QDir::toNativeSeparators(file)));
        a->setStatusTip(QDir::toNativeSeparators(file));
        ++n;
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("&Clear List"), this, [this] {
        m_settings.clearRecentFiles();
        updateRecentMenu();
    });
    clear->setEnabled(!files.isEmpty());
    m_recentMenu->setEnabled(true);
}

void FileActions::showError(const QString& title, const QString& text)
{
    m_lastError = text;
    spdlog::warn("{}: {}", PlainText::name(title).toStdString(), PlainText::lines(text).toStdString());
    if (m_interactive)
        PlainText::warningBox(m_window, title, text)->exec(); // it may quote a file's name
}
