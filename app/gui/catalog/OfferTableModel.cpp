#include "catalog/OfferTableModel.h"

#include "widgets/Palette.h"
#include "widgets/UiText.h"

#include "lowregret/catalog/OfferRanking.h"
#include "lowregret/io/Format.h"

#include <QBrush>
#include <QColor>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

OfferTableModel::OfferTableModel(const lowregret::Catalog& catalog, QObject* parent)
    : QAbstractTableModel(parent)
    , m_offers(catalog.offers())
    , m_today(lowregret::Catalog::today())
{
}

OfferTableModel::~OfferTableModel() = default;

void OfferTableModel::setUsage(double inputTokens, double outputTokens)
{
    m_inputTokens = inputTokens;
    m_outputTokens = outputTokens;
    if (!m_offers.empty())
        Q_EMIT dataChanged(index(0, MonthlyCostColumn), index(rowCount() - 1, MonthlyCostColumn));
}

const lowregret::Offer* OfferTableModel::offerAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_offers[static_cast<std::size_t>(row)];
}

double OfferTableModel::monthlyUsd(int row) const
{
    const auto* offer = offerAt(row);
    return offer ? lowregret::OfferRanking::monthlyUsd(*offer, m_inputTokens, m_outputTokens) : 0.0;
}

bool OfferTableModel::isStale(int row) const
{
    const auto* offer = offerAt(row);
    return offer && lowregret::Catalog::isStale(*offer, m_today);
}

int OfferTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_offers.size());
}

int OfferTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OfferTableModel::data(const QModelIndex& index, int role) const
{
    const auto* offer = index.isValid() ? offerAt(index.row()) : nullptr;
    if (!offer)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(*offer, index.row(), column);
    case SortRole:
        return sortValue(*offer, index.row(), column);
    case OfferIdRole:
        return fromStd(offer->id);
    case Qt::ToolTipRole:
        return toolTip(*offer, column);
    case Qt::TextAlignmentRole:
        switch (column) {
        case InputPriceColumn:
        case OutputPriceColumn:
        case MonthlyCostColumn:
        case ContextColumn:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        }
    case Qt::ForegroundRole:
        if (column == PriceDateColumn && isStale(index.row()))
            return QBrush(Palette::color(Palette::Role::Stale));
        if ((column == InputPriceColumn || column == OutputPriceColumn) && offer->hasSuspectPrice())
            return QBrush(Palette::color(Palette::Role::Stale));
        return {};
    default:
        return {};
    }
}

QVariant OfferTableModel::display(const lowregret::Offer& offer, int row, int column) const
{
    switch (column) {
    case ModelColumn:
        //: Marks an offer no longer sold, kept for the scenarios that name it.
        return offer.retired ? fromStd(offer.model) + UiText::parenthesized(tr("retired")) : fromStd(offer.model);
    case ProviderColumn:
        return fromStd(offer.provider);
    case InputPriceColumn:
    case OutputPriceColumn: {
        QString price = UiText::unitPrice(column == InputPriceColumn ? offer.inputUsdPerMtok : offer.outputUsdPerMtok);
        //: Marks a price that looks wrong (the column's tooltip says why).
        if (offer.hasSuspectPrice())
            price += u" "_s + tr("(suspect)");
        //: Marks a price another price book gives differently (the column's tooltip says what it gives).
        if (!offer.otherSources.empty())
            price += u" "_s + tr("(sources differ)");
        return price;
    }
    case MonthlyCostColumn:
        return UiText::money(monthlyUsd(row));
    case ContextColumn:
        return offer.contextTokens ? UiText::shortTokens(static_cast<double>(*offer.contextTokens)) : tr("unknown");
    case UseCasesColumn:
        return useCasesText(offer);
    case PriceDateColumn: {
        const QString date = offer.asOf.empty() ? tr("no date") : fromStd(offer.asOf);
        return isStale(row) ? date + UiText::parenthesized(tr("possibly stale")) : date;
    }
    default:
        return {};
    }
}

QVariant OfferTableModel::sortValue(const lowregret::Offer& offer, int row, int column) const
{
    switch (column) {
    case ModelColumn:
        return fromStd(offer.model);
    case ProviderColumn:
        return fromStd(offer.provider);
    case InputPriceColumn:
        return offer.inputUsdPerMtok;
    case OutputPriceColumn:
        return offer.outputUsdPerMtok;
    case MonthlyCostColumn:
        return monthlyUsd(row);
    case ContextColumn:
        return offer.contextTokens ? QVariant(static_cast<double>(*offer.contextTokens)) : QVariant();
    case UseCasesColumn:
        return useCasesText(offer);
    case PriceDateColumn:
        return fromStd(offer.asOf);
    default:
        return {};
    }
}

QString OfferTableModel::useCasesText(const lowregret::Offer& offer) const
{
    QStringList names;
    for (const auto& useCase : offer.useCases)
        names << useCaseName(useCase);
    //: The separator between items of a short list, such as use cases.
    return names.join(tr(", "));
}

