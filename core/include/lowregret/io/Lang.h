#pragma once

#include <optional>
#include <string_view>

namespace lowregret {

// The languages LowRegret speaks. Guide content, messages and formatted numbers follow it.
enum class Lang { En, ZhHant };

// Accepts "en", "zh-Hant", "zh_TW", "zh-TW" (and case variants); anything else is nullopt.
std::optional<Lang> parseLang(std::string_view code);

// The canonical code: "en" or "zh-Hant".
std::string_view langCode(Lang lang);

} // namespace lowregret
