#pragma once

#include "app/FileActions.h"
#include "app/PriceActions.h"

#include "lowregret/catalog/Catalog.h"
#include "lowregret/io/Lang.h"
#include "lowregret/usage/UsageImport.h"

#include <QMainWindow>

#include <memory>

class Autosave;
class BreakevenChartView;
class WhatIfView;
class CostChartView;
class DecisionWizard;
class FlowchartView;
class HelpDialog;
class LanguageManager;
class EditMenu;
class QAction;
class QActionGroup;
class QMenu;
class QSplitter;
class QTabWidget;
class ScenarioDocument;
class Settings;

// The wizard on the left, the live flowchart and charts on the right, and the file and
// language menus around them.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Settings& settings, LanguageManager& languages, QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] ScenarioDocument& document() { return *m_document; }
    [[nodiscard]] DecisionWizard* wizard() const { return m_wizard; }
    [[nodiscard]] FlowchartView* flowchart() const { return m_flowchart; }
    // Follows the document while its tab is on show (the default); catches up when chosen.
    [[nodiscard]] CostChartView* costChart() const { return m_costChart; }
    // Built when its tab is first shown (or asked for here): a hidden chart costs start-up time.
    [[nodiscard]] BreakevenChartView* breakevenChart();
    // The "What if" tab's view, built when first asked for (or when the tab is first shown).
    [[nodiscard]] WhatIfView* whatIf();
    [[nodiscard]] QTabWidget* chartTabs() const { return m_chartTabs; }
    [[nodiscard]] Autosave& autosave() { return *m_autosave; }
    [[nodiscard]] const lowregret::Catalog& catalog() const { return m_catalog; }
    // Opens the model comparison at the scenario's usage.
    void compareModels();
    void whichHardware();
    // Makes a catalog offer the cloud option: its prices go into the scenario, and the result
    // names it. Returns false for an unknown id.
    bool useOffer(const QString& offerId);

    // The file commands (FileActions), for main() and the tests.
    [[nodiscard]] FileActions& files() { return *m_files; }
    void importUsage() { m_files->importUsage(); }
    void importUsageFiles(const QStringList& files) { m_files->importUsageFiles(files); }
    void applyUsage(const lowregret::UsageImport::Result& result) { m_files->applyUsage(result); }
    void compareScenarios() { m_files->compareScenarios(); }
    bool compareScenarioFiles(const QStringList& files, bool withCurrent)
    {
        return m_files->compareScenarioFiles(files, withCurrent);
    }
    bool openFile(const QString& path) { return m_files->openFile(path); }
    bool saveTo(const QString& path) { return m_files->saveTo(path); }
    bool exportReportTo(const QString& path) { return m_files->exportReportTo(path); }
    // File → Update Prices… (PriceActions).
    [[nodiscard]] PriceActions& prices() { return *m_prices; }
    void offerRecovery() { m_files->offerRecovery(); }
    bool restoreAutosave() { return m_files->restoreAutosave(); }
    [[nodiscard]] QString lastError() const { return m_files->lastError(); }
    // Headless runs (screenshot, export) and scripts: errors are logged, never shown in a
    // modal box that nobody can close.
    void setInteractive(bool interactive)
    {
        m_files->setInteractive(interactive);
        m_prices->setInteractive(interactive);
    }

    void setLanguage(lowregret::Lang lang);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createAutosave();
    void retranslate();
    void refresh();
    // Only the chart on show follows the document; the other catches up when its tab is chosen.
    void refreshCharts();
    void updateTitle();
    void about();
    void showGuide();

    Settings& m_settings;
    LanguageManager& m_languages;
    lowregret::Catalog m_catalog;
    ScenarioDocument* m_document = nullptr;
    std::unique_ptr<Autosave> m_autosave;
    FileActions* m_files = nullptr;
    PriceActions* m_prices = nullptr;
    DecisionWizard* m_wizard = nullptr;
    FlowchartView* m_flowchart = nullptr;
    CostChartView* m_costChart = nullptr;
    BreakevenChartView* m_breakevenChart = nullptr;
    QSplitter* m_splitter = nullptr;
    QTabWidget* m_chartTabs = nullptr;
    QWidget* m_breakevenTab = nullptr; // holds m_breakevenChart once it exists
    WhatIfView* m_whatIf = nullptr;
    QWidget* m_whatIfTab = nullptr; // holds m_whatIf once it exists

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QMenu* m_toolsMenu = nullptr;
    EditMenu* m_editMenu = nullptr;
    QAction* m_compareAction = nullptr;
    QAction* m_hardwareAction = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_saveAsAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_importUsageAction = nullptr;
    QAction* m_compareScenariosAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_chineseAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_guideAction = nullptr;
    HelpDialog* m_help = nullptr;
    QActionGroup* m_languageGroup = nullptr;
};
