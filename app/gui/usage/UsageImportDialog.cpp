#include "usage/UsageImportDialog.h"

#include "charts/ChartViewBase.h"

#include "widgets/Palette.h"
#include "widgets/PlainText.h"
#include "widgets/UiText.h"
#include "widgets/WrappedLabel.h"

#include "lowregret/io/Format.h"
#include "lowregret/scenario/Scenario.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
namespace lr = lowregret;

namespace {

lr::UsageImport::Result readAll(const QStringList& paths)
{
    // Nothing thrown on the pool thread may reach the slot that takes the result: a file that
    // cannot be held in memory is a file that cannot be read.
    lr::UsageImport import;
    for (const auto& p : paths) {
        try {
            import.addFile(std::filesystem::path(QFile::encodeName(p).toStdString()));
        } catch (const std::exception& e) {
            lr::UsageImport::Result failed = import.result();
            lr::UsageImport::FileReport report;
            report.file = QFileInfo(p).fileName().toStdString();
            report.errors.push_back({ .path = report.file, .kind = lr::Problem::Kind::Unreadable, .value = e.what() });
            failed.files.push_back(std::move(report));
            return failed;
        }
    }
    return import.result();
}

// The unit the chart's token axis counts in: how the language counts large numbers.
struct TokenScale {
    double divisor = 1.0;
    QString unit;
};

TokenScale scaleFor(double top)
{
    if (UiText::lang() == lr::Lang::ZhHant) {
        if (top >= 1e8)
            return { 1e8, u"億"_s };
        if (top >= 1e4)
            return { 1e4, u"萬"_s };
        return { 1.0, QString() };
    }
    if (top >= 1e9)
        return { 1e9, QObject::tr("billions") };
    if (top >= 1e6)
        return { 1e6, QObject::tr("millions") };
    if (top >= 1e3)
        return { 1e3, QObject::tr("thousands") };
    return { 1.0, QString() };
}

QString span(const std::string& first, const std::string& last)
{
    return QString::fromStdString(lr::Scenario::Provenance::monthSpan(first, last, UiText::lang()));
}

} // namespace

UsageImportDialog::UsageImportDialog(const QStringList& files, QWidget* parent)
    : QDialog(parent)
    , m_paths(files)
{
    setObjectName(u"usageImportDialog"_s);
    setModal(true);
    auto* layout = new QVBoxLayout(this);

    m_intro = new WrappedLabel(this);
    m_intro->setObjectName(u"usageIntroLabel"_s);
    layout->addWidget(m_intro);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // busy: how long a file takes is not known before it is read
    m_busy->setTextVisible(false);
    layout->addWidget(m_busy);

    m_files = new QTableWidget(0, 5, this);
    m_files->setObjectName(u"usageFileTable"_s);
    m_files->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_files->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_files->verticalHeader()->hide();
    m_files->horizontalHeader()->setStretchLastSection(true);
    m_files->setWordWrap(true);
    m_files->setMinimumHeight(90);
    layout->addWidget(m_files, 1);

    m_notes = new QLabel(this);
    m_notes->setObjectName(u"usageNotesLabel"_s);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::RichText);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_notes);

    m_chartView = new ChartViewBase(this);
    m_chartView->setObjectName(u"usageChartView"_s);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(360, 240);
    m_chartView->setFocusPolicy(Qt::NoFocus);
    m_chart = m_chartView->chart();
    ChartViewBase::style(m_chart);
    m_series = new QStackedBarSeries(m_chart);
    m_monthAxis = new QBarCategoryAxis(m_chart);
    m_tokenAxis = new QValueAxis(m_chart);
    for (auto* axis : std::initializer_list<QAbstractAxis*> { m_monthAxis, m_tokenAxis })
        ChartViewBase::style(axis);
    m_monthAxis->setGridLineVisible(false);
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_monthAxis, Qt::AlignBottom);
    m_chart->addAxis(m_tokenAxis, Qt::AlignLeft);
    m_series->attachAxis(m_monthAxis);
    m_series->attachAxis(m_tokenAxis);
    layout->addWidget(m_chartView, 2);

    m_figures = new QLabel(this);
    m_figures->setObjectName(u"usageFiguresLabel"_s);
    m_figures->setWordWrap(true);
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_figures);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_use = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_use->setObjectName(u"useUsageFiguresButton"_s);
    m_use->setEnabled(false);
    m_use->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QWidget* w : std::initializer_list<QWidget*> { m_files, m_notes, m_chartView, m_figures })
        w->hide();
    resize(760, 720);

    connect(&m_watcher, &QFutureWatcher<lr::UsageImport::Result>::finished, this, [this] {
        m_result = m_watcher.result();
        show(*m_result);
        Q_EMIT finishedReading();
    });
    // The files are read on a pool thread; the dialog stays responsive, and Cancel closes it
    // (the reading finishes in the background and is dropped).
    m_watcher.setFuture(QtConcurrent::run(readAll, m_paths));
    retranslate();
}

