#include "flowchart/FlowchartRoute.h"

#include "flowchart/FlowchartLayout.h"

#include <algorithm>
#include <cmath>

namespace {

// Scene units, as the view's.
constexpr qreal kBusDrop = 10.0; // how far below a box its fan-out line runs
constexpr qreal kArrow = 5.0;

} // namespace

FlowchartRoute::FlowchartRoute(const QRectF& source, const QRectF& target)
    : m_labelWidth(FlowchartLayout::boxWidth)
    , m_labelHeight(FlowchartLayout::boxHeight) // the room the label may take along a vertical line
{
    const QRectF& s = source;
    const QRectF& t = target;
    QPointF end;
    QPointF direction;
    if (std::abs(s.center().y() - t.center().y()) < 1.0) {
        const bool right = t.center().x() > s.center().x();
        const QPointF start(right ? s.right() : s.left(), s.center().y());
        end = QPointF(right ? t.left() : t.right(), t.center().y());
        direction = QPointF(right ? 1 : -1, 0);
        m_path.moveTo(start);
        m_path.lineTo(end);
        m_labelAt = (start + end) / 2;
        m_labelWidth = std::abs(end.x() - start.x()) - 10;
    } else if (t.top() > s.bottom()) {
        const QPointF start(s.center().x(), s.bottom());
        end = QPointF(t.center().x(), t.top());
        direction = QPointF(0, 1);
        m_path.moveTo(start);
        qreal dropFrom = start.y();
        if (std::abs(start.x() - end.x()) >= 1.0) {
            dropFrom = start.y() + std::min(kBusDrop, (end.y() - start.y()) / 3);
            m_path.lineTo(start.x(), dropFrom);
            m_path.lineTo(end.x(), dropFrom);
        }
        m_path.lineTo(end);
        m_labelAt = QPointF(end.x(), (dropFrom + end.y()) / 2);
        m_labelHeight = end.y() - dropFrom - kArrow;
    } else {
        // Only for a guide whose shape the layout does not know: a plain line still connects.
        const QPointF start(s.center().x(), s.bottom());
        end = QPointF(t.center().x(), t.top());
        const QPointF d = end - start;
        const qreal length = std::hypot(d.x(), d.y());
        direction = length > 0 ? d / length : QPointF(0, 1);
        m_path.moveTo(start);
        m_path.lineTo(end);
        m_labelAt = (start + end) / 2;
    }
    const QPointF normal(-direction.y(), direction.x());
    const QPointF base = end - direction * kArrow * 1.6;
    m_arrow = QPolygonF({ end, base + normal * kArrow, base - normal * kArrow });
}
