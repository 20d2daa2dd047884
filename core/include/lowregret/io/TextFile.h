#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <string_view>

namespace lowregret {

// Writes `text` to `file` atomically: to a new temporary file beside it, flushed to disk, then
// renamed over the target, so a full disk or a killed run never leaves half a file. Creates
// the folder. Returns an error text, or "" on success.
//
// - The temporary file is created exclusively, under a name of its own that no one can
//   predict (".NAME.lowregret-XXXXXXXXXXXX.tmp"), and never through a symbolic link.
//   Temporary files of that pattern older than `staleTemporaryAfter`, left by a run that was
//   killed, are removed.
// - A target that is a symbolic link is followed, as the app's saves (QSaveFile) do: the file
//   it points at gets the text, and the link stays.
// - An existing target keeps its permissions (a 0600 file stays 0600); a new one gets 0666
//   less the umask. An existing target the user may not write is refused, as QSaveFile does.
// - A target that exists and is not a regular file (a pipe, /dev/null) is written in place:
//   renaming over it would replace the device with a regular file.
std::string writeTextFileAtomically(const std::filesystem::path& file, std::string_view text);

inline constexpr std::chrono::minutes staleTemporaryAfter { 10 };

} // namespace lowregret
