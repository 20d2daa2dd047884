#include "analysis/FlipSearch.h"

#include "lowregret/costs/CostModel.h"
#include "lowregret/scenario/ScenarioInputs.h"

#include <algorithm>
#include <cmath>

namespace lowregret {

namespace {

using Input = ScenarioInputs::Input;
using Direction = Sensitivity::Direction;
using FlipPoint = Sensitivity::FlipPoint;
using Decided = FlipSearch::Decided;

// The breakeven gate's margin: threshold × (cloud − local a month) − local up front. Local
// pays back within the threshold where it is at least 0. Without a sizing it is affine in every
// input, so its root is exact from two values (a closed form, not a search).
double gateMargin(const Scenario& s)
{
    const double tokens = s.answers.monthlyTokens.value_or(0.0);
    const auto local = CostModel::localCosts(s, tokens);
    const double cloudMonthly
        = CostModel::cloudMonthly(tokens, s.inputShare, s.cloud.inputUsdPerMtok, s.cloud.outputUsdPerMtok);
    return s.breakevenThresholdMonths * (cloudMonthly - local.monthly) - local.upfront;
}

// Whether the two walks differ at a breakeven node they both reach.
bool differAtBreakeven(const Guide& guide, const Decided& a, const Decided& b)
{
    for (const auto& sa : a.path) {
        const Node* node = guide.node(sa.node);
        if (!node || node->kind != Node::Kind::Breakeven)
            continue;
        for (const auto& sb : b.path)
            if (sb.node == sa.node && sb.answer != sa.answer)
                return true;
    }
    return false;
}

// Points from `from` (excluded) out to `bound` (included): geometric for a positive value, so
// every decade gets the same number of points, then the bound itself.
std::vector<double> scanPoints(double from, double bound, const ScenarioInputs::Input& input)
{
    constexpr int perDecade = 12;
    constexpr int linearSteps = 48;
    std::vector<double> out;
    if (input.unit == "share") {
        for (int i = 1; i <= linearSteps; ++i)
            out.push_back(from + (bound - from) * i / linearSteps);
        return out;
    }
    const double step = std::pow(10.0, 1.0 / perDecade);
    if (bound < from) {
        // Down to a millionth of the value, then the bound (0 or the input's least).
        for (double x = from / step; x > from * 1e-6 && x > bound; x /= step)
            out.push_back(x);
    } else {
        double x = from > 0 ? from * step : std::max(bound * 1e-9, input.min > 0 ? input.min : 1e-9);
        for (; x < bound; x *= step)
            out.push_back(x);
    }
    out.push_back(bound);
    return out;
}

struct Search {
    const Guide& guide;
    Scenario scratch;
    const ScenarioInputs::Input& input;

    std::optional<Decided> at(double x)
    {
        ScenarioInputs::set(scratch, input, x);
        return FlipSearch::decideAt(guide, scratch);
    }

    // [same, other]: the leaf at `same` is `leaf`, at `other` it is not. Narrowed to the
    // boundary, both ends returned.
    std::pair<double, double> bisect(double same, double other, const std::string& leaf)
    {
        for (int i = 0; i < 200; ++i) {
            const double mid = same + (other - same) / 2;
            if (mid == same || mid == other)
                break;
            const auto d = at(mid);
            if (d && d->leaf == leaf)
                same = mid;
            else
                other = mid;
            if (std::fabs(other - same) <= 1e-12 * std::max(std::fabs(same), std::fabs(other)))
                break;
        }
        return { same, other };
    }
};

} // namespace

std::optional<FlipSearch::Decided> FlipSearch::decideAt(const Guide& guide, const Scenario& s)
{
    const auto w = Decision::walk(guide, s);
    if (!w.leaf)
        return std::nullopt;
    const Leaf* leaf = guide.leaf(*w.leaf);
    if (!leaf)
        return std::nullopt;
    return Decided { leaf->id, leaf->recommendation, w.band, w.path };
}

void FlipSearch::find(Sensitivity::Analysis& a, const Guide& guide, const Scenario& scenario, const Decided& now)
{
    // Flip points: every input over its whole valid range, each way from the user's value.
    for (const Input& e : ScenarioInputs::inputs()) {
        if (!ScenarioInputs::appliesTo(e, scenario))
            continue;
        const double x0 = ScenarioInputs::get(scenario, e);
        const auto r = a.ranges.find(e.path);
        for (const auto direction : { Direction::Below, Direction::Above }) {
            const double bound = direction == Direction::Below ? e.min : e.max;
            if (direction == Direction::Below ? !(x0 > bound) : !(x0 < bound))
                continue;
            Search search { guide, scenario, e };
            double previous = x0;
            std::string leaf = now.leaf;
            const auto points = scanPoints(x0, bound, e);
            std::optional<double> flipAt;
            double scanned = x0; // the scan point past the flip
            constexpr int mostLeafChanges = 16; // a guide has a handful of bands
            int leafChanges = 0;
            for (std::size_t i = 0; i < points.size() && !flipAt && leafChanges < mostLeafChanges;) {
                const double x = points[i];
                const auto d = search.at(x);
                if (d && d->leaf == leaf) {
                    previous = x;
                    ++i;
                    continue;
                }
                const auto [same, value] = search.bisect(previous, x, leaf);
                const auto after = search.at(value);
                if (!after)
                    break;
                if (after->recommendation != now.recommendation) {
                    previous = same;
                    flipAt = value;
                    scanned = x;
                    break;
                }
                // The leaf changes, the answer does not: a band boundary, listed apart. The
                // same step may hold a second change: look again from the boundary.
                a.leafChanges.push_back(
                    { e.path, same + (value - same) / 2, direction, after->leaf, after->band.value_or(std::string()) });
                leaf = after->leaf;
                previous = value;
                ++leafChanges;
            }
            if (!flipAt)
                continue;
            const double value = *flipAt;
            {
                FlipPoint f;
                f.input = e.path;
                f.current = x0;
                const auto farSide = search.at(value);
                const auto nearSide = search.at(previous);
                f.after = farSide ? farSide->recommendation : Recommendation::Cloud;
                f.leafAfter = farSide ? farSide->leaf : std::string();
                f.viaBreakeven = farSide && nearSide && differAtBreakeven(guide, *nearSide, *farSide);
                // The boundary itself: exact from the affine gate where the gate decides it.
                double boundary = previous + (value - previous) / 2;
                if (f.viaBreakeven && !scenario.local.sizing && scenario.costsSteady()) {
                    // From two values far apart (the user's and the scan's), so no digits are lost.
                    Scenario g = scenario;
                    const double m0 = gateMargin(g);
                    ScenarioInputs::set(g, e, scanned);
                    const double m1 = gateMargin(g);
                    if (m1 != m0) {
                        const double root = x0 - m0 * (scanned - x0) / (m1 - m0);
                        if (std::fabs(root - boundary) <= 1e-6 * std::max(1.0, std::fabs(boundary)))
                            boundary = root;
                    }
                }
                f.value = boundary;
                f.direction = direction;
                f.insideRange = r != a.ranges.end() && boundary >= r->second.low && boundary <= r->second.high;
                a.flipPoints.push_back(f);
            }
        }
    }
}

} // namespace lowregret
