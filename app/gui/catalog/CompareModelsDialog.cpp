#include "catalog/CompareModelsDialog.h"

#include "catalog/OfferBarChart.h"
#include "catalog/TopPicksHtml.h"

#include "catalog/OfferFilterModel.h"
#include "catalog/OfferTableModel.h"
#include "widgets/NumberField.h"
#include "widgets/Palette.h"
#include "widgets/UiText.h"
#include "widgets/WrappedLabel.h"

#include "lowregret/OfferRanking.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontMetricsF>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStringList>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr double kMaxMonthlyUsd = 1e9;
constexpr int kMaxModelColumnWidth = 210;
// Context minimums as providers advertise them: "128K" is 128,000, which 131,072 also meets.
constexpr std::array<long long, 5> k_contextMinimums = { 8'000, 32'000, 128'000, 200'000, 1'000'000 };

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

    buildFilters();
    auto* filters = new QGridLayout;
    filters->addWidget(m_useCaseLabel, 0, 0);
    filters->addWidget(m_useCase, 0, 1);
    filters->addWidget(m_providerLabel, 0, 2);
    filters->addWidget(m_provider, 0, 3);
    filters->addWidget(m_maxPriceLabel, 1, 0);
    filters->addWidget(m_maxPrice, 1, 1);
    filters->addWidget(m_minContextLabel, 1, 2);
    filters->addWidget(m_minContext, 1, 3);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);
    filters->setColumnMinimumWidth(2, 12);
    layout->addLayout(filters);

    m_filterMessage = new WrappedLabel(this);
    m_filterMessage->setObjectName(u"filterMessageLabel"_s);
    m_filterMessage->setStyleSheet(u"color: "_s + Palette::css(Palette::Role::Problem) + u";"_s);
    m_filterMessage->hide();
    layout->addWidget(m_filterMessage);

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

    setTabOrder(m_useCase, m_provider);
    setTabOrder(m_provider, m_maxPrice);
    setTabOrder(m_maxPrice, m_minContext);
    setTabOrder(m_minContext, m_table);
    setTabOrder(m_table, m_useOffer);

    connect(m_useCase, &QComboBox::currentIndexChanged, this, &CompareModelsDialog::applyFilters);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &CompareModelsDialog::applyFilters);
    connect(m_minContext, &QComboBox::currentIndexChanged, this, &CompareModelsDialog::applyFilters);
    connect(m_maxPrice, &QLineEdit::textChanged, this, &CompareModelsDialog::applyMaxPrice);
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

void CompareModelsDialog::buildFilters()
{
    m_useCase = new QComboBox(this);
    m_useCase->setObjectName(u"useCaseComboBox"_s);
    m_useCase->addItem(QString(), QString());
    for (const auto& useCase : lowregret::Catalog::useCases())
        m_useCase->addItem(QString(), fromStd(useCase));

    m_provider = new QComboBox(this);
    m_provider->setObjectName(u"providerComboBox"_s);
    m_provider->addItem(QString(), QString());
    QStringList providers;
    for (const auto& offer : m_catalog.offers())
        if (!providers.contains(fromStd(offer.provider)))
            providers << fromStd(offer.provider);
    providers.sort(Qt::CaseInsensitive);
    for (const QString& provider : providers)
        m_provider->addItem(provider, provider);

    m_maxPrice = new NumberField(this);
    m_maxPrice->setObjectName(u"maxPriceLineEdit"_s);
    m_maxPrice->setRange(0.0, kMaxMonthlyUsd);

    m_minContext = new QComboBox(this);
    m_minContext->setObjectName(u"minContextComboBox"_s);
    m_minContext->addItem(QString(), QVariant());
    for (const long long tokens : k_contextMinimums)
        m_minContext->addItem(QString(), QVariant(tokens));

    m_useCaseLabel = new QLabel(this);
    m_useCaseLabel->setBuddy(m_useCase);
    m_providerLabel = new QLabel(this);
    m_providerLabel->setBuddy(m_provider);
    m_maxPriceLabel = new QLabel(this);
    m_maxPriceLabel->setBuddy(m_maxPrice);
    m_minContextLabel = new QLabel(this);
    m_minContextLabel->setBuddy(m_minContext);
}

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

    m_useCaseLabel->setText(tr("Use &case:"));
    m_useCase->setItemText(0, tr("Any use case"));
    for (int i = 1; i < m_useCase->count(); ++i)
        m_useCase->setItemText(i, OfferTableModel::useCaseName(m_useCase->itemData(i).toString().toStdString()));
    m_useCase->setToolTip(tr("Show only offers the catalog lists for this use case."));

    m_providerLabel->setText(tr("&Provider:"));
    m_provider->setItemText(0, tr("Any provider"));
    m_provider->setToolTip(tr("Show only one provider's offers."));

    m_maxPriceLabel->setText(tr("Ma&ximum monthly cost (USD):"));
    m_maxPrice->setPlaceholderText(tr("No limit"));
    m_maxPrice->setToolTip(tr("Hide offers that would cost more than this a month at your usage. "
                              "Leave it empty for no limit."));

    m_minContextLabel->setText(tr("Minimum c&ontext:"));
    m_minContext->setItemText(0, tr("Any context"));
    for (int i = 1; i < m_minContext->count(); ++i)
        m_minContext->setItemText(i,
            tr("%1 tokens or more")
                .arg(UiText::shortTokens(static_cast<double>(m_minContext->itemData(i).toLongLong()))));
    m_minContext->setToolTip(tr("Hide models that cannot read this many tokens at once. "
                                "Offers with an unknown context are hidden too."));

    m_table->setToolTip(tr("Click a column header to sort. Press Enter or double-click a row to use that offer."));
    m_picksBox->setTitle(tr("Top picks at your usage"));
    m_useOffer->setText(tr("&Use as the cloud option"));
    m_useOffer->setToolTip(tr("Put the selected offer's prices into the scenario's cloud option."));

    m_model->retranslate();
    fitColumns();
    // Redoes the filter message, the count and the chart's texts.
    applyMaxPrice();
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

void CompareModelsDialog::applyMaxPrice()
{
    const bool empty = m_maxPrice->text().trimmed().isEmpty();
    const auto value = m_maxPrice->value();
    const bool invalid = !empty && !value;
    m_maxPrice->markInvalid(invalid);
    // A bad limit filters nothing and says why; it is never replaced by a guess.
    m_filterMessage->setText(invalid ? m_maxPrice->problem(tr("Maximum monthly cost")) : QString());
    m_filterMessage->setVisible(invalid);
    m_filter->setMaxMonthlyUsd(invalid ? std::nullopt : value);
    applyFilters();
}

void CompareModelsDialog::applyFilters()
{
    m_filter->setUseCase(m_useCase->currentData().toString());
    m_filter->setProvider(m_provider->currentData().toString());
    const QVariant minContext = m_minContext->currentData();
    m_filter->setMinContextTokens(
        minContext.isValid() ? std::optional<long long>(minContext.toLongLong()) : std::nullopt);
    updateCount();
    updateChart();
    updateButtons();
}

void CompareModelsDialog::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    m_countLabel->setText(shown == total ? tr("All %1 offers in the catalog:").arg(total)
                                         : tr("%1 of %2 offers match the filters:").arg(shown).arg(total));
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
