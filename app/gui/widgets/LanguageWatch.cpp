#include "widgets/LanguageWatch.h"

#include <QEvent>
#include <QWidget>

LanguageWatch::LanguageWatch(QWidget* watched)
    : QObject(watched)
{
    watched->installEventFilter(this);
}

LanguageWatch::~LanguageWatch() = default;

bool LanguageWatch::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parent() && event->type() == QEvent::LanguageChange)
        emit languageChanged();
    return false; // the widget still gets the event
}
