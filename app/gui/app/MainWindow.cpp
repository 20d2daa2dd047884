#include "app/MainWindow.h"

#include "app/EditMenu.h"
#include "app/LanguageManager.h"
#include "app/Settings.h"
#include "catalog/CompareModelsDialog.h"
#include "charts/BreakevenChartView.h"
#include "charts/CostChartView.h"
#include "document/Autosave.h"
#include "document/ScenarioDocument.h"
#include "flowchart/FlowchartView.h"
#include "help/HelpDialog.h"
#include "report/ResultHtml.h"
#include "sizing/HardwareDialog.h"
#include "sizing/MeasuredRunsAction.h"
#include "whatif/RangeEditor.h"
#include "whatif/WhatIfView.h"
#include "widgets/PlainText.h"
#include "widgets/UiText.h"
#include "widgets/WheelGuard.h"
#include "wizard/CostsPage.h"
#include "wizard/DecisionWizard.h"

#include "lowregret/costs/CostModel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace lr = lowregret;

MainWindow::MainWindow(Settings& settings, LanguageManager& languages, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("mainWindow"));
    WheelGuard::install();
    lr::Problems catalogProblems;
    m_catalog = lr::Catalog::load(lr::Catalog::userDirectory(), catalogProblems);
    for (const auto& p : catalogProblems)
        spdlog::warn("price catalog: {}", p.describe(lr::Lang::En));
    m_document = new ScenarioDocument(lr::Guide::builtIn(), this);
    m_document->setCatalog(&m_catalog);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_wizard = new DecisionWizard(*m_document, m_splitter);
    m_wizard->setMinimumWidth(520);
    createAutosave();
    m_files = new FileActions(*m_document, *m_wizard, m_settings, *m_autosave, m_catalog, this);
    connect(m_files, &FileActions::statusMessage, this,
        [this](const QString& text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
    connect(m_files, &FileActions::restored, this, [this] { m_flowchart->setWalk(m_wizard->shownWalk()); });
    m_prices = new PriceActions(m_catalog, *m_document, m_settings, this);
    connect(m_prices, &PriceActions::statusMessage, this,
        [this](const QString& text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
    connect(m_prices, &PriceActions::catalogReloaded, m_wizard, &DecisionWizard::syncCostsFromDocument);

    auto* side = new QSplitter(Qt::Vertical, m_splitter);
    side->setObjectName(QStringLiteral("sideSplitter"));
    side->setChildrenCollapsible(false);
    m_flowchart = new FlowchartView(m_document->guide(), side);
    m_chartTabs = new QTabWidget(side);
    m_chartTabs->setObjectName(QStringLiteral("chartTabWidget"));
    m_costChart = new CostChartView(m_chartTabs);
    m_breakevenTab = new QWidget(m_chartTabs);
    m_breakevenTab->setObjectName(QStringLiteral("breakevenTab"));
    auto* breakevenLayout = new QVBoxLayout(m_breakevenTab);
    breakevenLayout->setContentsMargins(0, 0, 0, 0);
    m_whatIfTab = new QWidget(m_chartTabs);
    m_whatIfTab->setObjectName(QStringLiteral("whatIfTab"));
    auto* whatIfLayout = new QVBoxLayout(m_whatIfTab);
    whatIfLayout->setContentsMargins(0, 0, 0, 0);
    m_chartTabs->addTab(m_costChart, QString());
    m_chartTabs->addTab(m_breakevenTab, QString());
    m_chartTabs->addTab(m_whatIfTab, QString());
    side->addWidget(m_flowchart);
    side->addWidget(m_chartTabs);
    side->setStretchFactor(0, 1);
    side->setStretchFactor(1, 1);
    m_splitter->addWidget(m_wizard);
    m_splitter->addWidget(side);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 630, 650 });
    side->setSizes({ 510, 350 });
    setCentralWidget(m_splitter);

    createActions();
    retranslate();

    connect(m_document, &ScenarioDocument::changed, this, &MainWindow::refresh);
    // After Back the flowchart shows the question asked again, not the answers beyond it.
    connect(m_wizard, &QWizard::currentIdChanged, this, [this] { m_flowchart->setWalk(m_wizard->shownWalk()); });
    connect(m_chartTabs, &QTabWidget::currentChanged, this, &MainWindow::refreshCharts);
    connect(m_wizard, &QWizard::helpRequested, this, &MainWindow::showGuide);
    connect(m_document, &ScenarioDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_wizard->findChild<CostsPage*>(), &CostsPage::compareModelsRequested, this, &MainWindow::compareModels);

    resize(1280, 860);
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1280, 860);
    m_splitter->restoreState(m_settings.splitterState());
    refresh();
    updateTitle();
    if (!m_settings.setAside().isEmpty())
        statusBar()->showMessage(
            tr("The settings file was damaged and has been set aside as %1; the defaults are used.")
                .arg(QDir::toNativeSeparators(m_settings.setAside())));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QString(), m_files, &FileActions::newScenario);
    m_newAction->setObjectName(QStringLiteral("newAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = m_fileMenu->addAction(QString(), m_files, &FileActions::open);
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_files->setRecentMenu(m_recentMenu);
    m_fileMenu->addSeparator();
    m_importUsageAction = m_fileMenu->addAction(QString(), m_files, &FileActions::importUsage);
    m_importUsageAction->setObjectName(QStringLiteral("importUsageAction"));
    m_importUsageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_fileMenu->addAction(m_prices->action());
    m_compareScenariosAction = m_fileMenu->addAction(QString(), m_files, &FileActions::compareScenarios);
    m_compareScenariosAction->setObjectName(QStringLiteral("compareScenariosAction"));
    m_fileMenu->addSeparator();
    m_saveAction = m_fileMenu->addAction(QString(), m_files, &FileActions::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAsAction = m_fileMenu->addAction(QString(), m_files, &FileActions::saveAs);
    // Not every desktop binds SaveAs (generic X11 has no binding), so name the usual one too.
    QList<QKeySequence> saveAsKeys = QKeySequence::keyBindings(QKeySequence::SaveAs);
    if (!saveAsKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)))
        saveAsKeys.append(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveAsAction->setShortcuts(saveAsKeys);
    m_fileMenu->addSeparator();
    m_exportAction = m_fileMenu->addAction(QString(), m_files, &FileActions::exportReport);
    m_exportAction->setObjectName(QStringLiteral("exportReportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = new EditMenu(*menuBar(), *m_document->undoStack(), this);
    connect(m_document, &ScenarioDocument::undoneOrRedone, m_wizard, &DecisionWizard::syncCostsFromDocument);

    m_toolsMenu = menuBar()->addMenu(QString());
    m_compareAction = m_toolsMenu->addAction(QString(), this, &MainWindow::compareModels);
    m_compareAction->setObjectName(QStringLiteral("compareModelsAction"));
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_hardwareAction = m_toolsMenu->addAction(QString(), this, &MainWindow::whichHardware);
    m_hardwareAction->setObjectName(QStringLiteral("whichHardwareAction"));
    m_hardwareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    // Each language is named in itself, so a user can find theirs in any UI language.
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    m_chineseAction = m_languageMenu->addAction(QStringLiteral("繁體中文"));
    for (QAction* a : { m_englishAction, m_chineseAction }) {
        a->setCheckable(true);
        m_languageGroup->addAction(a);
    }
    connect(m_englishAction, &QAction::triggered, this, [this] { setLanguage(lr::Lang::En); });
    connect(m_chineseAction, &QAction::triggered, this, [this] { setLanguage(lr::Lang::ZhHant); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_guideAction = m_helpMenu->addAction(QString(), this, &MainWindow::showGuide);
    m_guideAction->setObjectName(QStringLiteral("guideAction"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::about);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_files->updateRecentMenu();
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New"));
    m_newAction->setStatusTip(tr("Start a new scenario with the guide's defaults"));
    m_openAction->setText(tr("&Open…"));
    m_openAction->setStatusTip(tr("Open a saved scenario"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_saveAction->setText(tr("&Save"));
    m_saveAction->setStatusTip(tr("Save the scenario"));
    m_saveAsAction->setText(tr("Save &As…"));
    m_importUsageAction->setText(tr("&Import Usage…"));
    m_importUsageAction->setStatusTip(
        tr("Read your provider's usage exports (OpenAI, Anthropic, OpenRouter, LiteLLM) and fill the usage from them"));
    m_prices->retranslate();
    m_compareScenariosAction->setText(tr("Compare Sce&narios…"));
    m_compareScenariosAction->setStatusTip(
        tr("Set this scenario beside saved ones, or two to four saved ones side by side"));
    m_exportAction->setText(tr("&Export Report…"));
    m_exportAction->setStatusTip(tr("Write the recommendation report as a PDF in the current language"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->retranslate();
    m_toolsMenu->setTitle(tr("&Tools"));
    m_compareAction->setText(tr("&Compare Models…"));
    m_compareAction->setStatusTip(tr("Compare the catalog's models at your usage and pick the cloud option"));
    m_hardwareAction->setText(tr("&Which Hardware?…"));
    m_hardwareAction->setStatusTip(tr("Size an open model on every device at your usage and pick the local setup"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_guideAction->setText(tr("LowRegret &Guide"));
    m_guideAction->setStatusTip(
        tr("How the flowchart decides, what each input means and where each default comes from"));
    m_aboutAction->setText(tr("&About LowRegret"));
    m_chartTabs->setTabText(0, tr("Cost over time"));
    m_chartTabs->setTabText(1, tr("Breakeven against usage"));
    m_chartTabs->setTabText(2, tr("What if"));
    m_chartTabs->setTabToolTip(2,
        tr("How sure the answer is: each input swung over its range, where the recommendation flips, "
           "and the regret of either choice"));
    m_englishAction->setChecked(UiText::lang() == lr::Lang::En);
    m_chineseAction->setChecked(UiText::lang() == lr::Lang::ZhHant);
    m_files->updateRecentMenu();
    updateTitle();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::refresh()
{
    m_flowchart->setWalk(m_wizard->shownWalk());
    refreshCharts();
}

void MainWindow::refreshCharts()
{
    const lr::Scenario& effective = m_document->scenario();
    if (m_chartTabs->currentWidget() == m_costChart) {
        if (effective.answers.monthlyTokens)
            m_costChart->setSummary(lr::CostModel::summarize(effective, *effective.answers.monthlyTokens));
        else
            m_costChart->clearSeries();
    } else if (m_chartTabs->currentWidget() == m_breakevenTab) {
        if (m_breakevenChart)
            m_breakevenChart->setScenario(effective);
        else
            (void)breakevenChart(); // built from the document as it is now
    } else if (m_chartTabs->currentWidget() == m_whatIfTab) {
        if (m_whatIf)
            m_whatIf->setScenario(effective);
        else
            (void)whatIf();
    }
}

WhatIfView* MainWindow::whatIf()
{
    if (!m_whatIf) {
        m_whatIf = new WhatIfView(m_document->guide(), m_whatIfTab);
        m_whatIfTab->layout()->addWidget(m_whatIf);
        m_whatIf->setScenario(m_document->scenario());
        connect(m_whatIf->ranges(), &RangeEditor::rangesEdited, this,
            [this](const std::optional<RangeEditor::Ranges>& ranges) {
                m_document->edit([&](lr::Scenario& s) { s.uncertainty = ranges; });
            });
    }
    return m_whatIf;
}

BreakevenChartView* MainWindow::breakevenChart()
{
    if (!m_breakevenChart) {
        m_breakevenChart = new BreakevenChartView(m_breakevenTab);
        m_breakevenTab->layout()->addWidget(m_breakevenChart);
        m_breakevenChart->setScenario(m_document->scenario());
    }
    return m_breakevenChart;
}

void MainWindow::updateTitle()
{
    const QString name
        = m_document->filePath().isEmpty() ? tr("Untitled") : QFileInfo(m_document->filePath()).fileName();
    setWindowTitle(PlainText::name(name) + QStringLiteral("[*] — ") + tr("LowRegret"));
    setWindowModified(m_document->isModified());
}

void MainWindow::setLanguage(lr::Lang lang)
{
    m_languages.apply(lang);
    m_settings.setLanguage(QString::fromUtf8(lr::langCode(lang).data()));
    m_englishAction->setChecked(lang == lr::Lang::En);
    m_chineseAction->setChecked(lang == lr::Lang::ZhHant);
}

void MainWindow::compareModels()
{
    const auto& s = m_document->scenario();
    // The guide's example usage when the user's is not known yet, split by the input share.
    const double tokens = s.answers.monthlyTokens.value_or(m_document->guide().defaults().exampleMonthlyTokens);
    CompareModelsDialog dialog(m_catalog, tokens * s.inputShare, tokens * (1.0 - s.inputShare), this);
    connect(&dialog, &CompareModelsDialog::offerChosen, this, &MainWindow::useOffer);
    dialog.exec();
}

void MainWindow::whichHardware()
{
    HardwareDialog dialog(m_document->scenario(), this);
    connect(&dialog, &HardwareDialog::measurementsChanged, this, [this](const lr::MeasuredRuns& runs) {
        if (m_document->scenario().local.sizing) // a scenario costed by the flat figures takes them with a device
            MeasuredRunsAction::apply(*m_document, runs);
        m_wizard->syncCostsFromDocument();
    });
    connect(&dialog, &HardwareDialog::sizingChosen, this, [this](const lr::SizingInput& sizing) {
        m_document->edit([&sizing](lr::Scenario& s) { s.local.sizing = sizing; });
        m_wizard->syncCostsFromDocument();
    });
    dialog.exec();
}

bool MainWindow::useOffer(const QString& offerId)
{
    const lr::Offer* offer = m_catalog.find(offerId.toStdString());
    if (!offer)
        return false;
    m_document->edit([offer](lr::Scenario& s) { s.useOffer(*offer); });
    m_wizard->syncCostsFromDocument();
    statusBar()->showMessage(tr("Cloud option: %1").arg(ResultHtml::offerLine(*offer)), 6000);
    return true;
}

void MainWindow::showGuide()
{
    if (!m_help)
        m_help = new HelpDialog(m_document->guide(), this);
    if (m_help->isVisible()) { // behind the main window: bring it back
        m_help->raise();
        m_help->activateWindow();
    }
    m_help->show();
    m_help->showPart(m_wizard->helpAnchor());
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About LowRegret"),
        tr("<h3>LowRegret %1</h3><p>Should a small team run its AI models locally or pay a cloud API? "
           "LowRegret walks the low-regret guide's flowchart with your answers and costs, and shows the "
           "total cost of ownership over time.</p>")
                .arg(QStringLiteral(LOWREGRET_VERSION))
            + tr("<p>Most built-in prices are from pydantic's genai-prices (snapshot of 2026-08-21), "
                 "copyright Pydantic Services Inc., under the MIT licence.</p>"));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    m_autosave->discard();
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setSplitterState(m_splitter->saveState());
    m_settings.sync();
    event->accept();
}

void MainWindow::createAutosave()
{
    m_autosave = std::make_unique<Autosave>(
        *m_document, QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
    connect(m_autosave.get(), &Autosave::problemReported, this,
        [this](const QString& text) { statusBar()->showMessage(text); });
    connect(m_wizard, &QWizard::currentIdChanged, m_autosave.get(), &Autosave::setPage);
}
