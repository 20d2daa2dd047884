// The costs page's "size it for my usage": the sizing goes into the scenario as the user edits,
// the figures follow, and going back to one's own figures gives them back unchanged.
#include "GuiFixture.h"

#include "document/ScenarioDocument.h"
#include "sizing/SizingPanel.h"

#include "lowregret/CostModel.h"
#include "lowregret/Sizing.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>

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
    EXPECT_TRUE(find<QProgressBar>(QStringLiteral("sizingMemoryBar"))->text().contains(QStringLiteral("22.8")));

    // A 70B model does not fit the 4090: the page says so, live.
    auto* model = find<QComboBox>(QStringLiteral("sizingModelComboBox"));
    model->setCurrentIndex(model->findData(QStringLiteral("llama-3.3-70b")));
    Q_EMIT model->activated(model->currentIndex());
    QApplication::processEvents();
    EXPECT_EQ(m_window->document().scenario().local.sizing->model, "llama-3.3-70b");
    EXPECT_TRUE(find<QLabel>(QStringLiteral("sizingResultLabel"))->text().contains(QStringLiteral("does not fit")));
    auto* device = find<QComboBox>(QStringLiteral("sizingDeviceComboBox"));
    device->setCurrentIndex(device->findData(QStringLiteral("a100-80gb")));
    Q_EMIT device->activated(device->currentIndex());
    QApplication::processEvents();
    EXPECT_FALSE(find<QLabel>(QStringLiteral("sizingResultLabel"))->text().contains(QStringLiteral("does not fit")));

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
