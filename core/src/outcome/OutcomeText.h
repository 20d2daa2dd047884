#pragma once

#include "lowregret/io/Lang.h"

#include <map>
#include <string>
#include <string_view>
#include <utility>

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

namespace detail {

// Each key's English and Chinese text.
using OutcomeWords = std::map<std::string_view, std::pair<std::string_view, std::string_view>>;
// The words of "How sure is this", in SensitivityText.cpp.
const OutcomeWords& sensitivityWords();
// The words about dated prices, start months and price ages, in PriceText.cpp.
const OutcomeWords& priceWords();
// The words of an offer's line (retired, sources that disagree), in OfferText.cpp.
const OutcomeWords& offerWords();
const OutcomeWords& speedWords();

} // namespace detail

} // namespace lowregret
