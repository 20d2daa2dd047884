// File → Compare Scenarios… through the real dialog: two scenarios whose differences are known
// (the guide's GPT-4 example, and the same at twice the tokens over three years).
#include "GuiFixture.h"
#include "widgets/PlainText.h"

#include "charts/CompareChartView.h"
#include "compare/CompareScenariosDialog.h"
#include "document/ScenarioDocument.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QTableWidget>

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <fstream>

using CompareScenariosGui = GuiFixture;

namespace {

nlohmann::json gpt4()
{
    return nlohmann::json::parse(R"({"lowregret": 1,
        "answers": {"monthly_tokens": 12000000, "usage_stable": true, "data_sensitive": false,
                    "team_can_maintain": true, "exclusions": []},
        "input_share": 0.5, "cloud": {"input_usd_per_mtok": 30, "output_usd_per_mtok": 60},
        "local": {"hardware_usd": 2000, "electricity_usd_per_month": 30,
                  "maintenance_hours_per_month": 0, "hourly_rate_usd": 0},
        "horizon_months": 12, "breakeven_threshold_months": 12})");
}

QString writeScenario(const QString& path, const nlohmann::json& j)
{
    std::ofstream(path.toStdString()) << j.dump(2);
    return path;
}

int rowOf(QTableWidget* table, const QString& label)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0) && table->item(r, 0)->text() == label)
            return r;
    return -1;
}

} // namespace

TEST_F(CompareScenariosGui, TwoFilesSideBySideWithTheirDifferencesHighlighted)
{
    auto b = gpt4();
    b["answers"]["monthly_tokens"] = 24000000;
    b["horizon_months"] = 36;
    const QString a = writeScenario(tempPath(QStringLiteral("a.json")), gpt4());
    const QString bb = writeScenario(tempPath(QStringLiteral("b.json")), b);
    ASSERT_TRUE(m_window->compareScenarioFiles({ a, bb }, false));
    auto* dialog = m_window->findChild<CompareScenariosDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());

    auto* results = dialog->resultTable();
    ASSERT_EQ(results->columnCount(), 3);
    EXPECT_EQ(results->horizontalHeaderItem(1)->text(), QStringLiteral("a.json"));
    const int cloudMonthly = rowOf(results, QStringLiteral("Cloud, first month"));
    ASSERT_GE(cloudMonthly, 0);
    EXPECT_EQ(results->item(cloudMonthly, 1)->text(), QStringLiteral("$540.00"));
    EXPECT_EQ(results->item(cloudMonthly, 2)->text(), QStringLiteral("$1,080.00")); // 12M in, 12M out
    const int cloudTotal = rowOf(results, QStringLiteral("Cloud total at the horizon"));
    EXPECT_EQ(results->item(cloudTotal, 2)->text(), QStringLiteral("$38,880.00")); // 1,080 × 36

    // Exactly the two inputs that differ are highlighted, and they come first.
    auto* inputs = dialog->inputTable();
    int highlighted = 0;
    for (int r = 0; r < inputs->rowCount(); ++r)
        highlighted += dialog->isHighlighted(r) ? 1 : 0;
    EXPECT_EQ(highlighted, 2);
    EXPECT_TRUE(dialog->isHighlighted(0));
    EXPECT_TRUE(dialog->isHighlighted(1));
    EXPECT_EQ(inputs->item(0, 0)->text(), QStringLiteral("Monthly tokens"));
    EXPECT_EQ(inputs->item(0, 0)->toolTip(), PlainText::toolTip(QStringLiteral("answers.monthly_tokens")));
    EXPECT_EQ(inputs->item(0, 2)->text(), QStringLiteral("24,000,000\u00A0tokens"));
    EXPECT_EQ(inputs->item(1, 0)->text(), QStringLiteral("Horizon"));
    EXPECT_EQ(inputs->item(1, 2)->text(), QStringLiteral("36\u00A0months"));
    EXPECT_FALSE(dialog->isHighlighted(2));

    // Two lines a scenario, as long as each horizon.
    const auto lines = dialog->chartView()->lines();
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines[0]->count(), 13);
    EXPECT_EQ(lines[2]->count(), 37);
    EXPECT_DOUBLE_EQ(lines[3]->at(36).y(), 1080.0 * 36);
    dialog->reject();
}

