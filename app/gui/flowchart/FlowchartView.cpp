#include "flowchart/FlowchartView.h"

#include "flowchart/FlowchartLayout.h"
#include "flowchart/FlowchartRoute.h"
#include "flowchart/TextWrap.h"
#include "widgets/Palette.h"
#include "widgets/UiText.h"

#include "lowregret/outcome/TextFigures.h"

#include <QEvent>
#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QPainterPath>
#include <QPen>
#include <QResizeEvent>

#include <algorithm>
#include <optional>
#include <set>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// Scene units. Five columns by six rows, fitted into the panel's 620×470 pixels at the default
// window size, draw their text at 10 pixels or more; a smaller panel scrolls instead.
constexpr qreal kBoxRadius = 7.0;
constexpr qreal kPadding = 4.0;
constexpr qreal kMargin = 6.0;
constexpr qreal kThinPen = 1.1;
constexpr qreal kThickPen = 2.6;
constexpr int kMaxBoxLines = 4;
constexpr int kMaxLabelLines = 3;

constexpr qreal kBoxPoints = 9.0;
constexpr qreal kLabelPoints = 9.0;
// The smallest text on screen, in pixels: dense characters (穩, 檻, 護) blur below it.
constexpr qreal kLeastTextPixels = 10.0;

// Lines of text centred on (centre), as children of parent.
std::vector<QGraphicsSimpleTextItem*> addLines(
    const QStringList& lines, const QFont& font, QPointF centre, QGraphicsItem* parent)
{
    std::vector<QGraphicsSimpleTextItem*> items;
    const QFontMetricsF metrics(font);
    const qreal lineHeight = metrics.height();
    qreal y = centre.y() - lineHeight * static_cast<qreal>(lines.size()) / 2;
    for (const auto& text : lines) {
        auto* item = new QGraphicsSimpleTextItem(text, parent);
        item->setFont(font);
        item->setPos(centre.x() - metrics.horizontalAdvance(text) / 2, y);
        items.push_back(item);
        y += lineHeight;
    }
    return items;
}

QString toolTipHtml(const QString& title, const QString& body)
{
    // Rich text, so Qt wraps a long tooltip instead of drawing one wide line.
    if (body.isEmpty())
        return u"<p>%1</p>"_s.arg(title.toHtmlEscaped());
    return u"<p><b>%1</b></p><p>%2</p>"_s.arg(title.toHtmlEscaped(), body.toHtmlEscaped());
}

QPainterPath roundedBox(const QRectF& rect)
{
    QPainterPath path;
    path.addRoundedRect(rect, kBoxRadius, kBoxRadius);
    return path;
}

} // namespace

FlowchartView::FlowchartView(const lowregret::Guide& guide, QWidget* parent)
    : QGraphicsView(parent)
    , m_guide(guide)
{
    setObjectName(u"flowchartView"_s);
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setInteractive(false);
    setFocusPolicy(Qt::NoFocus); // a picture, not a control: never takes the keyboard from the wizard
    setDragMode(QGraphicsView::NoDrag);
    setFrameShape(QFrame::NoFrame);
    setAlignment(Qt::AlignCenter);
    m_cells = FlowchartLayout::cells(m_guide);
    rebuild();
}

FlowchartView::~FlowchartView() = default;

void FlowchartView::setWalk(const lowregret::Decision::Walk& walk)
{
    m_walk = walk;
    applyStyle();
    fitChart();
}

qreal FlowchartView::smallestTextPixels() const
{
    qreal least = 0;
    const auto measure = [&](const QGraphicsSimpleTextItem* item) {
        const qreal pixels = item->font().pointSizeF() * logicalDpiY() / 72.0 * transform().m22();
        least = least == 0 ? pixels : std::min(least, pixels);
    };
    for (const auto& [id, box] : m_boxes)
        for (const auto* line : box.lines)
            measure(line);
    for (const auto& edge : m_edges)
        for (const auto* line : edge.labelLines)
            measure(line);
    return least;
}

bool FlowchartView::isDrawn(const std::string& id) const
{
    return m_boxes.count(id) > 0;
}

QStringList FlowchartView::highlightedIds() const
{
    QStringList ids;
    const auto add = [&](const std::string& id) {
        const QString qid = QString::fromStdString(id);
        if (isDrawn(id) && !ids.contains(qid))
            ids << qid;
    };
    for (const auto& step : m_walk.path)
        add(step.node);
    if (m_walk.leaf)
        add(*m_walk.leaf);
    return ids;
}

QString FlowchartView::pendingId() const
{
    if (m_walk.pending && isDrawn(*m_walk.pending))
        return QString::fromStdString(*m_walk.pending);
    return {};
}

