#pragma once

#include "lowregret/io/LocalizedText.h"

#include <optional>
#include <string>
#include <vector>

namespace lowregret {

// What an offer charges per 1M tokens at one time.
struct OfferPrices {
    double inputUsdPerMtok = 0.0;
    double outputUsdPerMtok = 0.0;
    std::optional<double> cacheReadUsdPerMtok; // input read from the provider's prompt cache
    std::optional<double> cacheWriteUsdPerMtok; // input written to it
    bool operator==(const OfferPrices&) const = default;
};

// One model at one provider, with its price per 1M tokens and the day that price was checked;
// the prices it had or will have from other dates, and what a long request costs.
struct Offer {
    enum class Origin { BuiltIn, User, Imported };

    // A price in force from a day on (`price_history`): a cut, a rise, the end of an
    // introductory price.
    struct DatedPrice {
        std::string from; // YYYY-MM-DD
        OfferPrices prices;
        bool operator==(const DatedPrice&) const = default;
    };
    // The price of a request whose input is above `aboveInputTokens` (`context_tiers`): the
    // whole request is billed at it, as the providers that publish such tiers bill.
    struct ContextTier {
        long long aboveInputTokens = 0;
        OfferPrices prices;
        bool operator==(const ContextTier&) const = default;
    };
    // Another source's price for the same offer, where the sources disagree (`other_sources`).
    struct OtherSource {
        std::string source;
        std::string asOf; // YYYY-MM-DD
        double inputUsdPerMtok = 0.0;
        double outputUsdPerMtok = 0.0;
        bool operator==(const OtherSource&) const = default;
    };

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
    std::optional<double> cacheWriteUsdPerMtok;
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
    // The prices above are those in force on `asOf`; these are the dated prices, past and
    // scheduled, oldest first. Before the first of them the prices above apply.
    std::vector<DatedPrice> priceHistory;
    std::vector<ContextTier> contextTiers; // lowest start first
    std::vector<OtherSource> otherSources;
    // No longer sold, kept so that a scenario naming it keeps its meaning: never ranked or proposed.
    bool retired = false;

    // The prices above, as one value.
    [[nodiscard]] OfferPrices prices() const;
    // The prices in force on `date` (YYYY-MM-DD): the last dated price from that day or before,
    // else the prices above.
    [[nodiscard]] OfferPrices pricesOn(const std::string& date) const;
    // The prices of a request with `inputTokens` of input, at `base`: the highest tier whose
    // start it is above, else `base` itself. Tiers are those of the prices above; a dated
    // price keeps them in proportion (docs/catalog-format.md).
    [[nodiscard]] OfferPrices pricesForRequest(const OfferPrices& base, double inputTokens) const;
    // The dated prices after `date` (YYYY-MM-DD), oldest first: the changes still to come.
    [[nodiscard]] std::vector<DatedPrice> changesAfter(const std::string& date) const;

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
