#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace lowregret {

// The days of the usage import: civil dates as days since 1970-01-01 (proleptic Gregorian, UTC)
// and back, and the moments the exports write (docs/usage-import.md#reading-csv).
class UsageDates final {
public:
    UsageDates() = delete;

    // The years a usage file can plausibly hold.
    static constexpr int firstYear = 2000;
    static constexpr int lastYear = 2200;

    struct Civil {
        int year;
        int month;
        int day;
    };

    // A moment: the UTC day, as days since 1970-01-01, and the seconds into it.
    struct Moment {
        std::int64_t day = 0;
        double seconds = 0.0;
    };

    // Days since 1970-01-01 of a civil date, and back.
    static std::int64_t daysFromCivil(int y, unsigned m, unsigned d)
    {
        y -= m <= 2 ? 1 : 0;
        const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
        const auto yoe = static_cast<unsigned>(y - era * 400);
        const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
    }

    static Civil civilFromDays(std::int64_t z)
    {
        z += 719468;
        const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
        const auto doe = static_cast<unsigned>(z - era * 146097);
        const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        const auto y = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400);
        const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        const unsigned mp = (5 * doy + 2) / 153;
        const unsigned d = doy - (153 * mp + 2) / 5 + 1;
        const unsigned m = mp < 10 ? mp + 3 : mp - 9;
        return { y + (m <= 2 ? 1 : 0), static_cast<int>(m), static_cast<int>(d) };
    }

    static int daysInMonth(int year, int month)
    {
        static constexpr std::array<int, 12> days { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
        const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        return month == 2 && leap ? 29 : days[static_cast<std::size_t>(month - 1)];
    }

    // A moment written as ISO 8601 ("2026-01-15", "2026-01-15 13:45:00.123",
    // "2026-01-15T13:45:00Z", "…+08:00") or as Unix seconds ("1735689600", "1735689600.0"),
    // turned into UTC; none when it is not a date of firstYear..lastYear.
    static std::optional<Moment> parseMoment(std::string_view text);
};

} // namespace lowregret
