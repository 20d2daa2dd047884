#pragma once

#include "lowregret/catalog/Catalog.h"
#include "lowregret/usage/UsageImport.h"

#include <QObject>
#include <QString>
#include <QStringList>

class Autosave;
class DecisionWizard;
class QMenu;
class QWidget;
class ScenarioDocument;
class Settings;

// The file commands: New, Open, Open Recent, Save, Save As, Import Usage, Compare Scenarios,
// Export Report, the question before unsaved work is lost, and the offer to restore an
// autosaved copy after a crash. The window owns it and calls it; it answers through its
// signals, never by calling the window, and shows its dialogs over `window`.
class FileActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileActions)

public:
    FileActions(ScenarioDocument& document, DecisionWizard& wizard, Settings& settings, Autosave& autosave,
        const lowregret::Catalog& catalog, QWidget* window);
    ~FileActions() override;

    void newScenario();
    void open();
    bool save();
    bool saveAs();
    void exportReport();
    // Asks what to do with unsaved changes; false when the user cancels.
    bool maybeSave();

    // Opens a scenario and shows the wizard from its start (its result when it decides); on
    // failure shows why and returns false, leaving the current work as it was.
    bool openFile(const QString& path);
    bool saveTo(const QString& path);
    // Writes the recommendation report as PDF in the current language.
    bool exportReportTo(const QString& path);

    // Reads usage exports (UsageImportDialog) and, when the user accepts, fills the scenario's
    // usage fields from them and shows the usage page.
    void importUsage();
    void importUsageFiles(const QStringList& files);
    void applyUsage(const lowregret::UsageImport::Result& result);

    // The files chosen side by side (CompareScenariosDialog), with the scenario being edited
    // first when `withCurrent`. Two to four in all; a file that cannot be read is named and
    // nothing is shown. Returns whether the dialog opened.
    void compareScenarios();
    bool compareScenarioFiles(const QStringList& files, bool withCurrent);

    // Offers to restore work an earlier run did not save (after a crash).
    void offerRecovery();
    // Restores that work, on the page it was on; on failure says why and where the copy was
    // kept. Returns whether it was restored.
    bool restoreAutosave();

    // The menu that lists the recent files; filled again whenever the list or language changes.
    void setRecentMenu(QMenu* menu) { m_recentMenu = menu; }
    void updateRecentMenu();

    // The last error shown to the user, for scripts and tests.
    [[nodiscard]] QString lastError() const { return m_lastError; }
    // Headless runs and scripts: errors are logged, never shown in a modal box nobody can close.
    void setInteractive(bool interactive) { m_interactive = interactive; }

Q_SIGNALS:
    // A line for the status bar, shown for `timeoutMs`.
    void statusMessage(const QString& text, int timeoutMs);
    // Autosaved work was restored and the wizard shows its page: the flowchart follows it.
    void restored();

private:
    void showError(const QString& title, const QString& text);

    ScenarioDocument& m_document;
    DecisionWizard& m_wizard;
    Settings& m_settings;
    Autosave& m_autosave;
    const lowregret::Catalog& m_catalog;
    QWidget* m_window;
    QMenu* m_recentMenu = nullptr;
    QString m_lastError;
    bool m_interactive = true;
};
