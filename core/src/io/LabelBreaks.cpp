#include "lowregret/io/LabelBreaks.h"

#include <string_view>

namespace lowregret {

namespace {

// The length in bytes of the UTF-8 character that starts with `lead`.
std::size_t charLength(unsigned char lead)
{
    return lead < 0x80 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : 4;
}

bool isOneOf(std::string_view c, std::initializer_list<std::string_view> set)
{
    for (const auto s : set)
        if (c == s)
            return true;
    return false;
}

} // namespace

std::vector<std::string> LabelBreaks::fromHint(const std::string& hint)
{
    std::vector<std::string> out;
    std::string segment;
    for (const char c : hint) {
        if (c == mark) {
            if (!segment.empty())
                out.push_back(std::move(segment));
            segment.clear();
        } else {
            segment.push_back(c);
        }
    }
    if (!segment.empty())
        out.push_back(std::move(segment));
    return out;
}

std::string LabelBreaks::unmarked(const std::string& hint)
{
    std::string out;
    for (const char c : hint)
        if (c != mark)
            out.push_back(c);
    return out;
}

std::vector<std::string> LabelBreaks::byRule(const std::string& label)
{
    std::vector<std::string> out;
    std::string segment;
    const auto cut = [&] {
        if (!segment.empty())
            out.push_back(std::move(segment));
        segment.clear();
    };
    bool breakAfter = false; // a break may come before the next character, unless it closes too
    bool wordHasDigit = false; // the Latin word just written has a digit: "1M", "100"
    for (std::size_t i = 0; i < label.size();) {
        const std::size_t n = std::min(charLength(static_cast<unsigned char>(label[i])), label.size() - i);
        const std::string_view c(label.data() + i, n);
        const bool closer = isOneOf(c, { "：", "，", "、", "；", "。", "？", "！", "）", "」" });
        if ((breakAfter && !closer && c != " ") || isOneOf(c, { "（", "「" }))
            cut();
        breakAfter = false;
        segment.append(c);
        if (c == " ") {
            // A space after a number joins it to its unit: "100 萬", "1M tokens".
            breakAfter = !wordHasDigit;
            wordHasDigit = false;
        } else if (closer) {
            breakAfter = true;
        } else if (n == 1 && c.front() >= '0' && c.front() <= '9') {
            wordHasDigit = true;
        } else if (n > 1) {
            wordHasDigit = false;
        }
        i += n;
    }
    cut();
    return out;
}

} // namespace lowregret
