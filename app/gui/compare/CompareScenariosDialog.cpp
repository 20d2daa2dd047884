#include "compare/CompareScenariosDialog.h"

#include "charts/CompareChartView.h"
#include "widgets/LanguageWatch.h"
#include "widgets/Palette.h"
#include "widgets/PlainText.h"
#include "widgets/ScenarioColour.h"
#include "widgets/UiText.h"
#include "widgets/WrappedLabel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
namespace lr = lowregret;

namespace {

constexpr int kHighlightRole = Qt::UserRole + 1;

QTableWidget* makeTable(const QString& name, QWidget* parent)
{
    auto* t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace

CompareScenariosDialog::CompareScenariosDialog(const lr::Guide& guide, lr::Comparison comparison, QWidget* parent)
    : QDialog(parent)
    , m_guide(guide)
    , m_comparison(std::move(comparison))
{
    setObjectName(u"compareScenariosDialog"_s);
    auto* layout = new QVBoxLayout(this);
    m_intro = new WrappedLabel(this);
    layout->addWidget(m_intro);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    m_results = makeTable(u"compareResultTable"_s, splitter);
    auto* inputsBox = new QWidget(splitter);
    auto* inputsLayout = new QVBoxLayout(inputsBox);
    inputsLayout->setContentsMargins(0, 0, 0, 0);
    m_inputsLabel = new WrappedLabel(inputsBox);
    m_inputs = makeTable(u"compareInputTable"_s, inputsBox);
    inputsLayout->addWidget(m_inputsLabel);
    inputsLayout->addWidget(m_inputs, 1);
    m_chart = new CompareChartView(splitter);
    splitter->addWidget(m_results);
    splitter->addWidget(inputsBox);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);
    layout->addWidget(splitter, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 820);
    // Retranslated through a watch rather than changeEvent(): the dialog then shares no
    // function name with the chart it shows, which reads the dependency as running one way.
    connect(new LanguageWatch(this), &LanguageWatch::languageChanged, this, &CompareScenariosDialog::retranslateTexts);
    retranslateTexts();
}

CompareScenariosDialog::~CompareScenariosDialog() = default;

bool CompareScenariosDialog::isHighlighted(int row) const
{
    const auto* item = m_inputs->item(row, 0);
    return item && item->data(kHighlightRole).toBool();
}

void CompareScenariosDialog::retranslateTexts()
{
    setWindowTitle(tr("Compare Scenarios"));
    m_intro->setText(tr("Each scenario is decided as it would be on its own. Amounts are in the first "
                        "scenario's currency; the inputs that differ are highlighted."));
    fillTables();
}

void CompareScenariosDialog::fillTables()
{
    const auto lang = UiText::lang();
    const auto sections = m_comparison.sections(m_guide, lang);
    const auto* results = sections.find("comparison");
    if (results && !results->blocks.empty()) {
        const auto& table = results->blocks.front().table;
        m_results->clear();
        m_results->setColumnCount(int(table.header.size()));
        m_results->setRowCount(int(table.rows.size()));
        QStringList header;
        for (const auto& h : table.header)
            header << QString::fromStdString(h);
        m_results->setHorizontalHeaderLabels(header);
        for (int r = 0; r < int(table.rows.size()); ++r) {
            const auto& row = table.rows[std::size_t(r)];
            for (int c = 0; c < int(row.size()); ++c) {
                auto* item = new QTableWidgetItem(QString::fromStdString(row[std::size_t(c)]));
                item->setToolTip(PlainText::toolTip(item->text()));
                if (c > 0)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_results->setItem(r, c, item);
            }
        }
        // Each scenario's column header in its colour on the chart.
        for (int c = 1; c < m_results->columnCount(); ++c)
            if (auto* h = m_results->horizontalHeaderItem(c))
                h->setForeground(ScenarioColour::of(c - 1));
        m_results->resizeColumnsToContents();
        m_results->resizeRowsToContents();
    }

    const int n = int(m_comparison.entries.size());
    m_inputs->clear();
    m_inputs->setColumnCount(n + 1);
    m_inputs->setRowCount(int(m_comparison.inputs.size()));
    QStringList header { tr("Input") };
    for (const auto& e : m_comparison.entries)
        header << QString::fromStdString(e.name);
    m_inputs->setHorizontalHeaderLabels(header);
    const QColor highlight = Palette::color(Palette::Role::Highlight).lighter(175);
    int differing = 0;
    // The inputs that differ first, each group by field name.
    std::vector<const lr::Comparison::Difference*> order;
    for (const auto& d : m_comparison.inputs)
        order.push_back(&d);
    std::stable_partition(order.begin(), order.end(), [](const auto* d) { return d->differs; });
    for (int r = 0; r < int(order.size()); ++r) {
        const auto& d = *order[std::size_t(r)];
        differing += d.differs ? 1 : 0;
        for (int c = 0; c <= n; ++c) {
            // By the labels the wizard uses and amounts in the comparison's currency; the key in the tooltip.
            const QString text = c == 0 ? QString::fromStdString(lr::Comparison::inputLabel(d.field, lang))
                                        : QString::fromStdString(lr::Comparison::inputText(
                                            d.field, d.values[std::size_t(c - 1)], lang, m_comparison.currency()));
            auto* item = new QTableWidgetItem(text);
            item->setToolTip(PlainText::toolTip(c == 0 ? QString::fromStdString(d.field) : text));
            if (d.differs) {
                item->setBackground(highlight);
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            if (c == 0)
                item->setData(kHighlightRole, d.differs);
            m_inputs->setItem(r, c, item);
        }
    }
    m_inputs->resizeColumnsToContents();
    m_inputs->resizeRowsToContents();
    m_inputsLabel->setText(differing == 0
            ? tr("Inputs: the scenarios have the same inputs.")
            : tr("Inputs: %1 of %2 differ, highlighted.").arg(differing).arg(m_comparison.inputs.size()));
    m_chart->setComparison(m_comparison);
}
