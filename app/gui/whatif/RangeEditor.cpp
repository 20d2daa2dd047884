#include "whatif/RangeEditor.h"

#include "widgets/NumberField.h"
#include "widgets/Palette.h"
#include "widgets/UiText.h"

#include "lowregret/analysis/Sensitivity.h"
#include "lowregret/outcome/InputText.h"
#include "lowregret/scenario/ScenarioInputs.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace lr = lowregret;

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

bool isMoney(const std::string& unit)
{
    return unit.rfind("usd", 0) == 0;
}

// A share is typed as a percentage, as on the usage page; an amount in the scenario's currency;
// every other unit as it is stored.
double shownScale(const lr::ScenarioInputs::Input& input)
{
    if (isMoney(input.unit))
        return UiText::currency().perUsd;
    return input.unit == "share" ? 100.0 : 1.0;
}

QString unitName(const std::string& unit)
{
    if (unit == "tokens")
        return RangeEditor::tr("tokens a month");
    if (unit == "share")
        return RangeEditor::tr("% of the tokens");
    if (unit == "usd_per_mtok")
        return RangeEditor::tr("%1 per 1M tokens").arg(UiText::currencyUnit());
    if (unit == "usd")
        return UiText::currencyUnit();
    if (unit == "usd_per_month")
        return RangeEditor::tr("%1 a month").arg(UiText::currencyUnit());
    if (unit == "hours")
        return RangeEditor::tr("hours");
    if (unit == "hours_per_month")
        return RangeEditor::tr("hours a month");
    if (unit == "usd_per_hour")
        return RangeEditor::tr("%1 an hour").arg(UiText::currencyUnit());
    if (unit == "usd_per_kwh")
        return RangeEditor::tr("%1 per kWh").arg(UiText::currencyUnit());
    if (unit == "watts")
        return RangeEditor::tr("watts");
    if (unit == "tokens_per_second")
        return RangeEditor::tr("tokens per second");
    return {};
}

} // namespace

RangeEditor::RangeEditor(QWidget* parent)
    : QGroupBox(parent)
    , m_grid(new QGridLayout)
    , m_source(new QLabel(this))
    , m_message(new QLabel(this))
    , m_defaults(new QPushButton(this))
{
    setObjectName(QStringLiteral("rangeEditor"));
    auto* column = new QVBoxLayout(this);
    m_source->setObjectName(QStringLiteral("rangeSource"));
    m_source->setWordWrap(true);
    column->addWidget(m_source);
    for (int c = 0; c < 3; ++c) {
        m_headers[c] = new QLabel(this);
        m_headers[c]->setAlignment(c == 0 ? Qt::AlignLeft | Qt::AlignBottom : Qt::AlignRight | Qt::AlignBottom);
        QFont bold = m_headers[c]->font();
        bold.setBold(true);
        m_headers[c]->setFont(bold);
        m_grid->addWidget(m_headers[c], 0, c);
    }
    m_grid->setColumnStretch(0, 3);
    m_grid->setColumnStretch(1, 2);
    m_grid->setColumnStretch(2, 2);
    column->addLayout(m_grid);
    m_message->setObjectName(QStringLiteral("rangeMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: ") + Palette::css(Palette::Role::Problem) + QLatin1Char(';'));
    m_message->hide();
    column->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_defaults->setObjectName(QStringLiteral("rangeDefaults"));
    buttons->addWidget(m_defaults);
    column->addLayout(buttons);
    connect(m_defaults, &QPushButton::clicked, this, [this] {
        // The button is disabled by this: the focus stays in the table rather than moving on
        // to the next pane.
        if (!m_rows.empty())
            m_rows.front().low->setFocus(Qt::OtherFocusReason);
        for (const auto& row : m_rows) {
            row.low->markInvalid(false);
            row.high->markInvalid(false);
        }
        m_message->clear();
        m_message->hide();
        Q_EMIT rangesEdited(std::nullopt);
    });
    retranslate();
}

RangeEditor::~RangeEditor() = default;

