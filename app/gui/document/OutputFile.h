#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QFile;
class QIODevice;
class QSaveFile;

// A file written so that a failure never leaves half of it behind: through QSaveFile, a
// temporary file renamed over the target when everything is written. A target that exists and
// is not a regular file (a terminal, a pipe, /dev/null) is written directly instead: renaming
// over it would replace the device with a regular file.
//
//     OutputFile out(path);
//     if (!out.open() || !out.write(bytes) || !out.commit())
//         report(out.errorString());
//
// Destroyed before commit(), it discards what was written.
class OutputFile final {
public:
    explicit OutputFile(const QString& path);
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    // Opens for writing (and truncating, for a direct target).
    [[nodiscard]] bool open();
    // For writers that stream into a device (QPdfWriter). Valid after open().
    [[nodiscard]] QIODevice* device() const;
    // Writes all of data. A short write (the disk filled up) is tried again, so the error that
    // stopped it is the one errorString() gives.
    [[nodiscard]] bool write(const QByteArray& data);
    // Flushes and puts the file in place. False, with errorString(), if anything failed.
    [[nodiscard]] bool commit();
    // Drops what was written (a temporary file is removed); errorString() then says so.
    void cancel();
    [[nodiscard]] QString errorString() const;
    // Whether the target is written directly (it exists and is not a regular file).
    [[nodiscard]] bool isDirect() const { return m_direct != nullptr; }

    // The whole sequence for data in hand: an error text, or empty on success.
    [[nodiscard]] static QString writeAll(const QString& path, const QByteArray& data);

private:
    std::unique_ptr<QSaveFile> m_save;
    std::unique_ptr<QFile> m_direct;
};
