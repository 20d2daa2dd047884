#pragma once

#include "lowregret/Lang.h"

#include <optional>
#include <string>

namespace lowregret {

// The one place numbers become text, so the CLI, the app and the report agree to the digit.
// Both languages group thousands with commas (as Taiwan does) and use a dot for decimals.
class Format final {
public:
    Format() = delete;

    // 6480.0 -> "6,480.00"; rounding half away from zero at the last decimal.
    static std::string number(double value, int decimals);
    // Drops trailing zeros of the fraction: 0.75 -> "0.75", 12.0 -> "12", 1.5e-5 -> "0.000015".
    static std::string compactNumber(double value, int maxDecimals = 6);
    // "$6,480.00" / "6,480.00 美元" (the guide's own way of writing dollars in Chinese)
    static std::string money(double usd, Lang lang);
    // A range the guide quotes, in whole dollars: "1,500–3,000 USD" / "1,500–3,000 美元"; a range
    // whose ends are equal is one amount: "500 USD".
    static std::string usdRange(double low, double high, Lang lang);
    // A parameter count given in billions: 100 -> "100B" / "1,000 億".
    static std::string parameters(double billions, Lang lang);
    // 4, 8 -> "4–8"
    static std::string range(double low, double high);
    // 12000000 -> "12,000,000 tokens" / "12,000,000 tokens"
    static std::string tokens(double tokens, Lang lang);
    // 12000000 -> "12M", 1500 -> "1.5K", 1250 -> "1.25K": the largest unit that writes the count
    // exactly with at most two decimals; otherwise the full count: 999999 -> "999,999",
    // 1234567 -> "1,234,567".
    static std::string shortTokens(double tokens);
    // 3.9215 -> "3.9 months" / "3.9 個月"; nullopt -> "never" / "不會回本"
    static std::string months(std::optional<double> months, Lang lang);
    // 0.5 -> "50%"
    static std::string percent(double share);
};

} // namespace lowregret
