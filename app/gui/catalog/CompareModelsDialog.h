#pragma once

#include "lowregret/catalog/Catalog.h"

#include <QDialog>
#include <QString>

#include <vector>

class OfferBarChart;
class OfferFilterBar;
class OfferFilterModel;
class OfferTableModel;
class QDialogButtonBox;
class QGroupBox;
class QHorizontalBarSeries;
class QLabel;
class QModelIndex;
class QPushButton;
class QTableView;

// Every offer in the catalog side by side at the user's monthly usage: the filters
// (OfferFilterBar), a sortable table, a bar chart of the cheapest matching offers
// (OfferBarChart) and core's top picks (TopPicksHtml), wired together. The user can take
// one offer as the scenario's cloud option. All numbers come from core's Catalog.
class CompareModelsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareModelsDialog)

public:
    static constexpr int maxChartBars = 12;

    explicit CompareModelsDialog(
        const lowregret::Catalog& catalog, double inputTokens, double outputTokens, QWidget* parent = nullptr);
    ~CompareModelsDialog() override;

    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] OfferFilterModel* filterModel() const { return m_filter; }
    [[nodiscard]] OfferTableModel* tableModel() const { return m_model; }
    // One bar set; its first value is the bottom bar, so the cheapest offer is the last value
    // and is drawn at the top.
    [[nodiscard]] QHorizontalBarSeries* barSeries() const;

Q_SIGNALS:
    void offerChosen(const QString& offerId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fitColumns();
    void applyFilters();
    void updateChart();
    void updateTopPicks();
    void updateCount();
    void updateButtons();
    void useSelectedOffer();
    void useOffer(const QModelIndex& index);

    lowregret::Catalog m_catalog;
    double m_inputTokens = 0.0;
    double m_outputTokens = 0.0;

    OfferTableModel* m_model = nullptr;
    OfferFilterModel* m_filter = nullptr;

    QLabel* m_usageLabel = nullptr;
    OfferFilterBar* m_filters = nullptr;
    QLabel* m_countLabel = nullptr;
    QTableView* m_table = nullptr;

    OfferBarChart* m_chartView = nullptr;

    QGroupBox* m_picksBox = nullptr;
    QLabel* m_topPicks = nullptr;
    QPushButton* m_useOffer = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
