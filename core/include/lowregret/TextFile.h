#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace lowregret {

// Writes `text` to `file` atomically: to a temporary file beside it, flushed, then renamed over
// the target, so a full disk or a killed run never leaves half a file. Creates the folder.
// Returns an error text, or "" on success.
std::string writeTextFileAtomically(const std::filesystem::path& file, std::string_view text);

} // namespace lowregret
