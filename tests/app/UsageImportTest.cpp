// File → Import usage… through the real dialog: the summary of tests/data/usage's samples, and
// what accepting it does to the scenario and the usage page (docs/usage-import.md).
#include "GuiFixture.h"

#include "document/ScenarioDocument.h"
#include "usage/UsageImportDialog.h"
#include "wizard/DecisionWizard.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableWidget>

#include <gtest/gtest.h>

#include <cmath>

using UsageImportGui = GuiFixture;

namespace {

QString sample(const char* name)
{
    return QStringLiteral(LOWREGRET_SOURCE_DIR "/tests/data/usage/") + QString::fromLatin1(name);
}

} // namespace

// Opens the dialog on `files` as the menu command does, and waits until they are read.
static UsageImportDialog* importAndWait(MainWindow& window, const QStringList& files)
{
    window.importUsageFiles(files);
    auto* dialog = window.findChild<UsageImportDialog*>();
    if (!dialog)
        return nullptr;
    if (dialog->isReading()) {
        QSignalSpy done(dialog, &UsageImportDialog::finishedReading);
        done.wait(10000);
    }
    return dialog;
}

TEST_F(UsageImportGui, TheSummaryShowsTheFilesTheMonthsAndTheFigures)
{
    auto* dialog = importAndWait(*m_window, { sample("openai-usage.csv") });
    ASSERT_NE(dialog, nullptr);
    ASSERT_FALSE(dialog->isReading());
    EXPECT_TRUE(dialog->isVisible());
    ASSERT_EQ(dialog->fileTable()->rowCount(), 1);
    EXPECT_EQ(dialog->fileTable()->item(0, 0)->text(), QStringLiteral("openai-usage.csv"));
    EXPECT_EQ(dialog->fileTable()->item(0, 1)->text(), QStringLiteral("openai-usage-csv"));
    // Four months, December and March partial: a cloud set and a partial set.
    auto* series = dialog->series();
    ASSERT_EQ(series->count(), 2);
    auto* axis = qobject_cast<QBarCategoryAxis*>(series->attachedAxes().at(0));
    ASSERT_NE(axis, nullptr);
    EXPECT_EQ(axis->categories(),
        (QStringList { QStringLiteral("2025-12"), QStringLiteral("2026-01"), QStringLiteral("2026-02"),
            QStringLiteral("2026-03") }));
    // January, 100,000 in and 15,000 out, in thousands; December is partial, so not in the cloud set.
    const QBarSet* cloud = series->barSets().at(0);
    EXPECT_DOUBLE_EQ(cloud->at(1), (100000.0 + 15000.0) / 1000.0);
    EXPECT_DOUBLE_EQ(cloud->at(0), 0.0);
    EXPECT_DOUBLE_EQ(series->barSets().at(1)->at(0), (1000.0 + 500.0) / 1000.0);
    const auto* figures = dialog->findChild<QLabel*>(QStringLiteral("usageFiguresLabel"));
    ASSERT_NE(figures, nullptr);
    EXPECT_TRUE(figures->text().contains(QStringLiteral("132,500"))) << figures->text().toStdString();
    EXPECT_TRUE(dialog->useButton()->isEnabled());
    dialog->reject();
}

TEST_F(UsageImportGui, AcceptingFillsTheUsageAndSaysWhereItCameFrom)
{
    auto* dialog = importAndWait(*m_window, { sample("openai-usage.csv") });
    ASSERT_NE(dialog, nullptr);
    dialog->useButton()->click();
    const auto& s = m_window->document().scenario();
    ASSERT_TRUE(s.answers.monthlyTokens);
    EXPECT_DOUBLE_EQ(*s.answers.monthlyTokens, (115000.0 + 150000.0) / 2.0);
    EXPECT_DOUBLE_EQ(s.inputShare, std::round(220000.0 / 265000.0 * 10000.0) / 10000.0);
    EXPECT_DOUBLE_EQ(s.time.usageGrowthPerMonth, std::round((150000.0 / 115000.0 - 1.0) * 10000.0) / 10000.0);
    // The pages showing the values did not make them the user's.
    for (const char* field :
        { "answers.monthly_tokens", "input_share", "time.usage_growth_per_month", "time.cached_input_share" }) {
        EXPECT_TRUE(s.provenance.count(field)) << field;
        EXPECT_FALSE(s.isUserSet(field)) << field;
    }
    EXPECT_EQ(page(), id(WizardPageId::Usage));
    auto* label = find<QLabel>(QStringLiteral("usageProvenanceLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_FALSE(label->isHidden());
    EXPECT_TRUE(label->text().contains(QStringLiteral("openai-usage.csv, Jan 2026–Feb 2026")))
        << label->text().toStdString();

    // Saved and opened again, the provenance is still there.
    const QString file = tempPath(QStringLiteral("imported.json"));
    ASSERT_TRUE(m_window->saveTo(file));
    ASSERT_TRUE(m_window->openFile(file));
    EXPECT_TRUE(m_window->document().scenario().provenance.count("answers.monthly_tokens"));

    // Typing a new number makes the field the user's.
    m_window->wizard()->goTo(WizardPageId::Usage);
    typeInto(QStringLiteral("monthlyTokensLineEdit"), QStringLiteral("200"));
    const auto& after = m_window->document().scenario();
    EXPECT_FALSE(after.provenance.count("answers.monthly_tokens"));
    EXPECT_TRUE(after.isUserSet("answers.monthly_tokens"));
    EXPECT_TRUE(after.provenance.count("input_share"));
}

TEST_F(UsageImportGui, AFileOfNoKnownLayoutIsNamedAndNothingCanBeUsed)
{
    auto* dialog = importAndWait(*m_window, { QStringLiteral(LOWREGRET_SOURCE_DIR "/README.md") });
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->useButton()->isEnabled());
    const auto* notes = dialog->findChild<QLabel*>(QStringLiteral("usageNotesLabel"));
    ASSERT_NE(notes, nullptr);
    EXPECT_TRUE(notes->text().contains(QStringLiteral("README.md")));
    EXPECT_TRUE(notes->text().contains(QStringLiteral("litellm-spend-logs-csv")));
    dialog->reject();
    EXPECT_FALSE(m_window->document().scenario().answers.monthlyTokens);
}
