#pragma once

#include "lowregret/io/Currency.h"
#include "lowregret/io/Lang.h"

#include <optional>
#include <string>

namespace lowregret {

// The one place numbers become text, so the CLI, the app and the report agree to the digit.
// Both languages group thousands with commas (as Taiwan does) and use a dot for decimals.
// Chinese counts large numbers in 萬 (10⁴), 億 (10⁸) and 兆 (10¹²), as Taiwan writes them;
// English in K, M and B, or in full.
//
// A number and its unit are joined by a no-break space (U+00A0, Format::nbsp), and the
// characters of a two-character Chinese unit (個月, 小時, 美元) by a word joiner (U+2060,
// Format::wordJoiner), so no line breaks inside "3.9 個月". Renderers that wrap text keep it
// whole; a plain-text writer may print a space and nothing once its lines are laid out.
class Format final {
public:
    Format() = delete;

    static constexpr const char* nbsp = "\u00A0";
    static constexpr const char* wordJoiner = "\u2060";

    // 6480.0 -> "6,480.00"; rounding half away from zero at the last decimal.
    static std::string number(double value, int decimals);
    // Drops trailing zeros of the fraction: 0.75 -> "0.75", 12.0 -> "12", 1.5e-5 -> "0.000015".
    static std::string compactNumber(double value, int maxDecimals = 6);
    // "$6,480.00" / "6,480.00 美元" (the guide's own way of writing dollars in Chinese)
    static std::string money(double usd, Lang lang);
    // The amount in `currency`: US dollars as above; New Taiwan dollars in whole dollars, as
    // Taiwan writes a price, and the same in both languages: 12345.4 -> "NT$12,345" (the
    // glossary's spelling).
    static std::string money(double usd, Lang lang, const Currency& currency);
    // The price of one unit (a kWh, an hour), which in NT$ keeps its cents: "NT$5.16"; in US
    // dollars money() with `usdDecimals`: "$0.1648".
    static std::string unitPrice(double usd, Lang lang, const Currency& currency, int usdDecimals = 2);
    // "USD" / "美元" / "NT$": the unit a heading or a field label names.
    static std::string currencyUnit(const Currency& currency, Lang lang);
    // A range the guide quotes, in whole dollars: "1,500–3,000 USD" / "1,500–3,000 美元"; a range
    // whose ends are equal is one amount: "500 USD".
    static std::string usdRange(double low, double high, Lang lang);
    // The same range in `currency`: "NT$47,157–94,314".
    static std::string usdRange(double low, double high, Lang lang, const Currency& currency);
    // A parameter count given in billions: 100 -> "100B" / "1,000 億".
    static std::string parameters(double billions, Lang lang);
    // A whole count, exactly: 12000000 -> "12,000,000" / "1,200 萬"; 4370371 -> "4,370,371" /
    // "437 萬 371"; 150000000 -> "150,000,000" / "1 億 5,000 萬"; under 10,000 as it is.
    static std::string count(double value, Lang lang);
    // 46.52 -> "46.5 GB", in both languages.
    static std::string gigabytes(double gb);
    // An estimate to `figures` significant figures: 1261642120, 3 -> 1260000000.
    static double significant(double value, int figures);
    // 4, 8 -> "4–8"
    static std::string range(double low, double high);
    // count() followed by "tokens": "12,000,000 tokens" / "1,200 萬 tokens"
    static std::string tokens(double tokens, Lang lang);
    // For axes, legends and headings. English: 12000000 -> "12M", 1500 -> "1.5K", 1250 ->
    // "1.25K": the largest unit that writes the count exactly with at most two decimals and
    // fewer than four digits before the point; otherwise the full count: 999999 -> "999,999".
    // Chinese: 100000 -> "10 萬", 12000000 -> "1,200 萬", 150000000 -> "1.5 億", 1e9 -> "10 億":
    // the largest of 兆, 億 and 萬 that writes it exactly with at most two decimals and fewer
    // than five digits before the point; otherwise count().
    static std::string shortTokens(double tokens, Lang lang);
    // A price per million tokens: 2.5 -> "$2.50 per 1M tokens" / "每 100 萬 tokens 2.50 美元".
    static std::string perMillionTokens(double usd, Lang lang);
    static std::string perMillionTokens(double usd, Lang lang, const Currency& currency);
    // "per 1M tokens" / "每 100 萬 tokens": the one spelling of the unit, for headings.
    static std::string perMillionUnit(Lang lang);
    // 4 -> "4 hours" / "4 小時"; 0.5 -> "0.5 hours"; 1 -> "1 hour"
    static std::string hours(double hours, Lang lang);
    // 3.9215 -> "3.9 months" / "3.9 個月"; nullopt -> "never" / "不會回本"
    static std::string months(std::optional<double> months, Lang lang);
    // 0.5 -> "50%"
    static std::string percent(double share);

    // A count as a sentence says it: to three significant figures, with "about" / "約" when
    // that rounds it, so a sentence never reads "437 萬 371": 4370371 -> "about 4,370,000" /
    // "約 437 萬"; 12000000 -> "12,000,000" / "1,200 萬". Under 10,000 the count is short: exact.
    // Tables and JSON keep count().
    static std::string roundedCount(double value, Lang lang);
    // roundedCount() followed by "tokens": "約 437 萬 tokens".
    static std::string roundedTokens(double tokens, Lang lang);
    // Two values of one unit as a range that says the unit once: "每 100 萬 tokens 30.00 美元" and
    // "每 100 萬 tokens 75.00 美元" -> "每 100 萬 tokens 30.00–75.00 美元"; "600 萬 tokens" and
    // "1,800 萬 tokens" -> "600–1,800 萬 tokens"; "$15.00 a month" and "$60.00 a month" ->
    // "$15.00–$60.00 a month". The words both share at either end are said once; a count's 萬 or
    // 億 only when the ends differ in that one group. Equal values are one value. A word joiner
    // after the dash keeps the range on one line.
    static std::string valueRange(const std::string& low, const std::string& high);
};

} // namespace lowregret
