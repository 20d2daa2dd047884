#pragma once

#include <chrono>
#include <filesystem>
#include <string>

namespace lowregret {

// An exclusive lock on a lock file (flock), held until destroyed, so that programs updating
// the same file take turns: each reads what is there under the lock, then writes. Each
// FileLock opens its own descriptor, so two in one process take turns as well. The lock file
// is never removed (removing it would let a third program lock a new file while the second
// still holds the old one); a program that dies drops its lock with it.
class FileLock final {
public:
    static constexpr std::chrono::milliseconds defaultWait { 10'000 };

    // Waits up to `wait` for the lock; locked() says whether it came. Creates the lock file
    // and its folder; never follows a symbolic link at the lock file's name.
    explicit FileLock(const std::filesystem::path& lockFile, std::chrono::milliseconds wait = defaultWait);
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

    [[nodiscard]] bool locked() const { return m_fd >= 0; }
    // Not locked because another holder kept it for the whole wait (rather than an error).
    [[nodiscard]] bool timedOut() const { return m_timedOut; }
    // Why it is not locked, in the system's words; empty when it timed out or is locked.
    [[nodiscard]] const std::string& error() const { return m_error; }

private:
    int m_fd = -1;
    bool m_timedOut = false;
    std::string m_error;
};

} // namespace lowregret
