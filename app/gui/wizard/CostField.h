#pragma once

#include "widgets/NumberField.h"

#include <QObject>
#include <QString>

#include <optional>

class QFormLayout;
class QLabel;
class QWidget;

// One figure of the costs page: its field and label, and how what the field shows relates to
// what the scenario stores.
struct CostField {
    NumberField* edit = nullptr;
    QLabel* label = nullptr;
    double scale = 1.0; // shown = stored × scale: a share is typed as a percentage
    bool optional = false; // empty is valid: none

    // A new row of `form`: the field named `objectName` (min and max as shown), and its label,
    // whose text the group sets.
    static CostField add(
        QFormLayout* form, QWidget* parent, const QString& objectName, double min, double max, double scale = 1.0);
    // The same in a group of the costs page, whose edited() signal says the user typed in it.
    template <typename Group>
    static CostField add(
        QFormLayout* form, Group* group, const QString& objectName, double min, double max, double scale = 1.0)
    {
        CostField f = add(form, static_cast<QWidget*>(group), objectName, min, max, scale);
        QObject::connect(f.edit, &QLineEdit::textEdited, group, &Group::edited);
        return f;
    }

    // Shows the scenario's `stored` value.
    void show(double stored) const;
    // Whether what the field holds is a number in range, or an optional field left empty.
    [[nodiscard]] bool valid() const;
    // What the user typed, in the scenario's unit (a percentage divided back); nothing when the
    // field still shows what the document holds, or does not hold a valid number.
    [[nodiscard]] std::optional<double> typed() const;
    // Writes what the user typed into `target`, if anything.
    void put(double& target) const;
};
