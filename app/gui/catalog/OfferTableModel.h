#pragma once

#include "lowregret/catalog/Catalog.h"
#include "lowregret/catalog/Offer.h"

#include <QAbstractTableModel>

#include <string>
#include <vector>

// The catalog's offers as a table: prices, the monthly cost at one usage (from core), context,
// use cases and the day each price was checked, with old prices marked. DisplayRole is text
// for people; SortRole is the raw value to sort and filter by.
class OfferTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfferTableModel)

public:
    enum Column {
        ModelColumn,
        ProviderColumn,
        InputPriceColumn,
        OutputPriceColumn,
        MonthlyCostColumn,
        ContextColumn,
        UseCasesColumn,
        PriceDateColumn,
        ColumnCount
    };
    // Doubles for prices, cost and context (invalid when the context is unknown); strings else.
    static constexpr int SortRole = Qt::UserRole;
    // The offer's id, on every column.
    static constexpr int OfferIdRole = Qt::UserRole + 1;

    explicit OfferTableModel(const lowregret::Catalog& catalog, QObject* parent = nullptr);
    ~OfferTableModel() override;

    // Monthly input and output tokens the cost column is for.
    void setUsage(double inputTokens, double outputTokens);
    [[nodiscard]] double inputTokens() const { return m_inputTokens; }
    [[nodiscard]] double outputTokens() const { return m_outputTokens; }

    [[nodiscard]] const std::vector<lowregret::Offer>& offers() const { return m_offers; }
    [[nodiscard]] const lowregret::Offer* offerAt(int row) const;
    [[nodiscard]] double monthlyUsd(int row) const;
    [[nodiscard]] bool isStale(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A model is not a widget and hears of no language change: its owner calls this.
    void retranslate();

    // Why a price is marked as suspect (lowregret::Offer::hasSuspectPrice), in the current language.
    [[nodiscard]] static QString suspectText();
    // A price column's tooltip, rich text: suspect, dated changes, other sources, retired.
    [[nodiscard]] static QString priceToolTip(const lowregret::Offer& offer);

    // A catalog use case ("long_context") in the current language.
    [[nodiscard]] static QString useCaseName(const std::string& useCase);

private:
    [[nodiscard]] QVariant display(const lowregret::Offer& offer, int row, int column) const;
    [[nodiscard]] QVariant sortValue(const lowregret::Offer& offer, int row, int column) const;
    [[nodiscard]] QString useCasesText(const lowregret::Offer& offer) const;
    [[nodiscard]] QString toolTip(const lowregret::Offer& offer, int column) const;

    std::vector<lowregret::Offer> m_offers;
    std::string m_today;
    double m_inputTokens = 0.0;
    double m_outputTokens = 0.0;
};