void RangeEditor::setScenario(const lr::Scenario& scenario)
{
    m_scenario = scenario;
    std::vector<std::string> paths;
    for (const auto* input : lr::ScenarioInputs::inputsOf(scenario))
        paths.push_back(input->path);
    const bool same = std::equal(paths.begin(), paths.end(), m_rows.begin(), m_rows.end(),
        [](const auto& p, const Row& r) { return p == r.path; });
    // The fields' ranges and units are in the currency shown: another currency, other rows.
    if (!same || scenario.currency != m_rowsCurrency) {
        m_rowsCurrency = scenario.currency;
        rebuildRows(paths);
    }
    for (const auto& row : m_rows)
        showRow(row);
    const QString message = problems();
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_defaults->setEnabled(scenario.uncertainty.has_value());
    m_source->setText(scenario.uncertainty
            ? tr("These are this scenario's own ranges, saved with it. An input with both ends empty is held fixed.")
            : tr("These are the documented defaults around your figures. Editing a range writes them all into the "
                 "scenario, to be saved with it."));
}

void RangeEditor::rebuildRows(const std::vector<std::string>& paths)
{
    for (auto& row : m_rows) {
        delete row.name;
        delete row.low;
        delete row.high;
    }
    m_rows.clear();
    int r = 1;
    for (const auto& path : paths) {
        const auto* input = lr::ScenarioInputs::input(path);
        if (!input)
            continue;
        Row row { .path = path, .name = new QLabel(this), .low = new NumberField(this), .high = new NumberField(this) };
        const double scale = shownScale(*input);
        for (auto* field : { row.low, row.high }) {
            // Wide enough for 18,000,000,000 at any window size.
            field->setMinimumWidth(field->fontMetrics().horizontalAdvance(QStringLiteral("00,000,000,000")) + 12);
            field->setRange(input->min * scale, input->max * scale);
            field->setWholeNumber(input->unit == "tokens");
            field->setObjectName(q(path) + (field == row.low ? QStringLiteral(".low") : QStringLiteral(".high")));
        }
        row.name->setBuddy(row.low);
        m_grid->addWidget(row.name, r, 0);
        m_grid->addWidget(row.low, r, 1);
        m_grid->addWidget(row.high, r, 2);
        m_rows.push_back(row);
        ++r;
    }
    // Tab goes along a row, low then high, then down to the next.
    QWidget* previous = nullptr;
    for (const auto& row : m_rows) {
        for (QWidget* field : { static_cast<QWidget*>(row.low), static_cast<QWidget*>(row.high) }) {
            if (previous)
                setTabOrder(previous, field);
            previous = field;
        }
    }
    if (previous)
        setTabOrder(previous, m_defaults);
    for (const auto& row : m_rows) {
        const auto& path = row.path;
        const auto rowOf = [this, path]() -> const Row* {
            const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row& x) { return x.path == path; });
            return it == m_rows.end() ? nullptr : &*it;
        };
        // Checked as it is typed; taken into the scenario when the field is left or Enter is
        // pressed, so a number half typed is never a range.
        for (auto* field : { row.low, row.high }) {
            connect(field, &QLineEdit::textEdited, this, [this, rowOf] {
                if (const Row* r = rowOf())
                    edited(*r, false);
            });
            connect(field, &QLineEdit::editingFinished, this, [this, rowOf] {
                if (const Row* r = rowOf())
                    edited(*r, true);
            });
        }
    }
    retranslate();
}

void RangeEditor::showRow(const Row& row)
{
    if (!m_scenario)
        return;
    const auto* input = lr::ScenarioInputs::input(row.path);
    const auto lang = UiText::lang();
    // The input's name, and under it the scenario's figure in its unit.
    row.name->setText(q(lr::InputText::label(row.path, lang)).toHtmlEscaped() + QStringLiteral("<br><small>")
        + tr("yours: %1")
              .arg(q(lr::InputText::valueText(
                  row.path, lr::ScenarioInputs::value(*m_scenario, *input), lang, m_scenario->currency)))
              .toHtmlEscaped()
        + QStringLiteral("</small>"));
    const auto ranges = lr::Sensitivity::ranges(*m_scenario);
    const auto it = ranges.find(row.path);
    const double scale = shownScale(*input);
    // A row with an invalid end is waiting to be mended (the message says why): both ends keep
    // what the user typed.
    if (row.low->property("invalid").toBool() || row.high->property("invalid").toBool())
        return;
    for (auto* field : { row.low, row.high }) {
        if (field->hasFocus() && it != ranges.end() && field->value()
            && *field->value() == (field == row.low ? it->second.low : it->second.high) * scale)
            continue; // what the user typed is what the scenario holds: keep their text
        field->markInvalid(false);
        if (it == ranges.end())
            field->clear();
        else
            field->setValue((field == row.low ? it->second.low : it->second.high) * scale);
    }
}

