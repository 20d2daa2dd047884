// "Use My Measurements…": a llama-bench file's runs go into the scenario as one undoable edit,
// "Which hardware?" marks the speeds they measure, and a file with no run changes nothing.
#include "GuiFixture.h"

#include "app/EditMenu.h"
#include "document/ScenarioDocument.h"
#include "sizing/HardwareDialog.h"
#include "sizing/SizingPanel.h"
#include "sizing/SpeedText.h"

#include "lowregret/sizing/Hardware.h"
#include "lowregret/sizing/MeasuredRuns.h"
#include "lowregret/sizing/Sizing.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QUndoStack>

namespace {

QString sample(const char* name)
{
    return QStringLiteral(LOWREGRET_SOURCE_DIR "/tests/data/llama-bench/") + QLatin1String(name);
}

lowregret::MeasuredRuns read(const char* name)
{
    return lowregret::MeasuredRuns::readFile(sample(name).toStdString(), lowregret::Hardware::builtIn());
}

int rowOf(const QTableWidget* table, const QString& device)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->data(Qt::UserRole).toString() == device)
            return r;
    return -1;
}

} // namespace

using MeasuredRunsGui = GuiFixture;

TEST_F(MeasuredRunsGui, TheDialogMarksTheMeasuredRowAndShowsCoresDecode)
{
    walkToCosts(QStringLiteral("100"));
    lowregret::Scenario scenario = m_window->document().scenario();
    HardwareDialog dialog(scenario, m_window.get());
    auto* model = dialog.findChild<QComboBox*>(QStringLiteral("hardwareModelComboBox"));
    model->setCurrentIndex(model->findData(QStringLiteral("llama-3.1-8b")));
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("hardwareTable"));
    const int before = rowOf(table, QStringLiteral("rtx4090"));
    ASSERT_GE(before, 0);
    EXPECT_FALSE(table->item(before, 2)->text().contains(QStringLiteral("✓")));
    auto* forget = dialog.findChild<QPushButton*>(QStringLiteral("forgetMeasurementsPushButton"));
    EXPECT_FALSE(forget->isEnabled());

    ASSERT_TRUE(dialog.useMeasurements(sample("rtx4090-llama-3.1-8b.json")));
    const int row = rowOf(table, QStringLiteral("rtx4090"));
    ASSERT_GE(row, 0);
    // Core's figure for the row, sized as the dialog sizes it: the scenario's inputs and the runs.
    lowregret::SizingInput in;
    in.device = "rtx4090";
    in.model = "llama-3.1-8b";
    in.quantization = lowregret::Hardware::builtIn().model("llama-3.1-8b")->defaultQuantization;
    in.measured = read("rtx4090-llama-3.1-8b.json");
    ASSERT_FALSE(in.measured.runs.empty());
    const auto sized = lowregret::Sizing::size(in, 100e6, scenario.inputShare);
    ASSERT_TRUE(sized.decodeMeasured);
    EXPECT_EQ(
        table->item(row, 2)->text(), SpeedText::tokensPerSecond(sized.decodeTokensPerSecond) + QStringLiteral(" ✓"));
    EXPECT_TRUE(table->item(row, 2)->toolTip().contains(QStringLiteral("Measured")));
    EXPECT_EQ(table->item(row, 3)->text().endsWith(QStringLiteral("✓")), sized.prefillMeasured);
    // Another device's row stays an estimate.
    const int other = rowOf(table, QStringLiteral("rtx3090"));
    ASSERT_GE(other, 0);
    EXPECT_FALSE(table->item(other, 2)->text().contains(QStringLiteral("✓")));
    EXPECT_TRUE(forget->isEnabled());
    // The line says how many runs were read and what they match.
    const QString summary = dialog.findChild<QLabel*>(QStringLiteral("measurementsSummaryLabel"))->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("%1 runs read").arg(in.measured.runs.size()))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("Llama 3.1 8B"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("RTX 4090"))) << summary.toStdString();

    // A file with rows that are not runs: the runs are added, and the skipped rows are counted.
    const auto partial = read("bad-rows.json");
    ASSERT_FALSE(partial.runs.empty());
    ASSERT_FALSE(partial.problems.empty());
    ASSERT_TRUE(dialog.useMeasurements(sample("bad-rows.json")));
    const QString after = dialog.findChild<QLabel*>(QStringLiteral("measurementsSummaryLabel"))->text();
    EXPECT_TRUE(after.contains(QStringLiteral("%1 rows skipped").arg(partial.problems.size()))
        || (partial.problems.size() == 1 && after.contains(QStringLiteral("1 row skipped"))))
        << after.toStdString();
    EXPECT_TRUE(
        after.contains(QStringLiteral("%1 measured runs in all").arg(in.measured.runs.size() + partial.runs.size())))
        << after.toStdString();
}

