#pragma once

#include "lowregret/Lang.h"

#include <string>
#include <string_view>

namespace lowregret {

// The outcome's own words in both languages: headings, labels and the sentences around the
// figures (the guide's content comes from guide.json). Internal to core: the renderers receive
// these already chosen, inside Sections.
class OutcomeText final {
public:
    OutcomeText() = delete;

    // The text for `key` in `lang`; an unknown key returns the key itself, which the tests catch.
    static std::string get(std::string_view key, Lang lang);
    [[nodiscard]] static bool has(std::string_view key);
    // `get(key)` with each "%1", "%2"… replaced by the arguments in order.
    static std::string format(std::string_view key, Lang lang, std::initializer_list<std::string> args);
    // " (text)" in English, "（text）" in Chinese.
    static std::string parenthesized(const std::string& text, Lang lang);
};

} // namespace lowregret
