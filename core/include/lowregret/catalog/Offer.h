#pragma once

#include "lowregret/io/LocalizedText.h"

#include <optional>
#include <string>
#include <vector>

namespace lowregret {

// One model at one provider, with its price per 1M tokens and the day that price was checked.
struct Offer {
    enum class Origin { BuiltIn, User, Imported };

    struct Strength {
        std::string kind; // reasoning, coding, multilingual, multimodal, math, speed, general
        std::string benchmark; // MMLU, HumanEval, … when the source names one
    };

    std::string id; // "<provider>/<model>", lowercase
    std::string model;
    std::string provider;
    // The open model the offer serves, as a resources/hardware.json model id ("llama-3.1-8b"),
    // so that a local setup can be set against the same model in the cloud; empty for others.
    std::string openModel;
    double inputUsdPerMtok = 0.0;
    double outputUsdPerMtok = 0.0;
    // What the provider charges for input read from its prompt cache, where it has one.
    std::optional<double> cacheReadUsdPerMtok;
    std::optional<long long> contextTokens;
    std::string modality = "text"; // text | multimodal
    std::vector<Strength> strengths;
    std::string speed; // slow | moderate | fast, or empty
    std::string routingTag; // think, longContext, default, …
    std::vector<std::string> useCases;
    std::string asOf; // YYYY-MM-DD
    std::string source;
    std::optional<LocalizedText> note;
    Origin origin = Origin::BuiltIn;

    [[nodiscard]] bool hasUseCase(const std::string& useCase) const;

    // Prices no provider charges, most likely an error in the price file (docs/catalog-format.md,
    // "Suspect prices"): above suspectAnyUsdPerMtok for any model, or above
    // suspectSmallUsdPerMtok for a model whose name gives at most smallModelBillions
    // parameters ("llama-3.1-8b", "mixtral-8x7b").
    static constexpr double suspectAnyUsdPerMtok = 1000.0;
    static constexpr double suspectSmallUsdPerMtok = 50.0;
    static constexpr double smallModelBillions = 100.0;
    [[nodiscard]] bool hasSuspectPrice() const;
    // The parameter count the model's name states, in billions ("qwen2.5-1.5b" -> 1.5,
    // "mixtral-8x7b" -> 56); nullopt when it states none.
    static std::optional<double> statedBillions(const std::string& model);
    // What tokens cost at per-million prices, in US dollars.
    static double tokensUsd(double inputTokens, double outputTokens, double inputUsdPerMtok, double outputUsdPerMtok);
};

} // namespace lowregret
