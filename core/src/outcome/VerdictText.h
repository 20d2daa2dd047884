#pragma once

#include <map>
#include <string_view>
#include <utility>

namespace lowregret {

// The words that keep one verdict across the outputs, in both languages: a local setup that
// cannot run its model, the guide's gates in the regret analysis, and the qualifications the
// general rules need beside the user's own figures. OutcomeText looks here for a key it does
// not hold, so these are used through OutcomeText::get and format like the rest.
class VerdictText final {
public:
    VerdictText() = delete;

    using Words = std::map<std::string_view, std::pair<std::string_view, std::string_view>>;
    static const Words& words();
};

} // namespace lowregret
