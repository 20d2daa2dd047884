#pragma once

#include "lowregret/io/Problem.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace lowregret {

// Reads untrusted JSON: refuses oversize files before reading them whole, invalid UTF-8,
// absurd nesting and syntax errors, each as a Problem naming the file. Never throws.
class JsonReader final {
public:
    struct Limits {
        std::size_t maxBytes = 1024 * 1024;
        int maxDepth = 64;
    };

    JsonReader() = delete;

    static std::optional<nlohmann::json> readFile(
        const std::filesystem::path& file, const Limits& limits, Problems& errors);
    // The same checks on a stream (standard input), which is read up to one byte past the limit.
    static std::optional<nlohmann::json> readStream(
        std::istream& in, const std::string& name, const Limits& limits, Problems& errors);
    static std::optional<nlohmann::json> parse(
        std::string_view text, const std::string& name, const Limits& limits, Problems& errors);

    // Byte offset of the first invalid UTF-8 sequence, or nullopt when the text is valid.
    static std::optional<std::size_t> firstInvalidUtf8(std::string_view text);
    // Deepest nesting of arrays and objects, ignoring brackets inside strings.
    static int nestingDepth(std::string_view text);
};

} // namespace lowregret
