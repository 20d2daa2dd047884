// "Which hardware?": the same table as lowregret-cli hardware, and a chosen row becomes the
// scenario's sizing.
#include "GuiFixture.h"

#include "document/ScenarioDocument.h"
#include "sizing/HardwareDialog.h"

#include "lowregret/sizing/Sizing.h"

#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using HardwareChoice = GuiFixture;

TEST_F(HardwareChoice, TheTableIsCoresOrderAndARowBecomesTheSizing)
{
    walkToCosts(QStringLiteral("100"));
    // A scenario of 32k tokens of context: the dialog sizes with the scenario's inputs.
    lowregret::Scenario scenario = m_window->document().scenario();
    scenario.local.sizing = lowregret::SizingInput { .device = "rtx4090", .contextTokens = 32768 };
    HardwareDialog dialog(scenario, m_window.get());
    auto* model = dialog.findChild<QComboBox*>(QStringLiteral("hardwareModelComboBox"));
    model->setCurrentIndex(model->findData(QStringLiteral("llama-3.3-70b")));
    QApplication::processEvents();
    // The rows in core's order: every device, cheapest first, those it does not fit last.
    const auto& s = scenario;
    lowregret::SizingInput base;
    base.model = "llama-3.3-70b";
    base.quantization = "q4_k_m";
    base.contextTokens = 32768;
    QStringList expected;
    for (const auto& row : lowregret::Sizing::everyDevice(base, 100e6, s.inputShare, s.horizonMonths))
        expected << QString::fromStdString(row.device);
    EXPECT_EQ(dialog.deviceIds(), expected);
    EXPECT_EQ(dialog.deviceIds().size(), static_cast<int>(lowregret::Hardware::builtIn().devices.size()));
    // At 32k of context 54.5 GB fit in no desktop PC of 24 GiB cards (2 × 24.48 GB usable): the
    // 3090 and the 4090 come last, in the data's order.
    EXPECT_EQ(dialog.deviceIds().back(), QStringLiteral("rtx4090"));

    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("hardwareTable"));
    auto* use = dialog.findChild<QPushButton*>(QStringLiteral("useDevicePushButton"));
    table->selectRow(static_cast<int>(dialog.deviceIds().size()) - 1);
    EXPECT_FALSE(use->isEnabled()); // a device the model does not fit cannot be used
    table->selectRow(0);
    EXPECT_TRUE(use->isEnabled());
    QSignalSpy chosen(&dialog, &HardwareDialog::sizingChosen);
    use->click();
    ASSERT_EQ(chosen.count(), 1);
    const auto sizing = chosen.at(0).at(0).value<lowregret::SizingInput>();
    EXPECT_EQ(QString::fromStdString(sizing.device), expected.front());
    EXPECT_EQ(sizing.model, "llama-3.3-70b");
}
