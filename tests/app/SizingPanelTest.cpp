// The costs page's "size it for my usage": the sizing goes into the scenario as the user edits,
// the figures follow, and going back to one's own figures gives them back unchanged.
#include "GuiFixture.h"

#include "charts/CostChartView.h"

#include "document/ScenarioDocument.h"
#include "sizing/SizingPanel.h"
#include "widgets/Palette.h"

#include "lowregret/costs/CostModel.h"
#include "lowregret/sizing/Hardware.h"
#include "lowregret/sizing/Sizing.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QTest>

using SizingPage = GuiFixture;

TEST_F(SizingPage, SizingForTheUsageReplacesTheFlatFiguresAndBackRestoresThem)
{
    walkToCosts(QStringLiteral("12"));
    const auto before = m_window->document().scenario();
    ASSERT_FALSE(before.local.sizing);
    auto* mode = find<QComboBox>(QStringLiteral("localModeComboBox"));
    ASSERT_NE(mode, nullptr);
    auto* panel = find<SizingPanel>(QStringLiteral("sizingPanel"));
    EXPECT_FALSE(panel->isVisible());
    mode->setCurrentIndex(1);
    Q_EMIT mode->activated(1);
    QApplication::processEvents();
    EXPECT_TRUE(panel->isVisible());
    EXPECT_FALSE(find<QWidget>(QStringLiteral("hardwareLineEdit"))->isVisible());
    const auto& s = m_window->document().scenario();
    ASSERT_TRUE(s.local.sizing);
    EXPECT_EQ(s.local.sizing->device, "rtx4090");
    // The figures are the sized setup's: one 4090 in a PC for Llama 3.1 8B.
    const lowregret::Sizing sized = lowregret::Sizing::size(*s.local.sizing, 12e6, s.inputShare);
    const auto costs = lowregret::CostModel::summarize(s, 12e6);
    EXPECT_DOUBLE_EQ(costs.localUpfront, sized.hardwareUsd + s.local.setupHours * s.local.hourlyRateUsd);
    // 24 GiB × 0.95 = 24.5 GB usable.
    EXPECT_TRUE(find<QProgressBar>(QStringLiteral("sizingMemoryBar"))->text().contains(QStringLiteral("24.5")));

    // A 70B model at Q5_K_M (53.9 GB) does not fit two 4090s: the page says so, live.
    sizeForModel(QStringLiteral("llama-3.3-70b"), QStringLiteral("q5_k_m"));
    EXPECT_EQ(m_window->document().scenario().local.sizing->model, "llama-3.3-70b");
    EXPECT_TRUE(find<QLabel>(QStringLiteral("sizingNoFitLabel"))->isVisible());
    EXPECT_TRUE(find<QLabel>(QStringLiteral("sizingNoFitLabel"))->text().contains(QStringLiteral("cannot run")));
    auto* device = find<QComboBox>(QStringLiteral("sizingDeviceComboBox"));
    device->setCurrentIndex(device->findData(QStringLiteral("a100-80gb")));
    Q_EMIT device->activated(device->currentIndex());
    QApplication::processEvents();
    EXPECT_FALSE(find<QLabel>(QStringLiteral("sizingNoFitLabel"))->isVisible());

    // Back to one's own figures: the flat ones as they were.
    mode->setCurrentIndex(0);
    Q_EMIT mode->activated(0);
    QApplication::processEvents();
    EXPECT_FALSE(m_window->document().scenario().local.sizing);
    EXPECT_DOUBLE_EQ(m_window->document().scenario().local.hardwareUsd, before.local.hardwareUsd);
    EXPECT_TRUE(find<QWidget>(QStringLiteral("hardwareLineEdit"))->isVisible());
}

TEST_F(SizingPage, ABadSizingFieldIsNamedAndKeepsTheLastValidSizing)
{
    walkToCosts(QStringLiteral("12"));
    auto* mode = find<QComboBox>(QStringLiteral("localModeComboBox"));
    mode->setCurrentIndex(1);
    Q_EMIT mode->activated(1);
    QApplication::processEvents();
    typeInto(QStringLiteral("sizingConcurrencyLineEdit"), QStringLiteral("0"));
    EXPECT_FALSE(nextButton()->isEnabled());
    EXPECT_TRUE(
        find<QLabel>(QStringLiteral("costsMessageLabel"))->text().contains(QStringLiteral("Concurrent requests")));
    EXPECT_EQ(m_window->document().scenario().local.sizing->concurrency, 1);
    typeInto(QStringLiteral("sizingConcurrencyLineEdit"), QStringLiteral("8"));
    EXPECT_TRUE(nextButton()->isEnabled());
    EXPECT_EQ(m_window->document().scenario().local.sizing->concurrency, 8);
}

