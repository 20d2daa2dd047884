#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lowregret {

// The figures a guide text may quote: a leaf's or a rule's text may write {cloud_monthly},
// {local_total}, …, which TextFigures fills with the user's own amounts. The guide checks its
// texts against these names when it is read.
class FigureNames final {
public:
    FigureNames() = delete;

    // Every name a text may use.
    static const std::vector<std::string>& names();
    // The {names} in `text` that names() does not know.
    static std::vector<std::string> unknownNames(std::string_view text);
    // Whether `text` uses any name but {cloud}.
    static bool usesFigures(std::string_view text);
};

} // namespace lowregret
