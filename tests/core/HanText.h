#pragma once

#include <string>
#include <string_view>

// Reading Chinese text a character at a time, for the tests that check how Taiwan writes it
// (no space between two Han characters, no doubled punctuation).
namespace han {

// UTF-8 to code points; the text is core's own, so well formed.
inline std::u32string decoded(const std::string& s)
{
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
        for (int k = 1; k < n && i + k < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out.push_back(cp);
        i += static_cast<std::size_t>(n);
    }
    return out;
}

inline bool isHan(char32_t c)
{
    return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
}

// A full-width mark that ends or splits a clause.
inline bool isMark(char32_t c)
{
    return std::u32string_view(U"。，、；：？！").find(c) != std::u32string_view::npos;
}

} // namespace han
