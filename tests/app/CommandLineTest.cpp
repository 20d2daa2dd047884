// The real `lowregret` program, headless: --screenshot and its errors.
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct Outcome {
    int status = -1;
    QString err;
};

Outcome run(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the program must choose offscreen itself
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LOWREGRET_GUI), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST(CommandLine, ScreenshotOfTheResultPageWithNoDisplay)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("result.png"));
    const Outcome r = run({QStringLiteral("--scenario"), QStringLiteral(LOWREGRET_SOURCE_DIR "/docs/examples/gpt4-12m.json"),
                       QStringLiteral("--page"), QStringLiteral("result"), QStringLiteral("--screenshot"), png});
    EXPECT_EQ(r.status, 0) << r.err.toStdString();
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_GE(image.width(), 800);
    EXPECT_GE(image.height(), 600);
}

TEST(CommandLine, UnknownPageIsAnError)
{
    const Outcome r = run({QStringLiteral("--page"), QStringLiteral("nowhere"), QStringLiteral("--screenshot"),
                       QStringLiteral("/tmp/never.png")});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("nowhere"))) << r.err.toStdString();
}

TEST(CommandLine, APageTheAnswersDoNotReachIsAnError)
{
    QTemporaryDir dir;
    // No answers at all: the stability question is never reached.
    const Outcome r = run({QStringLiteral("--page"), QStringLiteral("stability"), QStringLiteral("--screenshot"),
                       dir.filePath(QStringLiteral("x.png"))});
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
    const Outcome r = run({QStringLiteral("--scenario"), file, QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png"))});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("horizon_months"))) << r.err.toStdString();
}
