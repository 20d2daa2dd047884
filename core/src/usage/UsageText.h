#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lowregret {

// The fields of the usage exports as text: trimmed, lowercased, read as counts and amounts.
class UsageText final {
public:
    UsageText() = delete;

    // A count or an amount beyond any plausible usage is not one.
    static constexpr double maxCount = 1e15;

    // Without the blanks (spaces, tabs, line ends) around it.
    static std::string_view trim(std::string_view s)
    {
        while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
            s.remove_prefix(1);
        while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
            s.remove_suffix(1);
        return s;
    }

    // Lowercased byte by byte (std::tolower), as header names and flags are matched.
    static std::string lower(std::string_view s);

    // A count or an amount: "59200", "59200.0", "1.5e3", "" (0). Negative, not finite or
    // beyond maxCount is not a count.
    static std::optional<double> parseNumber(std::string_view text);
};

} // namespace lowregret
