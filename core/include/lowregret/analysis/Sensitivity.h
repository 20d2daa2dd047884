#pragma once

#include "lowregret/guide/Guide.h"
#include "lowregret/scenario/Scenario.h"
#include "lowregret/scenario/ScenarioInputs.h"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lowregret {

// How sure the answer is (docs/sensitivity.md): each cost input swung over a plausible range
// (the tornado; the inputs and their ranges are ScenarioInputs'), the value of each input at which the recommendation
// changes (flip points), and the regret of either choice over the whole box of ranges.
class Sensitivity final {
public:
    Sensitivity() = delete;

    enum class Direction { Below, Above };

    struct Range {
        double low = 0.0;
        double high = 0.0;
        std::string source; // "default" or "scenario"
    };
    // One input swung alone: local − cloud total at the horizon and the breakeven at each end.
    struct Bar {
        std::string input;
        double current = 0.0;
        double low = 0.0;
        double high = 0.0;
        double differenceAtLow = 0.0;
        double differenceAtHigh = 0.0;
        std::optional<double> breakevenAtLow; // none: never
        std::optional<double> breakevenAtHigh;
        [[nodiscard]] double swing() const;
    };
    struct FlipPoint {
        std::string input;
        double current = 0.0;
        double value = 0.0; // the recommendation changes beyond it, in `direction`
        Direction direction = Direction::Below;
        Recommendation after = Recommendation::Cloud;
        std::string leafAfter;
        bool viaBreakeven = false; // the breakeven gate's answer is what changes
        bool insideRange = false; // within the range tested
        // How far it is from the user's value: the relative change, or the value when that is 0.
        [[nodiscard]] double distance() const;
    };
    // A boundary where the leaf changes but the recommendation does not (a usage band), nearer
    // than any flip point in its direction.
    struct LeafChange {
        std::string input;
        double value = 0.0;
        Direction direction = Direction::Below;
        std::string leafAfter;
        std::string bandAfter;
    };
    struct ChoiceRegret {
        double max = 0.0;
        double mean = 0.0;
        std::map<std::string, double> at; // the inputs where the maximum is; empty when it is 0
    };
    struct Regret {
        ChoiceRegret local;
        ChoiceRegret cloud;
        Recommendation lowRegretChoice = Recommendation::Cloud;
        // The guide's gate that keeps the other choice out of the low-regret choice, whatever
        // it costs: "sensitive" (data that must stay under the team's control keeps the cloud
        // out); empty when none does (docs/sensitivity.md).
        std::string gate;
        std::size_t corners = 0; // the box's corners searched
        std::size_t samples = 0; // the points inside it, for the mean and the search
    };
    struct Analysis {
        Recommendation recommendation = Recommendation::Cloud;
        std::string leaf;
        double difference = 0.0; // local − cloud at the horizon, at the user's figures
        std::optional<double> breakeven;
        std::map<std::string, Range> ranges;
        std::vector<Bar> tornado; // widest swing first
        std::vector<FlipPoint> flipPoints;
        std::vector<LeafChange> leafChanges;
        Regret regret;
        // The flip point nearest the user's figures, by relative change; null when none.
        [[nodiscard]] const FlipPoint* nearest() const;
    };
    // Breakeven months over monthly usage × the blended cloud price (both log-spaced).
    struct Map {
        std::vector<double> tokens; // columns
        std::vector<double> prices; // rows: USD per 1M tokens at the input share
        std::vector<std::optional<double>> months; // row-major; none: never
        // Per column, the blended price at which breakeven equals the threshold; none: no price.
        std::vector<std::optional<double>> thresholdPrice;
        double userTokens = 0.0;
        double userPrice = 0.0;
        double threshold = 12.0;
        [[nodiscard]] const std::optional<double>& at(std::size_t row, std::size_t column) const;
    };

    static constexpr std::size_t regretSamples = 2048;

    // The box the analysis uses: the scenario's own `uncertainty`, whole, or the defaults.
    static std::map<std::string, Range> ranges(const Scenario& scenario);
    // None when the flowchart does not decide the scenario (out of scope, or a missing answer).
    static std::optional<Analysis> analyse(const Guide& guide, const Scenario& scenario);
    static Map breakevenMap(const Scenario& scenario, int columns, int rows);
    // The `sensitivity` object of the CLI and `decide --format json` (docs/cli.md).
    static nlohmann::json toJson(const Analysis& analysis);
    static const char* directionName(Direction direction); // "below", "above"
};

} // namespace lowregret
