#include "charts/CompareChartView.h"

#include "widgets/PlainText.h"
#include "widgets/ScenarioColour.h"
#include "widgets/UiText.h"

#include "lowregret/io/Format.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;
namespace lr = lowregret;

CompareChartView::CompareChartView(QWidget* parent)
    : ChartViewBase(parent)
    , m_chart(QChartView::chart())
    , m_axisX(new QValueAxis(m_chart))
    , m_axisY(new QValueAxis(m_chart))
{
    setObjectName(u"compareChartView"_s);
    setFocusPolicy(Qt::NoFocus);
    setMinimumSize(360, 260);
    style(m_chart);
    for (QValueAxis* axis : { m_axisX, m_axisY }) {
        style(axis);
        axis->setLabelFormat(u"%.0f"_s);
    }
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
}

CompareChartView::~CompareChartView() = default;

QList<QLineSeries*> CompareChartView::lines() const
{
    QList<QLineSeries*> out;
    for (auto* s : m_chart->series())
        if (auto* line = qobject_cast<QLineSeries*>(s))
            out << line;
    return out;
}

void CompareChartView::setComparison(const lr::Comparison& comparison)
{
    m_chart->removeAllSeries();
    const auto& currency = comparison.entries.empty() ? lr::Currency {} : comparison.entries.front().scenario.currency;
    double top = 0.0;
    int months = 0;
    for (int i = 0; i < int(comparison.entries.size()); ++i) {
        const auto& e = comparison.entries[std::size_t(i)];
        if (!e.outcome || !e.outcome->costs)
            continue;
        // A file's name, and the legend lays its entries out as rich text.
        const QString name = PlainText::plain(QString::fromStdString(e.name));
        auto* local = new QLineSeries(m_chart);
        auto* cloud = new QLineSeries(m_chart);
        // One legend entry a scenario: its local line; the title says which line is which.
        local->setName(name);
        cloud->setName(tr("%1: cloud").arg(name));
        local->setPen(QPen(ScenarioColour::of(i), 2.5));
        cloud->setPen(QPen(ScenarioColour::of(i), 2.0, Qt::DashLine));
        const bool runs = e.outcome->costs->localRuns; // a setup that cannot run its model is not drawn
        for (const auto& p : e.outcome->costs->series) {
            if (runs)
                local->append(p.month, currency.fromUsd(p.local));
            cloud->append(p.month, currency.fromUsd(p.cloud));
            top = std::max({ top, runs ? currency.fromUsd(p.local) : 0.0, currency.fromUsd(p.cloud) });
        }
        months = std::max(months, e.outcome->costs->horizonMonths);
        for (auto* s : { local, cloud }) {
            m_chart->addSeries(s);
            s->attachAxis(m_axisX);
            s->attachAxis(m_axisY);
        }
        for (auto* marker : m_chart->legend()->markers(cloud))
            marker->setVisible(false);
    }
    m_axisX->setRange(0, std::max(1, months));
    m_axisX->setTickCount(std::min(13, std::max(2, months + 1)));
    if (months > 12) {
        m_axisX->setTickType(QValueAxis::TicksDynamic);
        m_axisX->setTickAnchor(0);
        m_axisX->setTickInterval(monthStep(months, 8));
    }
    m_axisY->setRange(0.0, top > 0.0 ? top * 1.05 : 1.0);
    m_axisY->applyNiceNumbers();
    m_axisX->setTitleText(tr("Month"));
    m_axisY->setTitleText(
        tr("Cost (%1)").arg(QString::fromStdString(lr::Format::currencyUnit(currency, UiText::lang()))));
    m_chart->setTitle(tr("Cumulative cost: local solid, cloud dashed"));
}
