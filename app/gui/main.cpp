#include "CommandLine.h"
#include "DecisionWizard.h"
#include "LanguageManager.h"
#include "Logging.h"
#include "MainWindow.h"
#include "Settings.h"
#include "UiText.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <cstdlib>

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "lowregret: %s\n", message.toLocal8Bit().constData());
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    // Output without a window must work with no display at all: choose the platform before
    // QApplication exists, unless the user chose one.
    if (CommandLine::wantsHeadless(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        qputenv("QT_SCALE_FACTOR", "1");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lowregret"));
    QApplication::setOrganizationName(QStringLiteral("lowregret"));
    QApplication::setApplicationDisplayName(QStringLiteral("LowRegret"));
    QApplication::setApplicationVersion(QStringLiteral(LOWREGRET_VERSION));

    Settings settings;
    LanguageManager languages;
    // Messages about the command line itself come in the saved or the system language.
    const auto saved = lowregret::parseLang(settings.language().toStdString());
    languages.apply(saved.value_or(LanguageManager::systemLanguage()));

    const CommandLine cl = CommandLine::parse(QApplication::arguments());
    if (!cl.error.isEmpty())
        return fail(cl.error);
    if (!Logging::setUp(cl.logLevel))
        return fail(QApplication::translate("CommandLine", "Unknown log level \"%1\".").arg(cl.logLevel));
    if (cl.lang)
        languages.apply(*cl.lang);
    spdlog::info("LowRegret {} starting", LOWREGRET_VERSION);

    MainWindow window(settings, languages);
    const bool headless = !cl.screenshot.isEmpty();
    window.setInteractive(!headless);
    if (!cl.scenario.isEmpty() && !window.openFile(cl.scenario)) {
        if (headless)
            return fail(window.lastError());
    }
    if (!headless && cl.scenario.isEmpty())
        window.offerRecovery();
    window.show();

    if (cl.page && !window.wizard()->goTo(*cl.page)) {
        const QString message = QApplication::translate(
            "CommandLine", "The scenario's answers do not lead to that page; showing the furthest page they reach.");
        if (headless)
            return fail(message);
        spdlog::warn("{}", message.toStdString());
    }

    if (headless) {
        QApplication::processEvents();
        const QImage image = window.grab().toImage();
        const QString target = QFileInfo(cl.screenshot).absoluteFilePath();
        if (!image.save(target, "PNG"))
            return fail(QApplication::translate("CommandLine", "Cannot write the screenshot %1.")
                            .arg(QDir::toNativeSeparators(target)));
        return 0;
    }
    return QApplication::exec();
}
