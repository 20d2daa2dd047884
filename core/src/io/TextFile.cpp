#include "lowregret/io/TextFile.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <optional>
#include <random>
#include <system_error>

// The one writer of core's files (docs/cli.md, "Files it writes").
namespace lowregret {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view k_tempMark = ".lowregret-";
constexpr std::string_view k_tempEnd = ".tmp";
// Leaves room in a 255-byte name for the mark, the random part and the end.
constexpr std::size_t k_maxNamePart = 200;
constexpr std::size_t k_uniqueLength = 12;

std::string systemError(int error)
{
    return std::generic_category().message(error);
}

// What a write to `file` lands on: symbolic links followed, as QSaveFile follows them; nullopt
// for a loop of links.
std::optional<fs::path> followLinks(fs::path file)
{
    for (int depth = 0; depth < 128; ++depth) {
        std::error_code ec;
        if (!fs::is_symlink(fs::symlink_status(file, ec)))
            return file;
        const fs::path target = fs::read_symlink(file, ec);
        if (ec)
            return file;
        file = target.is_absolute() ? target : file.parent_path() / target;
    }
    return std::nullopt;
}

std::string tempPrefix(const fs::path& target)
{
    const std::string name = target.filename().string();
    return "." + name.substr(0, k_maxNamePart) + std::string(k_tempMark);
}

// A killed run's temporary files: our pattern, for this target, and old.
void removeStaleTemporaries(const fs::path& dir, const std::string& prefix)
{
    std::error_code ec;
    for (fs::directory_iterator it(dir.empty() ? fs::path(".") : dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() != prefix.size() + k_uniqueLength + k_tempEnd.size() || !name.starts_with(prefix)
            || !name.ends_with(k_tempEnd))
            continue;
        struct stat st { };
        if (::lstat(it->path().c_str(), &st) != 0 || S_ISDIR(st.st_mode))
            continue;
        const auto age = std::chrono::system_clock::now() - std::chrono::system_clock::from_time_t(st.st_mtime);
        if (age > staleTemporaryAfter)
            ::unlink(it->path().c_str());
    }
}

bool writeAll(int fd, std::string_view text, int& error)
{
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            error = errno;
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    return true;
}

std::string writeInPlace(const fs::path& target, std::string_view text)
{
    const int fd = ::open(target.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return systemError(errno);
    int error = 0;
    const bool ok = writeAll(fd, text, error);
    ::close(fd);
    return ok ? std::string() : systemError(error);
}

} // namespace

std::string writeTextFileAtomically(const fs::path& file, std::string_view text)
{
    const auto followed = followLinks(file);
    if (!followed)
        return systemError(ELOOP);
    const fs::path target = *followed;
    const fs::path dir = target.parent_path();
    std::error_code ec;
    if (!dir.empty()) {
        fs::create_directories(dir, ec);
        if (ec)
            return ec.message();
    }

    struct stat existing { };
    const bool exists = ::stat(target.c_str(), &existing) == 0;
    if (exists && S_ISDIR(existing.st_mode))
        return systemError(EISDIR);
    if (exists && !S_ISREG(existing.st_mode))
        return writeInPlace(target, text);
    // As QSaveFile: a file the user may not write is not replaced by renaming over it.
    if (exists && ::access(target.c_str(), W_OK) != 0)
        return systemError(errno);

    const std::string prefix = tempPrefix(target);
    removeStaleTemporaries(dir, prefix);

    std::random_device entropy;
    std::mt19937_64 random((std::uint64_t(entropy()) << 32) ^ entropy() ^ std::uint64_t(::getpid()));
    fs::path temp;
    int fd = -1;
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        static constexpr char hex[] = "0123456789abcdef";
        std::string unique(k_uniqueLength, '0');
        for (auto& c : unique)
            c = hex[random() % 16];
        temp = dir / (prefix + unique + std::string(k_tempEnd));
        fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST)
            return temp.string() + ": " + systemError(errno);
    }
    if (fd < 0)
        return temp.string() + ": " + systemError(EEXIST);

    int error = 0;
    bool ok = true;
    // The target's permissions, exactly (the umask does not narrow them).
    if (exists && ::fchmod(fd, existing.st_mode & 07777) != 0) {
        error = errno;
        ok = false;
    }
    ok = ok && writeAll(fd, text, error);
    if (ok && ::fsync(fd) != 0) {
        error = errno;
        ok = false;
    }
    if (::close(fd) != 0 && ok) {
        error = errno;
        ok = false;
    }
    if (ok && ::rename(temp.c_str(), target.c_str()) != 0) {
        error = errno;
        ok = false;
    }
    if (!ok) {
        ::unlink(temp.c_str());
        return systemError(error);
    }
    // The rename itself, on disk.
    if (const int dirFd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return {};
}

} // namespace lowregret
