#pragma once

#include "lowregret/analysis/Sensitivity.h"
#include "lowregret/guide/Guide.h"
#include "lowregret/scenario/Scenario.h"

#include <QWidget>

#include <optional>

class QTextBrowser;
class RangeEditor;
class QPainter;

// The tornado of core's sensitivity analysis, drawn with QPainter so that the report draws the
// same picture as vectors.
class TornadoView final : public QWidget {
    Q_OBJECT

public:
    explicit TornadoView(QWidget* parent = nullptr);
    void setAnalysis(const std::optional<lowregret::Sensitivity::Analysis>& analysis);
    // Draws into any painter: the widget and the PDF report.
    void paint(QPainter& painter, const QRectF& area) const;
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] int bars() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::optional<lowregret::Sensitivity::Analysis> m_analysis;
};

// Breakeven months over monthly usage × the blended cloud price (Sensitivity::breakevenMap):
// a heat map on log axes, the threshold's contour and the user's point.
class BreakevenMapView final : public QWidget {
    Q_OBJECT

public:
    explicit BreakevenMapView(QWidget* parent = nullptr);
    void setScenario(const lowregret::Scenario& scenario);
    [[nodiscard]] const lowregret::Sensitivity::Map& map() const { return m_map; }
    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    lowregret::Sensitivity::Map m_map;
};

// The "What if" tab: the tornado with the ranges it swings (editable), the breakeven map, and
// the "How sure is this" section (the flip points and the regret of both choices), following
// every edit.
class WhatIfView final : public QWidget {
    Q_OBJECT

public:
    explicit WhatIfView(const lowregret::Guide& guide, QWidget* parent = nullptr);
    void setScenario(const lowregret::Scenario& scenario);
    [[nodiscard]] TornadoView* tornado() const { return m_tornado; }
    [[nodiscard]] BreakevenMapView* breakevenMap() const { return m_map; }
    // Its rangesEdited() is the scenario's new `uncertainty`, for the document to take.
    [[nodiscard]] RangeEditor* ranges() const { return m_ranges; }
    [[nodiscard]] QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    const lowregret::Guide& m_guide;
    std::optional<lowregret::Scenario> m_scenario;
    TornadoView* m_tornado;
    RangeEditor* m_ranges;
    BreakevenMapView* m_map;
    QTextBrowser* m_text;
};