void FlowchartView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    else if (event->type() == QEvent::PaletteChange)
        applyStyle();
    QGraphicsView::changeEvent(event);
}

void FlowchartView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    fitChart();
}

void FlowchartView::fitChart()
{
    const QRectF rect = scene()->sceneRect();
    if (rect.isEmpty() || width() <= 0 || height() <= 0)
        return;
    // The whole chart when it fits with its text readable; else readable text, scrolled to the
    // question asked now (or the leaf reached). The view's whole size, not the viewport's, so
    // scroll bars coming and going do not change the scale. A hair under the fit, so that
    // rounding does not call for scroll bars.
    const qreal fit = std::min(width() / rect.width(), height() / rect.height()) * 0.995;
    const qreal smallestPixels = std::min(kBoxPoints, kLabelPoints) * logicalDpiY() / 72.0;
    const qreal least = kLeastTextPixels / smallestPixels;
    const qreal scale = std::max(fit, least);
    setTransform(QTransform::fromScale(scale, scale));
    if (scale > fit) {
        std::string focus;
        if (m_walk.pending)
            focus = *m_walk.pending;
        else if (m_walk.leaf)
            focus = *m_walk.leaf;
        else if (!m_walk.path.empty())
            focus = m_walk.path.back().node;
        const auto box = m_boxes.find(focus);
        centerOn(box != m_boxes.end() ? box->second.frame->sceneBoundingRect().center() : rect.topLeft());
    }
}

void FlowchartView::rebuild()
{
    setAccessibleName(tr("Decision flowchart"));
    scene()->clear();
    m_boxes.clear();
    m_edges.clear();

    m_labels.clear();
    for (const auto& node : m_guide.nodes()) {
        const QString question = UiText::text(node.question);
        addBox(node.id, toolTipHtml(question, UiText::text(node.help)), false, lowregret::Recommendation::Cloud);
    }
    for (const auto& leaf : m_guide.leaves()) {
        const QString label = UiText::text(leaf.label);
        addBox(leaf.id,
            toolTipHtml(
                label, QString::fromStdString(lowregret::TextFigures::generic(m_guide, leaf.summary, UiText::lang()))),
            true, leaf.recommendation);
    }
    for (const auto& node : m_guide.nodes()) {
        if (node.kind == lowregret::Node::Kind::UsageBand) {
            for (const auto& band : node.bands)
                addEdge(node.id, band.id, band.next, UiText::text(band.label));
        } else {
            addEdge(node.id, "yes", node.yes, UiText::text(node.yesLabel));
            addEdge(node.id, "no", node.no, UiText::text(node.noLabel));
        }
    }

    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-kMargin, -kMargin, kMargin, kMargin));
    applyStyle();
    fitChart();
}

QStringList FlowchartView::segments(const std::string& key) const
{
    QStringList out;
    for (const auto& segment : m_guide.labelSegments(key, UiText::lang()))
        out << QString::fromStdString(segment);
    return out;
}

void FlowchartView::addBox(
    const std::string& id, const QString& toolTip, bool leaf, lowregret::Recommendation recommendation)
{
    const auto cell = m_cells.find(id);
    if (cell == m_cells.end())
        return;
    const QRectF rect = FlowchartLayout::cellRect(cell->second);
    Box box;
    box.leaf = leaf;
    box.recommendation = recommendation;
    box.frame = scene()->addPath(roundedBox(QRectF(QPointF(), rect.size())));
    box.frame->setPos(rect.topLeft());
    box.frame->setZValue(10);
    box.frame->setToolTip(toolTip);
    box.frame->setData(0, QString::fromStdString(id));

    const QFont font = UiText::font(kBoxPoints);
    const qreal lineHeight = QFontMetricsF(font).height();
    const int maxLines
        = std::clamp(static_cast<int>((FlowchartLayout::boxHeight - 2 * kPadding) / lineHeight), 1, kMaxBoxLines);
    const TextWrap::Wrapped wrapped
        = TextWrap::wrap(segments(id), font, FlowchartLayout::boxWidth - 2 * kPadding, maxLines);
    m_labels.push_back({ QString::fromStdString(id), wrapped });
    const QStringList& lines = wrapped.lines;
    box.lines
        = addLines(lines, font, QPointF(FlowchartLayout::boxWidth / 2, FlowchartLayout::boxHeight / 2), box.frame);
    m_boxes[id] = std::move(box);
}

