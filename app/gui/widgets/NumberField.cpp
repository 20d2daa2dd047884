#include "widgets/NumberField.h"

#include "widgets/Palette.h"
#include "widgets/UiText.h"

#include "lowregret/io/Format.h"
#include "lowregret/io/ObjectReader.h"
#include "lowregret/io/PlainNumber.h"

#include <QRegularExpression>

#include <cmath>

NumberField::NumberField(QWidget* parent)
    : QLineEdit(parent)
{
    setClearButtonEnabled(false);
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

NumberField::~NumberField() = default;

void NumberField::setRange(double min, double max)
{
    m_min = min;
    m_max = max;
}

void NumberField::setWholeNumber(bool whole)
{
    m_whole = whole;
}

void NumberField::setMultiplier(double multiplier)
{
    m_multiplier = multiplier > 0.0 ? multiplier : 1.0;
}

namespace {

// The form the app writes numbers in (core's Format, in both languages): a dot for decimals,
// commas only between groups of three digits. Read whatever the user's locale is, so "30,5"
// (a decimal comma) is refused rather than read as 305, and "1,500" is 1500.
std::optional<double> readShownForm(const QString& text)
{
    if (text.contains(QLatin1Char(','))) {
        static const QRegularExpression grouped(
            QStringLiteral("^[+-]?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]*)?([eE][+-]?[0-9]+)?$"));
        if (!grouped.match(text).hasMatch())
            return std::nullopt;
    }
    QString plain = text;
    plain.remove(QLatin1Char(','));
    return lowregret::PlainNumber::parse(plain.toStdString());
}

} // namespace

std::optional<double> NumberField::parsed() const
{
    const QString t = text().trimmed();
    if (t.isEmpty())
        return std::nullopt;
    const auto v = readShownForm(t);
    if (!v || !std::isfinite(*v))
        return std::nullopt;
    return *v * m_multiplier;
}

std::optional<double> NumberField::value() const
{
    const auto v = parsed();
    if (!v || *v < m_min || *v > m_max)
        return std::nullopt;
    if (m_whole && std::trunc(*v) != *v)
        return std::nullopt;
    return v;
}

QString NumberField::problem(const QString& label) const
{
    const auto v = parsed();
    const QString typed = text().trimmed();
    if (!v && typed.contains(QLatin1Char(','))) {
        // Most likely a decimal comma: say which form the field takes.
        if (m_whole)
            return tr("%1: \"%2\" is not a whole number: a comma may only separate thousands, as in 1,500.")
                .arg(label, typed);
        QString dotted = typed;
        dotted.replace(QLatin1Char(','), QLatin1Char('.'));
        if (dotted.count(QLatin1Char('.')) != 1)
            dotted = QStringLiteral("30.5");
        return tr("%1: \"%2\" is not a number: write decimals with a point, as in %3; a comma may only "
                  "separate thousands, as in 1,500.")
            .arg(label, typed, dotted);
    }
    lowregret::Problems problems;
    if (!v) {
        problems.push_back({ .kind = lowregret::Problem::Kind::WrongType, .expected = m_whole ? "integer" : "number" });
    } else {
        // The same check the scenario loader applies, so the app and the file agree.
        const nlohmann::json probe = { { "v", *v } };
        lowregret::ObjectReader reader(probe, "", problems);
        if (m_whole)
            reader.integer("v", static_cast<long long>(m_min), static_cast<long long>(m_max), true);
        else
            reader.number("v", m_min, m_max, true);
        // Quote what was typed: the double it parses to can print as a long row of digits.
        for (auto& p : problems) {
            p.path.clear();
            if (!p.value.empty())
                p.value = text().trimmed().toStdString();
        }
    }
    if (problems.empty())
        return {};
    return label + UiText::colon() + QString::fromStdString(problems.front().describe(UiText::lang()));
}

void NumberField::setValue(double baseUnits)
{
    const double shown = baseUnits / m_multiplier;
    setText(QString::fromStdString(lowregret::Format::compactNumber(shown, 6)));
}

void NumberField::markInvalid(bool invalid)
{
    if (property("invalid").toBool() == invalid)
        return;
    setProperty("invalid", invalid);
    setStyleSheet(invalid ? QStringLiteral("QLineEdit { border: 2px solid ") + Palette::css(Palette::Role::Problem)
                + QStringLiteral("; border-radius: 3px; }")
                          : QString());
}
