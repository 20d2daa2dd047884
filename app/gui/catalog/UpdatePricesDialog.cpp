#include "catalog/UpdatePricesDialog.h"

#include "catalog/PriceDiffTree.h"

#include "widgets/Palette.h"
#include "widgets/PlainText.h"
#include "widgets/UiText.h"
#include "widgets/WrappedLabel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
namespace lr = lowregret;

namespace {

QString formatName(lr::PriceImport::Format format)
{
    // The names the projects give themselves: not translated.
    return format == lr::PriceImport::Format::GenaiPrices ? u"genai-prices"_s : u"LiteLLM"_s;
}

QLabel* plainLabel(const QString& name, QWidget* parent)
{
    auto* label = new WrappedLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // file names and offer ids come from files
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

UpdatePricesDialog::UpdatePricesDialog(
    const QString& file, const lr::Catalog& current, const QStringList& recentFiles, QWidget* parent)
    : QDialog(parent)
    , m_file(file)
{
    setObjectName(u"updatePricesDialog"_s);
    setModal(true);
    auto* layout = new QVBoxLayout(this);

    m_intro = plainLabel(u"updatePricesMessageLabel"_s, this);
    layout->addWidget(m_intro);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"updatePricesProgressBar"_s);
    m_busy->setRange(0, 0); // busy: how long the file takes is not known before it is read
    m_busy->setTextVisible(false);
    layout->addWidget(m_busy);

    m_counts = plainLabel(u"updatePricesCountsLabel"_s, this);
    layout->addWidget(m_counts);

    m_tree = new PriceDiffTree(this);
    layout->addWidget(m_tree, 1);

    m_goneNote = plainLabel(u"updatePricesGoneLabel"_s, this);
    layout->addWidget(m_goneNote);

    m_scenarios = plainLabel(u"updatePricesScenariosLabel"_s, this);
    layout->addWidget(m_scenarios);
    // Takes the room the hidden table leaves, so a message alone stays at the top.
    layout->addStretch(0);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_update = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_update->setObjectName(u"updatePricesButton"_s);
    m_update->setEnabled(false);
    m_update->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QWidget* w : std::initializer_list<QWidget*> { m_counts, m_tree, m_goneNote, m_scenarios })
        w->hide();
    resize(860, 600);

    connect(&m_watcher, &QFutureWatcher<PriceUpdateCheck>::finished, this, [this] {
        m_check = m_watcher.result();
        show(*m_check);
        Q_EMIT finishedReading();
    });
    // Read on a pool thread, with a copy of the catalog: the dialog stays responsive, and
    // Cancel closes it (the reading finishes in the background and is dropped).
    m_watcher.setFuture(QtConcurrent::run(&PriceUpdateCheck::run, m_file, current, recentFiles, lr::Guide::builtIn()));
    retranslate();
}

UpdatePricesDialog::~UpdatePricesDialog()
{
    // The watcher must not report into a dialog that is gone.
    m_watcher.disconnect(this);
}

void UpdatePricesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void UpdatePricesDialog::retranslate()
{
    setWindowTitle(tr("Update Prices"));
    m_update->setText(tr("&Update Prices"));
    m_update->setToolTip(tr("Add the file's offers to your price catalog and replace the prices that changed. "
                            "Gone offers are kept."));
    if (m_check)
        show(*m_check);
    else
        m_intro->setText(tr("Reading %1…").arg(PlainText::name(QFileInfo(m_file).fileName())));
}

void UpdatePricesDialog::show(const PriceUpdateCheck& check)
{
    m_busy->hide();
    auto* cancel = m_buttons->button(QDialogButtonBox::Cancel);
    const bool usable = check.usable();
    const bool changes = usable && !check.diff.empty();
    m_counts->setVisible(usable);
    m_tree->setVisible(changes);
    m_goneNote->setVisible(changes && !check.diff.gone.empty());
    m_scenarios->setVisible(changes && (!check.diff.changed.empty() || !check.diff.gone.empty()));
    m_update->setVisible(changes);
    m_update->setEnabled(changes);
    // Nothing to write: the one button left closes the dialog.
    cancel->setText(changes ? tr("Cancel") : tr("Close"));
    QPalette palette = m_intro->palette();
    palette.setColor(QPalette::WindowText,
        usable ? QWidget::palette().color(QPalette::WindowText) : Palette::color(Palette::Role::Problem));
    m_intro->setPalette(palette);
    if (!usable) {
        m_intro->setText(problemText(check));
        cancel->setFocus();
        return;
    }
    const QString name = PlainText::name(QFileInfo(check.file).fileName());
    const QString format = formatName(*check.read.format);
    if (!changes) {
        m_intro->setText(tr("Your prices are up to date with this file: %1 (%2).").arg(name, format));
        m_counts->setText(countsText(check));
        cancel->setFocus();
        return;
    }
    m_intro->setText(tr("What %1 (a %2 price file) would change in your price catalog. Nothing is written until "
                        "you choose Update Prices.")
                         .arg(name, format));
    m_counts->setText(countsText(check));
    m_tree->setDiff(check.diff);
    m_goneNote->setText(tr("Gone offers are kept in your catalog with their last prices: a scenario may still "
                           "name them."));
    m_scenarios->setText(scenariosText(check));
    m_update->setFocus();
}

QString UpdatePricesDialog::problemText(const PriceUpdateCheck& check) const
{
    QStringList reasons;
    bool notPrices = false; // read as JSON, but not in the shape of a price file
    for (const auto& p : check.read.result.errors) {
        reasons << QString::fromStdString(p.describe(UiText::lang()));
        notPrices = notPrices || p.kind == lr::Problem::Kind::UnknownPriceFile;
    }
    const QString name = PlainText::name(QDir::toNativeSeparators(check.file));
    const QString why = PlainText::lines(reasons.join(u'\n'));
    if (notPrices)
        return tr("%1 is not a price file LowRegret reads (LiteLLM or genai-prices); nothing was changed.\n%2")
            .arg(name, why);
    return tr("%1 cannot be read as a price file; nothing was changed.\n%2").arg(name, why);
}

QString UpdatePricesDialog::countsText(const PriceUpdateCheck& check) const
{
    const auto& r = check.read.result;
    const auto& d = check.diff;
    QString text = tr("Read: %1 entries · new: %2 · changed: %3 · gone: %4 · skipped: %5")
                       .arg(UiText::number(r.read, 0), UiText::number(double(d.added.size()), 0),
                           UiText::number(double(d.changed.size()), 0), UiText::number(double(d.gone.size()), 0),
                           UiText::number(r.skipped, 0));
    if (r.merged > 0)
        text += u'\n' + tr("Entries that collapse into one offer: %1").arg(UiText::number(r.merged, 0));
    if (r.suspect > 0)
        text += u'\n'
            + tr("Offers whose price looks wrong (they are imported, marked): %1").arg(UiText::number(r.suspect, 0));
    if (!r.asOf.empty())
        text += u'\n' + tr("Prices dated %1 (the file's date)").arg(QString::fromStdString(r.asOf));
    return text;
}

QString UpdatePricesDialog::scenariosText(const PriceUpdateCheck& check) const
{
    if (check.scenarios.empty())
        return tr("None of your recent scenarios names a changed or gone offer.");
    QStringList lines { tr("Your recent scenarios that name a changed or gone offer:") };
    for (const auto& s : check.scenarios)
        lines << (s.gone ? tr("%1: %2 (gone, kept)") : tr("%1: %2 (new prices)"))
                     .arg(PlainText::name(QDir::toNativeSeparators(s.file)), PlainText::name(s.offerId));
    return lines.join(u'\n');
}