void FlowchartView::addEdge(
    const std::string& from, const std::string& answer, const std::string& to, const QString& label)
{
    const auto source = m_cells.find(from);
    const auto target = m_cells.find(to);
    if (source == m_cells.end() || target == m_cells.end())
        return;
    const FlowchartRoute route(FlowchartLayout::cellRect(source->second), FlowchartLayout::cellRect(target->second));

    Edge edge;
    edge.from = from;
    edge.answer = answer;
    edge.line = scene()->addPath(route.path());
    edge.arrow = scene()->addPolygon(route.arrow());

    if (!label.isEmpty()) {
        const QFont font = UiText::font(kLabelPoints);
        const QFontMetricsF metrics(font);
        const int maxLines = std::clamp(static_cast<int>(route.labelHeight() / metrics.height()), 1, kMaxLabelLines);
        const std::string key = from + "/" + answer;
        const TextWrap::Wrapped wrapped
            = TextWrap::wrap(segments(key), font, std::max(route.labelWidth(), 24.0), maxLines);
        m_labels.push_back({ QString::fromStdString(key), wrapped });
        const QStringList& lines = wrapped.lines;
        qreal width = 0;
        for (const auto& line : lines)
            width = std::max(width, metrics.horizontalAdvance(line));
        const qreal height = metrics.height() * static_cast<qreal>(lines.size());
        edge.label = scene()->addRect(QRectF(-width / 2 - 2, -height / 2 - 1, width + 4, height + 2));
        edge.label->setPos(route.labelAt());
        edge.label->setPen(Qt::NoPen);
        edge.label->setToolTip(toolTipHtml(label, {}));
        edge.labelLines = addLines(lines, font, QPointF(), edge.label);
    }
    m_edges.push_back(std::move(edge));
}

void FlowchartView::applyStyle()
{
    const QPalette pal = palette();
    const QColor paper = pal.color(QPalette::Base);
    const QColor ink = pal.color(QPalette::Text);
    const QColor mutedInk = Palette::mix(ink, paper, 0.3f);
    const QColor mutedLine = Palette::mix(ink, paper, 0.55f);
    const QColor accent = Palette::readableOn(pal.color(QPalette::Highlight), paper);
    const QColor amber = Palette::readableOn(Palette::color(Palette::Role::OutOfScope), paper, 2.2);
    const QColor localHue = Palette::readableOn(Palette::color(Palette::Role::Local), paper);
    const QColor cloudHue = Palette::readableOn(Palette::color(Palette::Role::Cloud), paper);
    const QColor otherHue = mutedLine;

    std::set<std::string> passed;
    std::set<std::pair<std::string, std::string>> takenEdges;
    for (const auto& step : m_walk.path) {
        passed.insert(step.node);
        takenEdges.insert({ step.node, step.answer });
    }
    const std::string reached = m_walk.leaf.value_or(std::string());
    const std::string pending = m_walk.pending.value_or(std::string());

    const auto pen = [](const QColor& colour, qreal width) {
        QPen p(colour, width);
        p.setJoinStyle(Qt::RoundJoin);
        p.setCapStyle(Qt::FlatCap);
        return p;
    };

    for (auto& [id, box] : m_boxes) {
        QColor fill = paper;
        QColor border = mutedLine;
        QColor text = mutedInk;
        qreal width = kThinPen;
        QColor hue = otherHue;
        if (box.leaf) {
            if (box.recommendation == lowregret::Recommendation::Local)
                hue = localHue;
            else if (box.recommendation == lowregret::Recommendation::Cloud)
                hue = cloudHue;
            fill = Palette::mix(paper, hue, 0.14f);
            border = Palette::mix(paper, hue, 0.6f);
        }
        if (id == reached) {
            fill = hue;
            border = accent;
            width = kThickPen;
            text = Palette::luminance(hue) > 0.35 ? QColor(Qt::black) : QColor(Qt::white);
        } else if (id == pending) {
            fill = Palette::mix(paper, amber, 0.16f);
            border = amber;
            width = kThickPen;
            text = ink;
        } else if (passed.count(id) > 0) {
            fill = Palette::mix(paper, accent, 0.12f);
            border = accent;
            width = kThickPen;
            text = ink;
        }
        box.frame->setPen(pen(border, width));
        box.frame->setBrush(fill);
        for (auto* line : box.lines)
            line->setBrush(text);
    }

    for (auto& edge : m_edges) {
        const bool taken = takenEdges.count({ edge.from, edge.answer }) > 0;
        const QColor colour = taken ? accent : mutedLine;
        edge.line->setPen(pen(colour, taken ? kThickPen : kThinPen));
        edge.line->setZValue(taken ? 2 : 1);
        edge.arrow->setPen(pen(colour, 1.0));
        edge.arrow->setBrush(colour);
        edge.arrow->setZValue(taken ? 2 : 1);
        if (edge.label) {
            edge.label->setBrush(paper);
            edge.label->setZValue(taken ? 4 : 3);
            for (auto* line : edge.labelLines)
                line->setBrush(taken ? accent : mutedInk);
        }
    }
}