QString OfferTableModel::toolTip(const lowregret::Offer& offer, int column) const
{
    // Rich text, so Qt wraps the long notes instead of drawing one line across the screen.
    switch (column) {
    case ModelColumn: {
        QString tip = u"<p><b>"_s + fromStd(offer.model).toHtmlEscaped() + u"</b>"_s
            + UiText::parenthesized(fromStd(offer.provider)).toHtmlEscaped() + u"</p>"_s;
        if (offer.note)
            tip += u"<p>"_s + UiText::text(*offer.note).toHtmlEscaped() + u"</p>"_s;
        if (!offer.source.empty())
            tip += u"<p>"_s + tr("Source: %1").arg(fromStd(offer.source).toHtmlEscaped()) + u"</p>"_s;
        return tip;
    }
    case InputPriceColumn:
    case OutputPriceColumn:
        return priceToolTip(offer);
    case UseCasesColumn:
        return useCasesText(offer);
    case PriceDateColumn: {
        const auto age = lowregret::Catalog::ageInDays(offer.asOf, m_today);
        if (!age)
            return tr("This price has no valid date and may be out of date.");
        if (*age > lowregret::Catalog::staleAfterDays)
            return tr("The price was checked %1 days ago and may be out of date.").arg(*age);
        return tr("The price was checked on %1.").arg(fromStd(offer.asOf));
    }
    default:
        return {};
    }
}

QString OfferTableModel::priceToolTip(const lowregret::Offer& offer)
{
    QStringList lines;
    if (offer.hasSuspectPrice())
        lines << suspectText().toHtmlEscaped();
    for (const auto& change : offer.changesAfter(offer.asOf))
        lines << tr("From %1: %2 / %3 per 1M tokens in / out.")
                     .arg(fromStd(change.from), UiText::unitPrice(change.prices.inputUsdPerMtok),
                         UiText::unitPrice(change.prices.outputUsdPerMtok));
    for (const auto& other : offer.otherSources)
        lines << tr("Another source, %1 on %2, says %3 / %4 per 1M tokens in / out.")
                     .arg(fromStd(other.source).toHtmlEscaped(), fromStd(other.asOf),
                         UiText::unitPrice(other.inputUsdPerMtok), UiText::unitPrice(other.outputUsdPerMtok));
    if (offer.retired)
        lines << tr("No longer sold: kept so that the scenarios naming it keep their meaning, never proposed.");
    return lines.isEmpty() ? QString() : u"<p>"_s + lines.join(u"</p><p>"_s) + u"</p>"_s;
}

QString OfferTableModel::suspectText()
{
    return tr("This price looks wrong: over %1 per 1M tokens, or over %2 for a model of at most %3 parameters. "
              "Check it with the provider before you rely on it.")
        .arg(UiText::unitPrice(lowregret::Offer::suspectAnyUsdPerMtok),
            UiText::unitPrice(lowregret::Offer::suspectSmallUsdPerMtok),
            QString::fromStdString(
                lowregret::Format::parameters(lowregret::Offer::smallModelBillions, UiText::lang())));
}

QVariant OfferTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case InputPriceColumn:
            return tr("US dollars per million input (prompt) tokens.");
        case OutputPriceColumn:
            return tr("US dollars per million output (answer) tokens.");
        case MonthlyCostColumn:
            return tr("What your monthly usage would cost with this offer.");
        case ContextColumn:
            return tr("The most tokens the model reads at once.");
        case PriceDateColumn:
            return tr("The day the price was checked. Prices older than %1 days are marked as possibly stale.")
                .arg(lowregret::Catalog::staleAfterDays);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ModelColumn:
        return tr("Model");
    case ProviderColumn:
        return tr("Provider");
    case InputPriceColumn:
        //: Two lines, so the column stays narrow.
        return tr("Input\n%1/1M").arg(UiText::currencyUnit());
    case OutputPriceColumn:
        //: Two lines, so the column stays narrow.
        return tr("Output\n%1/1M").arg(UiText::currencyUnit());
    case MonthlyCostColumn:
        return tr("Monthly cost");
    case ContextColumn:
        return tr("Context");
    case UseCasesColumn:
        return tr("Use cases");
    case PriceDateColumn:
        return tr("Price date");
    default:
        return {};
    }
}

void OfferTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_offers.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString OfferTableModel::useCaseName(const std::string& useCase)
{
    if (useCase == "chat")
        return tr("Chat");
    if (useCase == "coding")
        return tr("Coding");
    if (useCase == "reasoning")
        return tr("Reasoning");
    if (useCase == "multimodal")
        return tr("Images and text");
    if (useCase == "long_context")
        return tr("Long documents");
    if (useCase == "budget")
        return tr("Low cost");
    if (useCase == "realtime")
        return tr("Real time");
    return fromStd(useCase);
}