UsageImportDialog::~UsageImportDialog()
{
    // The watcher must not report into a dialog that is gone.
    m_watcher.disconnect(this);
}

bool UsageImportDialog::isReading() const
{
    return !m_result.has_value();
}

void UsageImportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void UsageImportDialog::retranslate()
{
    setWindowTitle(tr("Import Usage"));
    m_use->setText(tr("&Use These Figures"));
    m_use->setToolTip(tr("Fill the monthly tokens, the input share, the stability answer, the growth and the "
                         "cached share from the full months. You can still change each of them."));
    m_files->setHorizontalHeaderLabels({ tr("File"), tr("Layout"), tr("Rows"), tr("Skipped"), tr("Read") });
    if (m_result)
        show(*m_result);
    else
        m_intro->setText(tr("Reading the files (%1)…").arg(m_paths.size()));
}

void UsageImportDialog::show(const lr::UsageImport::Result& result)
{
    m_busy->hide();
    for (QWidget* w : std::initializer_list<QWidget*> { m_files, m_chartView, m_figures })
        w->show();
    const bool usable = result.monthlyTokens.has_value();
    if (result.empty())
        m_intro->setText(tr("No usage was found in these files. The files LowRegret reads are the usage exports of "
                            "OpenAI, Anthropic, OpenRouter and LiteLLM."));
    else if (!usable)
        m_intro->setText(tr("Usage was found, but no full month: the figures need at least one whole month. "
                            "Partial months are shown in the chart and left out."));
    else
        m_intro->setText(tr("Months found: %1. The figures below come from the full months only; "
                            "partial months are shown apart and left out.")
                             .arg(std::count_if(
                                 result.months.begin(), result.months.end(), [](const auto& m) { return !m.local; })));
    fillFiles(result);
    fillChart(result);
    fillFigures(result);
    m_use->setEnabled(usable);
    if (!usable)
        m_buttons->button(QDialogButtonBox::Cancel)->setFocus();
}

void UsageImportDialog::fillFiles(const lr::UsageImport::Result& result)
{
    m_files->setRowCount(int(result.files.size()));
    QStringList notes;
    QStringList errors;
    const auto lang = UiText::lang();
    for (int row = 0; row < int(result.files.size()); ++row) {
        const auto& f = result.files[std::size_t(row)];
        QStringList problems;
        for (const auto& e : f.errors)
            problems << QString::fromStdString(e.describe(lang));
        const QStringList cells { QString::fromStdString(f.file),
            f.layout.empty() ? u"–"_s : QString::fromStdString(f.layout), UiText::number(double(f.rows), 0),
            UiText::number(double(f.skipped), 0), problems.isEmpty() ? tr("yes") : tr("no, see below") };
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == 2 || c == 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 4 && !problems.isEmpty())
                item->setForeground(Palette::color(Palette::Role::Problem));
            item->setToolTip(PlainText::toolTip(c == 4 && !problems.isEmpty() ? problems.join(u'\n') : cells[c]));
            m_files->setItem(row, c, item);
        }
        for (const auto& p : problems)
            errors << p;
        for (const auto& n : f.notes)
            notes << QString::fromStdString(f.file) + UiText::colon() + QString::fromStdString(n.describe(lang));
        if (f.skipped > static_cast<long long>(f.notes.size()))
            notes << tr("%1: more rows skipped: %2")
                         .arg(QString::fromStdString(f.file))
                         .arg(f.skipped - static_cast<long long>(f.notes.size()));
    }
    m_files->resizeColumnsToContents();
    m_files->resizeRowsToContents();
    // Tall enough for up to five files without a scroll bar, whatever the font.
    int height = m_files->horizontalHeader()->height() + 2 * m_files->frameWidth() + 2;
    for (int row = 0; row < std::min(m_files->rowCount(), 5); ++row)
        height += m_files->rowHeight(row);
    m_files->setMinimumHeight(height);
    QString text;
    if (!errors.isEmpty())
        text += u"<p style='color:"_s + Palette::css(Palette::Role::Problem) + u"'>"_s
            + tr("Files not read (nothing of them is counted):").toHtmlEscaped() + u"<br>"_s
            + errors.join(u'\n').toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</p>"_s;
    if (!notes.isEmpty())
        text += u"<p>"_s + tr("Rows skipped (each is counted):").toHtmlEscaped() + u"<br>"_s
            + notes.join(u'\n').toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</p>"_s;
    m_notes->setVisible(!text.isEmpty());
    m_notes->setText(text);
}

