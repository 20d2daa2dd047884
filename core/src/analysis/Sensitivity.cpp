// How sure the answer is: the tornado here, the flip points (FlipSearch), the regret over the box
// (BoxRegret), the breakeven map (SensitivityMap.cpp) and the JSON (SensitivityJson.cpp).
#include "lowregret/analysis/Sensitivity.h"

#include "lowregret/scenario/ScenarioInputs.h"

#include "analysis/BoxRegret.h"
#include "analysis/FlipSearch.h"
#include "analysis/HorizonTotals.h"
#include "analysis/RegretGates.h"
#include "lowregret/costs/CostModel.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lowregret {

namespace {

using Input = ScenarioInputs::Input;

} // namespace

double Sensitivity::Bar::swing() const
{
    return std::fabs(differenceAtHigh - differenceAtLow);
}

double Sensitivity::FlipPoint::distance() const
{
    return current != 0.0 ? std::fabs(value / current - 1.0) : std::fabs(value);
}

const Sensitivity::FlipPoint* Sensitivity::Analysis::nearest() const
{
    const FlipPoint* best = nullptr;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (const auto& f : flipPoints) {
        const double d = f.distance();
        if (d < bestDistance) {
            bestDistance = d;
            best = &f;
        }
    }
    return best;
}

std::map<std::string, Sensitivity::Range> Sensitivity::ranges(const Scenario& s)
{
    std::map<std::string, Range> out;
    if (s.uncertainty) {
        for (const auto& [path, r] : *s.uncertainty)
            if (const Input* input = ScenarioInputs::input(path); input && ScenarioInputs::appliesTo(*input, s))
                out[path] = { r.low, r.high, "scenario" };
        return out;
    }
    for (const auto& [path, r] : ScenarioInputs::defaultRanges(s))
        out[path] = { r.low, r.high, "default" };
    return out;
}

std::optional<Sensitivity::Analysis> Sensitivity::analyse(const Guide& guide, const Scenario& scenario)
{
    if (!scenario.answers.exclusions.empty() || !scenario.answers.monthlyTokens || !CostModel::localRuns(scenario))
        return std::nullopt; // out of scope, or nothing local to weigh
    const auto now = FlipSearch::decideAt(guide, scenario);
    if (!now)
        return std::nullopt;
    Analysis a;
    a.recommendation = now->recommendation;
    a.leaf = now->leaf;
    const HorizonTotals base = HorizonTotals::of(scenario);
    a.difference = base.local - base.cloud;
    a.breakeven = base.breakeven;
    a.ranges = ranges(scenario);

    // Tornado: each input of the box alone at either end.
    std::vector<const Input*> box;
    std::vector<std::pair<double, double>> bounds;
    for (const Input& e : ScenarioInputs::inputs()) {
        const auto r = a.ranges.find(e.path);
        if (r == a.ranges.end() || !ScenarioInputs::appliesTo(e, scenario))
            continue;
        if (!(r->second.high > r->second.low))
            continue; // held at one value: nothing swings
        Scenario scratch = scenario;
        const double current = ScenarioInputs::get(scenario, e);
        Bar bar { e.path, current, r->second.low, r->second.high, 0.0, 0.0, {}, {} };
        ScenarioInputs::set(scratch, e, r->second.low);
        const HorizonTotals lo = HorizonTotals::of(scratch);
        ScenarioInputs::set(scratch, e, r->second.high);
        const HorizonTotals hi = HorizonTotals::of(scratch);
        bar.differenceAtLow = lo.local - lo.cloud;
        bar.differenceAtHigh = hi.local - hi.cloud;
        bar.breakevenAtLow = lo.breakeven;
        bar.breakevenAtHigh = hi.breakeven;
        a.tornado.push_back(bar);
        box.push_back(&e);
        bounds.emplace_back(r->second.low, r->second.high);
    }
    std::stable_sort(
        a.tornado.begin(), a.tornado.end(), [](const Bar& x, const Bar& y) { return x.swing() > y.swing(); });

    FlipSearch::find(a, guide, scenario, *now);
    BoxRegret::find(a, scenario, box, bounds);
    RegretGates::choose(a, scenario);
    return a;
}

} // namespace lowregret
