#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lowregret::cli {

// Terminal layout that counts East Asian wide characters as two columns, so Chinese lines
// wrap and align like English ones.
class TextLayout final {
public:
    TextLayout() = delete;

    static std::size_t displayWidth(std::string_view utf8);
    // Wraps at spaces where there are any and between Han characters otherwise.
    static std::vector<std::string> wrap(std::string_view utf8, std::size_t width);
    static std::string padRight(std::string_view utf8, std::size_t width);
    static std::string padLeft(std::string_view utf8, std::size_t width);
};

} // namespace lowregret::cli
