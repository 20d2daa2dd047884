#pragma once

#include "lowregret/Catalog.h"

#include <QDialog>
#include <QString>

#include <vector>

class NumberField;
class OfferBarChart;
class OfferFilterModel;
class OfferTableModel;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QHorizontalBarSeries;
class QLabel;
class QModelIndex;
class QPushButton;
class QTableView;

// Every offer in the catalog side by side at the user's monthly usage: a sortable, filterable
// table, a bar chart of the cheapest matching offers and core's top picks. The user can take
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
    void buildFilters();
    void retranslate();
    void fitColumns();
    void applyMaxPrice();
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
    QLabel* m_useCaseLabel = nullptr;
    QComboBox* m_useCase = nullptr;
    QLabel* m_providerLabel = nullptr;
    QComboBox* m_provider = nullptr;
    QLabel* m_maxPriceLabel = nullptr;
    NumberField* m_maxPrice = nullptr;
    QLabel* m_minContextLabel = nullptr;
    QComboBox* m_minContext = nullptr;
    QLabel* m_filterMessage = nullptr;
    QLabel* m_countLabel = nullptr;
    QTableView* m_table = nullptr;

    OfferBarChart* m_chartView = nullptr;

    QGroupBox* m_picksBox = nullptr;
    QLabel* m_topPicks = nullptr;
    QPushButton* m_useOffer = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
