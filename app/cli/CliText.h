#pragma once

#include "lowregret/io/Lang.h"

#include <initializer_list>
#include <string>
#include <string_view>

namespace lowregret::cli {

// The command line's own words in both languages (guide content comes from guide.json).
class CliText final {
public:
    CliText() = delete;

    // The text for `key` in `lang`; an unknown key returns the key itself, which the tests catch.
    static std::string get(std::string_view key, Lang lang);
    // get() with %1, %2… replaced by args, in order.
    static std::string format(std::string_view key, Lang lang, std::initializer_list<std::string> args);
};

} // namespace lowregret::cli