TEST_F(MeasuredRunsGui, RunsAreOneEditThatUndoTakesBack)
{
    walkToCosts(QStringLiteral("12"));
    sizeForModel(QStringLiteral("llama-3.1-8b"));
    auto& document = m_window->document();
    ASSERT_TRUE(document.scenario().local.sizing);
    ASSERT_TRUE(document.scenario().local.sizing->measured.runs.empty());
    auto* result = find<QLabel>(QStringLiteral("sizingResultLabel"));
    EXPECT_TRUE(result->text().contains(QStringLiteral("Decode"))) << result->text().toStdString();
    EXPECT_FALSE(result->text().contains(QStringLiteral("(measured)")));
    document.setModified(false);
    const int steps = document.undoStack()->count();

    auto* panel = find<SizingPanel>(QStringLiteral("sizingPanel"));
    ASSERT_TRUE(panel->useMeasurements(sample("rtx4090-llama-3.1-8b.json")));
    QApplication::processEvents();
    const auto expected = read("rtx4090-llama-3.1-8b.json");
    EXPECT_EQ(document.scenario().local.sizing->measured, expected);
    EXPECT_TRUE(document.isModified());
    EXPECT_EQ(document.undoStack()->count(), steps + 1);
    // The panel's decode is core's, and said to be measured.
    const auto& s = document.scenario();
    const auto sized = lowregret::Sizing::size(*s.local.sizing, 12e6, s.inputShare);
    ASSERT_TRUE(sized.decodeMeasured);
    EXPECT_TRUE(result->text().contains(
        QStringLiteral("Decode: %1 tokens/s").arg(SpeedText::tokensPerSecond(sized.decodeTokensPerSecond))))
        << result->text().toStdString();
    EXPECT_TRUE(result->text().contains(QStringLiteral("(measured)"))) << result->text().toStdString();

    // Edit → Undo removes them, and the panel says so.
    auto* undo = m_window->findChild<QAction*>(QStringLiteral("undoAction"));
    ASSERT_NE(undo, nullptr);
    EXPECT_TRUE(undo->isEnabled());
    undo->trigger();
    QApplication::processEvents();
    EXPECT_TRUE(document.scenario().local.sizing->measured.runs.empty());
    EXPECT_FALSE(result->text().contains(QStringLiteral("(measured)"))) << result->text().toStdString();
    EXPECT_FALSE(find<QPushButton>(QStringLiteral("forgetMeasurementsPushButton"))->isEnabled());
    // Redo puts them back; Forget removes them again, also as one edit.
    m_window->findChild<QAction*>(QStringLiteral("redoAction"))->trigger();
    QApplication::processEvents();
    EXPECT_EQ(document.scenario().local.sizing->measured, expected);
    auto* forget = find<QPushButton>(QStringLiteral("forgetMeasurementsPushButton"));
    ASSERT_TRUE(forget->isEnabled());
    forget->click();
    QApplication::processEvents();
    EXPECT_TRUE(document.scenario().local.sizing->measured.runs.empty());
    undo->trigger();
    QApplication::processEvents();
    EXPECT_EQ(document.scenario().local.sizing->measured, expected);
}

