#pragma once

#include "flowchart/TextWrap.h"

#include "lowregret/analysis/Decision.h"
#include "lowregret/guide/Guide.h"

#include <QGraphicsView>
#include <QPoint>
#include <QStringList>

#include <map>
#include <string>
#include <vector>

class QGraphicsPathItem;
class QGraphicsPolygonItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;

// The guide's whole flowchart drawn from its data, with the path a scenario took through it:
// nodes passed and edges taken, the question asked now, and the leaf reached.
class FlowchartView final : public QGraphicsView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowchartView)

public:
    explicit FlowchartView(const lowregret::Guide& guide, QWidget* parent = nullptr);
    ~FlowchartView() override;

    // Highlights walk.path (the nodes passed and the edges taken), the pending node (the
    // question being asked now) and the reached leaf.
    void setWalk(const lowregret::Decision::Walk& walk);

    // For tests: ids (node and leaf ids, as in guide.json) currently drawn as on the path,
    // including the reached leaf; and the pending one.
    [[nodiscard]] QStringList highlightedIds() const;
    [[nodiscard]] QString pendingId() const;

    // For tests: every label as drawn, by its key in Guide::flowchartLabel, and the height in
    // pixels of the smallest text on screen at the view's present scale.
    struct DrawnLabel {
        QString key;
        TextWrap::Wrapped wrapped;
    };
    [[nodiscard]] const std::vector<DrawnLabel>& drawnLabels() const { return m_labels; }
    [[nodiscard]] qreal smallestTextPixels() const;

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Box {
        bool leaf = false;
        lowregret::Recommendation recommendation = lowregret::Recommendation::Cloud;
        QGraphicsPathItem* frame = nullptr;
        std::vector<QGraphicsSimpleTextItem*> lines;
    };
    struct Edge {
        std::string from;
        std::string answer; // a band id, "yes" or "no", as in Decision::Step
        QGraphicsPathItem* line = nullptr;
        QGraphicsPolygonItem* arrow = nullptr;
        QGraphicsRectItem* label = nullptr; // the label's backing, parent of its lines
        std::vector<QGraphicsSimpleTextItem*> labelLines;
    };

    void rebuild();
    void addBox(const std::string& id, const QString& toolTip, bool leaf, lowregret::Recommendation recommendation);
    [[nodiscard]] QStringList segments(const std::string& key) const;
    void addEdge(const std::string& from, const std::string& answer, const std::string& to, const QString& label);
    void applyStyle();
    void fitChart();
    [[nodiscard]] bool isDrawn(const std::string& id) const;

    const lowregret::Guide& m_guide;
    lowregret::Decision::Walk m_walk;
    std::map<std::string, QPoint> m_cells; // id → (column, row); column 0 is the centre
    std::map<std::string, Box> m_boxes;
    std::vector<Edge> m_edges;
    std::vector<DrawnLabel> m_labels;
};