void RangeEditor::edited(const Row& row, bool commit)
{
    if (!m_scenario)
        return;
    const auto* input = lr::ScenarioInputs::input(row.path);
    const double scale = shownScale(*input);
    // The low end may not pass the high end: the same bounds the scenario's reader applies.
    const auto high = row.high->value();
    row.low->setRange(input->min * scale, high.value_or(input->max * scale));
    const auto low = row.low->value();
    const bool empty = row.low->text().trimmed().isEmpty() && row.high->text().trimmed().isEmpty();
    row.low->markInvalid(!empty && !low);
    row.high->markInvalid(!empty && !high);
    const QString message = problems();
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    if (!commit || (!row.low->isModified() && !row.high->isModified()))
        return; // typing, or leaving a row that was not changed
    if (!empty && (!low || !high))
        return; // nothing changes until both ends are valid
    row.low->setModified(false);
    row.high->setModified(false);
    if (!empty) {
        // Written back as every other figure is shown (grouped digits).
        row.low->setValue(*low);
        row.high->setValue(*high);
    }
    Ranges ranges = m_scenario->uncertainty ? *m_scenario->uncertainty : lr::ScenarioInputs::defaultRanges(*m_scenario);
    if (empty)
        ranges.erase(row.path);
    else
        ranges[row.path] = { *low / scale, *high / scale };
    Q_EMIT rangesEdited(ranges);
}

QString RangeEditor::problems() const
{
    QStringList lines;
    const auto lang = UiText::lang();
    for (const auto& row : m_rows) {
        const QString name = q(lr::InputText::label(row.path, lang));
        const bool empty = row.low->text().trimmed().isEmpty() && row.high->text().trimmed().isEmpty();
        if (empty)
            continue;
        if (row.low->text().trimmed().isEmpty() || row.high->text().trimmed().isEmpty()) {
            lines << tr("%1: give both ends, or leave both empty to hold it fixed.").arg(name);
            continue;
        }
        if (!row.low->value())
            lines << row.low->problem(tr("%1, low end").arg(name));
        if (!row.high->value())
            lines << row.high->problem(tr("%1, high end").arg(name));
    }
    if (!lines.isEmpty())
        lines << tr("Until then, the analysis uses the last valid ranges.");
    return lines.join(QLatin1Char('\n'));
}

void RangeEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_scenario)
            setScenario(*m_scenario); // the figures and the source line, in the new language
    }
    QGroupBox::changeEvent(event);
}

void RangeEditor::retranslate()
{
    setTitle(tr("Ranges tested"));
    m_headers[0]->setText(tr("Input"));
    m_headers[1]->setText(tr("Low"));
    m_headers[2]->setText(tr("High"));
    m_defaults->setText(tr("&Use the defaults"));
    m_defaults->setToolTip(tr("Take this scenario's own ranges out, and test the documented defaults around your "
                              "figures again"));
    const auto lang = UiText::lang();
    for (const auto& row : m_rows) {
        const auto* input = lr::ScenarioInputs::input(row.path);
        const QString name = q(lr::InputText::label(row.path, lang));
        row.low->setPlaceholderText(tr("held fixed"));
        row.high->setPlaceholderText(tr("held fixed"));
        row.low->setToolTip(tr("%1: the lowest value the analysis tries, in %2. Empty at both ends holds it fixed.")
                                .arg(name, unitName(input->unit)));
        row.high->setToolTip(tr("%1: the highest value the analysis tries, in %2. Empty at both ends holds it fixed.")
                                 .arg(name, unitName(input->unit)));
        row.low->setAccessibleName(tr("%1, low end").arg(name));
        row.high->setAccessibleName(tr("%1, high end").arg(name));
    }
}
