#include "lowregret/io/SafeText.h"

#include <cstdint>

namespace lowregret {

namespace {

constexpr char32_t replacement = 0xFFFD;

void append(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

bool isBreak(char32_t cp)
{
    return cp == U'\t' || cp == U'\n' || cp == U'\r' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028
        || cp == 0x2029;
}

bool isDropped(char32_t cp)
{
    const bool control = cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
    const bool bidi = cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069);
    return control || bidi;
}

bool isNumber(std::string_view s)
{
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-'))
        ++i;
    std::size_t digits = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9')
        ++i, ++digits;
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i, ++digits;
    }
    if (digits == 0)
        return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        std::size_t exponent = 0;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i, ++exponent;
        if (exponent == 0)
            return false;
    }
    return i == s.size();
}

} // namespace

std::optional<char32_t> SafeText::codePoint(std::string_view s, std::size_t& i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = byte(i);
    if (c < 0x80) {
        ++i;
        return c;
    }
    std::size_t len = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if ((c & 0xE0) == 0xC0) {
        len = 2;
        cp = c & 0x1F;
        min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3;
        cp = c & 0x0F;
        min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4;
        cp = c & 0x07;
        min = 0x10000;
    } else {
        ++i;
        return std::nullopt;
    }
    if (i + len > s.size()) {
        ++i;
        return std::nullopt;
    }
    for (std::size_t k = 1; k < len; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) {
            ++i;
            return std::nullopt;
        }
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++i;
        return std::nullopt;
    }
    i += len;
    return cp;
}

std::string SafeText::name(std::string_view text, std::size_t maxChars)
{
    std::string out;
    out.reserve(text.size() < 4 * maxChars ? text.size() : 4 * maxChars);
    std::size_t chars = 0;
    std::size_t cut = 0; // out's size before the last character that still leaves room for "…"
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = codePoint(text, i).value_or(replacement);
        if (isBreak(cp))
            cp = U' ';
        else if (isDropped(cp))
            continue;
        if (chars + 1 == maxChars)
            cut = out.size();
        if (chars == maxChars) {
            out.resize(maxChars == 0 ? 0 : cut);
            if (maxChars > 0)
                out += "\u2026";
            return out;
        }
        append(out, cp);
        ++chars;
    }
    return out;
}

bool SafeText::isName(std::string_view text, std::size_t maxChars)
{
    return name(text, maxChars) == text;
}

std::string SafeText::csvCell(std::string_view cell)
{
    if (cell.empty() || isNumber(cell))
        return std::string(cell);
    const char first = cell.front();
    if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
        return "'" + std::string(cell);
    return std::string(cell);
}

std::string SafeText::csvField(std::string_view cell)
{
    std::string safe = csvCell(cell);
    if (safe.find_first_of(",\"\n\r") == std::string::npos)
        return safe;
    std::string out = "\"";
    for (const char ch : safe)
        out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    return out + "\"";
}

} // namespace lowregret
