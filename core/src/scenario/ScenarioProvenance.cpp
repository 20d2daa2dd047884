// Where a scenario's usage figures came from, in words: the files and the months
// (docs/usage-import.md).
#include "lowregret/scenario/Scenario.h"

#include "lowregret/io/PlainNumber.h"

#include <array>

namespace lowregret {

std::string Scenario::Provenance::monthName(const std::string& key, Lang lang)
{
    int y = 0, m = 0;
    if (key.size() != 7 || !PlainNumber::digits(key, 0, 4, y) || key[4] != '-' || !PlainNumber::digits(key, 5, 2, m)
        || m < 1 || m > 12)
        return key;
    if (lang == Lang::ZhHant)
        return std::to_string(y) + " 年 " + std::to_string(m) + " 月";
    static constexpr std::array<const char*, 12> names { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
        "Oct", "Nov", "Dec" };
    return std::string(names[static_cast<std::size_t>(m - 1)]) + " " + std::to_string(y);
}

std::string Scenario::Provenance::monthSpan(const std::string& first, const std::string& last, Lang lang)
{
    if (first == last)
        return monthName(first, lang);
    return monthName(first, lang) + (lang == Lang::ZhHant ? "至 " : "–") + monthName(last, lang);
}

std::string Scenario::Provenance::describe(Lang lang) const
{
    const bool zh = lang == Lang::ZhHant;
    std::string names;
    for (std::size_t i = 0; i < files.size(); ++i)
        names += (i == 0 ? "" : zh ? "、" : ", ") + files[i];
    const std::string span = monthSpan(firstMonth, lastMonth, lang);
    return zh ? "取自 " + names + "，" + span : "from " + names + ", " + span;
}

} // namespace lowregret
