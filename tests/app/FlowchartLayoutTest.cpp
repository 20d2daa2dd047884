// The flowchart's layout as a pure function of the guide: no widget, no scene.
#include "flowchart/FlowchartLayout.h"

#include "lowregret/guide/Guide.h"

#include <gtest/gtest.h>

#include <set>
#include <utility>

using lowregret::Guide;

TEST(FlowchartLayout, EveryNodeAndLeafHasACellOfItsOwn)
{
    const Guide& guide = Guide::builtIn();
    const auto cells = FlowchartLayout::cells(guide);
    EXPECT_EQ(cells.size(), guide.nodes().size() + guide.leaves().size());
    std::set<std::pair<int, int>> taken;
    for (const auto& [id, cell] : cells)
        EXPECT_TRUE(taken.insert({ cell.x(), cell.y() }).second) << id << " shares a cell";
    // The root sits at the top of the centre column.
    EXPECT_EQ(cells.at(guide.start()), QPoint(0, 0));
}

TEST(FlowchartLayout, TheFreeTierLeafIsUnderTheRootAndTheChainsAreSideBySide)
{
    // GUIDE.md: under 1M tokens a month goes straight to the free tier; the 1M–12M and the
    // over-12M bands each start a chain of four questions, one on each side.
    const Guide& guide = Guide::builtIn();
    const auto cells = FlowchartLayout::cells(guide);
    const auto* root = guide.node(guide.start());
    ASSERT_NE(root, nullptr);
    ASSERT_EQ(root->bands.size(), 3u);
    EXPECT_EQ(cells.at(root->bands[0].next), QPoint(0, 1)); // the free tier, right under the root
    const QPoint mid = cells.at(root->bands[1].next);
    const QPoint high = cells.at(root->bands[2].next);
    EXPECT_EQ(mid.y(), 1);
    EXPECT_EQ(high.y(), 1);
    EXPECT_EQ(mid.x(), -high.x()); // mirrored about the centre
    EXPECT_NE(mid.x(), 0);
}

TEST(FlowchartLayout, CellsDoNotOverlap)
{
    const auto cells = FlowchartLayout::cells(Guide::builtIn());
    std::vector<QRectF> rects;
    for (const auto& [id, cell] : cells)
        rects.push_back(FlowchartLayout::cellRect(cell));
    for (std::size_t i = 0; i < rects.size(); ++i)
        for (std::size_t j = i + 1; j < rects.size(); ++j)
            EXPECT_FALSE(rects[i].intersects(rects[j])) << i << " and " << j;
    // Column 0's box is centred on x = 0, and a box is as wide as the layout says.
    const QRectF root = FlowchartLayout::cellRect({ 0, 0 });
    EXPECT_DOUBLE_EQ(root.center().x(), 0.0);
    EXPECT_DOUBLE_EQ(root.width(), FlowchartLayout::boxWidth);
}
