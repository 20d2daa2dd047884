#include "OfferFilterModel.h"

#include "OfferTableModel.h"

#include <QMetaType>

OfferFilterModel::OfferFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(OfferTableModel::SortRole);
    setDynamicSortFilter(true);
}

OfferFilterModel::~OfferFilterModel() = default;

void OfferFilterModel::setUseCase(const QString& useCase)
{
    if (useCase == m_useCase)
        return;
    m_useCase = useCase;
    invalidateFilter();
}

void OfferFilterModel::setProvider(const QString& provider)
{
    if (provider == m_provider)
        return;
    m_provider = provider;
    invalidateFilter();
}

void OfferFilterModel::setMaxMonthlyUsd(std::optional<double> usd)
{
    if (usd == m_maxMonthlyUsd)
        return;
    m_maxMonthlyUsd = usd;
    invalidateFilter();
}

void OfferFilterModel::setMinContextTokens(std::optional<long long> tokens)
{
    if (tokens == m_minContextTokens)
        return;
    m_minContextTokens = tokens;
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
    if (!offer)
        return false;
    if (!m_useCase.isEmpty() && !offer->hasUseCase(m_useCase.toStdString()))
        return false;
    if (!m_provider.isEmpty() && QString::fromStdString(offer->provider) != m_provider)
        return false;
    if (m_maxMonthlyUsd && model->monthlyUsd(sourceRow) > *m_maxMonthlyUsd)
        return false;
    if (m_minContextTokens && (!offer->contextTokens || *offer->contextTokens < *m_minContextTokens))
        return false;
    return true;
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
    // Equal values: the offer id decides, so equal prices always come out in the same order.
    return left.siblingAtColumn(0).data(OfferTableModel::OfferIdRole).toString()
        < right.siblingAtColumn(0).data(OfferTableModel::OfferIdRole).toString();
}
