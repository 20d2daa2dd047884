// The "What if" tab: built only when first shown, it draws core's analysis and follows edits.
#include "GuiFixture.h"

#include "app/MainWindow.h"
#include "document/ScenarioDocument.h"
#include "whatif/RangeEditor.h"
#include "whatif/WhatIfView.h"

#include "lowregret/analysis/Sensitivity.h"
#include "lowregret/guide/Guide.h"
#include "lowregret/scenario/ScenarioInputs.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

using WhatIf = GuiFixture;

TEST_F(WhatIf, TheTabIsBuiltWhenShownAndFollowsEveryEdit)
{
    ASSERT_TRUE(m_window->openFile(QStringLiteral(LOWREGRET_SOURCE_DIR "/docs/examples/gpt4-12m.json")));
    QApplication::processEvents();
    // Start-up does not pay for the tab.
    EXPECT_EQ(m_window->findChild<WhatIfView*>(), nullptr);
    auto* tabs = find<QTabWidget>(QStringLiteral("chartTabWidget"));
    tabs->setCurrentWidget(find<QWidget>(QStringLiteral("whatIfTab")));
    QApplication::processEvents();
    auto* view = m_window->findChild<WhatIfView*>();
    ASSERT_NE(view, nullptr);
    const auto expected = lowregret::Sensitivity::analyse(lowregret::Guide::builtIn(), m_window->document().scenario());
    ASSERT_TRUE(expected);
    EXPECT_EQ(view->tornado()->bars(), int(expected->tornado.size()));
    EXPECT_DOUBLE_EQ(view->breakevenMap()->map().userTokens, 12e6);
    // 2,000 / (T × 45 / 1M − 30) = 12 at T = 4,370,370.4, said to three figures.
    EXPECT_TRUE(view->text().contains(QStringLiteral("4,370,000"))) << view->text().toStdString();

    // An edit: usage 20M. The flip is then where 2,000 / (T × 45 / 1M − 30) = 12 again, but the
    // sentence quotes the new usage, and the map's point moves.
    m_window->document().edit([](lowregret::Scenario& s) { s.answers.monthlyTokens = 20e6; });
    QApplication::processEvents();
    EXPECT_DOUBLE_EQ(view->breakevenMap()->map().userTokens, 20e6);
    EXPECT_TRUE(view->text().contains(QStringLiteral("20,000,000"))) << view->text().toStdString();

    // It draws: the tornado has pixels of the local and cloud colours, not only the background.
    view->resize(900, 600);
    const QImage image = view->tornado()->grab().toImage();
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            if (image.pixelColor(x, y).saturation() > 80)
                ++coloured;
    EXPECT_GT(coloured, 50);
}

namespace {

WhatIfView* showWhatIf(MainWindow& window)
{
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("chartTabWidget"));
    tabs->setCurrentWidget(window.findChild<QWidget*>(QStringLiteral("whatIfTab")));
    QApplication::processEvents();
    return window.findChild<WhatIfView*>();
}

} // namespace

// Types into a range field and presses Enter, as a user takes a value.
class WhatIfRanges : public GuiFixture {
protected:
    void enter(const QString& field, const QString& text)
    {
        typeInto(field, text);
        QTest::keyClick(find<QLineEdit>(field), Qt::Key_Return);
        QApplication::processEvents();
    }
};

TEST_F(WhatIfRanges, TheFirstRangeEditWritesEveryDefaultIntoTheScenario)
{
    ASSERT_TRUE(m_window->openFile(QStringLiteral(LOWREGRET_SOURCE_DIR "/docs/examples/gpt4-12m.json")));
    auto* view = showWhatIf(*m_window);
    ASSERT_NE(view, nullptr);
    const auto& doc = m_window->document();
    ASSERT_FALSE(doc.scenario().uncertainty);
    EXPECT_FALSE(doc.isModified());
    const auto userSetBefore = doc.scenario().userSet;
    // One row per cost input of this flat scenario (docs/sensitivity.md lists them).
    EXPECT_EQ(view->ranges()->rows(), int(lowregret::ScenarioInputs::inputsOf(doc.scenario()).size()));
    // The documented default for usage is half to one and a half times the 12M tokens; the
    // share is typed as a percentage, 50 % ± 20 points.
    EXPECT_EQ(find<QLineEdit>(QStringLiteral("answers.monthly_tokens.low"))->text(), QStringLiteral("6,000,000"));
    EXPECT_EQ(find<QLineEdit>(QStringLiteral("answers.monthly_tokens.high"))->text(), QStringLiteral("18,000,000"));
    EXPECT_EQ(find<QLineEdit>(QStringLiteral("input_share.low"))->text(), QStringLiteral("30"));
    EXPECT_EQ(find<QLineEdit>(QStringLiteral("input_share.high"))->text(), QStringLiteral("70"));
    EXPECT_FALSE(find<QPushButton>(QStringLiteral("rangeDefaults"))->isEnabled());

    // Half typed, nothing is taken: each keystroke of 8000000 is a number, but none is a range
    // until the field is left.
    typeInto(QStringLiteral("answers.monthly_tokens.low"), QStringLiteral("8000000"));
    EXPECT_FALSE(doc.scenario().uncertainty);
    EXPECT_FALSE(doc.isModified());
    QTest::keyClick(find<QLineEdit>(QStringLiteral("answers.monthly_tokens.low")), Qt::Key_Return);
    QApplication::processEvents();
    const auto& u = doc.scenario().uncertainty;
    ASSERT_TRUE(u);
    EXPECT_TRUE(doc.isModified());
    // Every input is written out, the edited one with its new low end, the others at their
    // defaults (the output price 60 × 0.5 and × 1.25).
    EXPECT_EQ(u->size(), lowregret::ScenarioInputs::inputsOf(doc.scenario()).size());
    EXPECT_EQ(u->at("answers.monthly_tokens"), (lowregret::Scenario::Range { 8e6, 18e6 }));
    EXPECT_EQ(u->at("cloud.output_usd_per_mtok"), (lowregret::Scenario::Range { 30, 75 }));
    EXPECT_DOUBLE_EQ(u->at("input_share").low, 0.3);
    // No cost field became the user's by it.
    EXPECT_EQ(doc.scenario().userSet, userSetBefore);
    // The analysis follows at once: the tornado swings usage from the new low end.
    const auto analysis = lowregret::Sensitivity::analyse(lowregret::Guide::builtIn(), doc.scenario());
    ASSERT_TRUE(analysis);
    EXPECT_EQ(analysis->ranges.at("answers.monthly_tokens").source, "scenario");
    EXPECT_TRUE(find<QPushButton>(QStringLiteral("rangeDefaults"))->isEnabled());
    // It is saved with the scenario.
    const auto saved = nlohmann::json::parse(doc.toJson().toStdString());
    EXPECT_EQ(saved["uncertainty"]["answers.monthly_tokens"]["low"], 8e6);
}

