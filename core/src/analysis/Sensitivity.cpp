#include "lowregret/analysis/Sensitivity.h"

#include "lowregret/scenario/ScenarioInputs.h"

#include "analysis/RegretGates.h"
#include "lowregret/analysis/Decision.h"
#include "lowregret/costs/CostModel.h"
#include "lowregret/io/Limits.h"
#include "lowregret/sizing/Hardware.h"
#include "lowregret/sizing/Sizing.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <limits>

namespace lowregret {

namespace {

using Input = ScenarioInputs::Input;

// The two totals at the horizon. A sized setup that cannot serve the usage still costs what it
// costs, and the cloud API is paid as well: the team bought hardware that cannot carry the load.
struct Totals {
    double local = 0.0;
    double cloud = 0.0;
    std::optional<double> breakeven;
};

Totals totals(const Scenario& s)
{
    const double tokens = s.answers.monthlyTokens.value_or(0.0);
    const auto local = CostModel::localCosts(s, tokens);
    if (s.time != Scenario::Time {}) {
        // The months differ, or the hardware keeps a value: the series' own totals.
        const auto c = CostModel::summarize(s, tokens);
        return { c.localTotal + (local.serves ? 0.0 : c.cloudTotal), c.cloudTotal, c.breakevenMonths };
    }
    const double cloudMonthly
        = CostModel::cloudMonthly(tokens, s.inputShare, s.cloud.inputUsdPerMtok, s.cloud.outputUsdPerMtok);
    Totals t;
    t.cloud = cloudMonthly * s.horizonMonths;
    t.local = local.upfront + local.monthly * s.horizonMonths + (local.serves ? 0.0 : t.cloud);
    if (local.serves)
        t.breakeven = CostModel::breakevenMonths(local.upfront, cloudMonthly, local.monthly);
    return t;
}

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

struct Decided {
    std::string leaf;
    Recommendation recommendation = Recommendation::Cloud;
    std::optional<std::string> band;
    std::vector<Decision::Step> path;
};

std::optional<Decided> decideAt(const Guide& guide, const Scenario& s)
{
    const auto w = Decision::walk(guide, s);
    if (!w.leaf)
        return std::nullopt;
    const Leaf* leaf = guide.leaf(*w.leaf);
    if (!leaf)
        return std::nullopt;
    return Decided { leaf->id, leaf->recommendation, w.band, w.path };
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
        return decideAt(guide, scratch);
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

const std::optional<double>& Sensitivity::Map::at(std::size_t row, std::size_t column) const
{
    return months[row * tokens.size() + column];
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
    const auto now = decideAt(guide, scenario);
    if (!now)
        return std::nullopt;
    Analysis a;
    a.recommendation = now->recommendation;
    a.leaf = now->leaf;
    const Totals base = totals(scenario);
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
        const Totals lo = totals(scratch);
        ScenarioInputs::set(scratch, e, r->second.high);
        const Totals hi = totals(scratch);
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
            std::string leaf = now->leaf;
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
                if (after->recommendation != now->recommendation) {
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
                if (f.viaBreakeven && !scenario.local.sizing && scenario.time.steady()) {
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

    // Regret: each choice's total at the horizon minus the cheaper of the two, over the box's
    // corners and a Halton sequence through it (the mean is over the Halton points).
    Scenario scratch = scenario;
    const auto regretAt = [&](ChoiceRegret& local, ChoiceRegret& cloud, bool mean) {
        const Totals t = totals(scratch);
        const double cheaper = std::min(t.local, t.cloud);
        const double rl = t.local - cheaper;
        const double rc = t.cloud - cheaper;
        const auto note = [&](ChoiceRegret& c, double r) {
            if (mean)
                c.mean += r;
            if (r > c.max) {
                c.max = r;
                c.at.clear();
                for (const Input* e : box)
                    c.at[e->path] = ScenarioInputs::get(scratch, *e);
            }
        };
        note(local, rl);
        note(cloud, rc);
    };
    const std::size_t n = box.size();
    constexpr std::size_t mostCornerInputs = 16;
    if (n <= mostCornerInputs) {
        const std::size_t corners = std::size_t(1) << n;
        for (std::size_t c = 0; c < corners; ++c) {
            for (std::size_t i = 0; i < n; ++i)
                ScenarioInputs::set(scratch, *box[i], (c >> i) & 1 ? bounds[i].second : bounds[i].first);
            regretAt(a.regret.local, a.regret.cloud, false);
        }
        a.regret.corners = corners;
    }
    static constexpr std::array<int, 16> primes { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53 };
    const auto halton = [](std::size_t index, int radix) {
        double f = 1.0;
        double r = 0.0;
        for (std::size_t i = index; i > 0; i /= std::size_t(radix)) {
            f /= radix;
            r += f * double(i % std::size_t(radix));
        }
        return r;
    };
    if (n > 0) {
        ChoiceRegret sampleLocal = a.regret.local;
        ChoiceRegret sampleCloud = a.regret.cloud;
        sampleLocal.mean = sampleCloud.mean = 0.0;
        for (std::size_t k = 1; k <= regretSamples; ++k) {
            for (std::size_t i = 0; i < n; ++i) {
                const double u = halton(k, primes[i % primes.size()]);
                ScenarioInputs::set(scratch, *box[i], bounds[i].first + (bounds[i].second - bounds[i].first) * u);
            }
            regretAt(sampleLocal, sampleCloud, true);
        }
        a.regret.local = sampleLocal;
        a.regret.cloud = sampleCloud;
        a.regret.local.mean /= regretSamples;
        a.regret.cloud.mean /= regretSamples;
        a.regret.samples = regretSamples;
    } else {
        const double rl = std::max(0.0, a.difference);
        const double rc = std::max(0.0, -a.difference);
        a.regret.local = { rl, rl, {} };
        a.regret.cloud = { rc, rc, {} };
    }
    RegretGates::choose(a, scenario);
    return a;
}

Sensitivity::Map Sensitivity::breakevenMap(const Scenario& s, int columns, int rows)
{
    Map m;
    m.threshold = s.breakevenThresholdMonths;
    const double share = std::clamp(s.inputShare, 0.0, 1.0);
    const double blended = share * s.cloud.inputUsdPerMtok + (1.0 - share) * s.cloud.outputUsdPerMtok;
    m.userTokens = s.answers.monthlyTokens.value_or(0.0);
    m.userPrice = blended;
    if (columns < 2 || rows < 2)
        return m;
    const double tokensMid = m.userTokens > 0 ? m.userTokens : 1e6;
    const double priceMid = blended > 0 ? blended : 1.0;
    const double t0 = std::log10(std::max(1.0, tokensMid / 100));
    const double t1 = std::log10(std::min(limits::maxMonthlyTokens, tokensMid * 100));
    const double p0 = std::log10(priceMid / 10);
    const double p1 = std::log10(std::min(limits::maxUsdPerMtok, priceMid * 10));
    for (int c = 0; c < columns; ++c)
        m.tokens.push_back(std::pow(10.0, t0 + (t1 - t0) * c / (columns - 1)));
    for (int r = 0; r < rows; ++r)
        m.prices.push_back(std::pow(10.0, p0 + (p1 - p0) * r / (rows - 1)));
    m.months.assign(std::size_t(columns) * std::size_t(rows), std::nullopt);
    m.thresholdPrice.assign(std::size_t(columns), std::nullopt);
    // The share of the list price a steady month is billed: less with cached input or batch.
    const double billed = (s.time.cachedInputShare == 0.0 && s.time.batchShare == 0.0) || !(blended > 0)
        ? 1.0
        : CostModel::cloudInMonth(s, 1e6, 1) / blended;
    for (std::size_t c = 0; c < m.tokens.size(); ++c) {
        // The local side depends on the usage alone (a sizing is made once a column).
        const double tokens = m.tokens[c];
        const auto local = CostModel::localCosts(s, tokens);
        if (!local.serves)
            continue;
        for (std::size_t r = 0; r < m.prices.size(); ++r)
            m.months[r * m.tokens.size() + c]
                = CostModel::breakevenMonths(local.upfront, tokens / 1e6 * m.prices[r] * billed, local.monthly);
        if (!s.time.steady() && m.userPrice > 0) {
            // The months differ: each cell from the series, the contour by bisection on price.
            const auto byFactor = CostModel::breakevenByPriceFactor(s, tokens);
            const auto breakevenAt = [&](double price) { return byFactor(price / m.userPrice); };
            for (std::size_t r = 0; r < m.prices.size(); ++r)
                m.months[r * m.tokens.size() + c] = breakevenAt(m.prices[r]);
            if (CostModel::withinThreshold(breakevenAt(m.prices.back()), m.threshold)) {
                double lo = m.prices.front() / 10;
                double hi = m.prices.back();
                for (int i = 0; i < 40; ++i) {
                    const double mid = std::sqrt(lo * hi);
                    (CostModel::withinThreshold(breakevenAt(mid), m.threshold) ? hi : lo) = mid;
                }
                m.thresholdPrice[c] = hi;
            }
            continue;
        }
        const double cloudNeeded = local.upfront / m.threshold + local.monthly;
        if ((cloudNeeded > 0 || local.upfront > 0) && billed > 0)
            m.thresholdPrice[c] = cloudNeeded * 1e6 / tokens / billed;
    }
    return m;
}

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
