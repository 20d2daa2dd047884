#include "app/CommandLine.h"
#include "app/LanguageManager.h"
#include "app/Logging.h"
#include "app/MainWindow.h"
#include "app/Settings.h"
#include "catalog/UpdatePricesDialog.h"
#include "compare/CompareScenariosDialog.h"
#include "document/OutputFile.h"
#include "report/ReportWriter.h"
#include "usage/UsageImportDialog.h"

#include "lowregret/outcome/Comparison.h"
#include "widgets/PlainText.h"
#include "widgets/UiText.h"
#include "wizard/DecisionWizard.h"

#include "lowregret/outcome/Evaluation.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QImage>
#include <QScreen>
#include <QTabWidget>
#include <QTextEdit>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <cstdlib>
#include <optional>

namespace {

int fail(const QString& message, int status = 2)
{
    // A file's name from the command line, without what would act on the terminal.
    std::fprintf(stderr, "lowregret: %s\n", PlainText::lines(message).toLocal8Bit().constData());
    return status;
}

// --export-pdf: no window at all. Exit 2 for a scenario that cannot be read or decided, 3 when
// the report cannot be written (and then nothing is left at the target).
int exportReport(const CommandLine& cl)
{
    const auto& guide = lowregret::Guide::builtIn();
    // File names are bytes on Linux: encodeName keeps names that are not valid UTF-8 intact.
    std::optional<lowregret::Catalog> catalog;
    const auto evaluation = lowregret::Evaluation::run(
        { .file = QFile::encodeName(cl.scenario).toStdString() }, guide, [&]() -> const lowregret::Catalog* {
            lowregret::Problems catalogProblems;
            catalog = lowregret::Catalog::load(lowregret::Catalog::userDirectory(), catalogProblems);
            return &*catalog;
        });
    if (!evaluation.ok()) {
        QStringList lines;
        for (const auto& p : evaluation.errors)
            lines << QString::fromStdString(p.describe(UiText::lang()));
        return fail(cl.scenario + UiText::colon() + lines.join(QLatin1Char('\n')));
    }
    const QString error
        = ReportWriter::write(cl.exportPdf, { guide, *evaluation.scenario, *evaluation.outcome, evaluation.offer, {} });
    if (!error.isEmpty())
        return fail(QApplication::translate("CommandLine", "Cannot write the report %1: %2")
                        .arg(QDir::toNativeSeparators(cl.exportPdf), error),
            3);
    return 0;
}

// --compare A B ... --export-pdf OUT: the comparison report. Exit 2 for a scenario that cannot be
// read, 3 when the report cannot be written.
int exportComparison(const CommandLine& cl)
{
    const auto& guide = lowregret::Guide::builtIn();
    std::vector<std::pair<std::string, lowregret::Scenario>> scenarios;
    for (const auto& file : cl.compare) {
        auto loaded = lowregret::Scenario::fromFile(QFile::encodeName(file).toStdString(), guide);
        if (!loaded.scenario) {
            QStringList lines;
            for (const auto& p : loaded.errors)
                lines << QString::fromStdString(p.describe(UiText::lang()));
            return fail(file + UiText::colon() + lines.join(QLatin1Char('\n')));
        }
        scenarios.emplace_back(QFileInfo(file).fileName().toStdString(), std::move(*loaded.scenario));
    }
    lowregret::Problems catalogProblems;
    const auto catalog = lowregret::Catalog::load(lowregret::Catalog::userDirectory(), catalogProblems);
    const auto comparison = lowregret::Comparison::build(guide, std::move(scenarios), &catalog);
    const QString error = ReportWriter::writeComparison(cl.exportPdf, guide, comparison);
    if (!error.isEmpty())
        return fail(QApplication::translate("CommandLine", "Cannot write the report %1: %2")
                        .arg(QDir::toNativeSeparators(cl.exportPdf), error),
            3);
    return 0;
}

// Hands an image writer's many small writes to an OutputFile in blocks larger than the file's
// own 16 KiB buffer: those go straight to the system, and a short write (a disk that fills up
// half-way) is tried again until the system says why it cannot go on. Written through that
// buffer, the first short write would end it with no reason known.
class OutputDevice final : public QIODevice {
    Q_DISABLE_COPY_MOVE(OutputDevice)

public:
    explicit OutputDevice(OutputFile& out)
        : m_out(out)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    // Writes the last block; false if that fails.
    [[nodiscard]] bool finish() { return writeHeld(); }

protected:
    qint64 readData(char* /*data*/, qint64 /*maxSize*/) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        m_held.append(data, size);
        return m_held.size() < blockSize || writeHeld() ? size : -1;
    }

private:
    static constexpr qsizetype blockSize = 256 * 1024;
    bool writeHeld()
    {
        const bool written = m_held.isEmpty() || m_out.write(m_held);
        m_held.resize(0);
        return written;
    }

    OutputFile& m_out;
    QByteArray m_held;
};

