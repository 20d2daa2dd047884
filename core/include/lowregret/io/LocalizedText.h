#pragma once

#include "lowregret/io/Lang.h"

#include <string>

namespace lowregret {

// A text the guide gives in both languages.
struct LocalizedText {
    std::string en;
    std::string zhHant;

    [[nodiscard]] const std::string& in(Lang lang) const { return lang == Lang::ZhHant ? zhHant : en; }
};

} // namespace lowregret
