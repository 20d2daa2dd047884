// The real `lowregret` program, headless: --screenshot and its errors.
#include "app/CommandLine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <functional>

#include <sys/resource.h>

namespace {

struct Outcome {
    int status = -1;
    QString err;
};

// `home`, when given, is the child's home and XDG folders. `inChild` runs in the child just
// before the program starts.
Outcome run(const QStringList& args, const QString& home = {}, const std::function<void()>& inChild = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the program must choose offscreen itself
    if (!home.isEmpty()) {
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    }
    p.setProcessEnvironment(env);
    if (inChild)
        p.setChildProcessModifier(inChild);
    p.start(QStringLiteral(LOWREGRET_GUI), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        return {};
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardError()) };
}

} // namespace

TEST(CommandLine, ScreenshotOfTheResultPageWithNoDisplay)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("result.png"));
    const Outcome r
        = run({ QStringLiteral("--scenario"), QStringLiteral(LOWREGRET_SOURCE_DIR "/docs/examples/gpt4-12m.json"),
            QStringLiteral("--page"), QStringLiteral("result"), QStringLiteral("--screenshot"), png });
    EXPECT_EQ(r.status, 0) << r.err.toStdString();
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_GE(image.width(), 800);
    EXPECT_GE(image.height(), 600);
}

TEST(CommandLine, TheBreakevenTabIsDrawnInAScreenshot)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("breakeven.png"));
    const Outcome r
        = run({ QStringLiteral("--scenario"), QStringLiteral(LOWREGRET_SOURCE_DIR "/docs/examples/gpt4-12m.json"),
            QStringLiteral("--page"), QStringLiteral("result"), QStringLiteral("--tab"), QStringLiteral("breakeven"),
            QStringLiteral("--window-size"), QStringLiteral("1280x860"), QStringLiteral("--screenshot"), png });
    EXPECT_EQ(r.status, 0) << r.err.toStdString();
    const QImage image = QImage(png).convertToFormat(QImage::Format_RGB32);
    ASSERT_FALSE(image.isNull());
    // The chart tab fills the lower right: drawn, it holds a title, axes, a curve and a legend
    // in many shades; left empty, it was one grey with a dot.
    QSet<QRgb> shades;
    for (int y = image.height() * 2 / 3; y < image.height() * 19 / 20; ++y)
        for (int x = image.width() / 2 + 20; x < image.width() - 20; ++x)
            shades.insert(image.pixel(x, y));
    EXPECT_GT(shades.size(), 20);
}

TEST(CommandLine, AScreenshotAtAGivenWindowSize)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("small.png"));
    const Outcome r
        = run({ QStringLiteral("--scenario"), QStringLiteral(LOWREGRET_SOURCE_DIR "/docs/examples/gpt4-12m.json"),
                  QStringLiteral("--window-size"), QStringLiteral("900x600"), QStringLiteral("--screenshot"), png },
            dir.path());
    EXPECT_EQ(r.status, 0) << r.err.toStdString();
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(900, 600)); // long pages scroll, so the window keeps the size asked
}

TEST(CommandLine, ABadWindowSizeIsAnErrorSayingTheForm)
{
    const Outcome r = run({ QStringLiteral("--window-size"), QStringLiteral("900"), QStringLiteral("--screenshot"),
        QStringLiteral("/tmp/never.png") });
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("WIDTHxHEIGHT"))) << r.err.toStdString();
}

TEST(CommandLine, UnknownPageIsAnError)
{
    const Outcome r = run({ QStringLiteral("--page"), QStringLiteral("nowhere"), QStringLiteral("--screenshot"),
        QStringLiteral("/tmp/never.png") });
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("nowhere"))) << r.err.toStdString();
}

TEST(CommandLine, UnknownTabIsAnErrorListingTheTabs)
{
    const Outcome r = run({ QStringLiteral("--tab"), QStringLiteral("nowhere"), QStringLiteral("--screenshot"),
        QStringLiteral("/tmp/never.png") });
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("nowhere"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("what-if"))) << r.err.toStdString();
}

