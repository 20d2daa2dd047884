// OutputFile: whole files or nothing, and devices written in place, never replaced.
#include "document/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST(OutputFile, WritesAndReplacesAWholeFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.txt"));
    EXPECT_EQ(OutputFile::writeAll(path, "first"), QString());
    EXPECT_EQ(readAll(path), QByteArray("first"));
    EXPECT_EQ(OutputFile::writeAll(path, "second, longer"), QString());
    EXPECT_EQ(readAll(path), QByteArray("second, longer"));
    // Only the file itself is left: no temporary beside it.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("out.txt") });
}

TEST(OutputFile, AFailureLeavesTheOldFileAndSaysWhy)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keep.txt"));
    ASSERT_EQ(OutputFile::writeAll(path, "old"), QString());
    {
        // Written but never committed, as when the writer gives up half-way.
        OutputFile out(path);
        ASSERT_TRUE(out.open());
        ASSERT_TRUE(out.write("half of the new"));
    }
    EXPECT_EQ(readAll(path), QByteArray("old"));
    EXPECT_FALSE(OutputFile::writeAll(dir.filePath(QStringLiteral("no-such-folder/x.txt")), "x").isEmpty());
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("no-such-folder"))));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("keep.txt") });
}

TEST(OutputFile, APipeIsWrittenInPlaceNotReplaced)
{
    // As `--screenshot /dev/stdout` or `--export-pdf` into a pipe: renaming a new file over
    // the target would replace the pipe (or a device such as /dev/null) with a regular file.
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    ASSERT_EQ(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // A reader first, so opening the pipe for writing does not wait.
    const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    ASSERT_GE(reader, 0);
    OutputFile out(fifo);
    EXPECT_TRUE(out.isDirect());
    ASSERT_TRUE(out.open()) << out.errorString().toStdString();
    ASSERT_TRUE(out.write("through the pipe"));
    ASSERT_TRUE(out.commit()) << out.errorString().toStdString();
    char buffer[64] = {};
    const ssize_t n = ::read(reader, buffer, sizeof buffer);
    ::close(reader);
    EXPECT_EQ(QByteArray(buffer, n > 0 ? int(n) : 0), QByteArray("through the pipe"));
    struct stat st { };
    ASSERT_EQ(::stat(QFile::encodeName(fifo).constData(), &st), 0);
    EXPECT_TRUE(S_ISFIFO(st.st_mode));
}
