#pragma once

#include <QObject>

// The mouse wheel over a closed drop-down (QComboBox) or a spin box (QSpinBox, QDateEdit …)
// that does not have focus scrolls the page under the pointer (the nearest scroll area) instead of changing the value
// unseen; once the widget has focus (a click, Tab), the wheel changes it as usual. A wheel
// turn never gives such a widget focus either (Qt::StrongFocus rather than Qt::WheelFocus).
// One filter on the application covers every window and dialog, present and future.
class WheelGuard final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WheelGuard)

public:
    ~WheelGuard() override;

    // Installs the guard on the running QApplication; a second call does nothing.
    static void install();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit WheelGuard(QObject* parent);
};
