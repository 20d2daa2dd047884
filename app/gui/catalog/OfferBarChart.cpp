#include "catalog/OfferBarChart.h"

#include "widgets/Palette.h"
#include "widgets/PlainText.h"
#include "widgets/UiText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qreal kTitlePoints = 10.0;
constexpr qreal kAxisTitlePoints = 9.0;
constexpr qreal kLabelPoints = 8.0;
// QtCharts gives the left axis at most 40% of the chart's width and cuts longer labels at the
// end, which would cut off the provider; shortening the model name instead keeps it readable.
constexpr qreal kAxisShareOfWidth = 0.4;
constexpr qreal kAxisPadding = 24.0; // chart margins and the label's padding

} // namespace

OfferBarChart::OfferBarChart(int maxBars, QWidget* parent)
    : ChartViewBase(parent)
    , m_maxBars(maxBars)
    , m_chart(chart())
{
    setObjectName(u"costBarChartView"_s);
    setFocusPolicy(Qt::NoFocus); // nothing to do there with the keyboard
    // Twelve bars need this much height, or the chart cuts every label down to "...".
    setMinimumSize(320, 340);

    m_chart->setTitleFont(UiText::font(kTitlePoints, true));
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setLocalizeNumbers(true);
    m_chart->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    m_chart->legend()->hide(); // one bar set; the title and axis say what it is

    m_series = new QHorizontalBarSeries(m_chart);
    m_series->setBarWidth(0.7);
    m_offerAxis = new QBarCategoryAxis(m_chart);
    m_costAxis = new QValueAxis(m_chart);
    m_offerAxis->setLabelsFont(UiText::font(kLabelPoints));
    m_offerAxis->setTitleFont(UiText::font(kAxisTitlePoints));
    m_offerAxis->setGridLineVisible(false);
    // The labels, "Model (Provider)", say what the axis is; a title would take their room.
    m_costAxis->setLabelsFont(UiText::font(kLabelPoints));
    m_costAxis->setTitleFont(UiText::font(kAxisTitlePoints));
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_offerAxis, Qt::AlignLeft);
    m_chart->addAxis(m_costAxis, Qt::AlignBottom);
    m_series->attachAxis(m_offerAxis);
    m_series->attachAxis(m_costAxis);
}

OfferBarChart::~OfferBarChart() = default;

void OfferBarChart::aboutToResize(QSize /*oldSize*/, QSize /*newSize*/)
{
    updateLabels();
}

void OfferBarChart::setOffers(
    const std::vector<lowregret::Offer>& offers, std::vector<lowregret::OfferRanking::Ranked> rows)
{
    m_offers = &offers;
    if (rows.size() > static_cast<std::size_t>(m_maxBars))
        rows.resize(static_cast<std::size_t>(m_maxBars));

    // Categories run from the bottom up: add the dearest first so the cheapest is on top.
    m_rows.clear();
    auto* set = new QBarSet(tr("Monthly cost"));
    set->setColor(Palette::color(Palette::Role::Cloud));
    set->setBorderColor(Palette::color(Palette::Role::Cloud));
    double top = 0.0;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        m_rows.push_back(static_cast<int>(it->offer - offers.data()));
        // In the currency the scenario shows its amounts in.
        set->append(UiText::currency().fromUsd(it->monthlyUsd));
        top = std::max(top, UiText::currency().fromUsd(it->monthlyUsd));
    }
    m_series->clear();
    m_series->append(set);
    updateLabels();

    m_costAxis->setRange(0.0, top > 0.0 ? top : 1.0);
    m_costAxis->applyNiceNumbers();
    const double span = m_costAxis->max() - m_costAxis->min();
    // Localized labels need the "%.Nf" form; enough decimals to tell the ticks apart.
    m_costAxis->setLabelFormat(span < 1.0 ? u"%.2f"_s : span < 10.0 ? u"%.1f"_s : u"%.0f"_s);

    m_chart->setTitle(
        rows.empty() ? tr("No offer matches the filters") : tr("Monthly cost of the cheapest matching offers"));
    m_costAxis->setTitleText(tr("Monthly cost (%1)").arg(UiText::currencyUnit()));
}

void OfferBarChart::updateLabels()
{
    const QFontMetricsF metrics(m_offerAxis->labelsFont());
    const qreal room = kAxisShareOfWidth * width() - kAxisPadding;
    QStringList categories;
    for (const int source : m_rows) {
        if (!m_offers || source < 0 || static_cast<std::size_t>(source) >= m_offers->size())
            continue;
        const auto* offer = &(*m_offers)[static_cast<std::size_t>(source)];
        // Plain parentheses in every language: the names are Latin, and full-width ones come from
        // the CJK face, whose taller line makes QtCharts cut the label down to fit the bar.
        const QString provider = u" ("_s + QString::fromStdString(offer->provider) + u')';
        const qreal modelRoom = std::max(room - metrics.horizontalAdvance(provider), metrics.averageCharWidth() * 6);
        QString label = metrics.elidedText(QString::fromStdString(offer->model), Qt::ElideRight, modelRoom) + provider;
        // The axis drops a label it already has, which would move the bars to the wrong names.
        for (int n = 2; categories.contains(PlainText::plain(label)); ++n)
            label = metrics.elidedText(QString::fromStdString(offer->model), Qt::ElideRight, modelRoom) + provider
                + u" #"_s + QString::number(n);
        categories << PlainText::plain(label); // Qt Charts lays axis labels out as rich text
    }
    if (categories != m_offerAxis->categories())
        m_offerAxis->setCategories(categories);
}
