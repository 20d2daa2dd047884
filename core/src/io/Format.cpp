#include "lowregret/io/Format.h"

#include "lowregret/io/PlainNumber.h"

#include <cmath>

namespace lowregret {

namespace {

std::string groupThousands(const std::string& digits)
{
    std::string out;
    const auto n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        out.push_back(digits[i]);
        const auto remaining = n - i - 1;
        if (remaining > 0 && remaining % 3 == 0)
            out.push_back(',');
    }
    return out;
}

std::string join(const std::string& number, const char* unit)
{
    return number + Format::nbsp + unit;
}

// The count in 兆, 億 and 萬 groups, each group's digits grouped by thousands as Taiwan does:
// 1234567890 -> "12 億 3,456 萬 7,890". Whole, non-negative, finite.
std::string chineseCount(double whole)
{
    struct Group {
        double size;
        const char* name;
    };
    std::string out;
    double rest = whole;
    for (const Group group : { Group { 1e12, "兆" }, Group { 1e8, "億" }, Group { 1e4, "萬" } }) {
        const double n = std::floor(rest / group.size);
        if (n < 1.0)
            continue;
        rest -= n * group.size;
        if (!out.empty())
            out += Format::nbsp;
        out += join(Format::number(n, 0), group.name);
    }
    if (rest >= 1.0 || out.empty()) {
        if (!out.empty())
            out += Format::nbsp;
        out += Format::number(rest, 0);
    }
    return out;
}

} // namespace

std::string Format::number(double value, int decimals)
{
    if (!std::isfinite(value))
        return value > 0 ? "∞" : (value < 0 ? "-∞" : "NaN");
    const std::string text = PlainNumber::fixed(std::fabs(value), decimals);
    const auto dot = text.find('.');
    std::string whole = dot == std::string::npos ? text : text.substr(0, dot);
    std::string frac = dot == std::string::npos ? std::string() : text.substr(dot);
    const bool negative = value < 0 && text.find_first_not_of("0.") != std::string::npos;
    return (negative ? "-" : "") + groupThousands(whole) + frac;
}

std::string Format::compactNumber(double value, int maxDecimals)
{
    std::string text = number(value, maxDecimals);
    if (text.find('.') != std::string::npos) {
        while (!text.empty() && text.back() == '0')
            text.pop_back();
        if (!text.empty() && text.back() == '.')
            text.pop_back();
    }
    return text;
}

std::string Format::money(double usd, Lang lang)
{
    const std::string amount = number(usd, 2);
    const bool negative = !amount.empty() && amount.front() == '-';
    const std::string body = negative ? amount.substr(1) : amount;
    if (lang == Lang::ZhHant)
        return (negative ? "-" : "") + join(body, "美\u2060元");
    return (negative ? "-" : "") + std::string("$") + body;
}

namespace {

// "NT$12,345", "-NT$12,345".
std::string ntd(double amount, int decimals)
{
    const std::string text = Format::number(amount, decimals);
    const bool negative = !text.empty() && text.front() == '-';
    return (negative ? "-" : "") + std::string("NT$") + (negative ? text.substr(1) : text);
}

} // namespace

std::string Format::money(double usd, Lang lang, const Currency& currency)
{
    if (currency.isUsd())
        return money(usd, lang);
    return ntd(currency.fromUsd(usd), 0);
}

std::string Format::unitPrice(double usd, Lang lang, const Currency& currency, int usdDecimals)
{
    if (!currency.isUsd())
        return ntd(currency.fromUsd(usd), 2);
    if (usdDecimals == 2)
        return money(usd, lang);
    const std::string amount = number(usd, usdDecimals);
    return lang == Lang::ZhHant ? join(amount, "美\u2060元") : "$" + amount;
}

std::string Format::currencyUnit(const Currency& currency, Lang lang)
{
    if (!currency.isUsd())
        return "NT$";
    return lang == Lang::ZhHant ? "美\u2060元" : "USD";
}

std::string Format::parameters(double billions, Lang lang)
{
    if (lang == Lang::ZhHant)
        return join(compactNumber(billions * 10.0, 1), "億");
    return compactNumber(billions, 1) + "B";
}

std::string Format::gigabytes(double gb)
{
    return join(compactNumber(gb, 1), "GB");
}

double Format::significant(double value, int figures)
{
    if (value == 0.0 || !std::isfinite(value))
        return value;
    const double scale = std::pow(10.0, std::floor(std::log10(std::fabs(value))) - (figures - 1));
    return std::round(value / scale) * scale;
}

