#include "GuiFixture.h"

#include "charts/BreakevenChartView.h"
#include "charts/CostChartView.h"
#include "document/ScenarioDocument.h"
#include "flowchart/FlowchartView.h"
#include "wizard/DecisionWizard.h"
#include "wizard/ResultPage.h"

#include "lowregret/costs/CostModel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTabWidget>
#include <QTest>

using Wizard = GuiFixture;

TEST_F(Wizard, GuidesGpt4ExampleEndsOnLocalBreakeven)
{
    enterUsage(QStringLiteral("12"));
    clickNext();
    ASSERT_EQ(page(), id(WizardPageId::Stability));
    answer(QStringLiteral("usageStable"), true);
    clickNext();
    ASSERT_EQ(page(), id(WizardPageId::Sensitivity));
    answer(QStringLiteral("dataSensitive"), false);
    clickNext();
    ASSERT_EQ(page(), id(WizardPageId::Skill));
    answer(QStringLiteral("teamCanMaintain"), true);
    clickNext();
    ASSERT_EQ(page(), id(WizardPageId::Costs));
    // The defaults are a current catalog offer, GPT-4o at 2.50 / 10 USD per 1M, and 4 hours
    // of the team's time a month at 70 USD an hour (docs/defaults.md).
    EXPECT_EQ(find<QLineEdit>(QStringLiteral("inputPriceLineEdit"))->text(), QStringLiteral("2.5"));
    EXPECT_TRUE(find<QLabel>(QStringLiteral("cloudOfferLabel"))->text().contains(QStringLiteral("GPT-4o at OpenAI")));
    EXPECT_EQ(find<QLineEdit>(QStringLiteral("maintenanceHoursLineEdit"))->text(), QStringLiteral("4"));
    EXPECT_EQ(find<QLineEdit>(QStringLiteral("hourlyRateLineEdit"))->text(), QStringLiteral("70"));
    EXPECT_TRUE(find<QLabel>(QStringLiteral("maintenanceNoteLabel"))->text().contains(QStringLiteral("$280.00")));
    // The guide's GPT-4 example, one preset away: 30 / 60 USD per 1M, no paid maintenance.
    auto* preset = find<QComboBox>(QStringLiteral("cloudPresetComboBox"));
    const int gpt4 = preset->findText(QStringLiteral("The guide's example, 2025: OpenAI GPT-4 (30 / 60)"));
    ASSERT_GE(gpt4, 0);
    preset->setCurrentIndex(gpt4);
    Q_EMIT preset->activated(gpt4);
    EXPECT_EQ(find<QLineEdit>(QStringLiteral("inputPriceLineEdit"))->text(), QStringLiteral("30"));
    typeInto(QStringLiteral("maintenanceHoursLineEdit"), QStringLiteral("0"));
    EXPECT_TRUE(
        find<QLabel>(QStringLiteral("maintenanceNoteLabel"))->text().contains(QStringLiteral("No maintenance")));
    clickNext();
    ASSERT_EQ(page(), id(WizardPageId::Result));
    EXPECT_EQ(leaf(), "mid.local.breakeven");
    const QString text = find<ResultPage>(QStringLiteral("resultPage"))->resultText();
    EXPECT_TRUE(text.contains(QStringLiteral("Local deployment")));
    EXPECT_TRUE(text.contains(QStringLiteral("$6,480.00"))); // 540 × 12
    EXPECT_TRUE(text.contains(QStringLiteral("$2,360.00"))); // 2,000 + 30 × 12
    EXPECT_TRUE(text.contains(QStringLiteral("3.9 months"))); // 2,000 / 510
    EXPECT_TRUE(text.contains(QStringLiteral("Ollama")));
}

TEST_F(Wizard, LowBandSkipsEveryQuestion)
{
    enterUsage(QStringLiteral("0.5"));
    clickNext();
    EXPECT_EQ(page(), id(WizardPageId::Costs));
    clickNext();
    EXPECT_EQ(leaf(), "cloud.free_tier");
}