TEST(CommandLine, TabNamesAreTheChartTabsInOrder)
{
    EXPECT_EQ(CommandLine::tabFromName(QStringLiteral("costs")), 0);
    EXPECT_EQ(CommandLine::tabFromName(QStringLiteral("breakeven")), 1);
    EXPECT_EQ(CommandLine::tabFromName(QStringLiteral("what-if")), 2);
    EXPECT_EQ(CommandLine::tabFromName(QStringLiteral("What if")), std::nullopt);
}

TEST(CommandLine, APageTheAnswersDoNotReachIsAnError)
{
    QTemporaryDir dir;
    // No answers at all: the stability question is never reached.
    const Outcome r = run({ QStringLiteral("--page"), QStringLiteral("stability"), QStringLiteral("--screenshot"),
        dir.filePath(QStringLiteral("x.png")) });
    EXPECT_EQ(r.status, 2);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.png"))));
}

TEST(CommandLine, ABadScenarioIsAnErrorNamingTheField)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bad.json"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"lowregret": 1, "horizon_months": 0})");
    f.close();
    const Outcome r = run(
        { QStringLiteral("--scenario"), file, QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png")) });
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("horizon_months"))) << r.err.toStdString();
}

TEST(CommandLine, AScreenshotThatCannotBeWrittenLeavesTheOldFileAndSaysWhy)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("window.png"));
    QImage old(8, 8, QImage::Format_RGB32);
    old.fill(Qt::red);
    ASSERT_TRUE(old.save(png));
    QFile f(png);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();

    // A disk that fills up mid-write: no file of the child may grow past 16 KiB, far less than
    // the window's PNG. Ignoring SIGXFSZ makes the write fail with EFBIG instead of killing it.
    const Outcome r = run({ QStringLiteral("--screenshot"), png }, dir.filePath(QStringLiteral("home")), [] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit { 16 * 1024, 16 * 1024 };
        setrlimit(RLIMIT_FSIZE, &limit);
    });
    EXPECT_EQ(r.status, 3) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(png)) << r.err.toStdString();
    // The reason is the system's own, not "Unknown error".
    EXPECT_TRUE(r.err.contains(QString::fromLocal8Bit(std::strerror(EFBIG)))) << r.err.toStdString();
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), before);
    f.close();
    // Nothing half-written is left beside it either.
    EXPECT_EQ(QDir(dir.path()).entryList(QStringList { QStringLiteral("window.png*") }, QDir::Files),
        QStringList { QStringLiteral("window.png") });
}

// A BMP is written as it is encoded, not from memory: a write that fails half-way still leaves
// the old file and no temporary one, and names the system's reason.
TEST(CommandLine, ABmpScreenshotThatCannotBeWrittenLeavesTheOldFileAndSaysWhy)
{
    QTemporaryDir dir;
    const QString bmp = dir.filePath(QStringLiteral("window.bmp"));
    QImage old(8, 8, QImage::Format_RGB32);
    old.fill(Qt::red);
    ASSERT_TRUE(old.save(bmp, "BMP"));
    QFile f(bmp);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();

    const Outcome r = run({ QStringLiteral("--screenshot"), bmp }, dir.filePath(QStringLiteral("home")), [] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit { 16 * 1024, 16 * 1024 };
        setrlimit(RLIMIT_FSIZE, &limit);
    });
    EXPECT_EQ(r.status, 3) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(bmp)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QString::fromLocal8Bit(std::strerror(EFBIG)))) << r.err.toStdString();
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), before);
    f.close();
    EXPECT_EQ(QDir(dir.path()).entryList(QStringList { QStringLiteral("window.bmp*") }, QDir::Files),
        QStringList { QStringLiteral("window.bmp") });
}

TEST(CommandLine, AScreenshotIntoAMissingFolderIsAnErrorSayingSo)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("no-such-folder/window.png"));
    const Outcome r = run({ QStringLiteral("--screenshot"), png }, dir.filePath(QStringLiteral("home")));
    EXPECT_EQ(r.status, 3) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(png)) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(png));
}
