#include "usage/UsageDates.h"

#include "lowregret/io/PlainNumber.h"

#include "usage/UsageText.h"

#include <charconv>
#include <cmath>

namespace lowregret {

std::optional<UsageDates::Moment> UsageDates::parseMoment(std::string_view text)
{
    text = UsageText::trim(text);
    if (text.empty())
        return std::nullopt;
    int y = 0, mo = 0, d = 0;
    if (text.size() >= 10 && PlainNumber::digits(text, 0, 4, y) && text[4] == '-' && PlainNumber::digits(text, 5, 2, mo)
        && text[7] == '-' && PlainNumber::digits(text, 8, 2, d)) {
        if (y < firstYear || y > lastYear || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo))
            return std::nullopt;
        double secs = 0.0;
        std::size_t at = 10;
        int h = 0, mi = 0, s = 0;
        if (at < text.size() && (text[at] == 'T' || text[at] == ' ')) {
            if (!PlainNumber::digits(text, at + 1, 2, h) || text.size() < at + 6 || text[at + 3] != ':'
                || !PlainNumber::digits(text, at + 4, 2, mi))
                return std::nullopt;
            at += 6;
            if (at < text.size() && text[at] == ':') {
                if (!PlainNumber::digits(text, at + 1, 2, s))
                    return std::nullopt;
                at += 3;
            }
            if (h > 24 || mi > 59 || s > 60)
                return std::nullopt;
            if (at < text.size() && (text[at] == '.' || text[at] == ',')) {
                ++at;
                while (at < text.size() && text[at] >= '0' && text[at] <= '9')
                    ++at;
            }
            secs = h * 3600.0 + mi * 60.0 + s;
        }
        // The zone: none or Z is UTC; "+08:00", "+0800", "+08" are shifted back to UTC.
        std::string_view zone = UsageText::trim(text.substr(at));
        if (zone == "UTC" || zone == " UTC")
            zone = {};
        if (!zone.empty() && zone != "Z" && zone != "z") {
            if (zone[0] != '+' && zone[0] != '-')
                return std::nullopt;
            int zh = 0, zm = 0;
            if (!PlainNumber::digits(zone, 1, 2, zh))
                return std::nullopt;
            std::size_t rest = 3;
            if (rest < zone.size() && zone[rest] == ':')
                ++rest;
            if (rest < zone.size() && !PlainNumber::digits(zone, rest, 2, zm))
                return std::nullopt;
            if (rest < zone.size() && rest + 2 != zone.size())
                return std::nullopt;
            if (zh > 14 || zm > 59)
                return std::nullopt;
            const double offset = (zh * 3600.0 + zm * 60.0) * (zone[0] == '+' ? 1.0 : -1.0);
            secs -= offset;
        }
        std::int64_t day = daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d));
        const auto shift = static_cast<std::int64_t>(std::floor(secs / 86400.0));
        day += shift;
        secs -= static_cast<double>(shift) * 86400.0;
        return Moment { day, secs };
    }
    // Unix seconds, maybe written as a float.
    double value = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    const double lo = static_cast<double>(daysFromCivil(firstYear, 1, 1)) * 86400.0;
    const double hi = static_cast<double>(daysFromCivil(lastYear, 12, 31)) * 86400.0;
    if (value < lo || value > hi)
        return std::nullopt;
    const double day = std::floor(value / 86400.0);
    return Moment { static_cast<std::int64_t>(day), value - day * 86400.0 };
}

} // namespace lowregret