TEST_F(CompareScenariosGui, TheOpenScenarioAgainstASavedOne)
{
    walkToCosts(QStringLiteral("12"));
    const QString a = writeScenario(tempPath(QStringLiteral("a.json")), gpt4());
    ASSERT_TRUE(m_window->compareScenarioFiles({ a }, true));
    auto* dialog = m_window->findChild<CompareScenariosDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->comparison().entries.size(), 2U);
    EXPECT_EQ(dialog->resultTable()->horizontalHeaderItem(1)->text(), QStringLiteral("This scenario"));
    dialog->reject();
    // One file alone, or a broken one, opens nothing and says why.
    EXPECT_FALSE(m_window->compareScenarioFiles({ a }, false));
    EXPECT_TRUE(m_window->lastError().contains(QStringLiteral("two to four")));
    std::ofstream(tempPath(QStringLiteral("broken.json")).toStdString()) << "{";
    EXPECT_FALSE(m_window->compareScenarioFiles({ a, tempPath(QStringLiteral("broken.json")) }, false));
    EXPECT_TRUE(m_window->lastError().contains(QStringLiteral("broken.json")));
}

// The open scenario is compared exactly as the window holds it: a cached share typed on the
// costs page is billed at the chosen offer's cache-read price in the window and in the
// comparison alike, and the price is shown. The default offer is GPT-4o at OpenAI, 2.50 / 10.00
// USD per 1M, cache read 1.25: at 12M tokens, half input, half of that cached,
// 3M × 2.50 + 3M × 1.25 + 6M × 10.00 = 7.50 + 3.75 + 60.00 = 71.25 USD a month.
TEST_F(CompareScenariosGui, TheOpenScenarioIsComparedAsTheWindowHoldsIt)
{
    walkToCosts(QStringLiteral("12"));
    ASSERT_EQ(m_window->document().scenario().cloud.model, "openai/gpt-4o");
    typeInto(QStringLiteral("cachedShareLineEdit"), QStringLiteral("50"));
    const auto& s = m_window->document().scenario();
    ASSERT_TRUE(s.time.cacheReadUsdPerMtok.has_value());
    EXPECT_DOUBLE_EQ(*s.time.cacheReadUsdPerMtok, 1.25);
    auto* cachePrice = m_window->findChild<QLineEdit*>(QStringLiteral("cachePriceLineEdit"));
    ASSERT_NE(cachePrice, nullptr);
    EXPECT_EQ(cachePrice->text(), QStringLiteral("1.25"));
    auto* summary = m_window->findChild<QLabel*>(QStringLiteral("costSummaryLabel"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().contains(QStringLiteral("the cloud API costs $71.25 a month")))
        << summary->text().toStdString();

    const QString a = writeScenario(tempPath(QStringLiteral("a.json")), gpt4());
    ASSERT_TRUE(m_window->compareScenarioFiles({ a }, true));
    auto* dialog = m_window->findChild<CompareScenariosDialog*>();
    ASSERT_NE(dialog, nullptr);
    const int cloudMonthly = rowOf(dialog->resultTable(), QStringLiteral("Cloud, first month"));
    ASSERT_GE(cloudMonthly, 0);
    EXPECT_EQ(dialog->resultTable()->item(cloudMonthly, 1)->text(), QStringLiteral("$71.25"));
    dialog->reject();
}

TEST_F(CompareScenariosGui, AnOpenComparisonFollowsALanguageSwitch)
{
    const QString a = writeScenario(tempPath(QStringLiteral("a.json")), gpt4());
    const QString b = writeScenario(tempPath(QStringLiteral("b.json")), gpt4());
    ASSERT_TRUE(m_window->compareScenarioFiles({ a, b }, false));
    auto* dialog = m_window->findChild<CompareScenariosDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Compare Scenarios"));
    EXPECT_GE(rowOf(dialog->resultTable(), QStringLiteral("Cloud, first month")), 0);

    m_window->setLanguage(lowregret::Lang::ZhHant);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("比較情境"));
    EXPECT_GE(rowOf(dialog->resultTable(), QStringLiteral("雲端第一個月")), 0);
    EXPECT_EQ(rowOf(dialog->resultTable(), QStringLiteral("Cloud, first month")), -1);

    m_window->setLanguage(lowregret::Lang::En);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Compare Scenarios"));
    dialog->reject();
}
