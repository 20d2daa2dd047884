#pragma once

#include "lowregret/Format.h"

#include <string>

// Core joins a number and its unit with a no-break space (Format::nbsp). Tests that read a
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
    return replaced(text, lowregret::Format::nbsp, " ");
}

inline std::string unbroken(const std::string& text)
{
    return replaced(text, " ", lowregret::Format::nbsp);
}

} // namespace spacing
