#include "usage/UsageText.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

namespace lowregret {

std::string UsageText::lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

std::optional<double> UsageText::parseNumber(std::string_view text)
{
    text = trim(text);
    if (text.empty())
        return 0.0;
    if (text.front() == '+')
        text.remove_prefix(1);
    double value = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value) || value < 0.0
        || value > maxCount)
        return std::nullopt;
    return value;
}

} // namespace lowregret
