#include "catalog/CompareModelsDialog.h"

#include "catalog/OfferBarChart.h"
#include "catalog/OfferFilterBar.h"
#include "catalog/TopPicksHtml.h"

#include "catalog/OfferFilterModel.h"
#include "catalog/OfferTableModel.h"
#include "widgets/UiText.h"
#include "widgets/WrappedLabel.h"

#include "lowregret/catalog/OfferRanking.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStringList>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxModelColumnWidth = 210;

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

CompareModelsDialog::CompareModelsDialog(
    const lowregret::Catalog& catalog, double inputTokens, double outputTokens, QWidget* parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_inputTokens(inputTokens)
    , m_outputTokens(outputTokens)
    , m_model(new OfferTableModel(catalog, this))
    , m_filter(new OfferFilterModel(this))
{
    setObjectName(u"compareModelsDialog"_s);
    m_model->setUsage(inputTokens, outputTokens);
    m_filter->setSourceModel(m_model);

    auto* layout = new QVBoxLayout(this);
    m_usageLabel = new WrappedLabel(this);
    m_usageLabel->setObjectName(u"usageLabel"_s);
    layout->addWidget(m_usageLabel);

    QStringList providers;
    for (const auto& offer : m_catalog.offers())
        if (!providers.contains(fromStd(offer.provider)))
            providers << fromStd(offer.provider);
    providers.sort(Qt::CaseInsensitive);
    m_filters = new OfferFilterBar(providers, this);
    layout->addWidget(m_filters);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"offerCountLabel"_s);
    layout->addWidget(m_countLabel);

    m_table = new QTableView(this);
    m_table->setObjectName(u"offersTableView"_s);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OfferTableModel::MonthlyCostColumn, Qt::AscendingOrder);
    auto* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // The use cases take what width is left and elide; their tooltip has the full list.
    header->setSectionResizeMode(OfferTableModel::UseCasesColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);

    m_chartView = new OfferBarChart(maxChartBars, this);

    m_picksBox = new QGroupBox(this);
    m_picksBox->setObjectName(u"topPicksGroupBox"_s);
    auto* picksLayout = new QVBoxLayout(m_picksBox);
    // Scrolls rather than cuts off when long names or a small window leave too little room.
    auto* picksScroll = new QScrollArea(m_picksBox);
    picksScroll->setFrameShape(QFrame::NoFrame);
    picksScroll->setWidgetResizable(true);
    picksScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    picksScroll->setFocusPolicy(Qt::NoFocus);
    m_topPicks = new WrappedLabel;
    m_topPicks->setObjectName(u"topPicksLabel"_s);
    m_topPicks->setTextFormat(Qt::RichText);
    m_topPicks->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    picksScroll->setWidget(m_topPicks);
    picksLayout->addWidget(picksScroll);

    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QHBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_chartView, 3);
    bottomLayout->addWidget(m_picksBox, 2);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"compareSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 200, 300 });
    layout->addWidget(splitter, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->setObjectName(u"compareDialogButtonBox"_s);
    m_useOffer = new QPushButton(this);
    m_useOffer->setObjectName(u"useOfferPushButton"_s);
    // Enter in a filter field must not take whatever row happens to be selected.
    m_useOffer->setAutoDefault(false);
    m_buttons->addButton(m_useOffer, QDialogButtonBox::ActionRole);
    if (auto* close = m_buttons->button(QDialogButtonBox::Close)) {
        close->setObjectName(u"closePushButton"_s);
        close->setAutoDefault(false);
    }
    layout->addWidget(m_buttons);

    setTabOrder(m_filters->lastField(), m_table);
    setTabOrder(m_table, m_useOffer);

    connect(m_filters, &OfferFilterBar::changed, this, &CompareModelsDialog::applyFilters);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CompareModelsDialog::updateButtons);
    // Enter (and a double click) on a row takes that offer.
    connect(m_table, &QAbstractItemView::activated, this, &CompareModelsDialog::useOffer);
    connect(m_useOffer, &QPushButton::clicked, this, &CompareModelsDialog::useSelectedOffer);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslate();
    updateButtons();
    resize(1000, 700);
}

CompareModelsDialog::~CompareModelsDialog() = default;

void CompareModelsDialog::changeEvent(QEvent* event)
{
    // The model, the chart and the rich-text picks are not widgets: they are redone here.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CompareModelsDialog::retranslate()
{
    setWindowTitle(tr("Compare Models"));
    m_usageLabel->setText(tr("Monthly costs are for %1 input and %2 output tokens a month. Prices checked more "
                             "than %3 days ago are marked as possibly stale.")
                              .arg(UiText::shortTokens(m_inputTokens), UiText::shortTokens(m_outputTokens),
                                  QString::number(lowregret::Catalog::staleAfterDays)));

    m_table->setToolTip(tr("Click a column header to sort. Press Enter or double-click a row to use that offer."));
    m_picksBox->setTitle(tr("Top picks at your usage"));
    m_useOffer->setText(tr("&Use as the cloud option"));
    m_useOffer->setToolTip(tr("Put the selected offer's prices into the scenario's cloud option."));

    m_model->retranslate();
    fitColumns();
    // Redoes the count and the chart's texts.
    applyFilters();
    updateTopPicks();
}

void CompareModelsDialog::fitColumns()
{
    // To the contents, but a long model name does not push the dates out of sight; the full
    // name is in the tooltip.
    for (int column = 0; column < OfferTableModel::ColumnCount; ++column) {
        if (column == OfferTableModel::UseCasesColumn)
            continue;
        m_table->resizeColumnToContents(column);
        if (column == OfferTableModel::ModelColumn)
            m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), kMaxModelColumnWidth));
    }
}

void CompareModelsDialog::applyFilters()
{
    m_filter->setUseCase(m_filters->useCase());
    m_filter->setProvider(m_filters->provider());
    m_filter->setMaxMonthlyUsd(m_filters->maxMonthlyUsd());
    m_filter->setMinContextTokens(m_filters->minContextTokens());
    updateCount();
    updateChart();
    updateButtons();
}

void CompareModelsDialog::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    m_countLabel->setText(shown == total ? tr("All %n offer(s) in the catalog:", nullptr, total)
                                         : tr("%1 of %n offer(s) match the filters:", nullptr, total).arg(shown));
}

QHorizontalBarSeries* CompareModelsDialog::barSeries() const
{
    return m_chartView->series();
}

void CompareModelsDialog::updateChart()
{
    // The cheapest matching offers, in core's ranking, whatever column the table is sorted by.
    m_chartView->setOffers(m_model->offers(),
        lowregret::OfferRanking::rank(
            m_model->offers(), m_model->inputTokens(), m_model->outputTokens(), m_filter->filter()));
}

void CompareModelsDialog::updateTopPicks()
{
    m_topPicks->setText(TopPicksHtml::build(m_catalog, m_inputTokens, m_outputTokens));
}

void CompareModelsDialog::updateButtons()
{
    m_useOffer->setEnabled(m_table->selectionModel()->hasSelection());
}

void CompareModelsDialog::useSelectedOffer()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        useOffer(rows.first());
}

void CompareModelsDialog::useOffer(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const QString id = index.siblingAtColumn(0).data(OfferTableModel::OfferIdRole).toString();
    if (id.isEmpty())
        return;
    Q_EMIT offerChosen(id);
    accept();
}
