#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QLockFile;

// The autosave file of this running instance: the first of autosave.json, autosave-2.json …
// in the data folder whose lock (a QLockFile beside it) no other running instance holds, so
// two instances never write, offer or remove each other's copy. A copy found in a slot whose
// lock was free is one that a run which ended without saving left behind, and such a slot is
// taken before an empty one. A folder (or
// anything but a file) in the way is skipped and named in blocked().
class AutosaveSlot final {
public:
    static constexpr int maxSlots = 16;

    explicit AutosaveSlot(const QString& folder);
    ~AutosaveSlot();
    AutosaveSlot(const AutosaveSlot&) = delete;
    AutosaveSlot& operator=(const AutosaveSlot&) = delete;

    // Empty when no slot could be taken (every one in use or in the way).
    [[nodiscard]] QString file() const { return m_file; }
    // Paths skipped because they are not files, in the order met.
    [[nodiscard]] QStringList blocked() const { return m_blocked; }
    [[nodiscard]] QString folder() const { return m_folder; }
    // Gives up the current file (something is in its way now) for the next free slot.
    bool moveOn();

private:
    [[nodiscard]] QString fileOf(int slot) const;
    // The first slot from `from` whose lock is free (with `leftOverOnly`, only one that holds
    // a copy).
    bool take(int from, bool leftOverOnly = false);

    QString m_folder;
    QString m_file;
    int m_slot = 0;
    std::unique_ptr<QLockFile> m_lock;
    QStringList m_blocked;
};
