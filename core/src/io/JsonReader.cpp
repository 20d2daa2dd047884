#include "lowregret/io/JsonReader.h"

#include "lowregret/io/SafeText.h"

#include <algorithm>
#include <fstream>
#include <istream>
#include <system_error>

namespace lowregret {

std::optional<std::size_t> JsonReader::firstInvalidUtf8(std::string_view text)
{
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t at = i;
        if (!SafeText::codePoint(text, i))
            return at;
    }
    return std::nullopt;
}

int JsonReader::nestingDepth(std::string_view text)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            ++depth;
            if (depth > deepest)
                deepest = depth;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

std::optional<nlohmann::json> JsonReader::parse(
    std::string_view text, const std::string& name, const Limits& limits, Problems& errors)
{
    if (text.size() > limits.maxBytes) {
        errors.push_back({ .path = name, .kind = Problem::Kind::TooLarge, .limit = double(limits.maxBytes) });
        return std::nullopt;
    }
    if (const auto bad = firstInvalidUtf8(text)) {
        errors.push_back({ .path = name, .kind = Problem::Kind::InvalidUtf8, .value = std::to_string(*bad) });
        return std::nullopt;
    }
    if (nestingDepth(text) > limits.maxDepth) {
        errors.push_back({ .path = name, .kind = Problem::Kind::TooDeep, .limit = double(limits.maxDepth) });
        return std::nullopt;
    }
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        // e.what() reads "[json.exception.parse_error.101] parse error at line 3, column 5: ..."
        std::string why = e.what();
        if (const auto at = why.find(": "); at != std::string::npos)
            why = why.substr(at + 2);
        errors.push_back(
            { .path = name, .kind = Problem::Kind::NotJson, .expected = why, .value = std::to_string(e.byte) });
    } catch (const nlohmann::json::exception& e) {
        // A number too large for a double ("number overflow parsing '1e400'"): name the
        // number without the library's jargon.
        const std::string what = e.what();
        const auto open = what.find('\'');
        const auto close = what.rfind('\'');
        std::string number;
        if (open != std::string::npos && close > open)
            number = what.substr(open + 1, std::min<std::size_t>(close - open - 1, 40));
        errors.push_back({ .path = name, .kind = Problem::Kind::NumberTooLarge, .value = number });
    }
    return std::nullopt;
}

std::optional<nlohmann::json> JsonReader::readFile(
    const std::filesystem::path& file, const Limits& limits, Problems& errors)
{
    const std::string name = file.string();
    std::error_code ec;
    const auto status = std::filesystem::status(file, ec);
    if (ec || !std::filesystem::exists(status)) {
        errors.push_back({ .path = name, .kind = Problem::Kind::FileNotFound });
        return std::nullopt;
    }
    if (!std::filesystem::is_regular_file(status)) {
        // A folder is the likely mistake; a FIFO or a device is simply not a regular file.
        errors.push_back({ .path = name,
            .kind = Problem::Kind::NotAFile,
            .value = std::filesystem::is_directory(status) ? "folder" : "" });
        return std::nullopt;
    }
    const auto size = std::filesystem::file_size(file, ec);
    if (ec) {
        errors.push_back({ .path = name, .kind = Problem::Kind::Unreadable, .value = ec.message() });
        return std::nullopt;
    }
    if (size > limits.maxBytes) {
        errors.push_back({ .path = name, .kind = Problem::Kind::TooLarge, .limit = double(limits.maxBytes) });
        return std::nullopt;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        errors.push_back({ .path = name, .kind = Problem::Kind::Unreadable });
        return std::nullopt;
    }
    // Read at most one byte past the limit: the file may have grown since it was measured.
    std::string text(static_cast<std::size_t>(size) + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    if (in.bad()) {
        errors.push_back({ .path = name, .kind = Problem::Kind::Unreadable });
        return std::nullopt;
    }
    text.resize(static_cast<std::size_t>(in.gcount()));
    return parse(text, name, limits, errors);
}

std::optional<nlohmann::json> JsonReader::readStream(
    std::istream& in, const std::string& name, const Limits& limits, Problems& errors)
{
    // Read at most one byte past the limit, so a stream that never ends is refused, not slurped.
    std::string text;
    char buf[65536];
    while (text.size() <= limits.maxBytes) {
        const std::size_t want = std::min(sizeof buf, limits.maxBytes + 1 - text.size());
        in.read(buf, static_cast<std::streamsize>(want));
        text.append(buf, static_cast<std::size_t>(in.gcount()));
        if (!in)
            break;
    }
    if (in.bad()) {
        errors.push_back({ .path = name, .kind = Problem::Kind::Unreadable });
        return std::nullopt;
    }
    return parse(text, name, limits, errors);
}

} // namespace lowregret
