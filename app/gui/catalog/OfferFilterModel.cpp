#include "catalog/OfferFilterModel.h"

#include "catalog/OfferTableModel.h"

#include <QMetaType>

#include <utility>

OfferFilterModel::OfferFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(OfferTableModel::SortRole);
    setDynamicSortFilter(true);
}

OfferFilterModel::~OfferFilterModel() = default;

void OfferFilterModel::setUseCase(const QString& useCase)
{
    if (useCase == this->useCase())
        return;
    m_filter.useCase = useCase.toStdString();
    invalidateFilter();
}

void OfferFilterModel::setProvider(const QString& provider)
{
    if (provider == this->provider())
        return;
    m_filter.provider = provider.toStdString();
    invalidateFilter();
}

void OfferFilterModel::setMaxMonthlyUsd(std::optional<double> usd)
{
    if (usd == m_filter.maxMonthlyUsd)
        return;
    m_filter.maxMonthlyUsd = usd;
    invalidateFilter();
}

void OfferFilterModel::setMinContextTokens(std::optional<long long> tokens)
{
    if (tokens == m_filter.minContextTokens)
        return;
    m_filter.minContextTokens = tokens;
    invalidateFilter();
}

int OfferFilterModel::sourceRow(int proxyRow) const
{
    const QModelIndex source = mapToSource(index(proxyRow, 0));
    return source.isValid() ? source.row() : -1;
}

const OfferTableModel* OfferFilterModel::offers() const
{
    return qobject_cast<const OfferTableModel*>(sourceModel());
}

bool OfferFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = offers();
    const auto* offer = model && !sourceParent.isValid() ? model->offerAt(sourceRow) : nullptr;
    return offer && lowregret::OfferRanking::accepts(*offer, model->monthlyUsd(sourceRow), m_filter);
}

bool OfferFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    // Unknown values (a context no one published) sort before every known one.
    if (!a.isValid() || !b.isValid()) {
        if (a.isValid() != b.isValid())
            return !a.isValid();
    } else if (a.typeId() == QMetaType::Double && b.typeId() == QMetaType::Double) {
        if (a.toDouble() != b.toDouble())
            return a.toDouble() < b.toDouble();
    } else if (const int order = QString::localeAwareCompare(a.toString(), b.toString()); order != 0) {
        return order < 0;
    }
    // Equal values: core's ranking decides (the fresher price, then the id), so equal prices
    // come out in the same order as in the chart, the top picks and the CLI.
    const auto* model = offers();
    const auto* leftOffer = model ? model->offerAt(left.row()) : nullptr;
    const auto* rightOffer = model ? model->offerAt(right.row()) : nullptr;
    if (!leftOffer || !rightOffer)
        return left.row() < right.row();
    // A descending sort asks lessThan(right, left): swap back, so ties keep the ranking's
    // order whichever way the column is sorted.
    if (sortOrder() == Qt::DescendingOrder)
        std::swap(leftOffer, rightOffer);
    return lowregret::OfferRanking::before({ leftOffer, 0.0 }, { rightOffer, 0.0 });
}
