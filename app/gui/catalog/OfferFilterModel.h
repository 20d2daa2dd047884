#pragma once

#include "lowregret/catalog/OfferRanking.h"

#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

class OfferTableModel;

// Sorts an OfferTableModel by its raw values and keeps the offers that core's ranking accepts
// (OfferRanking::accepts): every filter is off by default, an unpriced offer is never shown,
// and an offer with an unknown context fails a context minimum.
class OfferFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfferFilterModel)

public:
    explicit OfferFilterModel(QObject* parent = nullptr);
    ~OfferFilterModel() override;

    // A catalog use case id ("coding"); empty for any.
    void setUseCase(const QString& useCase);
    [[nodiscard]] QString useCase() const { return QString::fromStdString(m_filter.useCase); }
    // A provider exactly as the catalog names it; empty for any.
    void setProvider(const QString& provider);
    [[nodiscard]] QString provider() const { return QString::fromStdString(m_filter.provider); }
    // USD a month at the source model's usage, inclusive.
    void setMaxMonthlyUsd(std::optional<double> usd);
    [[nodiscard]] std::optional<double> maxMonthlyUsd() const { return m_filter.maxMonthlyUsd; }
    void setMinContextTokens(std::optional<long long> tokens);
    [[nodiscard]] std::optional<long long> minContextTokens() const { return m_filter.minContextTokens; }

    [[nodiscard]] const lowregret::OfferFilter& filter() const { return m_filter; }

    // The OfferTableModel row behind a row of this model, or -1.
    [[nodiscard]] int sourceRow(int proxyRow) const;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    [[nodiscard]] const OfferTableModel* offers() const;

    lowregret::OfferFilter m_filter;
};
