#pragma once

#include <QObject>

class QEvent;
class QWidget;

// Says when the UI language of a widget changes (QEvent::LanguageChange), for a window that
// retranslates itself without overriding changeEvent(). It watches the widget it is made for
// and is owned by it.
class LanguageWatch final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageWatch)

public:
    explicit LanguageWatch(QWidget* watched);
    ~LanguageWatch() override;

signals:
    void languageChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};
