#include "app/LanguageManager.h"

#include "widgets/UiText.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <spdlog/spdlog.h>

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

lowregret::Lang LanguageManager::systemLanguage()
{
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::Chinese && system.script() != QLocale::SimplifiedChineseScript
        && (system.script() == QLocale::TraditionalChineseScript || system.territory() == QLocale::Taiwan
            || system.territory() == QLocale::HongKong || system.territory() == QLocale::Macao))
        return lowregret::Lang::ZhHant;
    return lowregret::Lang::En;
}

void LanguageManager::apply(lowregret::Lang lang)
{
    if (m_app) {
        QCoreApplication::removeTranslator(m_app.get());
        m_app.reset();
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
        m_qt.reset();
    }
    if (lang == lowregret::Lang::ZhHant) {
        m_app = std::make_unique<QTranslator>();
        if (m_app->load(QStringLiteral(":/i18n/lowregret_zh_TW.qm")))
            QCoreApplication::installTranslator(m_app.get());
        else
            spdlog::warn("the Traditional Chinese translation of the app is missing");
        m_qt = std::make_unique<QTranslator>();
        if (m_qt->load(QStringLiteral("qtbase_zh_TW"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qt.get());
        else
            spdlog::info("Qt's own Traditional Chinese strings are not installed (qt6-translations-l10n)");
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan));
    } else {
        // The source texts are English; this catalog only holds their plural forms.
        m_app = std::make_unique<QTranslator>();
        if (m_app->load(QStringLiteral(":/i18n/lowregret_en.qm")))
            QCoreApplication::installTranslator(m_app.get());
        else
            spdlog::warn("the English plural forms of the app are missing");
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    UiText::setLang(lang);
    // Guide texts follow UiText::lang(), not a translator: make sure every widget hears of
    // the change even when no translator was installed or removed.
    QCoreApplication::postEvent(QCoreApplication::instance(), new QEvent(QEvent::LanguageChange));
}
