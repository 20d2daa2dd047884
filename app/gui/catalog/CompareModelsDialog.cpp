#include "catalog/CompareModelsDialog.h"

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

constexpr qreal kTitlePoints = 10.0;
constexpr qreal kAxisTitlePoints = 9.0;
constexpr qreal kLabelPoints = 8.0;
constexpr double kMaxMonthlyUsd = 1e9;
constexpr int kMaxModelColumnWidth = 210;
// QtCharts gives the left axis at most 40% of the chart's width and cuts longer labels at the
// end, which would cut off the provider; shortening the model name instead keeps it readable.
constexpr qreal kAxisShareOfWidth = 0.4;
constexpr qreal kAxisPadding = 24.0; // chart margins and the label's padding
// Context minimums as providers advertise them: "128K" is 128,000, which 131,072 also meets.
constexpr std::array<long long, 5> k_contextMinimums = { 8'000, 32'000, 128'000, 200'000, 1'000'000 };
const QString k_staleStyle = u"color: "_s + Palette::css(Palette::Role::Stale) + u";"_s;

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

    buildChart();

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

void CompareModelsDialog::buildChart()
{
    m_chart = new QChart;
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setObjectName(u"costBarChartView"_s);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setFocusPolicy(Qt::NoFocus); // nothing to do there with the keyboard
    // Twelve bars need this much height, or the chart cuts every label down to "...".
    m_chartView->setMinimumSize(320, 340);

    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setTitleFont(UiText::font(kTitlePoints, true));
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setLocalizeNumbers(true);
    m_chart->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    m_chart->legend()->hide(); // one bar set; the title and axis say what it is

    m_series = new QHorizontalBarSeries(m_chart);
    m_series->setBarWidth(0.7);
    m_offerAxis = new QBarCategoryAxis(m_chart);
    m_costAxis = new QValueAxis(m_chart);
    m_offerAxis->setLabelsFont(UiText::font(kLabelPoints));
    m_offerAxis->setTitleFont(UiText::font(kAxisTitlePoints));
    m_offerAxis->setGridLineVisible(false);
    // The labels, "Model (Provider)", say what the axis is; a title would take their room.
    m_costAxis->setLabelsFont(UiText::font(kLabelPoints));
    m_costAxis->setTitleFont(UiText::font(kAxisTitlePoints));
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_offerAxis, Qt::AlignLeft);
    m_chart->addAxis(m_costAxis, Qt::AlignBottom);
    m_series->attachAxis(m_offerAxis);
    m_series->attachAxis(m_costAxis);
    m_chartView->installEventFilter(this); // to fit the labels to its width
}

void CompareModelsDialog::changeEvent(QEvent* event)
{
    // The model, the chart and the rich-text picks are not widgets: they are redone here.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

bool CompareModelsDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_chartView && event->type() == QEvent::Resize)
        updateChartLabels();
    return QDialog::eventFilter(watched, event);
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

void CompareModelsDialog::updateChart()
{
    // The cheapest matching offers, in core's ranking, whatever column the table is sorted by.
    const auto& offers = m_model->offers();
    auto rows
        = lowregret::OfferRanking::rank(offers, m_model->inputTokens(), m_model->outputTokens(), m_filter->filter());
    if (rows.size() > maxChartBars)
        rows.resize(maxChartBars);

    // Categories run from the bottom up: add the dearest first so the cheapest is on top.
    m_chartRows.clear();
    auto* set = new QBarSet(tr("Monthly cost"));
    set->setColor(Palette::color(Palette::Role::Cloud));
    set->setBorderColor(Palette::color(Palette::Role::Cloud));
    double top = 0.0;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        m_chartRows.push_back(static_cast<int>(it->offer - offers.data()));
        set->append(it->monthlyUsd);
        top = std::max(top, it->monthlyUsd);
    }
    m_series->clear();
    m_series->append(set);
    updateChartLabels();

    m_costAxis->setRange(0.0, top > 0.0 ? top : 1.0);
    m_costAxis->applyNiceNumbers();
    const double span = m_costAxis->max() - m_costAxis->min();
    // Localized labels need the "%.Nf" form; enough decimals to tell the ticks apart.
    m_costAxis->setLabelFormat(span < 1.0 ? u"%.2f"_s : span < 10.0 ? u"%.1f"_s : u"%.0f"_s);

    m_chart->setTitle(
        rows.empty() ? tr("No offer matches the filters") : tr("Monthly cost of the cheapest matching offers"));
    m_costAxis->setTitleText(tr("Monthly cost (USD)"));
}

