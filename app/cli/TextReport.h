#pragma once

#include "lowregret/outcome/Sections.h"

#include <string>

namespace lowregret::cli {

// Core's sections of a decision laid out for a terminal, 80 columns wide.
class TextReport final {
public:
    TextReport() = delete;

    // `title` heads the text (the guide's title).
    static std::string render(const std::string& title, const Sections& sections);
};

} // namespace lowregret::cli
