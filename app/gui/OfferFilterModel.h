#pragma once

#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

class OfferTableModel;

// Sorts an OfferTableModel by its raw values and keeps the offers that match the filters.
// Every filter is off by default; an offer with an unknown context fails a context minimum.
class OfferFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfferFilterModel)

public:
    explicit OfferFilterModel(QObject* parent = nullptr);
    ~OfferFilterModel() override;

    // A catalog use case id ("coding"); empty for any.
    void setUseCase(const QString& useCase);
    [[nodiscard]] QString useCase() const { return m_useCase; }
    // A provider exactly as the catalog names it; empty for any.
    void setProvider(const QString& provider);
    [[nodiscard]] QString provider() const { return m_provider; }
    // USD a month at the source model's usage, inclusive.
    void setMaxMonthlyUsd(std::optional<double> usd);
    [[nodiscard]] std::optional<double> maxMonthlyUsd() const { return m_maxMonthlyUsd; }
    void setMinContextTokens(std::optional<long long> tokens);
    [[nodiscard]] std::optional<long long> minContextTokens() const { return m_minContextTokens; }

    // The OfferTableModel row behind a row of this model, or -1.
    [[nodiscard]] int sourceRow(int proxyRow) const;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    [[nodiscard]] const OfferTableModel* offers() const;

    QString m_useCase;
    QString m_provider;
    std::optional<double> m_maxMonthlyUsd;
    std::optional<long long> m_minContextTokens;
};
