#include "document/AutosaveSlot.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>

AutosaveSlot::AutosaveSlot(const QString& folder)
    : m_folder(folder)
{
    QDir().mkpath(folder);
    // A copy left by a run that ended without saving is taken first, wherever it is, so that
    // it is offered now rather than when a later start happens to land on its slot.
    if (!take(1, true))
        take(1);
}

AutosaveSlot::~AutosaveSlot() = default;

QString AutosaveSlot::fileOf(int slot) const
{
    return QDir(m_folder).filePath(
        slot == 1 ? QStringLiteral("autosave.json") : QStringLiteral("autosave-%1.json").arg(slot));
}

bool AutosaveSlot::take(int from, bool leftOverOnly)
{
    m_lock.reset();
    m_file.clear();
    for (int slot = from; slot <= maxSlots; ++slot) {
        const QString file = fileOf(slot);
        const QFileInfo info(file);
        if (info.exists() && !info.isFile()) {
            if (!m_blocked.contains(file))
                m_blocked << file;
            continue;
        }
        if (leftOverOnly && !info.exists())
            continue;
        auto lock = std::make_unique<QLockFile>(file + QStringLiteral(".lock"));
        // Held for the life of the instance: never stale by age; a lock whose process has
        // gone is taken over.
        lock->setStaleLockTime(0);
        if (lock->tryLock(0)) {
            m_lock = std::move(lock);
            m_file = file;
            m_slot = slot;
            return true;
        }
    }
    return false;
}

bool AutosaveSlot::moveOn()
{
    const QString current = m_file;
    if (!current.isEmpty() && !m_blocked.contains(current))
        m_blocked << current;
    return take(m_slot + 1);
}
