#include "app/Logging.h"

#include <QDir>
#include <QStandardPaths>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <vector>

namespace {

void forwardQtMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const std::string text = message.toStdString();
    // The offscreen platform (screenshots, exports) says this about every window it shows.
    if (type == QtWarningMsg && text.find("propagateSizeHints") != std::string::npos)
        type = QtDebugMsg;
    const char* category = context.category ? context.category : "qt";
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        spdlog::info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        spdlog::warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
        spdlog::error("[{}] {}", category, text);
        break;
    case QtFatalMsg:
        spdlog::critical("[{}] {}", category, text);
        spdlog::shutdown();
        std::abort();
    }
}

} // namespace

bool Logging::setUp(const QString& level)
{
    const auto parsed = spdlog::level::from_str(level.toStdString());
    if (parsed == spdlog::level::off && level != QLatin1String("off"))
        return false;

    std::vector<spdlog::sink_ptr> sinks;
    auto console = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    // stderr gets warnings unless the user asked for more; the file keeps the info too.
    console->set_level(level == QLatin1String("info") ? spdlog::level::warn : parsed);
    sinks.push_back(console);

    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (!folder.isEmpty() && QDir().mkpath(folder)) {
        const QString logFile = QDir(folder).filePath(QStringLiteral("lowregret.log"));
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(logFile.toStdString(), 1024 * 1024, 3);
            file->set_level(std::min(parsed, spdlog::level::info));
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex&) {
            // a read-only home: log to stderr only
        }
    }
    auto logger = std::make_shared<spdlog::logger>("lowregret", sinks.begin(), sinks.end());
    logger->set_level(std::min(parsed, spdlog::level::info));
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e %l: %v");
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(forwardQtMessage);
    return true;
}
