#include "lowregret/io/Lang.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace lowregret {

std::optional<Lang> parseLang(std::string_view code)
{
    std::string lower(code);
    std::transform(
        lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::replace(lower.begin(), lower.end(), '_', '-');
    if (lower == "en" || lower.starts_with("en-"))
        return Lang::En;
    if (lower == "zh-hant" || lower == "zh-tw" || lower == "zh-hant-tw" || lower == "zh-hk" || lower == "zh-mo")
        return Lang::ZhHant;
    return std::nullopt;
}

std::string_view langCode(Lang lang)
{
    return lang == Lang::ZhHant ? "zh-Hant" : "en";
}

} // namespace lowregret
