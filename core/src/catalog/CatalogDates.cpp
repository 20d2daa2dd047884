#include "lowregret/catalog/Catalog.h"

#include <chrono>
#include <ctime>

// The dates of prices: YYYY-MM-DD, parsed in one place.
namespace lowregret {

namespace {

std::optional<std::chrono::sys_days> parseDate(const std::string& text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    for (const std::size_t i : { 0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u })
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
    const std::chrono::year_month_day ymd { std::chrono::year { std::stoi(text.substr(0, 4)) },
        std::chrono::month { static_cast<unsigned>(std::stoi(text.substr(5, 2))) },
        std::chrono::day { static_cast<unsigned>(std::stoi(text.substr(8, 2))) } };
    if (!ymd.ok())
        return std::nullopt;
    return std::chrono::sys_days { ymd };
}

} // namespace

bool Catalog::isDate(const std::string& text)
{
    return parseDate(text).has_value();
}

std::optional<int> Catalog::ageInDays(const std::string& asOf, const std::string& todayText)
{
    const auto from = parseDate(asOf);
    const auto to = parseDate(todayText);
    if (!from || !to)
        return std::nullopt;
    return static_cast<int>((*to - *from).count());
}

bool Catalog::isStale(const Offer& offer, const std::string& todayText)
{
    const auto age = ageInDays(offer.asOf, todayText);
    return !age || *age > staleAfterDays;
}

std::string Catalog::today()
{
    const std::time_t now = std::time(nullptr);
    std::tm tm {};
    localtime_r(&now, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

} // namespace lowregret
