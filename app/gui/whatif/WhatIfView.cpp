#include "whatif/WhatIfView.h"

#include "report/ResultHtml.h"
#include "whatif/RangeEditor.h"
#include "widgets/Palette.h"
#include "widgets/ScrollingPage.h"
#include "widgets/UiText.h"

#include "lowregret/analysis/Decision.h"
#include "lowregret/io/Format.h"
#include "lowregret/outcome/InputText.h"
#include "lowregret/outcome/Sections.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QImage>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace lr = lowregret;

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

TornadoView::TornadoView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("tornadoView"));
    setMinimumHeight(160);
}

void TornadoView::setAnalysis(const std::optional<lr::Sensitivity::Analysis>& analysis)
{
    m_analysis = analysis;
    setMinimumHeight(sizeHint().height());
    updateGeometry();
    update();
}

int TornadoView::bars() const
{
    return m_analysis ? int(m_analysis->tornado.size()) : 0;
}

QSize TornadoView::sizeHint() const
{
    return { 480, 90 + 24 * std::max(1, bars()) };
}

void TornadoView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    paint(p, QRectF(rect()));
}

void TornadoView::paint(QPainter& p, const QRectF& area) const
{
    const lr::Lang lang = UiText::lang();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    // In pixels of the drawing's own coordinates, so that the report, which scales the drawing
    // to the page, gets the same proportions as the screen.
    QFont font = UiText::font(8.5);
    font.setPixelSize(qRound(8.5 * 96.0 / 72.0));
    p.setFont(font);
    const QFontMetricsF fm(font);
    const QColor text = Palette::color(Palette::Role::Muted).darker(160);
    const QString title = tr("Local − cloud over the horizon, each input alone at either end of its range");
    p.setPen(text);
    const double line = fm.height();
    // The title wraps in a narrow pane rather than being cut off.
    const double titleHeight
        = fm.boundingRect(QRectF(0, 0, area.width(), 1e6), Qt::TextWordWrap | Qt::AlignLeft, title).height();
    p.drawText(QRectF(area.left(), area.top(), area.width(), titleHeight), Qt::TextWordWrap | Qt::AlignLeft, title);
    if (!m_analysis || m_analysis->tornado.empty()) {
        p.drawText(area.adjusted(0, titleHeight, 0, 0), Qt::AlignCenter | Qt::TextWordWrap,
            tr("Nothing to swing: answer the questions first."));
        p.restore();
        return;
    }
    const auto& bars = m_analysis->tornado;
    double labelWidth = 0;
    for (const auto& b : bars)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(q(lr::InputText::label(b.input, lang))));
    labelWidth = std::min(labelWidth + 8, area.width() * 0.35);
    // The legend's two entries, side by side when they fit, else one under the other.
    const QString legend[2] = { tr("input at its low end (upper half)"), tr("at its high end (lower half)") };
    const bool legendOnOneLine
        = labelWidth + line * 2.6 + fm.horizontalAdvance(legend[0]) + fm.horizontalAdvance(legend[1]) <= area.width();
    const double legendTop = area.top() + titleHeight + line * 0.05;
    const double top = legendTop + line * (legendOnOneLine ? 1.35 : 2.35);
    const double bottom = area.bottom() - line * 2.6; // the axis and its title
    const QRectF plot(area.left() + labelWidth, top, area.width() - labelWidth - 8, std::max(10.0, bottom - top));
    double lo = m_analysis->difference;
    double hi = m_analysis->difference;
    for (const auto& b : bars) {
        lo = std::min({ lo, b.differenceAtLow, b.differenceAtHigh });
        hi = std::max({ hi, b.differenceAtLow, b.differenceAtHigh });
    }
    if (hi - lo < 1e-9) {
        lo -= 1;
        hi += 1;
    }
    const double pad = (hi - lo) * 0.05;
    lo -= pad;
    hi += pad;
    const auto x = [&](double v) { return plot.left() + (v - lo) / (hi - lo) * plot.width(); };
    const double rowHeight = plot.height() / double(bars.size());
    const QColor lowColor = Palette::color(Palette::Role::Cloud);
    const QColor highColor = Palette::color(Palette::Role::Local);
    // The legend, under the title: which half of a bar is which end of the range.
    {
        const double start = legendOnOneLine ? area.left() + labelWidth : area.left();
        double lx = start;
        double ly = legendTop;
        for (int i = 0; i < 2; ++i) {
            const QColor& colour = i == 0 ? lowColor : highColor;
            p.setPen(Qt::NoPen);
            p.setBrush(colour);
            p.drawRect(QRectF(lx, ly + line * 0.25, line * 0.6, line * 0.5));
            p.setPen(text);
            const double w = fm.horizontalAdvance(legend[i]);
            p.drawText(QRectF(lx + line * 0.8, ly, w + 2, line), Qt::AlignLeft | Qt::AlignVCenter, legend[i]);
            if (legendOnOneLine) {
                lx += line * 0.8 + w + line;
            } else {
                lx = start;
                ly += line;
            }
        }
    }
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const auto& b = bars[i];
        const double y = plot.top() + rowHeight * double(i);
        const QRectF row(plot.left(), y + rowHeight * 0.18, plot.width(), rowHeight * 0.64);
        const double base = x(m_analysis->difference);
        p.setPen(Qt::NoPen);
        p.setBrush(lowColor);
        p.drawRect(QRectF(QPointF(std::min(base, x(b.differenceAtLow)), row.top()),
            QPointF(std::max(base, x(b.differenceAtLow)), row.center().y())));
        p.setBrush(highColor);
        p.drawRect(QRectF(QPointF(std::min(base, x(b.differenceAtHigh)), row.center().y()),
            QPointF(std::max(base, x(b.differenceAtHigh)), row.bottom())));
        p.setPen(text);
        p.drawText(QRectF(area.left(), y, labelWidth - 6, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
            fm.elidedText(q(lr::InputText::label(b.input, lang)), Qt::ElideRight, labelWidth - 6));
    }
    // Zero (where local and cloud cost the same) and the user's own difference.
    p.setPen(QPen(Palette::color(Palette::Role::Reference), 1, Qt::DashLine));
    if (lo < 0 && hi > 0)
        p.drawLine(QPointF(x(0), plot.top()), QPointF(x(0), plot.bottom()));
    p.setPen(QPen(Palette::color(Palette::Role::Highlight), 1.5));
    p.drawLine(QPointF(x(m_analysis->difference), plot.top()), QPointF(x(m_analysis->difference), plot.bottom()));
    // The axis: the ends and the user's difference, in dollars.
    p.setPen(text);
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    const double axisY = plot.bottom() + 2;
    for (const double v : { lo + pad, hi - pad }) {
        const QString t = q(lr::Format::money(v, lang, UiText::currency()));
        const double w = fm.horizontalAdvance(t);
        const double cx = std::clamp(x(v) - w / 2, plot.left(), plot.right() - w);
        p.drawText(QRectF(cx, axisY, w + 2, line), Qt::AlignLeft | Qt::AlignTop, t);
    }
    const QString axisTitle
        = tr("Local total minus cloud total (%1); below zero, local costs less").arg(UiText::currencyUnit());
    p.drawText(QRectF(area.left(), axisY + line, area.width(), area.bottom() - axisY - line),
        Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, axisTitle);
    p.restore();
}

