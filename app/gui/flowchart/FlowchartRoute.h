#pragma once

#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>

// The connector from one box of the flowchart to another: straight down or across when the
// boxes line up, else down a little, across, and down into the target; its arrowhead, and the
// room beside it for the answer's label. Geometry only, in scene units.
class FlowchartRoute final {
public:
    explicit FlowchartRoute(const QRectF& source, const QRectF& target);

    [[nodiscard]] const QPainterPath& path() const { return m_path; }
    [[nodiscard]] const QPolygonF& arrow() const { return m_arrow; }
    // Where the label is centred, and the width and height it may take there.
    [[nodiscard]] QPointF labelAt() const { return m_labelAt; }
    [[nodiscard]] qreal labelWidth() const { return m_labelWidth; }
    [[nodiscard]] qreal labelHeight() const { return m_labelHeight; }

private:
    QPainterPath m_path;
    QPolygonF m_arrow;
    QPointF m_labelAt;
    qreal m_labelWidth;
    qreal m_labelHeight;
};
