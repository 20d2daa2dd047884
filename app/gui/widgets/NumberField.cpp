#include "widgets/NumberField.h"

#include "widgets/Palette.h"
#include "widgets/UiText.h"

#include "lowregret/Format.h"
#include "lowregret/ObjectReader.h"

#include <QLocale>

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

std::optional<double> NumberField::parsed() const
{
    const QString t = text().trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    double v = QLocale().toDouble(t, &ok);
    if (!ok) {
        // Always accept the C form, and a comma-grouped form, whatever the locale.
        QString plain = t;
        plain.remove(QLatin1Char(','));
        v = QLocale::c().toDouble(plain, &ok);
    }
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v * m_multiplier;
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