BreakevenMapView::BreakevenMapView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("breakevenMapView"));
    setMinimumHeight(220);
}

QSize BreakevenMapView::sizeHint() const
{
    return { 480, 320 };
}

void BreakevenMapView::setScenario(const lr::Scenario& scenario)
{
    constexpr int cells = 200;
    m_map = lr::Sensitivity::breakevenMap(scenario, cells, cells);
    update();
}

void BreakevenMapView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    p.setRenderHint(QPainter::Antialiasing);
    const lr::Lang lang = UiText::lang();
    const QFont font = UiText::font(8.5);
    p.setFont(font);
    const QFontMetricsF fm(font);
    const double line = fm.height();
    const QColor text = Palette::color(Palette::Role::Muted).darker(160);
    p.setPen(text);
    // Titles wrap in a narrow pane rather than being cut off.
    const QString title = tr("Breakeven over usage and cloud price: green pays back within the threshold (darker "
                             "sooner), blue later, grey never");
    const double titleHeight
        = fm.boundingRect(QRectF(0, 0, width(), 1e6), Qt::TextWordWrap | Qt::AlignLeft, title).height();
    p.drawText(QRectF(0, 0, width(), titleHeight), Qt::TextWordWrap | Qt::AlignLeft, title);
    if (m_map.tokens.size() < 2 || m_map.prices.size() < 2)
        return;
    // Room on the left for the price labels and a two-line axis title, below for the token
    // labels and a two-line axis title.
    const double left = fm.horizontalAdvance(QStringLiteral("0000.00")) + line * 2.6;
    const QRectF plot(left, titleHeight + line * 0.4, width() - left - 10, height() - titleHeight - line * 4.4);
    if (plot.width() < 20 || plot.height() < 20)
        return;
    // The cells: within the threshold in the local colour, beyond it in the cloud's, never grey.
    const std::size_t cols = m_map.tokens.size();
    const std::size_t rows = m_map.prices.size();
    QImage image(int(cols), int(rows), QImage::Format_RGB32);
    const QColor local = Palette::color(Palette::Role::Local);
    const QColor cloud = Palette::color(Palette::Role::Cloud);
    const QColor never = Palette::color(Palette::Role::Grid);
    for (std::size_t r = 0; r < rows; ++r)
        for (std::size_t c = 0; c < cols; ++c) {
            const auto& m = m_map.at(r, c);
            QColor colour = never;
            if (m) {
                const double t = std::clamp(*m / m_map.threshold, 0.0, 4.0);
                colour = t <= 1.0 ? Palette::mix(local, Qt::white, float(0.15 + 0.6 * t))
                                  : Palette::mix(cloud, Qt::white, float(0.75 - 0.15 * (t - 1.0)));
            }
            image.setPixelColor(int(c), int(rows - 1 - r), colour);
        }
    p.drawImage(plot, image);
    const double lt0 = std::log10(m_map.tokens.front());
    const double lt1 = std::log10(m_map.tokens.back());
    const double lp0 = std::log10(m_map.prices.front());
    const double lp1 = std::log10(m_map.prices.back());
    const auto px
        = [&](double tokens) { return plot.left() + (std::log10(tokens) - lt0) / (lt1 - lt0) * plot.width(); };
    const auto py
        = [&](double price) { return plot.bottom() - (std::log10(price) - lp0) / (lp1 - lp0) * plot.height(); };
    // The threshold's contour.
    QPainterPath contour;
    bool open = false;
    for (std::size_t c = 0; c < cols; ++c) {
        const auto& price = m_map.thresholdPrice[c];
        if (!price || *price < m_map.prices.front() || *price > m_map.prices.back()) {
            open = false;
            continue;
        }
        const QPointF point(px(m_map.tokens[c]), py(*price));
        if (open)
            contour.lineTo(point);
        else
            contour.moveTo(point);
        open = true;
    }
    p.setPen(QPen(Palette::color(Palette::Role::Reference), 2));
    p.setBrush(Qt::NoBrush);
    p.drawPath(contour);
    // The user's point.
    if (m_map.userTokens > 0 && m_map.userPrice > 0) {
        const QPointF you(px(m_map.userTokens), py(m_map.userPrice));
        p.setPen(QPen(Qt::black, 1.5));
        p.setBrush(Palette::color(Palette::Role::Highlight));
        p.drawEllipse(you, 5, 5);
        p.setPen(text);
        p.drawText(you + QPointF(8, -4), tr("you"));
    }
    // Axes: decades, and their titles.
    p.setPen(text);
    p.setBrush(Qt::NoBrush);
    p.drawRect(plot);
    for (double d = std::ceil(lt0); d <= lt1 + 1e-9; d += 1) {
        const double xx = px(std::pow(10.0, d));
        const QString t = q(lr::Format::shortTokens(std::pow(10.0, d), lang));
        p.drawLine(QPointF(xx, plot.bottom()), QPointF(xx, plot.bottom() + 3));
        p.drawText(QRectF(xx - 40, plot.bottom() + 3, 80, line), Qt::AlignHCenter | Qt::AlignTop, t);
    }
    for (double d = std::ceil(lp0); d <= lp1 + 1e-9; d += 1) {
        const double yy = py(std::pow(10.0, d));
        p.drawLine(QPointF(plot.left() - 3, yy), QPointF(plot.left(), yy));
        p.drawText(QRectF(0, yy - line / 2, plot.left() - 5, line), Qt::AlignRight | Qt::AlignVCenter,
            q(lr::Format::compactNumber(UiText::currency().fromUsd(std::pow(10.0, d)), 2)));
    }
    p.drawText(QRectF(plot.left(), plot.bottom() + line + 4, plot.width(), line * 2.2),
        Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
        tr("Monthly tokens (log scale); the line: breakeven at the threshold of %1")
            .arg(q(lr::Format::months(m_map.threshold, lang))));
    p.save();
    p.translate(line * 0.2, plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, 0, plot.height(), line * 2.2), Qt::AlignCenter | Qt::TextWordWrap,
        tr("Cloud price, %1 per 1M tokens (log)").arg(UiText::currencyUnit()));
    p.restore();
}

