#include "catalog/PriceDiffTree.h"

#include "widgets/PlainText.h"
#include "widgets/UiText.h"

#include <QEvent>
#include <QHeaderView>

using namespace Qt::StringLiterals;
namespace lr = lowregret;

namespace {

QString pair(const lr::OfferPrices& p)
{
    return UiText::unitPrice(p.inputUsdPerMtok, 4) + u" / "_s + UiText::unitPrice(p.outputUsdPerMtok, 4);
}

} // namespace

PriceDiffTree::PriceDiffTree(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(u"priceDiffTree"_s);
    setColumnCount(ColumnCount);
    setRootIsDecorated(true);
    setUniformRowHeights(false);
    setWordWrap(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(OfferColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(BeforeColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(AfterColumn, QHeaderView::Stretch);
    setMinimumHeight(140);
    fill();
}

PriceDiffTree::~PriceDiffTree() = default;

void PriceDiffTree::setDiff(const lr::CatalogDiff& diff)
{
    m_diff = diff;
    fill();
}

QTreeWidgetItem* PriceDiffTree::group(Group group) const
{
    return topLevelItem(int(group));
}

QString PriceDiffTree::pricesText(const lr::Offer& offer, const lr::Offer* other)
{
    QString text = pair(offer.prices());
    if (!offer.asOf.empty())
        text += UiText::parenthesized(QString::fromStdString(offer.asOf));
    // What else makes a change a change, when the two pairs above read the same.
    if (other
        && (offer.cacheReadUsdPerMtok != other->cacheReadUsdPerMtok
            || offer.cacheWriteUsdPerMtok != other->cacheWriteUsdPerMtok)) {
        const auto price
            = [](const std::optional<double>& usd) { return usd ? UiText::unitPrice(*usd, 4) : tr("none"); };
        text += u'\n'
            + tr("cache read: %1, cache write: %2")
                  .arg(price(offer.cacheReadUsdPerMtok), price(offer.cacheWriteUsdPerMtok));
    }
    if (other && offer.contextTiers != other->contextTiers) {
        if (offer.contextTiers.empty())
            text += u'\n' + tr("no long-request prices");
        for (const auto& tier : offer.contextTiers)
            text += u'\n'
                + tr("above %1 input tokens: %2")
                      .arg(UiText::tokens(static_cast<double>(tier.aboveInputTokens)), pair(tier.prices));
    }
    for (const auto& dated : offer.changesAfter(offer.asOf))
        text += u'\n' + tr("from %1: %2").arg(QString::fromStdString(dated.from), pair(dated.prices));
    if (offer.retired)
        text += u'\n' + tr("no longer sold");
    return text;
}

void PriceDiffTree::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QTreeWidget::changeEvent(event);
}

void PriceDiffTree::fill()
{
    setHeaderLabels(
        { tr("Offer"), tr("Before: input / output per 1M tokens"), tr("After: input / output per 1M tokens") });
    headerItem()->setToolTip(BeforeColumn, tr("The prices in your catalog now, and the day they were checked"));
    headerItem()->setToolTip(AfterColumn, tr("The prices in the file, and the day they were checked"));
    clear();
    const lr::CatalogDiff empty;
    const lr::CatalogDiff& d = m_diff ? *m_diff : empty;
    const auto addGroup = [this](const QString& title) {
        auto* item = new QTreeWidgetItem(this, { title });
        item->setFirstColumnSpanned(true);
        QFont bold = item->font(OfferColumn);
        bold.setBold(true);
        item->setFont(OfferColumn, bold);
        item->setFlags(Qt::ItemIsEnabled);
        return item;
    };
    const auto addRow
        = [](QTreeWidgetItem* parent, const lr::Offer& offer, const QString& before, const QString& after) {
              // Ids and prices come from a file: shown as text, never as markup.
              const QString id = PlainText::name(offer.id);
              auto* row = new QTreeWidgetItem(parent, { id, before, after });
              for (int c = 0; c < ColumnCount; ++c)
                  row->setToolTip(c, PlainText::toolTip(row->text(c)));
              row->setData(OfferColumn, Qt::UserRole, QString::fromStdString(offer.id));
          };
    auto* added = addGroup(tr("New offers: %1").arg(d.added.size()));
    added->setToolTip(OfferColumn, tr("Offers your catalog does not have yet"));
    for (const auto& o : d.added)
        addRow(added, o, tr("not in your catalog"), pricesText(o));
    auto* changed = addGroup(tr("Changed prices: %1").arg(d.changed.size()));
    for (const auto& c : d.changed)
        addRow(changed, c.after, pricesText(c.before, &c.after), pricesText(c.after, &c.before));
    auto* gone = addGroup(tr("Gone from the file (kept): %1").arg(d.gone.size()));
    gone->setToolTip(OfferColumn,
        tr("Offers imported from this kind of price file before that the file no longer has. They stay in your "
           "catalog: a scenario may still name them."));
    for (const auto& o : d.gone)
        addRow(gone, o, pricesText(o), tr("not in the file; kept as it is"));
    // The groups with offers open; a long list of new offers stays closed so the changes show.
    changed->setExpanded(true);
    gone->setExpanded(true);
    added->setExpanded(d.added.size() <= 20);
}
