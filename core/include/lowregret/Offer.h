#pragma once

#include "lowregret/LocalizedText.h"

#include <optional>
#include <string>
#include <vector>

namespace lowregret {

// One model at one provider, with its price per 1M tokens and the day that price was checked.
struct Offer {
    enum class Origin { BuiltIn, User, Imported };

    struct Strength {
        std::string kind;      // reasoning, coding, multilingual, multimodal, math, speed, general
        std::string benchmark; // MMLU, HumanEval, … when the source names one
    };

    std::string id; // "<provider>/<model>", lowercase
    std::string model;
    std::string provider;
    double inputUsdPerMtok = 0.0;
    double outputUsdPerMtok = 0.0;
    std::optional<long long> contextTokens;
    std::string modality = "text"; // text | multimodal
    std::vector<Strength> strengths;
    std::string speed;      // slow | moderate | fast, or empty
    std::string routingTag; // think, longContext, default, …
    std::vector<std::string> useCases;
    std::string asOf; // YYYY-MM-DD
    std::string source;
    std::optional<LocalizedText> note;
    Origin origin = Origin::BuiltIn;

    [[nodiscard]] bool hasUseCase(const std::string& useCase) const;
};

} // namespace lowregret