void UsageImportDialog::fillChart(const lr::UsageImport::Result& result)
{
    // One bar a month: the cloud's and the local usage of a full month stacked, a partial
    // month in its own colour.
    QStringList months;
    std::vector<double> cloud, local, partial;
    for (const auto& m : result.months) {
        const QString key = QString::fromStdString(m.key());
        if (months.isEmpty() || months.back() != key) {
            months << key;
            cloud.push_back(0.0);
            local.push_back(0.0);
            partial.push_back(0.0);
        }
        const double tokens = m.totals.tokens();
        (m.partial ? partial : m.local ? local : cloud).back() += tokens;
    }
    double top = 0.0;
    for (std::size_t i = 0; i < months.size(); ++i)
        top = std::max(top, cloud[i] + local[i] + partial[i]);
    const auto scale = scaleFor(top);
    m_series->clear();
    const auto addSet = [&](const QString& name, const std::vector<double>& values, Palette::Role role, bool light) {
        auto* set = new QBarSet(name);
        QColor colour = Palette::color(role);
        if (light)
            colour.setAlphaF(0.35);
        set->setColor(colour);
        set->setBorderColor(Palette::color(role));
        for (double v : values)
            set->append(v / scale.divisor);
        m_series->append(set);
    };
    addSet(tr("Cloud"), cloud, Palette::Role::Cloud, false);
    if (std::any_of(local.begin(), local.end(), [](double v) { return v > 0.0; }))
        addSet(tr("Served locally"), local, Palette::Role::Local, false);
    if (std::any_of(partial.begin(), partial.end(), [](double v) { return v > 0.0; }))
        addSet(tr("Partial month (left out)"), partial, Palette::Role::Cloud, true);
    m_monthAxis->setCategories(months);
    m_monthAxis->setTitleText(tr("Month (UTC)"));
    m_tokenAxis->setRange(0.0, top > 0.0 ? top / scale.divisor : 1.0);
    m_tokenAxis->applyNiceNumbers();
    const double spanValue = m_tokenAxis->max() - m_tokenAxis->min();
    m_tokenAxis->setLabelFormat(spanValue < 10.0 ? u"%.1f"_s : u"%.0f"_s);
    m_tokenAxis->setTitleText(scale.unit.isEmpty() ? tr("Tokens") : tr("Tokens (%1)").arg(scale.unit));
    m_chart->setTitle(tr("Monthly tokens, input and output"));
}

void UsageImportDialog::fillFigures(const lr::UsageImport::Result& r)
{
    if (!r.monthlyTokens) {
        m_figures->clear();
        return;
    }
    const QString unknown = tr("not known");
    const auto row = [](const QString& label, const QString& value) -> QString {
        return u"<tr><td style='padding-right:12px'>"_s + label.toHtmlEscaped() + u"</td><td><b>"_s
            + value.toHtmlEscaped() + u"</b></td></tr>"_s;
    };
    QString html = u"<table>"_s;
    html += row(tr("Full months"),
        tr("%1 (%2)").arg(UiText::number(r.fullMonths, 0), span(*r.firstFullMonth, *r.lastFullMonth)));
    html += row(
        tr("Monthly tokens (mean of %1)").arg(span(r.meanFirstMonth.value_or(*r.lastFullMonth), *r.lastFullMonth)),
        UiText::tokens(*r.monthlyTokens));
    html += row(tr("Input share"), r.inputShare ? UiText::percent(*r.inputShare) : unknown);
    html += row(tr("Cached share of input"), r.cachedShare ? UiText::percent(*r.cachedShare) : unknown);
    if (r.localShare && *r.localShare > 0.0)
        html += row(tr("Served locally already"), UiText::percent(*r.localShare));
    html += row(tr("Month-to-month variation (coefficient of variation)"),
        r.coefficientOfVariation ? UiText::number(*r.coefficientOfVariation, 2) : tr("needs two full months"));
    html += row(tr("Growth, fitted"),
        r.growthPerMonth
            ? tr("%1 a month").arg((*r.growthPerMonth > 0 ? u"+"_s : QString()) + UiText::percent(*r.growthPerMonth))
            : tr("needs two months of usage"));
    html += row(tr("Is usage stable? (suggested)"),
        r.usageStable ? (*r.usageStable ? tr("Yes") : tr("No"))
                      : tr("no suggestion: %1 full months are needed, %2 found")
                            .arg(lr::UsageImport::minMonthsForStability)
                            .arg(r.fullMonths));
    html += u"</table><p>"_s
        + tr("Stable means a variation of at most %1 and no full month below half the mean. "
             "The answer stays yours to change.")
              .arg(UiText::number(lr::UsageImport::maxStableVariation, 2))
              .toHtmlEscaped()
        + u"</p>"_s;
    m_figures->setText(html);
}