TEST_F(Wizard, SensitiveDataSkipsTheSkillQuestion)
{
    enterUsage(QStringLiteral("12"));
    clickNext();
    answer(QStringLiteral("usageStable"), true);
    clickNext();
    answer(QStringLiteral("dataSensitive"), true);
    clickNext();
    EXPECT_EQ(page(), id(WizardPageId::Costs));
    clickNext();
    EXPECT_EQ(leaf(), "mid.local.sensitive");
    EXPECT_TRUE(find<ResultPage>(QStringLiteral("resultPage"))->resultText().contains(QStringLiteral("Regret")));
}

TEST_F(Wizard, LowSkillInTheHighBandGoesToTheCloud)
{
    enterUsage(QStringLiteral("50"));
    clickNext();
    answer(QStringLiteral("usageStable"), true);
    clickNext();
    answer(QStringLiteral("dataSensitive"), false);
    clickNext();
    answer(QStringLiteral("teamCanMaintain"), false);
    clickNext();
    clickNext();
    EXPECT_EQ(leaf(), "high.cloud.low_skill");
}

TEST_F(Wizard, CheapCloudPricesMeanNoBreakeven)
{
    enterUsage(QStringLiteral("12"));
    clickNext();
    answer(QStringLiteral("usageStable"), true);
    clickNext();
    answer(QStringLiteral("dataSensitive"), false);
    clickNext();
    answer(QStringLiteral("teamCanMaintain"), true);
    clickNext();
    // GPT-3.5 Turbo: 21 a month in the cloud against 30 of electricity never pays back.
    typeInto(QStringLiteral("inputPriceLineEdit"), QStringLiteral("1.5"));
    typeInto(QStringLiteral("outputPriceLineEdit"), QStringLiteral("2"));
    clickNext();
    EXPECT_EQ(leaf(), "mid.cloud.no_breakeven");
    ASSERT_TRUE(m_window->document().decide().outcome->costs);
    EXPECT_FALSE(m_window->document().decide().outcome->costs->breakevenMonths.has_value());
}

TEST_F(Wizard, AnExclusionGoesStraightToTheResult)
{
    click(QStringLiteral("validatingCheckBox"));
    clickNext();
    EXPECT_EQ(page(), id(WizardPageId::Result));
    EXPECT_EQ(leaf(), "out_of_scope");
    EXPECT_TRUE(
        find<ResultPage>(QStringLiteral("resultPage"))->resultText().contains(QStringLiteral("does not apply")));
}

TEST_F(Wizard, BackAndChangeAnAnswerChangesWhatFollows)
{
    enterUsage(QStringLiteral("12"));
    clickNext();
    answer(QStringLiteral("usageStable"), true);
    clickNext();
    answer(QStringLiteral("dataSensitive"), false);
    clickNext();
    ASSERT_EQ(page(), id(WizardPageId::Skill));
    clickBack();
    clickBack();
    ASSERT_EQ(page(), id(WizardPageId::Stability));
    answer(QStringLiteral("usageStable"), false);
    clickNext();
    EXPECT_EQ(page(), id(WizardPageId::Costs)); // unstable usage asks nothing more
    clickNext();
    EXPECT_EQ(leaf(), "mid.cloud.unstable");
    // The earlier answer is kept, off the path: going back to stable usage restores it.
    EXPECT_EQ(m_window->document().scenario().answers.dataSensitive, false);
}

