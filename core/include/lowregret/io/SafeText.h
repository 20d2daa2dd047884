#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace lowregret {

// Text taken from a file (a model or provider name, a file name, a price file's source) made
// fit to show: in a terminal, a label, a PDF or a spreadsheet it reads as the text it is and
// never acts as a command (docs/scenario-format.md, "Names").
class SafeText final {
public:
    SafeText() = delete;

    // How long a name read from a file may be, in characters (code points).
    static constexpr std::size_t maxNameChars = 200;
    // A longer text from a file: a note, a source, a field's path in a message.
    static constexpr std::size_t maxTextChars = 2000;

    // `text` as one line of plain text: invalid UTF-8 becomes U+FFFD; tabs and line breaks
    // become spaces; the other control characters (C0, DEL, C1: terminal escapes, bell,
    // backspace) and the bidirectional controls (U+061C, U+200E/F, U+202A–E, U+2066–9), which
    // would turn "2026-01-01" round on screen, are dropped. A text longer than `maxChars`
    // characters is cut at a character's boundary and ends with "…", `maxChars` in all.
    static std::string name(std::string_view text, std::size_t maxChars = maxNameChars);
    // Whether name(text, maxChars) would leave `text` as it is.
    static bool isName(std::string_view text, std::size_t maxChars = maxNameChars);

    // The code point of UTF-8 `text` at byte `i`, moving `i` past it. A broken sequence (a
    // stray or missing continuation byte, an overlong form, a surrogate, past U+10FFFF) is
    // nullopt, and `i` moves one byte: the one strict reading of UTF-8 in core.
    static std::optional<char32_t> codePoint(std::string_view text, std::size_t& i);

    // A spreadsheet cell that cannot run as a formula (OWASP, "CSV injection"): a text that
    // starts with =, +, -, @, a tab or a carriage return gets a leading apostrophe. A number
    // ("-12.5", "+3", "1e-9") stays as it is.
    static std::string csvCell(std::string_view cell);
    // csvCell, then quoted as RFC 4180 has it when it holds a comma, a quote or a line break.
    static std::string csvField(std::string_view cell);
};

} // namespace lowregret
