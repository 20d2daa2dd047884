#pragma once

#include "lowregret/guide/Guide.h"

#include <QPoint>
#include <QRectF>

#include <map>
#include <string>

// Where each box of the guide's flowchart goes, as a pure function of the guide: a grid of
// cells (column, row), column 0 the centre, and the rectangle of each cell. No widget, so it is
// tested on its own (tests/app/FlowchartLayoutTest.cpp).
class FlowchartLayout final {
public:
    static constexpr qreal boxWidth = 112.0;
    static constexpr qreal boxHeight = 64.0;

    FlowchartLayout() = delete;

    // id (node or leaf, as in guide.json) → (column, row). Every node and leaf gets a cell of
    // its own; what the usual shape leaves out goes into extra rows at the bottom.
    static std::map<std::string, QPoint> cells(const lowregret::Guide& guide);
    // Centre x of a column: odd columns hold a chain's questions, even ones beyond them its
    // leaves, so the wide gaps are where the question-to-leaf labels go.
    static qreal columnCentre(int column);
    static qreal rowTop(int row);
    static QRectF cellRect(QPoint cell);
};
