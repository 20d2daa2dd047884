#pragma once

#include "lowregret/analysis/Sensitivity.h"
#include "lowregret/costs/CostModel.h"
#include "lowregret/outcome/Sections.h"
#include "lowregret/scenario/ScenarioInputs.h"
#include "lowregret/sizing/Sizing.h"

#include <optional>
#include <string>

namespace lowregret {

// The sections made of figures, built apart from the guide's texts (Sections.cpp).
class SectionsBuilder final {
public:
    SectionsBuilder() = delete;

    static Sections::Section costs(
        const Scenario& scenario, const Decision::Outcome& outcome, const Offer* cloudOffer, Lang lang);
    // The inputs and the answers, each with who set it. An answer Back took off the path is
    // kept (the warnings still count it): it is listed as off the path.
    static Sections::Section assumptions(const Guide& guide, const Scenario& scenario, const Decision::Outcome& outcome,
        const Offer* cloudOffer, Lang lang);
    // The breakeven as the sentences say it: exact where rounding would make it read as the
    // threshold it is over.
    static std::string breakevenText(const Scenario& scenario, const Decision::Outcome& outcome, Lang lang);
    static Sections::Block text(Sections::Block::Kind kind, std::string text);
    static Sections::Block paragraph(std::string text);
    // The local setup in one phrase: "2 × RTX 4090 in 1 × desktop PC".
    static std::string setupText(const Sizing& sizing, Lang lang);
    // What moves month by month, the hybrid, the replicas bought later and the totals at 1, 3
    // and 5 years (TimeSection.cpp), in the costs section.
    static void addTime(Sections::Section& section, const Scenario& scenario, const CostModel::Summary& costs,
        double monthlyTokens, Lang lang);
    // The offer's dated prices within the horizon, the month the series starts and how old the
    // offer's price is (PriceSection.cpp), in the costs section.
    static void addPrices(
        Sections::Section& section, const Scenario& scenario, const CostModel::Summary& costs, Lang lang);
    // "Hybrid, 30% local".
    static std::string hybridName(double localShare, Lang lang);
    // The sizing's sentence, table and warnings, at the end of the costs section.
    static void addSpeedRows(Sections::Table& table, const Sizing& sizing, Lang lang);
    static void addSizing(
        Sections::Section& section, const Scenario& scenario, const Sizing& sizing, double monthlyTokens, Lang lang);
    // The cheapest offer of the built-in catalog that serves `model` (an open model's id), and
    // what it costs a month at the usage.
    struct SameModel {
        const Offer* offer = nullptr;
        double monthlyUsd = 0.0;
    };
    static std::optional<SameModel> sameModelInTheCloud(
        const std::string& model, double monthlyTokens, double inputShare);
    // How sure is this (SensitivitySection.cpp): the section, and the lines the recommendation
    // opens with. `gate` is what decided the leaf ("sensitive", "skill", "unstable", "breakeven",
    // "usage").
    static Sections::Section sensitivity(
        const Guide& guide, const Scenario& scenario, const Sensitivity::Analysis& analysis, Lang lang);
    static std::string robustnessText(const Scenario& scenario, const Sensitivity::Analysis& analysis, Lang lang);
    static std::string lowRegretText(
        const Scenario& scenario, const Sensitivity::Analysis& analysis, const std::string& gate, Lang lang);
    static std::string flipText(
        const Scenario& scenario, const Sensitivity::Analysis& analysis, const Sensitivity::FlipPoint& flip, Lang lang);
    static std::string howFar(
        const Scenario& scenario, const Sensitivity::Analysis& analysis, const Sensitivity::FlipPoint& flip, Lang lang);
    // "$0.1648" / "0.1648 美元" (the price of a kWh, without the unit), and "42.5 tokens/s".
    static std::string perKwh(double usd, Lang lang, const Currency& currency);
    static std::string tokensPerSecond(double tps);
    // A value of a sensitivity input in its unit: "$6,120.00", "$373.33 a month", "50%".
    static std::string inputValueText(
        const ScenarioInputs::Input& input, double value, Lang lang, const Currency& currency);
    // A sizing warning (Sizing::modelDoesNotFit…) said with this setup's figures.
    static std::string warningText(
        const std::string& id, const Scenario& scenario, const Sizing& sizing, double monthlyTokens, Lang lang);
};

} // namespace lowregret
