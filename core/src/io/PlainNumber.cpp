#include "lowregret/io/PlainNumber.h"

#include <array>
#include <charconv>
#include <system_error>

namespace lowregret {

std::string PlainNumber::fixed(double value, int decimals)
{
    // The longest fixed form of a double: 309 whole digits, a sign, a dot and the decimals.
    std::array<char, 320 + 64> buffer {};
    const int places = decimals < 0 ? 0 : (decimals > 60 ? 60 : decimals);
    const auto [end, ec]
        = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed, places);
    if (ec != std::errc())
        return {};
    return std::string(buffer.data(), end);
}

std::optional<double> PlainNumber::parse(std::string_view text)
{
    // from_chars takes a minus sign but not a plus sign; strtod took both.
    if (!text.empty() && text.front() == '+') {
        text.remove_prefix(1);
        if (!text.empty() && (text.front() == '-' || text.front() == '+'))
            return std::nullopt;
    }
    if (text.empty())
        return std::nullopt;
    double value = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

bool PlainNumber::digits(std::string_view text, std::size_t at, std::size_t n, int& out)
{
    if (at + n > text.size())
        return false;
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        v = v * 10 + (text[i] - '0');
    }
    out = v;
    return true;
}

} // namespace lowregret
