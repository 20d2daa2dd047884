#include "lowregret/Sensitivity.h"

#include "RegretGates.h"
#include "lowregret/CostModel.h"
#include "lowregret/Decision.h"
#include "lowregret/Hardware.h"
#include "lowregret/Limits.h"
#include "lowregret/Sizing.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <limits>

namespace lowregret {

namespace {

// How an input is read from and written to a scenario, and its default range around a value.
struct Access {
    std::function<double(const Scenario&)> get;
    std::function<void(Scenario&, double)> set;
    double lowFactor = 0.5;
    double highFactor = 1.5;
    double highAtLeast = 0.0; // the default high end is at least this
    bool sized = false; // only with local.sizing; the flat figure it replaces is then left out
    bool flat = false; // only without local.sizing
};

struct Entry {
    Sensitivity::Input input;
    Access access;
};

const Hardware::Device* deviceOf(const Scenario& s)
{
    return s.local.sizing ? Hardware::builtIn().device(s.local.sizing->device) : nullptr;
}

Sizing sizingNow(const Scenario& s)
{
    return Sizing::size(*s.local.sizing, s.answers.monthlyTokens.value_or(0.0), s.inputShare);
}

const std::vector<Entry>& entries()
{
    using L = Scenario;
    static const std::vector<Entry> list = {
        { { "answers.monthly_tokens", "tokens", 0.0, limits::maxMonthlyTokens },
            { [](const L& s) { return s.answers.monthlyTokens.value_or(0.0); },
                [](L& s, double v) { s.answers.monthlyTokens = v; }, 0.5, 1.5 } },
        { { "input_share", "share", 0.0, 1.0 },
            { [](const L& s) { return s.inputShare; }, [](L& s, double v) { s.inputShare = v; } } },
        { { "cloud.input_usd_per_mtok", "usd_per_mtok", 0.0, limits::maxUsdPerMtok },
            { [](const L& s) { return s.cloud.inputUsdPerMtok; }, [](L& s, double v) { s.cloud.inputUsdPerMtok = v; },
                0.5, 1.25 } },
        { { "cloud.output_usd_per_mtok", "usd_per_mtok", 0.0, limits::maxUsdPerMtok },
            { [](const L& s) { return s.cloud.outputUsdPerMtok; }, [](L& s, double v) { s.cloud.outputUsdPerMtok = v; },
                0.5, 1.25 } },
        { { "local.hardware_usd", "usd", 0.0, limits::maxMoneyUsd },
            { [](const L& s) { return s.local.hardwareUsd; }, [](L& s, double v) { s.local.hardwareUsd = v; }, 0.8, 1.3,
                0.0, false, true } },
        { { "local.electricity_usd_per_month", "usd_per_month", 0.0, limits::maxMoneyUsd },
            { [](const L& s) { return s.local.electricityUsdPerMonth; },
                [](L& s, double v) { s.local.electricityUsdPerMonth = v; }, 0.5, 2.0, 0.0, false, true } },
        { { "local.maintenance_hours_per_month", "hours_per_month", 0.0, limits::maxHoursPerMonth },
            { [](const L& s) { return s.local.maintenanceHoursPerMonth; },
                [](L& s, double v) { s.local.maintenanceHoursPerMonth = v; }, 0.5, 2.0, 8.0 } },
        { { "local.hourly_rate_usd", "usd_per_hour", 0.0, limits::maxMoneyUsd },
            { [](const L& s) { return s.local.hourlyRateUsd; }, [](L& s, double v) { s.local.hourlyRateUsd = v; }, 0.75,
                1.5 } },
        { { "local.setup_hours", "hours", 0.0, limits::maxSetupHours },
            { [](const L& s) { return s.local.setupHours; }, [](L& s, double v) { s.local.setupHours = v; }, 0.5,
                2.0 } },
        { { "local.sizing.device_usd", "usd", 0.0, limits::maxMoneyUsd },
            { [](const L& s) { return sizingNow(s).deviceUsd; }, [](L& s, double v) { s.local.sizing->deviceUsd = v; },
                0.8, 1.3, 0.0, true } },
        { { "local.sizing.host_usd", "usd", 0.0, limits::maxMoneyUsd },
            { [](const L& s) { return sizingNow(s).hostUsd; }, [](L& s, double v) { s.local.sizing->hostUsd = v; }, 0.8,
                1.3, 0.0, true } },
        { { "local.sizing.active_w", "watts", 0.0, limits::maxWatts },
            { [](const L& s) {
                 const auto* d = deviceOf(s);
                 return s.local.sizing->activeW.value_or(d ? d->activeW : 0.0);
             },
                [](L& s, double v) { s.local.sizing->activeW = v; }, 0.8, 1.2, 0.0, true } },
        { { "local.sizing.measured_tokens_per_second", "tokens_per_second", 0.001, limits::maxTokensPerSecond },
            { [](const L& s) { return sizingNow(s).tokensPerSecond; },
                [](L& s, double v) { s.local.sizing->measuredTokensPerSecond = v; }, 0.5, 1.5, 0.0, true } },
        { { "local.sizing.electricity_usd_per_kwh", "usd_per_kwh", 0.0, limits::maxUsdPerKwh },
            { [](const L& s) { return s.local.sizing->electricityUsdPerKwh; },
                [](L& s, double v) { s.local.sizing->electricityUsdPerKwh = v; }, 0.5, 2.0, 0.0, true } },
    };
    return list;
}

const Entry* entryOf(std::string_view path)
{
    for (const auto& e : entries())
        if (e.input.path == path)
            return &e;
    return nullptr;
}

bool appliesTo(const Entry& e, const Scenario& s)
{
    return (!e.access.sized || s.local.sizing) && (!e.access.flat || !s.local.sizing);
}

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
std::vector<double> scanPoints(double from, double bound, const Sensitivity::Input& input)
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
    const Access& access;

