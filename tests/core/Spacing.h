#pragma once

#include "lowregret/io/Format.h"

#include <string>

// Core joins a number and its unit with a no-break space (Format::nbsp), and a Chinese unit's
// two characters with a word joiner (Format::wordJoiner). Tests that read a
// sentence for its words compare it with the no-break spaces as plain ones (spaced); tests of a
// formatted figure write the expected text with plain spaces and make them no-break (unbroken).
namespace spacing {

inline std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

inline std::string spaced(const std::string& text)
{
    return replaced(replaced(text, lowregret::Format::nbsp, " "), lowregret::Format::wordJoiner, "");
}

// The two-character Chinese units are kept whole by a word joiner between their characters.
inline std::string unbroken(const std::string& text)
{
    std::string out = replaced(text, " ", lowregret::Format::nbsp);
    for (const char* unit : { "個月", "小時", "美元" }) {
        const std::string u(unit);
        const std::string half = u.substr(0, u.size() / 2);
        out = replaced(out, u, half + lowregret::Format::wordJoiner + u.substr(u.size() / 2));
    }
    return out;
}

} // namespace spacing
