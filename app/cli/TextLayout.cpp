#include "TextLayout.h"

#include <string_view>

namespace lowregret::cli {

namespace {

// Decodes one code point starting at s[i]; input is validated UTF-8 from our own data.
char32_t decode(std::string_view s, std::size_t& i)
{
    const auto c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < len && i + k < s.size(); ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += static_cast<std::size_t>(len);
    return cp;
}

bool isWide(char32_t cp)
{
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

// Taiwan's line-breaking rules: closing punctuation never starts a line, and opening
// punctuation never ends one.
bool isCloser(char32_t cp)
{
    return std::u32string_view(U"，。、；：？！）」』》〉】％,.;:?!)%").find(cp) != std::u32string_view::npos;
}

bool isOpener(char32_t cp)
{
    return std::u32string_view(U"（「『《〈【(").find(cp) != std::u32string_view::npos;
}

} // namespace

std::size_t TextLayout::displayWidth(std::string_view s)
{
    std::size_t width = 0;
    for (std::size_t i = 0; i < s.size();) {
        const char32_t cp = decode(s, i);
        width += cp == U'\u2060' ? 0 : isWide(cp) ? 2 : 1; // a word joiner takes no room
    }
    return width;
}

std::vector<std::string> TextLayout::wrap(std::string_view s, std::size_t width)
{
    // Split into units: a run of non-space narrow characters stays whole; each wide
    // character is its own unit; spaces separate. A closer joins the unit before it and an
    // opener the unit after it, so that no line starts with "）" or ends with "（".
    struct Unit {
        std::string text;
        std::size_t width;
        bool space;
        bool wide;
        bool open = false; // ends with an opener or a no-break space: the next character joins it
    };
    std::vector<Unit> units;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t start = i;
        const char32_t cp = decode(s, i);
        const std::string piece(s.substr(start, i - start));
        const std::size_t w = isWide(cp) ? 2 : 1;
        const bool joins = !units.empty() && !units.back().space && (units.back().open || isCloser(cp));
        if (cp == U'\u2060' && !units.empty() && !units.back().space) {
            // A word joiner keeps a unit's two characters together ("個月"): the next one joins.
            units.back().text += piece;
            units.back().open = true;
            continue;
        }
        if (cp == U'\u00A0') {
            // A no-break space glues a number to its unit: "3.9 個月" never splits.
            if (units.empty() || units.back().space)
                units.push_back({ piece, 1, false, false, true });
            else {
                units.back().text += piece;
                units.back().width += 1;
                units.back().wide = false;
                units.back().open = true;
            }
        } else if (cp == U' ') {
            units.push_back({ " ", 1, true, false });
        } else if (joins || (w == 1 && !units.empty() && !units.back().space && !units.back().wide)) {
            units.back().text += piece;
            units.back().width += w;
            units.back().wide = w == 2; // of its last character, which the next one meets
            units.back().open = isOpener(cp);
        } else {
            units.push_back({ piece, w, false, w == 2, isOpener(cp) });
        }
    }
    std::vector<std::string> lines;
    std::string line;
    std::size_t lineWidth = 0;
    for (const auto& u : units) {
        if (u.space) {
            if (lineWidth > 0 && lineWidth + 1 <= width) {
                line += ' ';
                ++lineWidth;
            }
            continue;
        }
        if (lineWidth + u.width > width && lineWidth > 0) {
            while (!line.empty() && line.back() == ' ')
                line.pop_back();
            lines.push_back(line);
            line.clear();
            lineWidth = 0;
        }
        line += u.text;
        lineWidth += u.width;
    }
    while (!line.empty() && line.back() == ' ')
        line.pop_back();
    if (!line.empty() || lines.empty())
        lines.push_back(line);
    return lines;
}

std::string TextLayout::padRight(std::string_view s, std::size_t width)
{
    const auto w = displayWidth(s);
    return std::string(s) + std::string(w < width ? width - w : 0, ' ');
}

std::string TextLayout::padLeft(std::string_view s, std::size_t width)
{
    const auto w = displayWidth(s);
    return std::string(w < width ? width - w : 0, ' ') + std::string(s);
}

} // namespace lowregret::cli
