// The `sensitivity` object of the CLI and of `decide --format json` (docs/cli.md).
#include "lowregret/analysis/Sensitivity.h"

namespace lowregret {

const char* Sensitivity::directionName(Direction d)
{
    return d == Direction::Below ? "below" : "above";
}

nlohmann::json Sensitivity::toJson(const Analysis& a)
{
    const auto months = [](const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); };
    nlohmann::json tornado = nlohmann::json::array();
    for (const auto& b : a.tornado)
        tornado.push_back({ { "input", b.input }, { "current", b.current }, { "low", b.low }, { "high", b.high },
            { "difference_at_low", b.differenceAtLow }, { "difference_at_high", b.differenceAtHigh },
            { "breakeven_at_low", months(b.breakevenAtLow) }, { "breakeven_at_high", months(b.breakevenAtHigh) } });
    nlohmann::json flips = nlohmann::json::array();
    for (const auto& f : a.flipPoints)
        flips.push_back({ { "input", f.input }, { "current", f.current }, { "value", f.value },
            { "direction", directionName(f.direction) },
            { "recommendation_after", std::string(recommendationId(f.after)) }, { "leaf_after", f.leafAfter },
            { "via_breakeven", f.viaBreakeven }, { "inside_range", f.insideRange } });
    nlohmann::json leafChanges = nlohmann::json::array();
    for (const auto& l : a.leafChanges)
        leafChanges.push_back({ { "input", l.input }, { "value", l.value }, { "direction", directionName(l.direction) },
            { "leaf_after", l.leafAfter }, { "band_after", l.bandAfter } });
    const auto choice = [](const ChoiceRegret& c) {
        nlohmann::json at = nlohmann::json::object();
        for (const auto& [k, v] : c.at)
            at[k] = v;
        return nlohmann::json { { "max", c.max }, { "mean", c.mean }, { "at", at } };
    };
    nlohmann::json ranges = nlohmann::json::object();
    for (const auto& [k, r] : a.ranges)
        ranges[k] = { { "low", r.low }, { "high", r.high }, { "source", r.source } };
    return {
        { "recommendation", std::string(recommendationId(a.recommendation)) },
        { "leaf", a.leaf },
        { "difference", a.difference },
        { "breakeven_months", months(a.breakeven) },
        { "tornado", tornado },
        { "flip_points", flips },
        { "leaf_changes", leafChanges },
        { "regret",
            { { "local", choice(a.regret.local) }, { "cloud", choice(a.regret.cloud) },
                { "low_regret_choice", std::string(recommendationId(a.regret.lowRegretChoice)) },
                { "gate", a.regret.gate.empty() ? nlohmann::json(nullptr) : nlohmann::json(a.regret.gate) },
                { "corners", a.regret.corners }, { "samples", a.regret.samples } } },
        { "ranges", ranges },
    };
}

} // namespace lowregret