// A model that does not fit is never priced: the page says so in the warning colour with the
// nearest device that runs it, one click away, and that device's count is the one the result
// states.
TEST_F(SizingPage, AModelThatDoesNotFitIsNotPricedAndTheNearestDeviceIsOneClickAway)
{
    walkToCosts(QStringLiteral("12"));
    // At Q5_K_M: 70.6 × 5.69 ÷ 8 = 50.2 GB of weights, + 2.7 of cache + 1: 53.9 GB.
    sizeForModel(QStringLiteral("llama-3.3-70b"), QStringLiteral("q5_k_m"));

    auto* notice = find<QLabel>(QStringLiteral("sizingNoFitLabel"));
    ASSERT_NE(notice, nullptr);
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(QStringLiteral("cannot run Llama 3.3 70B (Q5_K_M) on RTX 4090")))
        << notice->text().toStdString();
    EXPECT_TRUE(notice->styleSheet().contains(Palette::css(Palette::Role::Regret)));
    // The memory bar and the sentence give one figure: 2 × 25.77 × 0.95 = 48.96, 49 GB in one PC.
    EXPECT_TRUE(find<QProgressBar>(QStringLiteral("sizingMemoryBar"))->text().contains(QStringLiteral("49")));
    EXPECT_TRUE(notice->text().contains(QStringLiteral("49")));
    // No count or price of three cards that cannot hold it (3 × 2,500 + 1,200 = 8,700).
    EXPECT_FALSE(find<QLabel>(QStringLiteral("sizingResultLabel"))->text().contains(QStringLiteral("Hardware")));
    auto* summary = find<QLabel>(QStringLiteral("costSummaryLabel"));
    EXPECT_TRUE(summary->text().contains(QStringLiteral("cannot run this model"))) << summary->text().toStdString();
    EXPECT_FALSE(summary->text().contains(QStringLiteral("8,700")));
    EXPECT_FALSE(summary->text().contains(QStringLiteral("up front")));
    // Nor does the chart's legend speak of a breakeven ("never") for a setup that cannot run.
    auto breakevenInLegend = [this] {
        for (auto* chart : m_window->findChildren<CostChartView*>(QStringLiteral("costChartView")))
            for (auto* marker : chart->chart()->legend()->markers(chart->breakevenSeries()))
                if (marker->isVisible())
                    return true;
        return false;
    };
    EXPECT_FALSE(breakevenInLegend());

    const auto& s = m_window->document().scenario();
    const auto nearest = lowregret::Sizing::nearestFitting(*s.local.sizing, 12e6, s.inputShare, s.horizonMonths);
    ASSERT_TRUE(nearest);
    const auto* nearestDevice = lowregret::Hardware::builtIn().device(nearest->device);
    auto* pick = find<QPushButton>(QStringLiteral("sizingNearestDevicePushButton"));
    ASSERT_NE(pick, nullptr);
    EXPECT_TRUE(pick->isVisible());
    EXPECT_TRUE(pick->text().contains(QString::fromStdString(nearestDevice->name)));
    QTest::mouseClick(pick, Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_EQ(m_window->document().scenario().local.sizing->device, nearest->device);
    EXPECT_FALSE(notice->isVisible());
    EXPECT_TRUE(summary->text().contains(QStringLiteral("up front")));
    EXPECT_TRUE(breakevenInLegend());
    // One device count: the panel's is core's.
    const auto sized = lowregret::Sizing::size(*m_window->document().scenario().local.sizing, 12e6, s.inputShare);
    EXPECT_TRUE(
        find<QLabel>(QStringLiteral("sizingResultLabel"))
            ->text()
            .startsWith(QStringLiteral("%1 × %2").arg(sized.units).arg(QString::fromStdString(nearestDevice->name))))
        << find<QLabel>(QStringLiteral("sizingResultLabel"))->text().toStdString();
}
