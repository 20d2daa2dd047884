#include "flowchart/FlowchartView.h"

#include "widgets/Palette.h"
#include "widgets/UiText.h"

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
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// Scene units. Five columns by six rows fitted into about 560×420 pixels stay readable.
constexpr qreal kBoxWidth = 104.0;
constexpr qreal kBoxHeight = 52.0;
constexpr qreal kBoxRadius = 7.0;
constexpr qreal kPadding = 4.0;
constexpr qreal kInnerGap = 18.0; // between a chain and the column nearer the centre
constexpr qreal kLabelGap = 58.0; // between a chain and its leaves: holds an edge label
constexpr qreal kFirstRowGap = 42.0; // below the root: holds the band labels
constexpr qreal kRowGap = 33.0;
constexpr qreal kBusDrop = 10.0; // how far below a box its fan-out line runs
constexpr qreal kArrow = 5.0;
constexpr qreal kMargin = 6.0;
constexpr qreal kThinPen = 1.1;
constexpr qreal kThickPen = 2.6;
constexpr int kMinColumn = -2;
constexpr int kMaxColumn = 2;
constexpr int kMaxBoxLines = 4;
constexpr int kMaxLabelLines = 3;

constexpr qreal kBoxPoints = 7.0;
constexpr qreal kLabelPoints = 6.5;

// Centre x of a column. Column 0 is the centre; odd columns hold a chain's questions, the even
// ones beyond them its leaves, so the wide gaps are where the question-to-leaf labels go.
qreal columnCentre(int column)
{
    const int step = column > 0 ? 1 : -1;
    qreal x = 0.0;
    for (int c = 0; c != column; c += step) {
        const bool toChain = std::abs(c + step) % 2 == 1;
        x += step * (kBoxWidth + (toChain ? kInnerGap : kLabelGap));
    }
    return x;
}

qreal rowTop(int row)
{
    qreal y = 0.0;
    for (int r = 1; r <= row; ++r)
        y += kBoxHeight + (r == 1 ? kFirstRowGap : kRowGap);
    return y;
}

QRectF cellRect(QPoint cell)
{
    return { columnCentre(cell.x()) - kBoxWidth / 2, rowTop(cell.y()), kBoxWidth, kBoxHeight };
}

struct Wrapped {
    QStringList lines;
    bool elided = false;
    bool overflows = false; // a word is wider than the width (word wrap only)
};

// Wraps the layout's text to width in at most maxLines lines, the last one elided if the text
// goes on. The layout is between beginLayout() and endLayout(): each call only breaks lines
// again and reuses the glyphs shaped by the first.
Wrapped wrapOnce(QTextLayout& layout, qreal width, int maxLines, QTextOption::WrapMode mode)
{
    Wrapped result;
    const QString& text = layout.text();
    QTextOption option = layout.textOption();
    option.setWrapMode(mode);
    layout.setTextOption(option);
    layout.clearLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (line.naturalTextWidth() > width)
            result.overflows = true;
        if (result.lines.size() + 1 == maxLines && line.textStart() + line.textLength() < text.size()) {
            const QString rest = text.mid(line.textStart()).simplified();
            result.lines << QFontMetricsF(layout.font()).elidedText(rest, Qt::ElideRight, width);
            result.elided = true;
            break;
        }
        result.lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    return result;
}

// As wrapOnce, with the lines evened out: the narrowest width that needs no more lines and
// breaks no word, so a label breaks as "ab / cd" rather than "abc / d". The text is shaped
// once; the search only breaks its lines again.
QStringList wrapText(const QString& text, const QFont& font, qreal width, int maxLines)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    Wrapped best = wrapOnce(layout, width, maxLines, QTextOption::WrapAtWordBoundaryOrAnywhere);
    if (!best.elided && best.lines.size() >= 2) {
        qreal low = width / static_cast<qreal>(best.lines.size());
        qreal high = width;
        for (int i = 0; i < 8; ++i) {
            const qreal mid = (low + high) / 2;
            Wrapped tried = wrapOnce(layout, mid, maxLines, QTextOption::WordWrap);
            if (tried.elided || tried.overflows || tried.lines.size() > best.lines.size()) {
                low = mid;
            } else {
                high = mid;
                best = std::move(tried);
            }
        }
    }
    layout.endLayout();
    return best.lines;
}

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

QColor mix(const QColor& a, const QColor& b, float t)
{
    return QColor::fromRgbF(
        a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t, a.blueF() * (1 - t) + b.blueF() * t);
}

qreal luminance(const QColor& c)
{
    // WCAG relative luminance.
    const auto channel = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(static_cast<qreal>(c.redF())) + 0.7152 * channel(static_cast<qreal>(c.greenF()))
        + 0.0722 * channel(static_cast<qreal>(c.blueF()));
}

