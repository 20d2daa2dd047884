#pragma once

#include "lowregret/guide/GuideTypes.h"
#include "lowregret/io/Currency.h"
#include "lowregret/io/Lang.h"

#include <string>
#include <string_view>

namespace lowregret {

// The words for the sensitivity analysis's inputs and choices, for the charts and the range
// editor: the same words the result's sections use.
class InputText final {
public:
    InputText() = delete;

    // An input's short label ("Monthly tokens"), by its dotted path.
    static std::string label(std::string_view path, Lang lang);
    // A value of the input in its unit: "$6,120.00", "$373.33 a month", "50%".
    static std::string valueText(std::string_view path, double value, Lang lang, const Currency& currency);
    // A choice by the name the result gives it.
    static std::string choiceName(Recommendation choice, Lang lang);
};

} // namespace lowregret
