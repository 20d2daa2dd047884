#pragma once

#include "lowregret/scenario/Scenario.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace lowregret {

// The inputs the costs depend on, by their dotted scenario paths: how each is read from and
// written to a scenario, its valid range (the range the scenario's reader accepts) and its
// documented default range around a value (docs/sensitivity.md). The sensitivity analysis, the
// What-if ranges and the comparison all name inputs through this one registry.
class ScenarioInputs final {
public:
    ScenarioInputs() = delete;

    struct Input {
        std::string path;
        std::string unit; // "tokens", "share", "usd_per_mtok", "usd", "usd_per_month", "hours",
                          // "hours_per_month", "usd_per_hour", "usd_per_kwh", "watts", "tokens_per_second"
        double min = 0.0;
        double max = 0.0;
    };

    static const std::vector<Input>& inputs();
    static const Input* input(std::string_view path);
    // Whether the input counts for this scenario: the flat hardware and electricity without
    // local.sizing, the sizing's device figures with it.
    static bool appliesTo(const Input& input, const Scenario& scenario);
    // The inputs this scenario's costs depend on.
    static std::vector<const Input*> inputsOf(const Scenario& scenario);
    // The input's value; 0 when it does not apply to the scenario.
    static double value(const Scenario& scenario, const Input& input);
    // Sets an input that applies, clamped to its valid range; one that does not is ignored.
    static void setValue(Scenario& scenario, const Input& input, double value);
    // Read and write an input known to apply, the value taken as it is (the analysis's search).
    static double get(const Scenario& scenario, const Input& input);
    static void set(Scenario& scenario, const Input& input, double value);
    // The documented default range of every input of this scenario, around its value.
    static std::map<std::string, Scenario::Range> defaultRanges(const Scenario& scenario);
};

} // namespace lowregret