qreal contrast(const QColor& a, const QColor& b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The colour moved towards black on a light background (towards white on a dark one) until
// it stands out from it.
QColor readableOn(QColor colour, const QColor& background, qreal minContrast = 3.0)
{
    const QColor target = luminance(background) > 0.4 ? QColor(Qt::black) : QColor(Qt::white);
    for (int i = 0; i < 10 && contrast(colour, background) < minContrast; ++i)
        colour = mix(colour, target, 0.15f);
    return colour;
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
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setInteractive(false);
    setFocusPolicy(Qt::NoFocus); // a picture, not a control: never takes the keyboard from the wizard
    setDragMode(QGraphicsView::NoDrag);
    setFrameShape(QFrame::NoFrame);
    setAlignment(Qt::AlignCenter);
    layOut();
    rebuild();
}

FlowchartView::~FlowchartView() = default;

void FlowchartView::setWalk(const lowregret::Decision::Walk& walk)
{
    m_walk = walk;
    applyStyle();
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
    if (!scene()->sceneRect().isEmpty())
        fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
}

// The "caterpillar": the root at the top centre, a band that ends at once in a leaf right under
// it, every other band a chain of questions in a column of its own (first left, then right,
// then further out), each question's leaf beside it in the outer column. Whatever does not fit
// that shape goes into extra rows at the bottom, so nothing is left out.
void FlowchartView::layOut()
{
    m_cells.clear();
    std::set<std::pair<int, int>> taken;
    const auto place = [&](const std::string& id, int column, int row) {
        if (id.empty() || m_cells.count(id) > 0 || !taken.insert({ column, row }).second)
            return false;
        m_cells[id] = QPoint(column, row);
        return true;
    };

    const auto chain = [&](std::string current, int side, int level) {
        const int inner = side * (1 + 2 * level);
        const int outer = side * (2 + 2 * level);
        for (int row = 1;; ++row) {
            const auto* node = m_guide.node(current);
            if (!node || node->kind == lowregret::Node::Kind::UsageBand || !place(current, inner, row))
                return;
            const bool yesLeaf = m_guide.leaf(node->yes) != nullptr;
            const bool noLeaf = m_guide.leaf(node->no) != nullptr;
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

    if (const auto* root = m_guide.node(m_guide.start())) {
        place(root->id, 0, 0);
        std::vector<std::string> children;
        for (const auto& band : root->bands)
            children.push_back(band.next);
        if (root->bands.empty())
            children = { root->yes, root->no };
        int chains = 0;
        for (const auto& child : children) {
            if (m_guide.leaf(child)) {
                place(child, 0, 1);
            } else if (m_guide.node(child) && m_cells.count(child) == 0) {
                chain(child, chains % 2 == 0 ? -1 : 1, chains / 2);
                ++chains;
            }
        }
    }

    int minColumn = kMinColumn;
    int maxColumn = kMaxColumn;
    int lastRow = -1;
    for (const auto& [id, cell] : m_cells) {
        minColumn = std::min(minColumn, cell.x());
        maxColumn = std::max(maxColumn, cell.x());
        lastRow = std::max(lastRow, cell.y());
    }
    std::vector<std::string> rest;
    for (const auto& node : m_guide.nodes())
        rest.push_back(node.id);
    for (const auto& leaf : m_guide.leaves())
        rest.push_back(leaf.id);
    int column = maxColumn;
    int row = lastRow;
    for (const auto& id : rest) {
        if (m_cells.count(id) > 0)
            continue;
        if (++column > maxColumn) {
            column = minColumn;
            ++row;
        }
        place(id, column, row);
    }
}

void FlowchartView::rebuild()
{
    setAccessibleName(tr("Decision flowchart"));
    scene()->clear();
    m_boxes.clear();
    m_edges.clear();

    for (const auto& node : m_guide.nodes()) {
        const QString question = UiText::text(node.question);
        addBox(
            node.id, question, toolTipHtml(question, UiText::text(node.help)), false, lowregret::Recommendation::Cloud);
    }
    for (const auto& leaf : m_guide.leaves()) {
        const QString label = UiText::text(leaf.label);
        addBox(leaf.id, label, toolTipHtml(label, UiText::text(leaf.summary)), true, leaf.recommendation);
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

void FlowchartView::addBox(const std::string& id, const QString& text, const QString& toolTip, bool leaf,
    lowregret::Recommendation recommendation)
{
    const auto cell = m_cells.find(id);
    if (cell == m_cells.end())
        return;
    const QRectF rect = cellRect(cell->second);
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
    const int maxLines = std::clamp(static_cast<int>((kBoxHeight - 2 * kPadding) / lineHeight), 1, kMaxBoxLines);
    const QStringList lines = wrapText(text, font, kBoxWidth - 2 * kPadding, maxLines);
    box.lines = addLines(lines, font, QPointF(kBoxWidth / 2, kBoxHeight / 2), box.frame);
    m_boxes[id] = std::move(box);
}

void FlowchartView::addEdge(
    const std::string& from, const std::string& answer, const std::string& to, const QString& label)
{
    const auto source = m_cells.find(from);
    const auto target = m_cells.find(to);
    if (source == m_cells.end() || target == m_cells.end())
        return;
    const QRectF s = cellRect(source->second);
    const QRectF t = cellRect(target->second);

    // Orthogonal connector: straight down or across when the boxes line up, else down a
    // little, across, and down into the target.
    QPainterPath path;
    QPointF end;
    QPointF direction;
    QPointF labelAt;
    qreal labelWidth = kBoxWidth;
    qreal labelHeight = kBoxHeight; // the room the label may take along a vertical line
    if (std::abs(s.center().y() - t.center().y()) < 1.0) {
        const bool right = t.center().x() > s.center().x();
        const QPointF start(right ? s.right() : s.left(), s.center().y());
        end = QPointF(right ? t.left() : t.right(), t.center().y());
        direction = QPointF(right ? 1 : -1, 0);
        path.moveTo(start);
        path.lineTo(end);
        labelAt = (start + end) / 2;
        labelWidth = std::abs(end.x() - start.x()) - 10;
    } else if (t.top() > s.bottom()) {
        const QPointF start(s.center().x(), s.bottom());
        end = QPointF(t.center().x(), t.top());
        direction = QPointF(0, 1);
        path.moveTo(start);
        qreal dropFrom = start.y();
        if (std::abs(start.x() - end.x()) >= 1.0) {
            dropFrom = start.y() + std::min(kBusDrop, (end.y() - start.y()) / 3);
            path.lineTo(start.x(), dropFrom);
            path.lineTo(end.x(), dropFrom);
        }
        path.lineTo(end);
        labelAt = QPointF(end.x(), (dropFrom + end.y()) / 2);
        labelHeight = end.y() - dropFrom - kArrow;
    } else {
        // Only for a guide whose shape the layout does not know: a plain line still connects.
        const QPointF start(s.center().x(), s.bottom());
        end = QPointF(t.center().x(), t.top());
        const QPointF d = end - start;
        const qreal length = std::hypot(d.x(), d.y());
        direction = length > 0 ? d / length : QPointF(0, 1);
        path.moveTo(start);
        path.lineTo(end);
        labelAt = (start + end) / 2;
    }

    Edge edge;
    edge.from = from;
    edge.answer = answer;
    edge.line = scene()->addPath(path);
    const QPointF normal(-direction.y(), direction.x());
    const QPointF base = end - direction * kArrow * 1.6;
    edge.arrow = scene()->addPolygon(QPolygonF({ end, base + normal * kArrow, base - normal * kArrow }));

    if (!label.isEmpty()) {
        const QFont font = UiText::font(kLabelPoints);
        const QFontMetricsF metrics(font);
        const int maxLines = std::clamp(static_cast<int>(labelHeight / metrics.height()), 1, kMaxLabelLines);
        const QStringList lines = wrapText(label, font, std::max(labelWidth, 24.0), maxLines);
        qreal width = 0;
        for (const auto& line : lines)
            width = std::max(width, metrics.horizontalAdvance(line));
        const qreal height = metrics.height() * static_cast<qreal>(lines.size());
        edge.label = scene()->addRect(QRectF(-width / 2 - 2, -height / 2 - 1, width + 4, height + 2));
        edge.label->setPos(labelAt);
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
    const QColor mutedInk = mix(ink, paper, 0.3f);
    const QColor mutedLine = mix(ink, paper, 0.55f);
    const QColor accent = readableOn(pal.color(QPalette::Highlight), paper);
    const QColor amber = readableOn(Palette::color(Palette::Role::OutOfScope), paper, 2.2);
    const QColor localHue = readableOn(Palette::color(Palette::Role::Local), paper);
    const QColor cloudHue = readableOn(Palette::color(Palette::Role::Cloud), paper);
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
            fill = mix(paper, hue, 0.14f);
            border = mix(paper, hue, 0.6f);
        }
        if (id == reached) {
            fill = hue;
            border = accent;
            width = kThickPen;
            text = luminance(hue) > 0.35 ? QColor(Qt::black) : QColor(Qt::white);
        } else if (id == pending) {
            fill = mix(paper, amber, 0.16f);
            border = amber;
            width = kThickPen;
            text = ink;
        } else if (passed.count(id) > 0) {
            fill = mix(paper, accent, 0.12f);
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