TEST_F(WhatIfRanges, ABadRangeIsNamedAndChangesNothing)
{
    ASSERT_TRUE(m_window->openFile(QStringLiteral(LOWREGRET_SOURCE_DIR "/docs/examples/gpt4-12m.json")));
    ASSERT_NE(showWhatIf(*m_window), nullptr);
    // A high end below the low end (6,000,000): each keystroke of 5,000,000 leaves the low end
    // above it, so nothing is applied.
    enter(QStringLiteral("answers.monthly_tokens.high"), QStringLiteral("5000000"));
    EXPECT_FALSE(m_window->document().scenario().uncertainty);
    EXPECT_FALSE(m_window->document().isModified());
    auto* message = find<QLabel>(QStringLiteral("rangeMessage"));
    EXPECT_FALSE(message->isHidden());
    EXPECT_TRUE(message->text().contains(QStringLiteral("Monthly tokens, low end"))) << message->text().toStdString();
    EXPECT_TRUE(message->text().contains(QStringLiteral("5,000,000"))) << message->text().toStdString();
    // Not a number: named too.
    enter(QStringLiteral("input_share.low"), QStringLiteral("x"));
    EXPECT_TRUE(message->text().contains(QStringLiteral("Input share, low end"))) << message->text().toStdString();
    EXPECT_FALSE(m_window->document().scenario().uncertainty);
    // What the user typed stays while another edit redraws the tab.
    m_window->document().edit([](lowregret::Scenario& s) { s.local.hardwareUsd = 2500; });
    QApplication::processEvents();
    EXPECT_EQ(find<QLineEdit>(QStringLiteral("answers.monthly_tokens.high"))->text(), QStringLiteral("5000000"));
    EXPECT_EQ(find<QLineEdit>(QStringLiteral("input_share.low"))->text(), QStringLiteral("x"));
    EXPECT_FALSE(message->isHidden());
    // Mended, each takes effect and the message goes.
    enter(QStringLiteral("answers.monthly_tokens.low"), QStringLiteral("1000000"));
    enter(QStringLiteral("input_share.low"), QStringLiteral("40"));
    const auto& u = m_window->document().scenario().uncertainty;
    ASSERT_TRUE(u);
    EXPECT_EQ(u->at("answers.monthly_tokens"), (lowregret::Scenario::Range { 1e6, 5e6 }));
    EXPECT_DOUBLE_EQ(u->at("input_share").low, 0.4);
    EXPECT_TRUE(message->isHidden());
}

TEST_F(WhatIfRanges, EmptyEndsHoldAnInputFixedAndTheDefaultsComeBack)
{
    ASSERT_TRUE(m_window->openFile(QStringLiteral(LOWREGRET_SOURCE_DIR "/docs/examples/gpt4-12m.json")));
    auto* view = showWhatIf(*m_window);
    ASSERT_NE(view, nullptr);
    // One end empty is a problem to mend; both empty hold the input fixed.
    enter(QStringLiteral("answers.monthly_tokens.low"), QString());
    EXPECT_FALSE(m_window->document().scenario().uncertainty);
    EXPECT_TRUE(find<QLabel>(QStringLiteral("rangeMessage"))->text().contains(QStringLiteral("both ends")));
    enter(QStringLiteral("answers.monthly_tokens.high"), QString());
    const auto& doc = m_window->document();
    ASSERT_TRUE(doc.scenario().uncertainty);
    EXPECT_EQ(doc.scenario().uncertainty->count("answers.monthly_tokens"), 0U);
    // Held fixed: no tornado bar for usage, and no flip point on it.
    const auto analysis = lowregret::Sensitivity::analyse(lowregret::Guide::builtIn(), doc.scenario());
    ASSERT_TRUE(analysis);
    for (const auto& bar : analysis->tornado)
        EXPECT_NE(bar.input, "answers.monthly_tokens");
    EXPECT_EQ(view->tornado()->bars(), int(analysis->tornado.size()));
    EXPECT_EQ(
        find<QLineEdit>(QStringLiteral("answers.monthly_tokens.low"))->placeholderText(), QStringLiteral("held fixed"));

    click(QStringLiteral("rangeDefaults"));
    EXPECT_FALSE(doc.scenario().uncertainty);
    EXPECT_TRUE(find<QLabel>(QStringLiteral("rangeMessage"))->isHidden());
    EXPECT_EQ(find<QLineEdit>(QStringLiteral("answers.monthly_tokens.low"))->text(), QStringLiteral("6,000,000"));
    EXPECT_FALSE(find<QPushButton>(QStringLiteral("rangeDefaults"))->isEnabled());
}
