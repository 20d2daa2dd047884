#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lowregret {

// Numbers in the C form ("-1234.5", "1e12"), for files, options and the formatter's digits.
// Neither direction reads the process's C locale, so a GUI that has called setlocale(LC_ALL,
// "") under a comma-decimal locale (de_DE, fr_FR …) writes and reads the same text as the CLI.
class PlainNumber final {
public:
    PlainNumber() = delete;

    // `decimals` digits after a dot, correctly rounded: 4570.256, 2 -> "4570.26"; no grouping.
    static std::string fixed(double value, int decimals);
    // The whole of `text` as a number: an optional sign, digits, an optional dot and fraction,
    // an optional exponent ("+2.5", "-3", "1e12", "inf"). Anything else, a comma or surrounding
    // spaces included, is nullopt. Out-of-range magnitudes are nullopt too.
    static std::optional<double> parse(std::string_view text);
    // The `n` decimal digits of `text` at `at` into `out` ("2026-01": 4 at 0 is 2026); false,
    // and `out` untouched, when they are not all there. For the fixed fields of dates.
    static bool digits(std::string_view text, std::size_t at, std::size_t n, int& out);
};

} // namespace lowregret
