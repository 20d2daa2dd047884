// Files, autosave and the title bar, driven through the real main window.
#include "GuiFixture.h"

#include "document/Autosave.h"
#include "document/ScenarioDocument.h"
#include "wizard/CostsPage.h"
#include "wizard/DecisionWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QKeySequence>
#include <QLineEdit>
#include <QProcess>
#include <QTest>

#include <nlohmann/json.hpp>

using Document = GuiFixture;

TEST_F(Document, TitleShowsUnsavedChanges)
{
    EXPECT_FALSE(m_window->isWindowModified());
    EXPECT_TRUE(m_window->windowTitle().contains(QStringLiteral("Untitled")));
    enterUsage(QStringLiteral("12"));
    EXPECT_TRUE(m_window->isWindowModified());
    EXPECT_TRUE(m_window->windowTitle().contains(QStringLiteral("[*]")));
}

TEST_F(Document, AutosaveRestoresUnsavedWorkAfterACrash)
{
    enterUsage(QStringLiteral("50"));
    clickNext();
    answer(QStringLiteral("usageStable"), true);
    m_window->autosave().flush();
    const QString copy = m_window->autosave().file();
    ASSERT_TRUE(QFileInfo::exists(copy));

    // The window goes as a crash takes it (no close, no discard; its autosave lock goes with
    // it), and the next start finds the copy still there.
    m_window.reset();
    m_window = std::make_unique<MainWindow>(*m_settings, *m_languages);
    m_window->setInteractive(false);
    MainWindow& next = *m_window;
    ASSERT_EQ(next.autosave().file(), copy);
    ASSERT_TRUE(next.autosave().hasRecovery());
    ASSERT_TRUE(next.autosave().restore().isEmpty());
    EXPECT_DOUBLE_EQ(*next.document().scenario().answers.monthlyTokens, 50e6);
    EXPECT_EQ(next.document().scenario().answers.usageStable, true);
    EXPECT_TRUE(next.document().isModified());
    next.document().setModified(false); // saved or discarded: the copy goes
    EXPECT_FALSE(QFileInfo::exists(copy));
}

TEST_F(Document, SavingRemovesTheAutosavedCopy)
{
    enterUsage(QStringLiteral("12"));
    m_window->autosave().flush();
    ASSERT_TRUE(m_window->autosave().hasRecovery());
    ASSERT_TRUE(m_window->saveTo(tempPath(QStringLiteral("s.json"))));
    EXPECT_FALSE(m_window->autosave().hasRecovery());
}

TEST_F(Document, AFailedSaveKeepsTheOldFileAndSaysWhy)
{
    const QString file = tempPath(QStringLiteral("keep.json"));
    enterUsage(QStringLiteral("12"));
    ASSERT_TRUE(m_window->saveTo(file));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();

    typeInto(QStringLiteral("monthlyTokensLineEdit"), QStringLiteral("40"));
    EXPECT_FALSE(m_window->saveTo(tempPath(QStringLiteral("no-such-folder/x.json"))));
    EXPECT_FALSE(m_window->lastError().isEmpty());
    EXPECT_TRUE(m_window->isWindowModified());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), before);
}

TEST_F(Document, SavedFileIsTheDocumentedFormat)
{
    enterUsage(QStringLiteral("12"));
    const QString file = tempPath(QStringLiteral("format.json"));
    ASSERT_TRUE(m_window->saveTo(file));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const auto json = nlohmann::json::parse(f.readAll().toStdString());
    EXPECT_EQ(json["lowregret"], 1);
    EXPECT_EQ(json["answers"]["monthly_tokens"], 12000000);
    EXPECT_EQ(json["cloud"]["model"], "openai/gpt-4o"); // the default offer
    EXPECT_EQ(json["cloud"]["input_usd_per_mtok"], 2.5);
    EXPECT_EQ(json["local"]["hardware_usd"], 2000);
}

TEST_F(Document, BackKeepsEarlierAnswers)
{
    enterUsage(QStringLiteral("12"));
    clickNext();
    answer(QStringLiteral("usageStable"), true);
    clickNext();
    answer(QStringLiteral("dataSensitive"), false);
    clickNext();
    clickBack();
    EXPECT_EQ(page(), static_cast<int>(WizardPageId::Sensitivity));
    EXPECT_TRUE(find<QAbstractButton>(QStringLiteral("dataSensitiveNoRadioButton"))->isChecked());
    EXPECT_TRUE(nextButton()->isEnabled());
}