std::string Format::range(double low, double high)
{
    return low == high ? compactNumber(low, 2) : compactNumber(low, 2) + "–" + compactNumber(high, 2);
}

std::string Format::usdRange(double low, double high, Lang lang)
{
    return join(range(low, high), lang == Lang::ZhHant ? "美\u2060元" : "USD");
}

std::string Format::usdRange(double low, double high, Lang lang, const Currency& currency)
{
    if (currency.isUsd())
        return usdRange(low, high, lang);
    const double a = std::round(currency.fromUsd(low));
    const double b = std::round(currency.fromUsd(high));
    return "NT$" + (a == b ? number(a, 0) : number(a, 0) + "–" + number(b, 0));
}

std::string Format::count(double value, Lang lang)
{
    if (!std::isfinite(value) || lang != Lang::ZhHant)
        return number(value, 0);
    const double whole = std::round(std::fabs(value));
    if (whole == 0.0)
        return "0";
    return (value < 0 ? "-" : "") + chineseCount(whole);
}

std::string Format::tokens(double tokens, Lang lang)
{
    return join(count(tokens, lang), "tokens");
}

std::string Format::shortTokens(double tokens, Lang lang)
{
    if (!std::isfinite(tokens))
        return number(tokens, 0);
    const double whole = std::round(tokens) + 0.0;
    if (lang == Lang::ZhHant) {
        struct Unit {
            double size;
            const char* name;
        };
        for (const Unit unit : { Unit { 1e12, "兆" }, Unit { 1e8, "億" }, Unit { 1e4, "萬" } }) {
            if (std::fabs(whole) < unit.size)
                continue;
            const double hundredths = std::round(whole / unit.size * 100.0);
            if (std::fabs(hundredths) < 1'000'000.0 && hundredths * unit.size / 100.0 == whole)
                return join(compactNumber(hundredths / 100.0, 2), unit.name);
        }
        return count(whole, lang);
    }
    // The largest unit that writes the count exactly, with at most two decimals and fewer than
    // four digits before the point; a count no unit writes so (999,999 would be "1,000K" or
    // "1M") is written in full.
    struct Unit {
        double size;
        const char* suffix;
    };
    for (const Unit unit : { Unit { 1e12, "T" }, Unit { 1e9, "B" }, Unit { 1e6, "M" }, Unit { 1e3, "K" } }) {
        if (std::fabs(whole) < unit.size)
            continue;
        const double hundredths = std::round(whole / unit.size * 100.0);
        if (std::fabs(hundredths) < 100'000.0 && hundredths * unit.size / 100.0 == whole)
            return compactNumber(hundredths / 100.0, 2) + unit.suffix;
    }
    return number(whole, 0);
}

std::string Format::months(std::optional<double> months, Lang lang)
{
    if (!months)
        return lang == Lang::ZhHant ? "不會回本" : "never";
    const std::string n = compactNumber(*months, 1);
    if (lang == Lang::ZhHant)
        return join(n, "個\u2060月");
    return join(n, n == "1" ? "month" : "months");
}

std::string Format::hours(double hours, Lang lang)
{
    const std::string n = compactNumber(hours, 1);
    if (lang == Lang::ZhHant)
        return join(n, "小\u2060時");
    return join(n, n == "1" ? "hour" : "hours");
}

std::string Format::perMillionUnit(Lang lang)
{
    return lang == Lang::ZhHant ? std::string("每") + nbsp + "100" + nbsp + "萬" + nbsp + "tokens"
                                : std::string("per") + nbsp + "1M" + nbsp + "tokens";
}

std::string Format::perMillionTokens(double usd, Lang lang)
{
    if (lang == Lang::ZhHant)
        return perMillionUnit(lang) + " " + money(usd, lang);
    return money(usd, lang) + " " + perMillionUnit(lang);
}

std::string Format::perMillionTokens(double usd, Lang lang, const Currency& currency)
{
    if (currency.isUsd())
        return perMillionTokens(usd, lang);
    const std::string price = unitPrice(usd, lang, currency);
    if (lang == Lang::ZhHant)
        return perMillionUnit(lang) + " " + price;
    return price + " " + perMillionUnit(lang);
}

std::string Format::percent(double share)
{
    return compactNumber(share * 100.0, 1) + "%";
}

} // namespace lowregret
