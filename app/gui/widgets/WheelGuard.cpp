#include "widgets/WheelGuard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QPointer>
#include <QWheelEvent>

namespace {

bool guarded(QObject* object)
{
    return qobject_cast<QComboBox*>(object) != nullptr || qobject_cast<QAbstractSpinBox*>(object) != nullptr;
}

} // namespace

WheelGuard::WheelGuard(QObject* parent)
    : QObject(parent)
{
}

WheelGuard::~WheelGuard() = default;

void WheelGuard::install()
{
    static QPointer<WheelGuard> guard;
    auto* app = qApp;
    if (app == nullptr || (guard && guard->parent() == app))
        return;
    guard = new WheelGuard(app);
    app->installEventFilter(guard);
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    const auto type = event->type();
    if ((type != QEvent::Polish && type != QEvent::Wheel) || !guarded(watched))
        return false;
    auto* widget = static_cast<QWidget*>(watched);
    if (type == QEvent::Polish) {
        if (widget->focusPolicy() == Qt::WheelFocus)
            widget->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (widget->hasFocus())
        return false;
    // The page under the pointer takes the turn: the nearest scroll area around the widget.
    for (QWidget* p = widget->parentWidget(); p != nullptr; p = p->parentWidget()) {
        auto* area = qobject_cast<QAbstractScrollArea*>(p);
        if (area == nullptr)
            continue;
        const auto* wheel = static_cast<QWheelEvent*>(event);
        QWheelEvent turn(area->viewport()->mapFromGlobal(wheel->globalPosition()), wheel->globalPosition(),
            wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(), wheel->modifiers(), wheel->phase(),
            wheel->inverted(), wheel->source());
        QCoreApplication::sendEvent(area->viewport(), &turn);
        event->setAccepted(turn.isAccepted());
        return true;
    }
    event->ignore();
    return true;
}
