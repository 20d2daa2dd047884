#pragma once

#include "lowregret/catalog/Offer.h"
#include "lowregret/catalog/OfferRanking.h"

#include "charts/ChartViewBase.h"

#include <vector>

class QBarCategoryAxis;
class QHorizontalBarSeries;
class QValueAxis;

// Compare Models' bar chart: the monthly cost of the cheapest offers that match the filters,
// one bar an offer, the cheapest at the top, labelled "Model (Provider)" to fit its width.
class OfferBarChart final : public ChartViewBase {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfferBarChart)

public:
    explicit OfferBarChart(int maxBars, QWidget* parent = nullptr);
    ~OfferBarChart() override;

    // `ranked` in OfferRanking's order, pointing into `offers`; the first maxBars are drawn.
    void setOffers(const std::vector<lowregret::Offer>& offers, std::vector<lowregret::OfferRanking::Ranked> ranked);
    // The index in `offers` of each bar, bottom bar first.
    [[nodiscard]] const std::vector<int>& rows() const { return m_rows; }
    [[nodiscard]] QHorizontalBarSeries* series() const { return m_series; }

protected:
    // Fits the labels to the new width before the chart lays itself out.
    void aboutToResize(QSize oldSize, QSize newSize) override;

private:
    void updateLabels();

    int m_maxBars;
    const std::vector<lowregret::Offer>* m_offers = nullptr;
    QChart* m_chart = nullptr;
    QHorizontalBarSeries* m_series = nullptr;
    QBarCategoryAxis* m_offerAxis = nullptr;
    QValueAxis* m_costAxis = nullptr;
    std::vector<int> m_rows;
};
