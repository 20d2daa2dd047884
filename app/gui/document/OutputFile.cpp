#include "document/OutputFile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

OutputFile::OutputFile(const QString& path)
{
    const QFileInfo target(path);
    // A symbolic link is followed: what counts is what it points at.
    if (target.exists() && !target.isFile() && !target.isDir())
        m_direct = std::make_unique<QFile>(path);
    else
        m_save = std::make_unique<QSaveFile>(path);
}

OutputFile::~OutputFile() = default;

bool OutputFile::open()
{
    if (m_direct)
        return m_direct->open(QIODevice::WriteOnly | QIODevice::Truncate);
    return m_save->open(QIODevice::WriteOnly);
}

QIODevice* OutputFile::device() const
{
    if (m_direct)
        return m_direct.get();
    return m_save.get();
}

bool OutputFile::write(const QByteArray& data)
{
    QIODevice* d = device();
    for (qint64 done = 0; done < data.size();) {
        const qint64 n = d->write(data.constData() + done, data.size() - done);
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

bool OutputFile::commit()
{
    // QSaveFile::commit() does not count a failed last flush as a failure: flush first.
    if (m_direct) {
        if (!m_direct->flush())
            return false;
        m_direct->close();
        return m_direct->error() == QFileDevice::NoError;
    }
    // Not committed, the temporary file is removed when this object goes.
    if (!m_save->flush())
        return false;
    return m_save->commit();
}

void OutputFile::cancel()
{
    if (m_direct)
        m_direct->close();
    else
        m_save->cancelWriting();
}

QString OutputFile::errorString() const
{
    return device()->errorString();
}

QString OutputFile::writeAll(const QString& path, const QByteArray& data)
{
    OutputFile out(path);
    if (out.open() && out.write(data) && out.commit())
        return {};
    return out.errorString();
}
