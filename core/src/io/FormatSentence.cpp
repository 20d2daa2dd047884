// Format's numbers as a sentence says them: counts rounded, ranges with their unit said once.
#include "lowregret/io/Format.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <vector>

namespace lowregret {

namespace {

// A word of a formatted value and the separator after it: a space, a no-break space or nothing.
struct Word {
    std::string text;
    std::string separator;
};

std::vector<Word> words(const std::string& s)
{
    const std::string_view nbsp(Format::nbsp);
    std::vector<Word> out(1);
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] == ' ' || s.compare(i, nbsp.size(), nbsp) == 0) {
            const std::size_t length = s[i] == ' ' ? 1 : nbsp.size();
            out.back().separator = s.substr(i, length);
            out.emplace_back();
            i += length;
        } else {
            out.back().text += s[i++];
        }
    }
    return out;
}

bool isPureNumber(const std::string& word)
{
    return std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })
        && word.find_first_not_of("0123456789,.-") == std::string::npos;
}

bool hasDigit(const std::string& word)
{
    return word.find_first_of("0123456789") != std::string::npos;
}

bool isCountGroup(const std::string& word)
{
    return word == "萬" || word == "億" || word == "兆";
}

std::string joinedWords(const std::vector<Word>& w, std::size_t from, std::size_t to)
{
    std::string out;
    for (std::size_t i = from; i < to; ++i)
        out += w[i].text + (i + 1 < to ? w[i].separator : std::string());
    return out;
}

} // namespace

std::string Format::roundedCount(double value, Lang lang)
{
    if (!std::isfinite(value) || std::fabs(value) < 10'000.0)
        return count(value, lang);
    const double whole = std::round(value);
    const double rounded = significant(whole, 3);
    const std::string text = count(rounded, lang);
    if (rounded == whole)
        return text;
    return (lang == Lang::ZhHant ? std::string("約") : std::string("about")) + nbsp + text;
}

std::string Format::roundedTokens(double tokens, Lang lang)
{
    return roundedCount(tokens, lang) + nbsp + "tokens";
}

std::string Format::valueRange(const std::string& low, const std::string& high)
{
    if (low == high)
        return low;
    const auto a = words(low);
    const auto b = words(high);
    const std::size_t shortest = std::min(a.size(), b.size());
    // The shared words at the end (the unit), which hold no bare number: a count's groups
    // ("萬 5,000") belong to each end.
    std::size_t q = 0;
    while (q + 1 < shortest && a[a.size() - 1 - q].text == b[b.size() - 1 - q].text
        && !isPureNumber(a[a.size() - 1 - q].text)
        && (q == 0 || a[a.size() - 1 - q].separator == b[b.size() - 1 - q].separator))
        ++q;
    // The shared words at the start ("每 100 萬 tokens", "約"), ending in a word, not a number.
    std::size_t p = 0;
    while (p + q + 1 < shortest && a[p].text == b[p].text && a[p].separator == b[p].separator)
        ++p;
    while (p > 0 && isPureNumber(a[p - 1].text))
        --p;
    // A count of several groups keeps its own 萬 or 億: "1 億 5,000 萬–3 億 tokens".
    const bool grouped = a.size() - p - q > 1 || b.size() - p - q > 1;
    while (grouped && q > 0 && isCountGroup(a[a.size() - q].text))
        --q;
    const std::size_t endA = a.size() - q;
    const std::size_t endB = b.size() - q;
    // A word joiner after the dash keeps "30.00–75.00" on one line.
    const std::string dash = std::string("–") + wordJoiner;
    if (p >= endA || p >= endB || !hasDigit(a[p].text) || !hasDigit(b[p].text))
        return low + dash + high;
    std::string out = joinedWords(a, 0, p) + (p > 0 ? a[p - 1].separator : std::string());
    out += joinedWords(a, p, endA) + dash + joinedWords(b, p, endB);
    if (q > 0)
        out += a[endA - 1].separator + joinedWords(a, endA, a.size());
    return out;
}

} // namespace lowregret