TEST_F(Wizard, ABadValueDisablesNextAndSaysWhy)
{
    enterUsage(QStringLiteral("twelve"));
    EXPECT_FALSE(nextButton()->isEnabled());
    const QString message = find<QLabel>(QStringLiteral("usageMessageLabel"))->text();
    EXPECT_TRUE(message.contains(QStringLiteral("Monthly tokens"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("must be a number"))) << message.toStdString();

    typeInto(QStringLiteral("monthlyTokensLineEdit"), QStringLiteral("2000000")); // 2e12 tokens in M
    EXPECT_FALSE(nextButton()->isEnabled());
    EXPECT_TRUE(find<QLabel>(QStringLiteral("usageMessageLabel"))->text().contains(QStringLiteral("must be from 0")));

    typeInto(QStringLiteral("monthlyTokensLineEdit"), QStringLiteral("12"));
    EXPECT_TRUE(nextButton()->isEnabled());
    EXPECT_TRUE(find<QLabel>(QStringLiteral("usageMessageLabel"))->text().isEmpty());
}

TEST_F(Wizard, OutOfRangeCostIsRefusedNotClamped)
{
    enterUsage(QStringLiteral("0.5"));
    clickNext();
    ASSERT_EQ(page(), id(WizardPageId::Costs));
    typeInto(QStringLiteral("maintenanceHoursLineEdit"), QStringLiteral("800"));
    EXPECT_FALSE(nextButton()->isEnabled());
    EXPECT_TRUE(
        find<QLabel>(QStringLiteral("costsMessageLabel"))->text().contains(QStringLiteral("Maintenance hours")));
    EXPECT_EQ(find<QLineEdit>(QStringLiteral("maintenanceHoursLineEdit"))->text(), QStringLiteral("800"));
}

TEST_F(Wizard, UnitChangeKeepsTheQuantity)
{
    enterUsage(QStringLiteral("12"));
    auto* unit = find<QComboBox>(QStringLiteral("tokenUnitComboBox"));
    unit->setCurrentIndex(1); // thousand
    QApplication::processEvents();
    EXPECT_EQ(find<QLineEdit>(QStringLiteral("monthlyTokensLineEdit"))->text(), QStringLiteral("12,000"));
    EXPECT_DOUBLE_EQ(*m_window->document().scenario().answers.monthlyTokens, 12e6);
}

// Taiwan counts in 萬 (10⁴) and 億 (10⁸): the Chinese unit list offers those, and a count typed
// in one language is the same count in the other.
TEST_F(Wizard, ChineseUnitsAreWanAndYi)
{
    enterUsage(QStringLiteral("12")); // 12 M
    m_window->setLanguage(lowregret::Lang::ZhHant);
    QApplication::processEvents();
    auto* unit = find<QComboBox>(QStringLiteral("tokenUnitComboBox"));
    auto* tokens = find<QLineEdit>(QStringLiteral("monthlyTokensLineEdit"));
    EXPECT_EQ(unit->itemText(1), QStringLiteral("萬"));
    EXPECT_EQ(unit->itemText(2), QStringLiteral("億"));
    EXPECT_EQ(unit->currentText(), QStringLiteral("萬"));
    EXPECT_EQ(tokens->text(), QStringLiteral("1,200")); // 12,000,000 = 1,200 × 10⁴
    EXPECT_DOUBLE_EQ(*m_window->document().scenario().answers.monthlyTokens, 12e6);

    typeInto(QStringLiteral("monthlyTokensLineEdit"), QStringLiteral("3"));
    unit->setCurrentIndex(2); // 億: the quantity stays, written as 0.0003 億
    QApplication::processEvents();
    EXPECT_DOUBLE_EQ(*m_window->document().scenario().answers.monthlyTokens, 3e4);
    typeInto(QStringLiteral("monthlyTokensLineEdit"), QStringLiteral("1.5"));
    EXPECT_DOUBLE_EQ(*m_window->document().scenario().answers.monthlyTokens, 1.5e8);

    m_window->setLanguage(lowregret::Lang::En);
    QApplication::processEvents();
    EXPECT_EQ(unit->itemText(2), QStringLiteral("million (M)"));
    EXPECT_EQ(tokens->text(), QStringLiteral("150")); // 150 M
    EXPECT_DOUBLE_EQ(*m_window->document().scenario().answers.monthlyTokens, 1.5e8);
}

TEST_F(Wizard, EstimatorFillsMonthlyTokens)
{
    enterUsage(QStringLiteral(""));
    typeInto(QStringLiteral("requestsPerDayLineEdit"), QStringLiteral("400"));
    typeInto(QStringLiteral("tokensPerRequestLineEdit"), QStringLiteral("1000"));
    typeInto(QStringLiteral("daysPerMonthLineEdit"), QStringLiteral("30"));
    click(QStringLiteral("useEstimatePushButton"));
    EXPECT_DOUBLE_EQ(*m_window->document().scenario().answers.monthlyTokens, 400.0 * 1000 * 30);
}

TEST_F(Wizard, SaveThenOpenGivesTheSameResult)
{
    enterUsage(QStringLiteral("50"));
    clickNext();
    answer(QStringLiteral("usageStable"), true);
    clickNext();
    answer(QStringLiteral("dataSensitive"), true);
    clickNext();
    clickNext();
    const std::string before = leaf();
    ASSERT_EQ(before, "high.local.sensitive");
    EXPECT_TRUE(m_window->isWindowModified());
    const QString file = tempPath(QStringLiteral("saved.json"));
    ASSERT_TRUE(m_window->saveTo(file));
    EXPECT_FALSE(m_window->isWindowModified());
    EXPECT_TRUE(m_window->windowTitle().contains(QStringLiteral("saved.json")));

    m_window->document().reset();
    EXPECT_EQ(leaf(), "<none>");
    ASSERT_TRUE(m_window->openFile(file));
    EXPECT_EQ(leaf(), before);
    EXPECT_EQ(m_settings->recentFiles().value(0), QFileInfo(file).absoluteFilePath());
}

TEST_F(Wizard, OpeningABadFileChangesNothingAndSaysWhy)
{
    enterUsage(QStringLiteral("12"));
    const QString file = tempPath(QStringLiteral("bad.json"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"lowregret": 1, "input_share": 7})");
    f.close();
    EXPECT_FALSE(m_window->openFile(file));
    EXPECT_TRUE(m_window->lastError().contains(QStringLiteral("input_share"))) << m_window->lastError().toStdString();
    EXPECT_DOUBLE_EQ(*m_window->document().scenario().answers.monthlyTokens, 12e6);
}

TEST_F(Wizard, FlowchartHighlightsThePathSoFar)
{
    enterUsage(QStringLiteral("12"));
    clickNext();
    answer(QStringLiteral("usageStable"), true);
    clickNext();
    const QStringList ids = m_window->flowchart()->highlightedIds();
    EXPECT_TRUE(ids.contains(QStringLiteral("monthly_usage")));
    EXPECT_TRUE(ids.contains(QStringLiteral("mid.usage_stable")));
    EXPECT_FALSE(ids.contains(QStringLiteral("high.usage_stable")));
    EXPECT_EQ(m_window->flowchart()->pendingId(), QStringLiteral("mid.data_sensitive"));
}

TEST_F(Wizard, CostChartShowsCoresSeries)
{
    enterUsage(QStringLiteral("12"));
    const auto scenario = m_window->document().scenario();
    const auto summary = lowregret::CostModel::summarize(scenario, 12e6);
    const auto cloud = m_window->costChart()->cloudSeries()->points();
    const auto local = m_window->costChart()->localSeries()->points();
    ASSERT_EQ(cloud.size(), static_cast<qsizetype>(summary.series.size()));
    ASSERT_EQ(local.size(), static_cast<qsizetype>(summary.series.size()));
    for (std::size_t i = 0; i < summary.series.size(); ++i) {
        EXPECT_DOUBLE_EQ(cloud[static_cast<qsizetype>(i)].y(), summary.series[i].cloud);
        EXPECT_DOUBLE_EQ(local[static_cast<qsizetype>(i)].y(), summary.series[i].local);
    }
    // Editing an input redraws at once: at the default GPT-4o prices, 24M tokens (12M in at
    // 2.50, 12M out at 10 per 1M) cost 150 a month.
    typeInto(QStringLiteral("monthlyTokensLineEdit"), QStringLiteral("24"));
    EXPECT_DOUBLE_EQ(m_window->costChart()->cloudSeries()->points().back().y(), (12 * 2.5 + 12 * 10.0) * 12);
}

TEST_F(Wizard, BreakevenChartIsBuiltWhenItsTabIsShownAndFollowsEdits)
{
    // A hidden chart costs start-up time: none exists until its tab is chosen.
    EXPECT_EQ(m_window->findChild<BreakevenChartView*>(), nullptr);
    enterUsage(QStringLiteral("12"));
    m_window->document().edit([](lowregret::Scenario& s) { // the guide's example
        s.cloud = { .model = {}, .inputUsdPerMtok = 30, .outputUsdPerMtok = 60 };
        s.local.maintenanceHoursPerMonth = 0;
    });
    QTabWidget* tabs = m_window->chartTabs();
    tabs->setCurrentIndex(1);
    auto* chart = m_window->findChild<BreakevenChartView*>();
    ASSERT_NE(chart, nullptr);
    EXPECT_EQ(tabs->currentWidget()->findChild<BreakevenChartView*>(), chart);
    // The guide's example: 12M tokens at 30 / 60 USD per 1M (540 a month) against a 2,000 USD
    // machine that costs 30 a month to run breaks even after 2000 / (540 - 30) months.
    const auto user = chart->userPointSeries()->points();
    ASSERT_EQ(user.size(), 1);
    EXPECT_DOUBLE_EQ(user[0].x(), 12e6);
    EXPECT_NEAR(user[0].y(), 2000.0 / (540.0 - 30.0), 1e-9);
    // Shown, it follows every edit: twice the usage, 1,080 a month of cloud.
    typeInto(QStringLiteral("monthlyTokensLineEdit"), QStringLiteral("24"));
    const auto doubled = chart->userPointSeries()->points();
    ASSERT_EQ(doubled.size(), 1);
    EXPECT_DOUBLE_EQ(doubled[0].x(), 24e6);
    EXPECT_NEAR(doubled[0].y(), 2000.0 / (1080.0 - 30.0), 1e-9);
    // Hidden, the cost chart catches up when its tab is chosen again.
    tabs->setCurrentIndex(0);
    EXPECT_DOUBLE_EQ(m_window->costChart()->cloudSeries()->points().back().y(), 2 * 540.0 * 12);
}

TEST_F(Wizard, UsingACatalogOfferSetsThePricesAndNamesIt)
{
    enterUsage(QStringLiteral("0.5"));
    clickNext();
    ASSERT_EQ(page(), id(WizardPageId::Costs));
    const auto* offer = m_window->catalog().find("openai/gpt-4o");
    ASSERT_NE(offer, nullptr);
    ASSERT_TRUE(m_window->useOffer(QStringLiteral("openai/gpt-4o")));
    EXPECT_EQ(find<QLineEdit>(QStringLiteral("inputPriceLineEdit"))->text().toDouble(), offer->inputUsdPerMtok);
    EXPECT_EQ(find<QLineEdit>(QStringLiteral("outputPriceLineEdit"))->text().toDouble(), offer->outputUsdPerMtok);
    EXPECT_TRUE(find<QLabel>(QStringLiteral("cloudOfferLabel"))->text().contains(QStringLiteral("GPT-4o")));
    clickNext();
    const QString text = find<ResultPage>(QStringLiteral("resultPage"))->resultText();
    EXPECT_TRUE(text.contains(QStringLiteral("GPT-4o at OpenAI"))) << text.toStdString();
    EXPECT_EQ(m_window->document().scenario().cloud.model, "openai/gpt-4o");
    // Typing another price makes the prices the user's own again.
    clickBack();
    typeInto(QStringLiteral("inputPriceLineEdit"), QStringLiteral("9"));
    EXPECT_TRUE(m_window->document().scenario().cloud.model.empty());
    EXPECT_FALSE(m_window->useOffer(QStringLiteral("nobody/nothing")));
}
