#pragma once

#include "lowregret/costs/CostModel.h"
#include "lowregret/guide/Guide.h"
#include "lowregret/scenario/Scenario.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lowregret {

// Walks the guide's flowchart with a scenario's answers: the one place a leaf is chosen.
class Decision final {
public:
    struct Step {
        std::string node; // node id, e.g. "mid.usage_stable"
        std::string answer; // "low" | "mid" | "high" for the usage band, else "yes" | "no"
    };

    // How far the answers reach. Exactly one of `leaf` and `pending` is set, unless the
    // scenario is out of scope (an exclusion), where neither is.
    struct Walk {
        std::vector<Step> path;
        std::optional<std::string> leaf;
        std::optional<std::string> pending; // the node whose answer is missing
        std::optional<std::string> band; // the usage band reached, if any
    };

    struct Outcome {
        Recommendation recommendation = Recommendation::Cloud;
        std::string leaf; // leaf id, or "out_of_scope"
        std::vector<Step> path;
        std::optional<std::string> band;
        std::vector<std::string> products;
        // A product the sizing adds beside the leaf's (vLLM for several GPUs or many streams),
        // by id, with why: "gpus" or "streams".
        std::map<std::string, std::string> addedProducts;
        std::vector<std::string> warnings; // ids of Guide::warnings() that apply
        std::vector<std::string> advice; // ids of Guide::advice() that apply
        std::vector<std::string> exclusions; // the exclusions that put it out of scope
        std::optional<CostModel::Summary> costs; // absent only when usage is unknown
        bool breakevenWithinThreshold = false;
    };

    struct Result {
        std::optional<Outcome> outcome;
        Problems errors; // an answer the path needs is missing
    };

    Decision() = delete;

    static Walk walk(const Guide& guide, const Scenario& scenario);
    // The walk as far as `nodeId`, which becomes the pending question: what the answers reach
    // while that question is being asked again (after Back). Unchanged when it is not on it.
    static Walk until(const Walk& walk, const std::string& nodeId);
    static Result decide(const Guide& guide, const Scenario& scenario);
    // Whether a rule's condition holds for this outcome and these answers. Answers off the
    // path never change the leaf, but they are still facts the user gave: sensitive data on a
    // cloud leaf (reached through unstable usage) still deserves the compliance warning.
    static bool applies(const Condition& when, const Outcome& outcome, const Scenario& scenario);
    // A figure a condition names (Condition::figureNames()); none without the costs. A
    // breakeven that never comes is +infinity.
    static std::optional<double> figure(const std::string& name, const Outcome& outcome, const Scenario& scenario);
};

} // namespace lowregret