TEST_F(Document, NewStartsOverFromTheGuidesDefaults)
{
    enterUsage(QStringLiteral("12"));
    m_window->document().setModified(false); // saved: New asks nothing
    auto* action = m_window->findChild<QAction*>(QStringLiteral("newAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(QKeySequence::New));
    action->trigger();
    EXPECT_EQ(page(), static_cast<int>(WizardPageId::Welcome));
    EXPECT_FALSE(m_window->document().scenario().answers.monthlyTokens.has_value());
}

TEST_F(Document, ExportReportWritesAPdfOrSaysWhy)
{
    ASSERT_TRUE(m_window->openFile(QStringLiteral(LOWREGRET_SOURCE_DIR "/docs/examples/gpt4-12m.json")));
    const QString pdf = tempPath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(m_window->exportReportTo(pdf)) << m_window->lastError().toStdString();
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(5).startsWith("%PDF-"));
    EXPECT_GT(f.size(), 10000);

    const QString nowhere = tempPath(QStringLiteral("missing-folder/report.pdf"));
    EXPECT_FALSE(m_window->exportReportTo(nowhere));
    EXPECT_FALSE(m_window->lastError().isEmpty());
    EXPECT_FALSE(QFileInfo::exists(nowhere));
}

namespace {

// The report's assumptions table, as pdftotext lays it out: the line that names `input`.
QString assumptionLine(const QString& pdf, const QString& input)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    if (!p.waitForFinished(60000))
        return {};
    // Rows of the assumptions table: the charts above it have axis titles of the same words.
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
    bool inAssumptions = false;
    for (const QString& line : lines) {
        inAssumptions = inAssumptions || line.contains(QStringLiteral(". Assumptions"));
        if (inAssumptions && line.trimmed().startsWith(input))
            return line.simplified();
    }
    return {};
}

} // namespace

TEST_F(Document, TheReportSaysWhoSetEachValueBeforeAndAfterSaveAndOpen)
{
    walkToCosts(QStringLiteral("12"));
    typeInto(QStringLiteral("hardwareLineEdit"), QStringLiteral("3500"));

    const auto check = [](const QString& pdf) {
        const QString hardware = assumptionLine(pdf, QStringLiteral("Local hardware, up front"));
        EXPECT_TRUE(hardware.contains(QStringLiteral("3,500.00"))) << hardware.toStdString();
        EXPECT_TRUE(hardware.endsWith(QStringLiteral("you"))) << hardware.toStdString();
        const QString tokens = assumptionLine(pdf, QStringLiteral("Monthly tokens"));
        EXPECT_TRUE(tokens.endsWith(QStringLiteral("you"))) << tokens.toStdString();
        // Untouched: the guide's 30 USD a month.
        const QString power = assumptionLine(pdf, QStringLiteral("Electricity a month"));
        EXPECT_TRUE(power.contains(QStringLiteral("30.00"))) << power.toStdString();
        EXPECT_TRUE(power.endsWith(QStringLiteral("guide default"))) << power.toStdString();
        const QString horizon = assumptionLine(pdf, QStringLiteral("Horizon"));
        EXPECT_TRUE(horizon.endsWith(QStringLiteral("guide default"))) << horizon.toStdString();
    };
    const QString typed = tempPath(QStringLiteral("typed.pdf"));
    ASSERT_TRUE(m_window->exportReportTo(typed)) << m_window->lastError().toStdString();
    check(typed);

    const QString file = tempPath(QStringLiteral("who.json"));
    ASSERT_TRUE(m_window->saveTo(file));
    MainWindow next(*m_settings, *m_languages);
    next.setInteractive(false);
    ASSERT_TRUE(next.openFile(file)) << next.lastError().toStdString();
    const QString reopened = tempPath(QStringLiteral("reopened.pdf"));
    ASSERT_TRUE(next.exportReportTo(reopened)) << next.lastError().toStdString();
    check(reopened);
}

TEST(CostsPageSync, AnOffersExactPriceIsNotTakenForATypedOne)
{
    // The fields show prices rounded to six decimals; syncing them must not write the rounded
    // value back, which would drop the offer and mark the price as typed by the user.
    ScenarioDocument document(lowregret::Guide::builtIn());
    lowregret::Offer offer;
    offer.id = "acme/precise";
    offer.inputUsdPerMtok = 0.12345678;
    offer.outputUsdPerMtok = 0.5;
    document.edit([&](lowregret::Scenario& s) { s.useOffer(offer); });
    CostsPage page(document);
    page.syncFromDocument();
    EXPECT_EQ(document.scenario().cloud.model, "acme/precise");
    EXPECT_DOUBLE_EQ(document.scenario().cloud.inputUsdPerMtok, 0.12345678);

    // Typing a price is a change: the offer goes.
    auto* input = page.findChild<QLineEdit*>(QStringLiteral("inputPriceLineEdit"));
    ASSERT_NE(input, nullptr);
    input->setFocus();
    input->selectAll();
    QTest::keyClick(input, Qt::Key_Backspace);
    QTest::keyClicks(input, QStringLiteral("0.2"));
    EXPECT_TRUE(document.scenario().cloud.model.empty());
    EXPECT_DOUBLE_EQ(document.scenario().cloud.inputUsdPerMtok, 0.2);
    EXPECT_TRUE(document.scenario().isUserSet("cloud.input_usd_per_mtok"));
}
