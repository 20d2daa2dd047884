// The "What if" tab: built only when first shown, it draws core's analysis and follows edits.
#include "GuiFixture.h"

#include "app/MainWindow.h"
#include "document/ScenarioDocument.h"
#include "whatif/WhatIfView.h"

#include "lowregret/Guide.h"
#include "lowregret/Sensitivity.h"

#include <QApplication>
#include <QImage>
#include <QTabWidget>

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
    EXPECT_TRUE(view->text().contains(QStringLiteral("4,370,371"))) << view->text().toStdString();

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
