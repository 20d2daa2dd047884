#pragma once

#include "lowregret/io/Lang.h"

#include <QObject>

#include <memory>

class QTranslator;

// Installs the app's and Qt's translators for a language, sets the locale used for numbers
// and the language guide texts are shown in. Widgets retranslate on QEvent::LanguageChange.
class LanguageManager final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    void apply(lowregret::Lang lang);
    // The system's language when it is one we speak, else English.
    static lowregret::Lang systemLanguage();

private:
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};
