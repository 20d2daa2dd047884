// Help → LowRegret Guide (F1) and each page's Help button: the in-app guide, in the UI
// language, opened at the part about the page on show.
#include "GuiFixture.h"

#include "help/HelpDialog.h"
#include "wizard/DecisionWizard.h"
#include "wizard/WizardPageIds.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QScrollBar>
#include <QTextBrowser>

using Help = GuiFixture;

TEST_F(Help, F1OpensTheGuideAtThePartAboutThePage)
{
    auto* action = m_window->findChild<QAction*>(QStringLiteral("guideAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    action->trigger();
    auto* dialog = m_window->findChild<HelpDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    const QString text = dialog->browser()->toPlainText();
    // How the flowchart decides, in the guide's own words, and the defaults with their sources.
    EXPECT_TRUE(
        text.contains(QStringLiteral("How many tokens do you use a month?")) || text.contains(QStringLiteral("1M–12M")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Is your monthly usage stable?"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("$70.00 an hour"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("openai/gpt-4o"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("BLS, May 2024"))) << text.toStdString();
    dialog->close();
}

TEST_F(Help, ThePagesHelpButtonOpensItsPart)
{
    enterUsage(QStringLiteral("12"));
    clickNext();
    answer(QStringLiteral("usageStable"), false);
    clickNext();
    ASSERT_EQ(page(), static_cast<int>(WizardPageId::Costs));
    EXPECT_EQ(m_window->wizard()->helpAnchor(), QStringLiteral("costs"));
    auto* help = m_window->wizard()->button(QWizard::HelpButton);
    ASSERT_TRUE(help->isVisible());
    help->click();
    auto* dialog = m_window->findChild<HelpDialog*>();
    ASSERT_NE(dialog, nullptr);
    QApplication::processEvents();
    // Scrolled to the costs part: past the start.
    EXPECT_GT(dialog->browser()->verticalScrollBar()->value(), 0);
    dialog->close();
}

TEST_F(Help, TheGuideIsInChineseInTheChineseUi)
{
    m_languages->apply(lowregret::Lang::ZhHant);
    m_window->findChild<QAction*>(QStringLiteral("guideAction"))->trigger();
    const QString text = m_window->findChild<HelpDialog*>()->browser()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("流程圖如何判斷"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("你的每月用量穩定嗎？"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("How the flowchart decides")));
    EXPECT_FALSE(text.contains(QStringLiteral("Default:")));
}