void CompareModelsDialog::updateChartLabels()
{
    const QFontMetricsF metrics(m_offerAxis->labelsFont());
    const qreal room = kAxisShareOfWidth * m_chartView->width() - kAxisPadding;
    QStringList categories;
    for (const int source : m_chartRows) {
        const auto* offer = m_model->offerAt(source);
        if (!offer)
            continue;
        // Plain parentheses in every language: the names are Latin, and full-width ones come from
        // the CJK face, whose taller line makes QtCharts cut the label down to fit the bar.
        const QString provider = u" ("_s + fromStd(offer->provider) + u')';
        const qreal modelRoom = std::max(room - metrics.horizontalAdvance(provider), metrics.averageCharWidth() * 6);
        QString label = metrics.elidedText(fromStd(offer->model), Qt::ElideRight, modelRoom) + provider;
        // The axis drops a label it already has, which would move the bars to the wrong names.
        for (int n = 2; categories.contains(label); ++n)
            label = metrics.elidedText(fromStd(offer->model), Qt::ElideRight, modelRoom) + provider + u" #"_s
                + QString::number(n);
        categories << label;
    }
    if (categories != m_offerAxis->categories())
        m_offerAxis->setCategories(categories);
}

void CompareModelsDialog::updateTopPicks()
{
    QString html;
    for (const auto& pick : m_catalog.topPicks(m_inputTokens, m_outputTokens)) {
        const auto& offer = *pick.offer;
        const QString model = fromStd(offer.model).toHtmlEscaped();
        const QString provider = fromStd(offer.provider).toHtmlEscaped();
        const QString cost = UiText::money(pick.monthlyUsd).toHtmlEscaped();
        QString heading;
        QString sentence;
        if (pick.priority == "lowest_cost") {
            heading = tr("Lowest cost");
            sentence = tr("%1 at %2, %3 a month — the cheapest offer in the catalog at your usage.");
        } else if (pick.priority == "coding") {
            heading = tr("Coding");
            sentence = tr("%1 at %2, %3 a month — the cheapest offer that is good at writing and reviewing code.");
        } else if (pick.priority == "multimodal") {
            heading = tr("Images and text");
            sentence = tr("%1 at %2, %3 a month — the cheapest offer that reads images as well as text.");
        } else if (pick.priority == "reasoning") {
            heading = tr("Reasoning");
            sentence = tr("%1 at %2, %3 a month — the cheapest offer that is strong at step-by-step reasoning.");
        } else {
            heading = fromStd(pick.priority).toHtmlEscaped();
            sentence = tr("%1 at %2, %3 a month.");
        }
        html += u"<p><b>"_s + heading + u"</b>"_s + UiText::colon() + sentence.arg(model, provider, cost);
        if (lowregret::Catalog::isStale(offer, lowregret::Catalog::today())) {
            const QString asOf = offer.asOf.empty() ? tr("no date") : fromStd(offer.asOf).toHtmlEscaped();
            html += u" <span style=\""_s + k_staleStyle + u"\">"_s + tr("Price from %1, possibly stale.").arg(asOf)
                + u"</span>"_s;
        }
        if (offer.hasSuspectPrice())
            html += u" <span style=\""_s + k_staleStyle + u"\">"_s + OfferTableModel::suspectText().toHtmlEscaped()
                + u"</span>"_s;
        html += u"</p>"_s;
    }
    if (html.isEmpty())
        html = u"<p>"_s + tr("The catalog has no offers.") + u"</p>"_s;
    html += u"<p style=\"color: "_s + Palette::css(Palette::Role::Muted) + u";\">"_s
        + tr("Picked from the whole catalog; the filters do not apply.") + u"</p>"_s;
    m_topPicks->setText(html);
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
