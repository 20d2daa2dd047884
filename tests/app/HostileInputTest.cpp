// What a user may throw at the app by mistake or malice: a damaged settings file, a huge or
// foreign file, a folder, a file name that is not UTF-8, absurd numbers. Always a message,
// never a crash or a hang.
#include "GuiFixture.h"

#include "document/ScenarioDocument.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using HostileInput = GuiFixture;

TEST_F(HostileInput, ADamagedSettingsFileIsSetAsideAndDefaultsUsed)
{
    const QString file = tempPath(QStringLiteral("damaged.ini"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("\xff\xfe\x00garbage\x01[[[]]]=\n[window\ngeometry=@ByteArray(", 40);
    f.close();
    Settings settings(file);
    ASSERT_FALSE(settings.setAside().isEmpty());
    EXPECT_TRUE(QFile::exists(settings.setAside()));
    EXPECT_TRUE(settings.language().isEmpty()); // the default
    settings.setLanguage(QStringLiteral("zh-Hant"));
    settings.sync();
    EXPECT_EQ(Settings(file).language(), QStringLiteral("zh-Hant"));
    EXPECT_TRUE(Settings(file).setAside().isEmpty());
}

TEST_F(HostileInput, AFiftyMegabyteFileIsRefusedBeforeItIsRead)
{
    const QString file = tempPath(QStringLiteral("huge.json"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_TRUE(f.resize(50LL * 1024 * 1024));
    f.close();
    EXPECT_FALSE(m_window->openFile(file));
    EXPECT_TRUE(m_window->lastError().contains(QStringLiteral("1 MiB"))) << m_window->lastError().toStdString();
}

TEST_F(HostileInput, AFolderIsNotAScenario)
{
    EXPECT_FALSE(m_window->openFile(m_dir.path()));
    EXPECT_TRUE(m_window->lastError().contains(QStringLiteral("a folder, not a file")))
        << m_window->lastError().toStdString();
}

TEST_F(HostileInput, AFileNameThatIsNotUtf8SaysSo)
{
    const QByteArray name = QFile::encodeName(m_dir.path()) + "/caf\xe9-\xff.json";
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    ASSERT_GE(fd, 0);
    const char text[] = R"({"lowregret": 1, "answers": {"monthly_tokens": 3000000}})";
    ASSERT_EQ(::write(fd, text, sizeof text - 1), static_cast<ssize_t>(sizeof text - 1));
    ::close(fd);
    // Qt cannot name this file (it decodes names as UTF-8): the user gets a message that says
    // what to do, and nothing else changes.
    const QString qtName = QFile::decodeName(name);
    EXPECT_FALSE(m_window->openFile(qtName));
    EXPECT_TRUE(m_window->lastError().contains(QStringLiteral("UTF-8"))) << m_window->lastError().toStdString();
    ::unlink(name.constData());
}

TEST_F(HostileInput, AbsurdNumbersAreRefusedWithAMessage)
{
    // Typed one key at a time, passing through 1e4 M = 1e10 tokens on the way.
    enterUsage(QStringLiteral(""));
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("monthlyTokensLineEdit")), QStringLiteral("1e400"));
    EXPECT_FALSE(nextButton()->isEnabled());
    EXPECT_FALSE(find<QLabel>(QStringLiteral("usageMessageLabel"))->text().isEmpty());
    auto* edit = find<QLineEdit>(QStringLiteral("monthlyTokensLineEdit"));
    edit->setFocus();
    edit->selectAll();
    QApplication::clipboard()->setText(QString(500, QLatin1Char('9'))); // a pasted wall of digits
    QTest::keySequence(edit, QKeySequence::Paste);
    QApplication::processEvents();
    ASSERT_EQ(edit->text().size(), 500);
    EXPECT_FALSE(nextButton()->isEnabled());
    EXPECT_TRUE(find<QLabel>(QStringLiteral("usageMessageLabel"))->text().contains(QStringLiteral("Monthly tokens")));
}
