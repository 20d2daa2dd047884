// The costs page's figures of time (docs/cost-model.md): typed as percentages, stored as shares,
// and the cost chart follows with the hybrid line.
#include "GuiFixture.h"

#include "charts/CostChartView.h"
#include "document/ScenarioDocument.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>

#include <gtest/gtest.h>

#include <cmath>

using TimeFields = GuiFixture;

TEST_F(TimeFields, PercentagesTypedAreSharesInTheScenario)
{
    walkToCosts(QStringLiteral("12"));
    ASSERT_EQ(page(), id(WizardPageId::Costs));
    typeInto(QStringLiteral("growthLineEdit"), QStringLiteral("5"));
    typeInto(QStringLiteral("priceChangeLineEdit"), QStringLiteral("-30"));
    typeInto(QStringLiteral("resaleLineEdit"), QStringLiteral("40"));
    typeInto(QStringLiteral("cachedShareLineEdit"), QStringLiteral("50"));
    typeInto(QStringLiteral("cachePriceLineEdit"), QStringLiteral("0.3"));
    typeInto(QStringLiteral("hybridShareLineEdit"), QStringLiteral("30"));
    const auto& s = m_window->document().scenario();
    EXPECT_DOUBLE_EQ(s.time.usageGrowthPerMonth, 0.05);
    EXPECT_DOUBLE_EQ(s.time.cloudPriceChangePerYear, -0.30);
    EXPECT_DOUBLE_EQ(s.time.hardwareResaleShare, 0.40);
    EXPECT_DOUBLE_EQ(s.time.cachedInputShare, 0.50);
    ASSERT_TRUE(s.time.cacheReadUsdPerMtok);
    EXPECT_DOUBLE_EQ(*s.time.cacheReadUsdPerMtok, 0.3);
    EXPECT_DOUBLE_EQ(s.hybrid.localShare, 0.30);
    // Emptied, the cache-read price is the input price again.
    typeInto(QStringLiteral("cachePriceLineEdit"), QString());
    EXPECT_FALSE(m_window->document().scenario().time.cacheReadUsdPerMtok);
    EXPECT_TRUE(find<QLabel>(QStringLiteral("costsMessageLabel"))->text().isEmpty());
    // The chart draws the hybrid, one point a month from month 0.
    auto* chart = find<CostChartView>(QStringLiteral("costChartView"));
    ASSERT_NE(chart, nullptr);
    EXPECT_TRUE(chart->hybridSeries()->isVisible());
    EXPECT_EQ(chart->hybridSeries()->count(), s.horizonMonths + 1);
    EXPECT_DOUBLE_EQ(
        chart->hybridSeries()->at(0).y(), s.local.hardwareUsd + s.local.setupHours * s.local.hourlyRateUsd);
}

TEST_F(TimeFields, AGrowthOutOfRangeIsNamedAndNotTaken)
{
    walkToCosts(QStringLiteral("12"));
    // The page follows each keystroke while it is valid, as its other fields do: "15" was, and
    // stays the figure used while "150" is shown as wrong.
    typeInto(QStringLiteral("growthLineEdit"), QStringLiteral("150"));
    EXPECT_DOUBLE_EQ(m_window->document().scenario().time.usageGrowthPerMonth, 0.15);
    const QString message = find<QLabel>(QStringLiteral("costsMessageLabel"))->text();
    EXPECT_TRUE(message.contains(QStringLiteral("Usage growth"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("100"))) << message.toStdString();
}

// NT$: the amounts are typed and shown at the rate, and kept in US dollars.
TEST_F(TimeFields, AmountsAreTypedInNtDollarsAndKeptInDollars)
{
    walkToCosts(QStringLiteral("12"));
    typeInto(QStringLiteral("hardwareLineEdit"), QStringLiteral("2000"));
    auto* currency = find<QComboBox>(QStringLiteral("currencyComboBox"));
    ASSERT_NE(currency, nullptr);
    currency->setCurrentIndex(1);
    Q_EMIT currency->activated(1);
    const auto& s = m_window->document().scenario();
    EXPECT_EQ(s.currency.code, "TWD");
    EXPECT_EQ(s.currency.perUsd, 31.438); // the dated default
    EXPECT_EQ(s.local.hardwareUsd, 2000.0); // not read again at the rate
    auto* hardware = find<QLineEdit>(QStringLiteral("hardwareLineEdit"));
    EXPECT_EQ(hardware->text(), QStringLiteral("62,876")); // 2,000 × 31.438
    // NT$60,000 typed is 60,000 ÷ 31.438 dollars.
    typeInto(QStringLiteral("hardwareLineEdit"), QStringLiteral("60000"));
    EXPECT_NEAR(s.local.hardwareUsd, 60000.0 / 31.438, 1e-9);
    // A new rate: the dollars stay, the NT$ shown follow.
    typeInto(QStringLiteral("perUsdLineEdit"), QStringLiteral("30"));
    EXPECT_EQ(s.currency.perUsd, 30.0);
    EXPECT_NEAR(s.local.hardwareUsd, 60000.0 / 31.438, 1e-9);
    EXPECT_EQ(hardware->text().remove(QLatin1Char(',')).toDouble(), std::round(60000.0 / 31.438 * 30.0 * 1e6) / 1e6);
    // The chart is drawn in NT$: month 0 is the hardware at the rate.
    auto* chart = find<CostChartView>(QStringLiteral("costChartView"));
    EXPECT_NEAR(chart->localSeries()->at(0).y(),
        (s.local.hardwareUsd + s.local.setupHours * s.local.hourlyRateUsd) * 30.0, 1e-6);
    // Back to dollars: the same dollars.
    currency->setCurrentIndex(0);
    Q_EMIT currency->activated(0);
    EXPECT_TRUE(s.currency.isUsd());
    EXPECT_NEAR(s.local.hardwareUsd, 60000.0 / 31.438, 1e-9);
    EXPECT_TRUE(find<QLabel>(QStringLiteral("costsMessageLabel"))->text().isEmpty());
}
