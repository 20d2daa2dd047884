// Autosave with two instances, after a crash and when something is in the way, driven through
// the real main window.
#include "GuiFixture.h"

#include "document/Autosave.h"
#include "document/ScenarioDocument.h"
#include "flowchart/FlowchartView.h"
#include "wizard/DecisionWizard.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStatusBar>

#include <algorithm>

namespace {

class AutosaveTest : public GuiFixture {
protected:
    // The window goes as a crash takes it: no close, no discard; its lock goes with it.
    void crashAndStartAgain()
    {
        m_window.reset();
        startAgain();
    }
    void startAgain()
    {
        m_window = std::make_unique<MainWindow>(*m_settings, *m_languages);
        m_window->setInteractive(false);
        m_window->show();
        QApplication::processEvents();
    }
    [[nodiscard]] QString folder() const { return QFileInfo(m_window->autosave().file()).absolutePath(); }
    static void put(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    static QByteArray read(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

} // namespace

TEST_F(AutosaveTest, ASecondInstanceNeitherOffersNorRemovesTheFirstsCopy)
{
    enterUsage(QStringLiteral("50"));
    m_window->autosave().flush();
    const QString first = m_window->autosave().file();
    ASSERT_TRUE(QFileInfo::exists(first));

    MainWindow second(*m_settings, *m_languages);
    second.setInteractive(false);
    EXPECT_NE(second.autosave().file(), first);
    EXPECT_FALSE(second.autosave().hasRecovery());
    // The second one's work goes to its own copy, and discarding it leaves the first's.
    second.document().edit([](lowregret::Scenario& s) { s.answers.monthlyTokens = 7e6; });
    second.autosave().flush();
    EXPECT_TRUE(QFileInfo::exists(second.autosave().file()));
    second.document().setModified(false);
    EXPECT_FALSE(QFileInfo::exists(second.autosave().file()));
    EXPECT_TRUE(QFileInfo::exists(first));
}

// A second instance crashes while the first runs on; the first is then closed without
// changes. The next start offers the second's copy, though its slot is not the first one.
TEST_F(AutosaveTest, ACopyLeftInALaterSlotIsOfferedAtTheNextStart)
{
    auto second = std::make_unique<MainWindow>(*m_settings, *m_languages);
    second->setInteractive(false);
    const QString secondsFile = second->autosave().file();
    ASSERT_NE(secondsFile, m_window->autosave().file());
    second->document().edit([](lowregret::Scenario& s) { s.answers.monthlyTokens = 7e6; });
    second->autosave().flush();
    ASSERT_TRUE(QFileInfo::exists(secondsFile));
    second.reset(); // as a crash takes it

    crashAndStartAgain(); // the first had nothing to keep
    EXPECT_EQ(m_window->autosave().file(), secondsFile);
    ASSERT_TRUE(m_window->autosave().hasRecovery());
    ASSERT_TRUE(m_window->restoreAutosave()) << m_window->lastError().toStdString();
    EXPECT_DOUBLE_EQ(*m_window->document().scenario().answers.monthlyTokens, 7e6);
}

TEST_F(AutosaveTest, RestoringOpensOnThePageTheUserWasOnWithThePathDrawn)
{
    walkToCosts(QStringLiteral("50"));
    m_window->autosave().flush();
    crashAndStartAgain();
    ASSERT_TRUE(m_window->autosave().hasRecovery());
    ASSERT_TRUE(m_window->restoreAutosave()) << m_window->lastError().toStdString();
    EXPECT_EQ(page(), id(WizardPageId::Costs));
    EXPECT_DOUBLE_EQ(*m_window->document().scenario().answers.monthlyTokens, 50e6);
    // The three questions answered on the way are on the drawn path.
    const QStringList drawn = m_window->flowchart()->highlightedIds();
    for (const char* question : { ".usage_stable", ".data_sensitive", ".team_can_maintain" })
        EXPECT_TRUE(std::any_of(
            drawn.begin(), drawn.end(), [&](const QString& node) { return node.endsWith(QLatin1String(question)); }))
            << question << " not in " << drawn.join(QLatin1Char(' ')).toStdString();
}

TEST_F(AutosaveTest, ACopyThatCannotBeRestoredIsKeptAsideAndNamed)
{
    const QString dir = folder();
    m_window.reset();
    // A scenario from a newer LowRegret, then an autosave format from one.
    const QByteArray newerScenario = R"({"autosave": 1, "file": "", "scenario": {"lowregret": 99}})";
    const QByteArray newerCopy = R"({"autosave": 2, "file": "", "scenario": {"lowregret": 1}})";
    for (const QByteArray& bytes : { newerScenario, newerCopy }) {
        put(QDir(dir).filePath(QStringLiteral("autosave.json")), bytes);
        startAgain();
        ASSERT_TRUE(m_window->autosave().hasRecovery());
        EXPECT_FALSE(m_window->restoreAutosave());
        const QStringList aside = QDir(dir).entryList({ QStringLiteral("autosave-damaged-*.json") }, QDir::Files);
        ASSERT_FALSE(aside.isEmpty());
        bool named = false;
        for (const auto& name : aside)
            if (read(QDir(dir).filePath(name)) == bytes) {
                named = m_window->lastError().contains(QDir::toNativeSeparators(QDir(dir).filePath(name)));
                break;
            }
        EXPECT_TRUE(named) << m_window->lastError().toStdString();
        EXPECT_FALSE(m_window->autosave().hasRecovery());
        m_window.reset();
    }
    startAgain();
    EXPECT_EQ(QDir(dir).entryList({ QStringLiteral("autosave-damaged-*.json") }, QDir::Files).size(), 2);
}

TEST_F(AutosaveTest, AFolderInTheWayIsReportedOnceAndAutosaveGoesOnElsewhere)
{
    const QString dir = folder();
    const QString blocked = QDir(dir).filePath(QStringLiteral("autosave.json"));
    m_window.reset();
    ASSERT_TRUE(QDir().mkpath(blocked));
    startAgain();
    EXPECT_EQ(QFileInfo(m_window->autosave().file()).fileName(), QStringLiteral("autosave-2.json"));
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(blocked)))
        << m_window->statusBar()->currentMessage().toStdString();
    enterUsage(QStringLiteral("50"));
    m_window->autosave().flush();
    EXPECT_TRUE(QFileInfo(QDir(dir).filePath(QStringLiteral("autosave-2.json"))).isFile());

    // A folder taking the copy's place while the app runs: said once, and the next slot taken.
    QSignalSpy reported(&m_window->autosave(), &Autosave::problemReported);
    ASSERT_TRUE(QFile::remove(QDir(dir).filePath(QStringLiteral("autosave-2.json"))));
    ASSERT_TRUE(QDir().mkpath(QDir(dir).filePath(QStringLiteral("autosave-2.json"))));
    typeInto(QStringLiteral("monthlyTokensLineEdit"), QStringLiteral("60"));
    m_window->autosave().flush();
    typeInto(QStringLiteral("monthlyTokensLineEdit"), QStringLiteral("70"));
    m_window->autosave().flush();
    EXPECT_EQ(reported.count(), 1);
    EXPECT_EQ(QFileInfo(m_window->autosave().file()).fileName(), QStringLiteral("autosave-3.json"));
    EXPECT_TRUE(QFileInfo(m_window->autosave().file()).isFile());
}