    std::optional<Decided> at(double x)
    {
        access.set(scratch, x);
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

const std::vector<Sensitivity::Input>& Sensitivity::inputs()
{
    static const std::vector<Input> list = [] {
        std::vector<Input> out;
        for (const auto& e : entries())
            out.push_back(e.input);
        return out;
    }();
    return list;
}

const Sensitivity::Input* Sensitivity::input(std::string_view path)
{
    const Entry* e = entryOf(path);
    return e ? &e->input : nullptr;
}

std::vector<const Sensitivity::Input*> Sensitivity::inputsOf(const Scenario& s)
{
    std::vector<const Input*> out;
    for (const auto& e : entries())
        if (appliesTo(e, s))
            out.push_back(&e.input);
    return out;
}

double Sensitivity::value(const Scenario& s, const Input& input)
{
    const Entry* e = entryOf(input.path);
    return e && appliesTo(*e, s) ? e->access.get(s) : 0.0;
}

void Sensitivity::setValue(Scenario& s, const Input& input, double v)
{
    if (const Entry* e = entryOf(input.path); e && appliesTo(*e, s))
        e->access.set(s, std::clamp(v, input.min, input.max));
}

std::map<std::string, Scenario::Range> Sensitivity::defaultRanges(const Scenario& s)
{
    std::map<std::string, Scenario::Range> out;
    for (const auto& e : entries()) {
        if (!appliesTo(e, s))
            continue;
        const double v = e.access.get(s);
        Scenario::Range r;
        if (e.input.unit == "share") {
            r = { v - 0.2, v + 0.2 };
        } else {
            r = { v * e.access.lowFactor, std::max(v * e.access.highFactor, e.access.highAtLeast) };
        }
        r.low = std::clamp(r.low, e.input.min, e.input.max);
        r.high = std::clamp(r.high, e.input.min, e.input.max);
        out[e.input.path] = r;
    }
    return out;
}

std::map<std::string, Sensitivity::Range> Sensitivity::ranges(const Scenario& s)
{
    std::map<std::string, Range> out;
    if (s.uncertainty) {
        for (const auto& [path, r] : *s.uncertainty)
            if (const Entry* e = entryOf(path); e && appliesTo(*e, s))
                out[path] = { r.low, r.high, "scenario" };
        return out;
    }
    for (const auto& [path, r] : defaultRanges(s))
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
    std::vector<const Entry*> box;
    std::vector<std::pair<double, double>> bounds;
    for (const auto& e : entries()) {
        const auto r = a.ranges.find(e.input.path);
        if (r == a.ranges.end() || !appliesTo(e, scenario))
            continue;
        if (!(r->second.high > r->second.low))
            continue; // held at one value: nothing swings
        Scenario scratch = scenario;
        const double current = e.access.get(scenario);
        Bar bar { e.input.path, current, r->second.low, r->second.high, 0.0, 0.0, {}, {} };
        e.access.set(scratch, r->second.low);
        const Totals lo = totals(scratch);
        e.access.set(scratch, r->second.high);
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
    for (const auto& e : entries()) {
        if (!appliesTo(e, scenario))
            continue;
        const double x0 = e.access.get(scenario);
        const auto r = a.ranges.find(e.input.path);
        for (const auto direction : { Direction::Below, Direction::Above }) {
            const double bound = direction == Direction::Below ? e.input.min : e.input.max;
            if (direction == Direction::Below ? !(x0 > bound) : !(x0 < bound))
                continue;
            Search search { guide, scenario, e.access };
            double previous = x0;
            std::string leaf = now->leaf;
            const auto points = scanPoints(x0, bound, e.input);
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
                a.leafChanges.push_back({ e.input.path, same + (value - same) / 2, direction, after->leaf,
                    after->band.value_or(std::string()) });
                leaf = after->leaf;
                previous = value;
                ++leafChanges;
            }
            if (!flipAt)
                continue;
            const double value = *flipAt;
            {
                FlipPoint f;
                f.input = e.input.path;
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
                    e.access.set(g, scanned);
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
                for (const Entry* e : box)
                    c.at[e->input.path] = e->access.get(scratch);
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
                box[i]->access.set(scratch, (c >> i) & 1 ? bounds[i].second : bounds[i].first);
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
                box[i]->access.set(scratch, bounds[i].first + (bounds[i].second - bounds[i].first) * u);
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