WhatIfView::WhatIfView(const lr::Guide& guide, QWidget* parent)
    : QWidget(parent)
    , m_guide(guide)
{
    setObjectName(QStringLiteral("whatIfView"));
    // One column that scrolls up and down, so no chart is squeezed below what it needs to be
    // read, and the lines wrap to the width.
    QVBoxLayout* column = ScrollingPage::layout(this);
    QWidget* inner = column->parentWidget();
    m_tornado = new TornadoView(inner);
    m_ranges = new RangeEditor(inner);
    m_map = new BreakevenMapView(inner);
    m_map->setMinimumHeight(300);
    m_text = new QTextBrowser(inner);
    m_text->setObjectName(QStringLiteral("whatIfText"));
    m_text->setOpenLinks(false);
    m_text->setMinimumHeight(360);
    column->addWidget(m_tornado);
    column->addWidget(m_ranges);
    column->addWidget(m_map);
    column->addWidget(m_text);
}

void WhatIfView::setScenario(const lr::Scenario& scenario)
{
    m_scenario = scenario;
    const auto analysis = lr::Sensitivity::analyse(m_guide, scenario);
    m_tornado->setAnalysis(analysis);
    m_ranges->setScenario(scenario);
    m_map->setScenario(scenario);
    QString html;
    if (const auto decided = lr::Decision::decide(m_guide, scenario); decided.outcome && analysis) {
        const auto sections = lr::Sections::build(m_guide, scenario, *decided.outcome, nullptr, UiText::lang());
        if (const auto* s = sections.find("sensitivity"))
            html = ResultHtml::section(sections, *s, ResultHtml::Medium::Screen);
    } else {
        html = QStringLiteral("<p>")
            + tr("Answer the flowchart's questions to see how sure the answer is.").toHtmlEscaped()
            + QStringLiteral("</p>");
    }
    m_text->setHtml(html);
}

QString WhatIfView::text() const
{
    return m_text->toPlainText();
}

void WhatIfView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_scenario)
        setScenario(*m_scenario);
    QWidget::changeEvent(event);
}
