#include "wizard/CostField.h"

#include "widgets/NumberField.h"

#include <QFormLayout>
#include <QLabel>

CostField CostField::add(
    QFormLayout* form, QWidget* parent, const QString& objectName, double min, double max, double scale)
{
    CostField f;
    f.scale = scale;
    f.edit = new NumberField(parent);
    f.edit->setObjectName(objectName);
    f.edit->setRange(min, max);
    f.label = new QLabel(parent);
    f.label->setBuddy(f.edit);
    form->addRow(f.label, f.edit);
    return f;
}

void CostField::show(double stored) const
{
    edit->setValue(stored * scale);
}

bool CostField::valid() const
{
    return edit->value().has_value() || (optional && edit->text().trimmed().isEmpty());
}

std::optional<double> CostField::typed() const
{
    const auto v = edit->isModified() ? edit->value() : std::optional<double>();
    return v ? std::optional<double>(*v / scale) : v;
}

void CostField::put(double& target) const
{
    if (const auto v = typed())
        target = *v;
}
