// Moving through the wizard as a user does: the arrow keys answer, Back shows the question
// asked again, the result opens at its top, and an opened scenario lands on its result.
#include "GuiFixture.h"

#include "document/ScenarioDocument.h"
#include "flowchart/FlowchartView.h"
#include "wizard/DecisionWizard.h"
#include "wizard/ResultPage.h"
#include "wizard/WizardPageIds.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QRadioButton>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>

using Navigation = GuiFixture;

TEST_F(Navigation, ArrowKeysAnswerAndAltNGoesOn)
{
    enterUsage(QStringLiteral("12"));
    clickNext();
    ASSERT_EQ(page(), id(WizardPageId::Stability));
    QApplication::processEvents(); // the page's first field takes the focus
    auto* yes = find<QRadioButton>(QStringLiteral("usageStableYesRadioButton"));
    auto* no = find<QRadioButton>(QStringLiteral("usageStableNoRadioButton"));
    ASSERT_TRUE(yes->hasFocus() || no->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    EXPECT_TRUE(no->isChecked());
    EXPECT_EQ(m_window->document().scenario().answers.usageStable, false);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    EXPECT_TRUE(yes->isChecked());
    EXPECT_EQ(m_window->document().scenario().answers.usageStable, true);
    // Alt+N is Next's mnemonic (the offscreen platform delivers no shortcuts; the real-window
    // test, tests/x11, presses it), and the answer lets it go on.
    EXPECT_EQ(nextButton()->shortcut(), QKeySequence(Qt::ALT | Qt::Key_N));
    EXPECT_TRUE(nextButton()->isEnabled());
    nextButton()->animateClick();
    QTest::qWait(300);
    EXPECT_EQ(page(), id(WizardPageId::Sensitivity));
}

TEST_F(Navigation, BackShowsTheQuestionAskedAgainAndNotTheAnswersBeyond)
{
    walkToCosts(QStringLiteral("12"));
    // On the costs page the whole walk shows: the breakeven is computed there, from these costs.
    QStringList ids = m_window->flowchart()->highlightedIds();
    EXPECT_TRUE(ids.contains(QStringLiteral("mid.team_can_maintain")));
    EXPECT_TRUE(ids.contains(QStringLiteral("mid.breakeven")));
    EXPECT_TRUE(m_window->flowchart()->pendingId().isEmpty());

    clickBack(); // to the skill question
    clickBack(); // to the sensitivity question
    ASSERT_EQ(page(), id(WizardPageId::Sensitivity));
    ids = m_window->flowchart()->highlightedIds();
    EXPECT_EQ(m_window->flowchart()->pendingId(), QStringLiteral("mid.data_sensitive"));
    EXPECT_TRUE(ids.contains(QStringLiteral("mid.usage_stable")));
    EXPECT_FALSE(ids.contains(QStringLiteral("mid.data_sensitive")));
    EXPECT_FALSE(ids.contains(QStringLiteral("mid.team_can_maintain")));
    EXPECT_FALSE(ids.contains(QStringLiteral("mid.local.breakeven")));

    clickNext();
    EXPECT_EQ(m_window->flowchart()->pendingId(), QStringLiteral("mid.team_can_maintain"));
}

TEST_F(Navigation, TheResultOpensAtItsTopEveryTime)
{
    m_window->resize(900, 600); // a result longer than its page
    ASSERT_TRUE(m_window->openFile(QStringLiteral(LOWREGRET_SOURCE_DIR "/docs/examples/gpt4-12m.json")));
    ASSERT_EQ(page(), id(WizardPageId::Result));
    auto* browser = find<QTextBrowser>(QStringLiteral("resultTextBrowser"));
    QApplication::processEvents();
    ASSERT_GT(browser->verticalScrollBar()->maximum(), 0);
    browser->verticalScrollBar()->setValue(browser->verticalScrollBar()->maximum());
    clickBack();
    clickNext();
    ASSERT_EQ(page(), id(WizardPageId::Result));
    EXPECT_EQ(browser->verticalScrollBar()->value(), 0);
}

TEST_F(Navigation, OpeningACompleteScenarioLandsOnItsResult)
{
    ASSERT_TRUE(m_window->openFile(QStringLiteral(LOWREGRET_SOURCE_DIR "/docs/examples/gpt4-12m.json")));
    EXPECT_EQ(page(), id(WizardPageId::Result));
    EXPECT_EQ(leaf(), "mid.local.breakeven");
    EXPECT_TRUE(m_window->flowchart()->highlightedIds().contains(QStringLiteral("mid.local.breakeven")));
    clickBack();
    EXPECT_EQ(page(), id(WizardPageId::Costs));
    for (const auto expected : { WizardPageId::Skill, WizardPageId::Sensitivity, WizardPageId::Stability,
             WizardPageId::Usage, WizardPageId::Welcome }) {
        clickBack();
        EXPECT_EQ(page(), id(expected));
    }
}

TEST_F(Navigation, OpeningAnUndecidedScenarioStaysAtTheStart)
{
    const QString file = tempPath(QStringLiteral("half.json"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"lowregret": 1, "answers": {"monthly_tokens": 12000000}})");
    f.close();
    ASSERT_TRUE(m_window->openFile(file));
    EXPECT_EQ(page(), id(WizardPageId::Welcome));
}
