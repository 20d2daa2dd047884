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
    HardwareDialog dialog(m_window->document().scenario(), m_window.get());
    auto* model = dialog.findChild<QComboBox*>(QStringLiteral("hardwareModelComboBox"));
    model->setCurrentIndex(model->findData(QStringLiteral("llama-3.3-70b")));
    QApplication::processEvents();
    // The rows in core's order: every device, cheapest first, those it does not fit last.
    const auto& s = m_window->document().scenario();
    lowregret::SizingInput base;
    base.model = "llama-3.3-70b";
    base.quantization = "q4_k_m";
    QStringList expected;
    for (const auto& row : lowregret::Sizing::everyDevice(base, 100e6, s.inputShare, s.horizonMonths))
        expected << QString::fromStdString(row.device);
    EXPECT_EQ(dialog.deviceIds(), expected);
    EXPECT_EQ(dialog.deviceIds().size(), 7);
    // 46.5 GB fit in no desktop PC of 24 GB cards: the 3090 and the 4090 come last, in the data's order.
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