TEST_F(MeasuredRunsGui, AFileWithNoRunIsNamedAndChangesNothing)
{
    walkToCosts(QStringLiteral("12"));
    sizeForModel(QStringLiteral("llama-3.1-8b"));
    auto& document = m_window->document();
    const auto before = document.scenario();
    document.setModified(false);
    const int steps = document.undoStack()->count();
    auto* panel = find<SizingPanel>(QStringLiteral("sizingPanel"));
    EXPECT_FALSE(panel->useMeasurements(sample("object.json")));
    QApplication::processEvents();
    auto* box = panel->findChild<QMessageBox*>(QStringLiteral("measurementsErrorBox"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->isVisible());
    const QString text = box->text() + box->informativeText();
    EXPECT_TRUE(text.contains(QStringLiteral("object.json"))) << text.toStdString();
    // The problem core found, in the user's language.
    const auto problems = read("object.json").problems;
    ASSERT_FALSE(problems.empty());
    EXPECT_TRUE(text.contains(QString::fromStdString(problems.front().describe(lowregret::Lang::En)).left(20)))
        << text.toStdString();
    if (const QString dir = qEnvironmentVariable("LOWREGRET_SCREENSHOT_DIR"); !dir.isEmpty())
        box->grab().save(dir + QStringLiteral("/error-en.png"));
    box->close();
    EXPECT_EQ(document.scenario().toJson(), before.toJson());
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(document.undoStack()->count(), steps);
    EXPECT_FALSE(find<QPushButton>(QStringLiteral("forgetMeasurementsPushButton"))->isEnabled());
}

// At 900 × 600 in both languages: the panel's lines and the dialog's columns, saved as PNG when
// LOWREGRET_SCREENSHOT_DIR names a folder, to be looked at; the texts are checked either way.
TEST_F(MeasuredRunsGui, PanelAndDialogAt900x600InBothLanguages)
{
    const QString dir = qEnvironmentVariable("LOWREGRET_SCREENSHOT_DIR");
    walkToCosts(QStringLiteral("12"));
    sizeForModel(QStringLiteral("llama-3.1-8b"));
    typeInto(QStringLiteral("sizingConcurrencyLineEdit"), QStringLiteral("4"));
    auto* panel = find<SizingPanel>(QStringLiteral("sizingPanel"));
    ASSERT_TRUE(panel->useMeasurements(sample("rtx4090-llama-3.1-8b.json")));
    m_window->resize(900, 600);
    for (const auto lang : { lowregret::Lang::En, lowregret::Lang::ZhHant }) {
        m_window->setLanguage(lang);
        QApplication::processEvents();
        const QString suffix = lang == lowregret::Lang::En ? QStringLiteral("en") : QStringLiteral("zh");
        auto* result = find<QLabel>(QStringLiteral("sizingResultLabel"));
        EXPECT_TRUE(result->text().contains(
            lang == lowregret::Lang::En ? QStringLiteral("Prefill") : QStringLiteral("提示詞處理")))
            << result->text().toStdString();
        auto* scroll = find<QScrollArea>(QStringLiteral("costsPageScrollArea"));
        scroll->ensureWidgetVisible(find<QWidget>(QStringLiteral("measurementsSummaryLabel")), 0, 0);
        QApplication::processEvents();
        if (!dir.isEmpty())
            m_window->grab().save(dir + QStringLiteral("/panel-%1.png").arg(suffix));
        scroll->ensureWidgetVisible(result, 0, 0);
        QApplication::processEvents();
        if (!dir.isEmpty())
            m_window->grab().save(dir + QStringLiteral("/result-%1.png").arg(suffix));
        HardwareDialog dialog(m_window->document().scenario(), m_window.get());
        dialog.show();
        QApplication::processEvents();
        EXPECT_LE(dialog.width(), 900);
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("hardwareTable"));
        EXPECT_TRUE(table->item(rowOf(table, QStringLiteral("rtx4090")), 2)->text().endsWith(QStringLiteral("✓")));
        if (!dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/dialog-%1.png").arg(suffix));
    }
    m_window->setLanguage(lowregret::Lang::En);
}

// A file's name is text, never markup, in the line that names it.
TEST_F(MeasuredRunsGui, AFileNameIsShownAsText)
{
    walkToCosts(QStringLiteral("12"));
    sizeForModel(QStringLiteral("llama-3.1-8b"));
    const QString path = tempPath(QStringLiteral("<b>runs.json"));
    ASSERT_TRUE(QFile::copy(sample("rtx4090-llama-3.1-8b.json"), path));
    ASSERT_TRUE(find<SizingPanel>(QStringLiteral("sizingPanel"))->useMeasurements(path));
    auto* line = find<QLabel>(QStringLiteral("measurementsSummaryLabel"));
    EXPECT_EQ(line->textFormat(), Qt::PlainText);
    EXPECT_TRUE(line->text().contains(QStringLiteral("<b>runs.json"))) << line->text().toStdString();
}