// The window as it was painted when first shown. On the offscreen platform (the headless
// default) the screen hands over the window's backing store: the same pixels as grab(), without
// painting every widget a second time and laying out the hidden menus. Elsewhere (a real X
// display, where another window may cover this one) the window renders itself again.
QImage firstPaint(QWidget& window)
{
    if (QGuiApplication::platformName() == QLatin1String("offscreen") && window.screen()) {
        const QImage painted = window.screen()->grabWindow(window.winId()).toImage();
        if (!painted.isNull() && painted.size() == window.size() * window.devicePixelRatio())
            return painted;
    }
    return window.grab().toImage();
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
    // Wayland desktops match the window to its menu entry and icon by this id.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.lowregret.LowRegret"));

    Settings settings;
    LanguageManager languages;
    // Messages about the command line itself come in the saved or the system language, or in
    // --lang, when given, already for --help and for those messages.
    const auto saved = lowregret::parseLang(settings.language().toStdString());
    languages.apply(
        CommandLine::langOf(QApplication::arguments()).value_or(saved.value_or(LanguageManager::systemLanguage())));

    const CommandLine cl = CommandLine::parse(QApplication::arguments());
    if (!cl.error.isEmpty())
        return fail(cl.error);
    if (!cl.help.isEmpty()) {
        std::fputs(cl.help.toUtf8().constData(), stdout);
        return 0;
    }
    if (!Logging::setUp(cl.logLevel))
        return fail(QApplication::translate("CommandLine", "Unknown log level \"%1\".").arg(cl.logLevel));
    if (cl.lang)
        languages.apply(*cl.lang);
    // Deliver the language change now, before any window exists, rather than have every page
    // built in one language and translated again when the event arrives.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    spdlog::info("LowRegret {} starting", LOWREGRET_VERSION);
    if (!settings.setAside().isEmpty())
        spdlog::warn("the settings file was damaged; it was set aside as {} and defaults are used",
            settings.setAside().toStdString());

    if (!cl.exportPdf.isEmpty())
        return cl.compare.isEmpty() ? exportReport(cl) : exportComparison(cl);

    MainWindow window(settings, languages);
    const bool headless = !cl.screenshot.isEmpty();
    window.setInteractive(!headless);
    if (!cl.scenario.isEmpty() && !window.openFile(cl.scenario)) {
        if (headless)
            return fail(window.lastError());
    }
    if (!headless && cl.scenario.isEmpty())
        window.offerRecovery();
    if (cl.windowSize)
        window.resize(*cl.windowSize); // at least the window's minimum size
    window.show();

    if (cl.page && !window.wizard()->goTo(*cl.page)) {
        const QString message = QApplication::translate(
            "CommandLine", "The scenario's answers do not lead to that page; showing the furthest page they reach.");
        if (headless)
            return fail(message);
        spdlog::warn("{}", message.toStdString());
    }

    if (cl.tab)
        window.chartTabs()->setCurrentIndex(*cl.tab); // built now if it was not yet

    // The summary of an import is a dialog of its own: a screenshot shows it once it is read.
    QWidget* shot = &window;
    if (!cl.compare.isEmpty()) {
        if (!window.compareScenarioFiles(cl.compare, false) && headless)
            return fail(window.lastError());
        if (auto* dialog = window.findChild<CompareScenariosDialog*>(); dialog && headless) {
            if (cl.windowSize)
                dialog->resize(*cl.windowSize);
            QApplication::processEvents();
            shot = dialog;
        }
    }
    if (!cl.importUsage.isEmpty()) {
        window.importUsageFiles(cl.importUsage);
        if (auto* dialog = window.findChild<UsageImportDialog*>(); dialog && headless) {
            if (dialog->isReading()) {
                QEventLoop wait;
                QObject::connect(dialog, &UsageImportDialog::finishedReading, &wait, &QEventLoop::quit);
                wait.exec();
            }
            shot = dialog;
        }
    }
    if (!cl.updatePrices.isEmpty()) {
        window.prices().updatePricesFrom(cl.updatePrices);
        if (auto* dialog = window.findChild<UpdatePricesDialog*>(); dialog && headless) {
            if (dialog->isReading()) {
                QEventLoop wait;
                QObject::connect(dialog, &UpdatePricesDialog::finishedReading, &wait, &QEventLoop::quit);
                wait.exec();
            }
            if (cl.windowSize)
                dialog->resize(*cl.windowSize);
            shot = dialog;
        }
    }

    if (headless) {
        // A chart tab chosen above builds its chart now: its tab lays it out, the chart lays
        // itself out on a queued call (ChartViewBase), and only then is it painted. Each step
        // is posted by the one before, so each needs a pass of its own.
        for (int pass = 0; pass < 3; ++pass)
            QApplication::processEvents();
        // A text view lays a long document out in steps on a timer, and its scroll bar follows
        // each step: finish them, so the picture shows the final layout whatever the timing.
        for (auto* text : shot->findChildren<QTextEdit*>())
            (void)text->document()->documentLayout()->documentSize();
        QApplication::processEvents();
        const QImage image = firstPaint(*shot);
        // Written to a temporary file and renamed into place: a full disk or a killed run
        // never leaves half an image, and an older screenshot at the target stays as it was.
        // A name ending in .bmp gets a BMP, which takes no time to encode (the start-up
        // benchmark) and is written as it is encoded: nothing but a write can fail, and the
        // window's 4 MiB never sit in memory twice. Any other name gets a PNG, encoded in
        // memory first, so a write error names its reason and libpng never fails half-way
        // through a row.
        const QString target = QFileInfo(cl.screenshot).absoluteFilePath();
        QString error;
        if (target.endsWith(QLatin1String(".bmp"), Qt::CaseInsensitive)) {
            OutputFile out(target);
            if (!out.open())
                error = out.errorString();
            else if (OutputDevice device(out); !image.save(&device, "BMP") || !device.finish() || !out.commit())
                error = out.errorString();
        } else {
            QByteArray encoded;
            QBuffer buffer(&encoded);
            error = buffer.open(QIODevice::WriteOnly) && image.save(&buffer, "PNG")
                ? OutputFile::writeAll(target, encoded)
                : QApplication::translate("CommandLine", "the image could not be encoded as %1")
                      .arg(QStringLiteral("PNG"));
        }
        if (!error.isEmpty())
            return fail(QApplication::translate("CommandLine", "Cannot write the screenshot %1: %2")
                            .arg(QDir::toNativeSeparators(target), error),
                3);
        return 0;
    }
    return QApplication::exec();
}
