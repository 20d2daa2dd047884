#pragma once

#include <QLineEdit>

#include <optional>

// A line edit for one number of the scenario. It reads numbers in the form the app shows them
// ("1,234.5", "1234.5"), whatever the user's locale, refuses a decimal comma ("30,5") instead of
// reading 305, checks the range with core's validator and says what is wrong in the user's
// language instead of clamping silently.
class NumberField final : public QLineEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberField)

public:
    explicit NumberField(QWidget* parent = nullptr);
    ~NumberField() override;

    void setRange(double min, double max);
    void setWholeNumber(bool whole);
    // The value is this many units (1 000 000 for "M"); the range applies to the product.
    void setMultiplier(double multiplier);
    [[nodiscard]] double multiplier() const { return m_multiplier; }

    // The value in base units, or nullopt when the text is not a valid number in range.
    [[nodiscard]] std::optional<double> value() const;
    void setValue(double baseUnits);
    // Why value() is empty, in the current language, prefixed with `label`; empty when valid.
    [[nodiscard]] QString problem(const QString& label) const;
    // Shows or clears the error look.
    void markInvalid(bool invalid);

private:
    [[nodiscard]] std::optional<double> parsed() const;

    double m_min = 0.0;
    double m_max = 1e12;
    double m_multiplier = 1.0;
    bool m_whole = false;
};
