// What the pages say about bad input: the field by name with its range, the value as typed,
// and what the figures use meanwhile.
#include "GuiFixture.h"
#include "Spacing.h"

#include "charts/CostChartView.h"
#include "document/ScenarioDocument.h"
#include "wizard/WizardPageIds.h"

#include <QAbstractButton>
#include <QChart>
#include <QLabel>

using Messages = GuiFixture;

TEST_F(Messages, AnEstimatorFieldOutOfRangeIsNamedWithItsRange)
{
    enterUsage(QStringLiteral(""));
    typeInto(QStringLiteral("requestsPerDayLineEdit"), QStringLiteral("400"));
    typeInto(QStringLiteral("tokensPerRequestLineEdit"), QStringLiteral("1000"));
    typeInto(QStringLiteral("daysPerMonthLineEdit"), QStringLiteral("40")); // a month has at most 31
    const QString text = find<QLabel>(QStringLiteral("estimateLabel"))->text();
    EXPECT_TRUE(text.contains(QStringLiteral("Days a month"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("0 to 31"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("40"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Fill in"))) << text.toStdString();
    EXPECT_FALSE(find<QAbstractButton>(QStringLiteral("useEstimatePushButton"))->isEnabled());
}

TEST_F(Messages, AHugeTokenCountIsQuotedAsTyped)
{
    enterUsage(QStringLiteral("12"));
    // 1e23 million tokens: a double that prints as 100,000,000,000,000,000,004,764,729,344.
    typeInto(QStringLiteral("monthlyTokensLineEdit"), QStringLiteral("100000000000000000000000"));
    const QString text = find<QLabel>(QStringLiteral("usageMessageLabel"))->text();
    EXPECT_TRUE(text.contains(QStringLiteral("100000000000000000000000"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("4,764,729,344"))) << text.toStdString();
    // The figures keep the last valid usage and the page says which: typed digit by digit (in
    // millions), the longest prefix within the limit is 1,000,000 M = 1e12 tokens.
    EXPECT_DOUBLE_EQ(*m_window->document().scenario().answers.monthlyTokens, 1e12);
    EXPECT_TRUE(spacing::spaced(text).contains(QStringLiteral("1,000,000,000,000 tokens, the last valid value")))
        << text.toStdString();
}

TEST_F(Messages, AnInvalidHorizonSaysWhatTheChartsStillShow)
{
    enterUsage(QStringLiteral("12"));
    clickNext();
    answer(QStringLiteral("usageStable"), false);
    clickNext();
    ASSERT_EQ(page(), static_cast<int>(WizardPageId::Costs));
    typeInto(QStringLiteral("horizonLineEdit"), QStringLiteral("100000")); // over the 240 months allowed
    const QString text = find<QLabel>(QStringLiteral("costsMessageLabel"))->text();
    EXPECT_TRUE(text.contains(QStringLiteral("Horizon"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("100000"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("last valid values"))) << text.toStdString();
    // Typing went 1, 10, 100 (each valid) then 1000: the chart shows 100, as the message says.
    EXPECT_EQ(m_window->document().scenario().horizonMonths, 100);
}
