#include "flowchart/FlowchartLayout.h"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <utility>
#include <vector>

namespace {

constexpr qreal k_innerGap = 14.0; // between a chain and the column nearer the centre
constexpr qreal k_labelGap = 70.0; // between a chain and its leaves: holds an edge label
constexpr qreal k_firstRowGap = 46.0; // below the root: holds the band labels
constexpr qreal k_rowGap = 26.0;
constexpr int minColumnCount = -2; // the columns the usual shape spans
constexpr int maxColumnCount = 2;

} // namespace

// Centre x of a column. Column 0 is the centre; odd columns hold a chain's questions, the even
// ones beyond them its leaves, so the wide gaps are where the question-to-leaf labels go.
qreal FlowchartLayout::columnCentre(int column)
{
    const int step = column > 0 ? 1 : -1;
    qreal x = 0.0;
    for (int c = 0; c != column; c += step) {
        const bool toChain = std::abs(c + step) % 2 == 1;
        x += step * (boxWidth + (toChain ? k_innerGap : k_labelGap));
    }
    return x;
}

qreal FlowchartLayout::rowTop(int row)
{
    qreal y = 0.0;
    for (int r = 1; r <= row; ++r)
        y += boxHeight + (r == 1 ? k_firstRowGap : k_rowGap);
    return y;
}

QRectF FlowchartLayout::cellRect(QPoint cell)
{
    return { columnCentre(cell.x()) - boxWidth / 2, rowTop(cell.y()), boxWidth, boxHeight };
}

// The "caterpillar": the root at the top centre, a band that ends at once in a leaf right under
// it, every other band a chain of questions in a column of its own (first left, then right,
// then further out), each question's leaf beside it in the outer column. Whatever does not fit
// that shape goes into extra rows at the bottom, so nothing is left out.
std::map<std::string, QPoint> FlowchartLayout::cells(const lowregret::Guide& guide)
{
    std::map<std::string, QPoint> cells;
    std::set<std::pair<int, int>> taken;
    const auto place = [&](const std::string& id, int column, int row) {
        if (id.empty() || cells.count(id) > 0 || !taken.insert({ column, row }).second)
            return false;
        cells[id] = QPoint(column, row);
        return true;
    };

    const auto chain = [&](std::string current, int side, int level) {
        const int inner = side * (1 + 2 * level);
        const int outer = side * (2 + 2 * level);
        for (int row = 1;; ++row) {
            const auto* node = guide.node(current);
            if (!node || node->kind == lowregret::Node::Kind::UsageBand || !place(current, inner, row))
                return;
            const bool yesLeaf = guide.leaf(node->yes) != nullptr;
            const bool noLeaf = guide.leaf(node->no) != nullptr;
            if (yesLeaf && noLeaf) {
                place(node->yes, inner, row + 1);
                place(node->no, outer, row);
                return;
            }
            if (yesLeaf == noLeaf)
                return; // two questions below: the overflow rows take the rest
            place(yesLeaf ? node->yes : node->no, outer, row);
            current = yesLeaf ? node->no : node->yes;
        }
    };

    if (const auto* root = guide.node(guide.start())) {
        place(root->id, 0, 0);
        std::vector<std::string> children;
        for (const auto& band : root->bands)
            children.push_back(band.next);
        if (root->bands.empty())
            children = { root->yes, root->no };
        int chains = 0;
        for (const auto& child : children) {
            if (guide.leaf(child)) {
                place(child, 0, 1);
            } else if (guide.node(child) && cells.count(child) == 0) {
                chain(child, chains % 2 == 0 ? -1 : 1, chains / 2);
                ++chains;
            }
        }
    }

    int minColumn = minColumnCount;
    int maxColumn = maxColumnCount;
    int lastRow = -1;
    for (const auto& [id, cell] : cells) {
        minColumn = std::min(minColumn, cell.x());
        maxColumn = std::max(maxColumn, cell.x());
        lastRow = std::max(lastRow, cell.y());
    }
    std::vector<std::string> rest;
    for (const auto& node : guide.nodes())
        rest.push_back(node.id);
    for (const auto& leaf : guide.leaves())
        rest.push_back(leaf.id);
    int column = maxColumn;
    int row = lastRow;
    for (const auto& id : rest) {
        if (cells.count(id) > 0)
            continue;
        if (++column > maxColumn) {
            column = minColumn;
            ++row;
        }
        place(id, column, row);
    }
    return cells;
}
