#pragma once

// Names a file may hold to attack whoever shows them: markup, terminal escapes, bidirectional
// overrides, broken UTF-8, sheer length, spreadsheet formulas. The tests feed each through the
// readers into every output and check what comes out (tests/core/HostileNamesTest.cpp).

#include "lowregret/io/JsonReader.h"

#include <gtest/gtest.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace hostile {

inline std::string tenThousandCells()
{
    std::string t = "<table>";
    for (int r = 0; r < 100; ++r) {
        t += "<tr>";
        for (int c = 0; c < 100; ++c)
            t += "<td>x</td>";
        t += "</tr>";
    }
    return t + "</table>";
}

inline const std::vector<std::string>& names()
{
    static const std::vector<std::string> list = {
        R"(<img src="/dev/zero">)", "<a href=x>link</a>", "<b>bold</b>", tenThousandCells(), "\x1b[31mred\x1b[0m",
        "\x1b]0;title\x07", "bell\x07", "back\bspace",
        "\xe2\x80\xae"
        "2026-01-01", // U+202E: shown as 10-10-6202
        "iso\xe2\x81\xa6late\xe2\x81\xa9 lrm\xe2\x80\x8e alm\xd8\x9c",
        "c1\xc2\x9b"
        "31m csi",
        "bad\xff\xfe utf-8 \xc3", "line\nbreak\rreturn\ttab", "=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3",
        "@SUM(A1)", std::string(1024 * 1024, 'x'), // a megabyte
    };
    return list;
}

// Code points of valid UTF-8.
inline std::size_t characters(std::string_view s)
{
    std::size_t n = 0;
    for (const char c : s)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

// `text` could be shown as it is: valid UTF-8, no control character (but a line feed where
// `lines` is set), no bidirectional control, at most `maxChars` characters.
inline ::testing::AssertionResult showable(std::string_view text, std::size_t maxChars, bool lines = false)
{
    const auto fail = [&](const std::string& why) {
        return ::testing::AssertionFailure() << why << " in \"" << std::string(text.substr(0, 120)) << "\"";
    };
    if (lowregret::JsonReader::firstInvalidUtf8(text))
        return fail("invalid UTF-8");
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && !(lines && c == '\n')) || c == 0x7F)
            return fail("control character " + std::to_string(c));
        const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
        const auto third = i + 2 < text.size() ? static_cast<unsigned char>(text[i + 2]) : 0;
        if (c == 0xC2 && next >= 0x80 && next <= 0x9F)
            return fail("C1 control");
        if (c == 0xD8 && next == 0x9C)
            return fail("U+061C");
        if (c == 0xE2 && next == 0x80 && (third == 0x8E || third == 0x8F || (third >= 0xAA && third <= 0xAE)))
            return fail("bidirectional control");
        if (c == 0xE2 && next == 0x81 && third >= 0xA6 && third <= 0xA9)
            return fail("bidirectional isolate");
    }
    if (characters(text) > maxChars)
        return fail(
            "longer than " + std::to_string(maxChars) + " characters (" + std::to_string(characters(text)) + ")");
    return ::testing::AssertionSuccess();
}

} // namespace hostile
