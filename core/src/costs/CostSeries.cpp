// The month-by-month series: usage growth, cloud price change, cached and batch traffic,
// replicas bought as the usage grows, the hardware's value at the horizon, and the hybrid
// (docs/cost-model.md). With the scenario's time flat, every figure is the closed form's.
#include "lowregret/costs/CostModel.h"

#include "costs/LocalTrack.h"

#include "lowregret/io/Limits.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace lowregret {

double CostModel::tokensInMonth(const Scenario& s, double monthlyTokens, int month)
{
    const double g = s.time.usageGrowthPerMonth;
    if (g == 0.0 || month <= 1)
        return monthlyTokens;
    return std::min(monthlyTokens * std::pow(1.0 + g, month - 1), std::max(monthlyTokens, limits::maxMonthlyTokens));
}

double CostModel::cloudInMonth(const Scenario& s, double monthlyTokens, int month)
{
    const auto& t = s.time;
    // The offer's dated prices in force this month, against those of the first month.
    const auto f = s.priceFactorsIn(month);
    const double inputPrice = s.cloud.inputUsdPerMtok * f.input;
    const double outputPrice = s.cloud.outputUsdPerMtok * f.output;
    double usd = 0.0;
    if (t.cachedInputShare == 0.0 && t.batchShare == 0.0) {
        usd = cloudMonthly(monthlyTokens, s.inputShare, inputPrice, outputPrice);
    } else {
        const double input = monthlyTokens * s.inputShare;
        const double cached = input * t.cachedInputShare;
        const double cachePrice = t.cacheReadUsdPerMtok ? *t.cacheReadUsdPerMtok * f.cacheRead : inputPrice;
        usd = cloudUsd(input - cached, monthlyTokens - input, inputPrice, outputPrice) + cached / 1e6 * cachePrice;
        usd *= 1.0 - t.batchShare * t.batchDiscount;
    }
    if (t.cloudPriceChangePerYear != 0.0 && month > 1)
        usd *= std::pow(1.0 + t.cloudPriceChangePerYear, (month - 1) / 12.0);
    return usd;
}

namespace {

// The factor the cloud's monthly bill moves by each month: the usage's and the price's
// together. At most 1, the bill only falls or stays (the usage cap only lowers it further).
double cloudRatio(const Scenario& s)
{
    // A dated price that rises breaks the bound: the bill may grow again later.
    if (s.pricesRiseLater())
        return std::numeric_limits<double>::infinity();
    return (1.0 + s.time.usageGrowthPerMonth) * std::pow(1.0 + s.time.cloudPriceChangePerYear, 1.0 / 12.0);
}

// The first t at which upfront + Σ(local − cloud) reaches 0, within the month by
// interpolation (a month's spend is spread over it; a replica is paid at its start).
// `monthOf(k)` gives month k's local purchase, local running cost, cloud cost and whether the
// local side serves.
template <typename MonthOf>
std::optional<double> searchBreakeven(double upfront, bool servesAtFirst, bool flatLocal, double ratio, MonthOf monthOf)
{
    if (!servesAtFirst)
        return std::nullopt;
    double d = upfront;
    int first = 1;
    if (d <= 0.0) {
        // Nothing up front: local pays back at once if its first month is cheaper, as the
        // closed form has it; else the gap opens in month 1 and is looked for from there.
        const auto [buy, run, cloud, serves] = monthOf(1);
        if (!serves)
            return std::nullopt;
        if (buy + run < cloud)
            return 0.0;
        d = buy + run - cloud;
        first = 2;
    }
    const bool falls = ratio <= 1.0;
    for (int k = first; k <= CostModel::breakevenSearchMonths; ++k) {
        const auto [buy, run, cloud, serves] = monthOf(k);
        if (!serves)
            return std::nullopt; // the usage has outgrown what the setup can serve
        // A bill falling by `ratio` a month sums to cloud / (1 − ratio) from here on: when the
        // gap is more, not even a local side that cost nothing from now would catch up.
        if (ratio < 1.0 && d > cloud / (1.0 - ratio))
            return std::nullopt;
        d += buy;
        const double slope = run - cloud;
        if (slope < 0.0 && d + slope <= 0.0)
            return (k - 1) + d / -slope;
        // The cloud only gets cheaper and the local side costs the same: it never catches up.
        if (slope >= 0.0 && flatLocal && falls)
            return std::nullopt;
        d += slope;
    }
    return std::nullopt;
}

struct MonthCosts {
    double buy = 0.0;
    double run = 0.0;
    double cloud = 0.0;
    bool serves = true;
};

} // namespace

CostModel::Summary CostModel::summarize(const Scenario& s, double monthlyTokens)
{
    Summary out;
    const int horizon = s.horizonMonths;
    out.horizonMonths = horizon;
    out.steady = s.costsSteady();
    out.localRuns = localRuns(s);
    const int months = std::max(horizon, horizonMonthsShown[std::size(horizonMonthsShown) - 1]);
    const double hybridShare = s.hybrid.localShare;

    LocalTrack local(s, monthlyTokens, 1.0);
    std::optional<LocalTrack> hybridLocal;
    if (hybridShare > 0.0)
        hybridLocal.emplace(s, monthlyTokens, hybridShare);

    out.cloudMonthly = cloudInMonth(s, monthlyTokens, 1);
    out.localUpfront = local.upfront();
    out.localMonthly = local.firstMonth();
    // Month by month, out to the longest horizon shown.
    struct Row {
        double tokens, cloud, localBuy, localRun, hybridBuy, hybridRun;
        bool localServes, hybridServes;
    };
    std::vector<Row> rows(static_cast<std::size_t>(months) + 1);
    for (int k = 1; k <= months; ++k) {
        auto& r = rows[std::size_t(k)];
        r.tokens = tokensInMonth(s, monthlyTokens, k);
        r.cloud = out.steady ? out.cloudMonthly : cloudInMonth(s, r.tokens, k);
        const auto l = local.month(k);
        r.localBuy = l.buy;
        // A month a setup that served the first month has been outgrown, its load goes to the
        // cloud as well: the hardware still costs what it costs (docs/cost-model.md). A setup
        // that never serves is counted as before, by its running cost alone.
        r.localRun = l.run + (l.serves || !local.servesAtFirst() ? 0.0 : r.cloud);
        r.localServes = l.serves;
        if (!l.serves && !out.outgrownMonth && k > 1)
            out.outgrownMonth = k;
        if (hybridLocal) {
            const auto h = hybridLocal->month(k);
            r.hybridBuy = h.buy;
            r.hybridRun = h.run + r.cloud * (1.0 - hybridShare)
                + (h.serves || !hybridLocal->servesAtFirst() ? 0.0 : r.cloud * hybridShare);
            r.hybridServes = h.serves;
        }
    }

    // Cumulative spend. Steady months keep the closed form's products, so a flat scenario's
    // figures are exactly those of upfront + monthly × months.
    const bool closedForm = out.steady; // no growth, so no replica is bought later either
    std::vector<Point> cumulative(static_cast<std::size_t>(months) + 1);
    cumulative[0] = { 0, 0.0, out.localUpfront, hybridLocal ? hybridLocal->upfront() : 0.0, 0.0, 0.0, out.localUpfront,
        hybridLocal ? hybridLocal->upfront() : 0.0 };
    for (int k = 1; k <= months; ++k) {
        const auto& r = rows[std::size_t(k)];
        const auto& prev = cumulative[std::size_t(k - 1)];
        Point p;
        p.month = k;
        p.tokens = r.tokens;
        p.cloudMonth = r.cloud;
        p.localMonth = r.localBuy + r.localRun;
        p.hybridMonth = hybridLocal ? r.hybridBuy + r.hybridRun : 0.0;
        if (closedForm) {
            p.cloud = out.cloudMonthly * k;
            p.local = out.localUpfront + out.localMonthly * k;
            p.hybrid = hybridLocal ? hybridLocal->upfront() + rows[1].hybridRun * k : 0.0;
        } else {
            p.cloud = prev.cloud + p.cloudMonth;
            p.local = prev.local + p.localMonth;
            p.hybrid = hybridLocal ? prev.hybrid + p.hybridMonth : 0.0;
        }
        cumulative[std::size_t(k)] = p;
    }
    out.series.assign(cumulative.begin(), cumulative.begin() + horizon + 1);

    out.localResale = local.valueAt(horizon);
    out.cloudTotal = cumulative[std::size_t(horizon)].cloud;
    out.localTotal = cumulative[std::size_t(horizon)].local - out.localResale;
    for (const int n : horizonMonthsShown) {
        Totals t { n, cumulative[std::size_t(n)].cloud, cumulative[std::size_t(n)].local - local.valueAt(n), {} };
        if (hybridLocal)
            t.hybrid = cumulative[std::size_t(n)].hybrid - hybridLocal->valueAt(n);
        out.horizons.push_back(t);
    }

    // Breakeven on the money paid, without the resale. Past the longest horizon the months are
    // made as the search reaches them.
    const double falls = cloudRatio(s);
    const auto breakevenOf = [&](LocalTrack& track, bool hybrid) -> std::optional<double> {
        if (closedForm) {
            if (!track.servesAtFirst())
                return std::nullopt;
            return breakevenMonths(track.upfront(), out.cloudMonthly, hybrid ? rows[1].hybridRun : track.firstMonth());
        }
        return searchBreakeven(track.upfront(), track.servesAtFirst(), !track.growsWithUsage(), falls, [&](int k) {
            if (k <= months) {
                const auto& r = rows[std::size_t(k)];
                return hybrid ? MonthCosts { r.hybridBuy, r.hybridRun, r.cloud, r.hybridServes }
                              : MonthCosts { r.localBuy, r.localRun, r.cloud, r.localServes };
            }
            const double tokens = tokensInMonth(s, monthlyTokens, k);
            const double cloud = cloudInMonth(s, tokens, k);
            const auto m = track.month(k);
            return MonthCosts { m.buy, hybrid ? m.run + cloud * (1.0 - hybridShare) : m.run, cloud, m.serves };
        });
    };
    out.purchases = local.purchases(); // those within the longest horizon
    out.breakevenMonths = breakevenOf(local, false);

    if (hybridLocal && out.localRuns) { // a setup that cannot run its model serves no share
        Hybrid h;
        h.localShare = hybridShare;
        h.upfront = hybridLocal->upfront();
        h.monthly = rows[1].hybridRun;
        h.resale = hybridLocal->valueAt(horizon);
        h.total = cumulative[std::size_t(horizon)].hybrid - h.resale;
        h.serves = hybridLocal->servesAtFirst();
        h.breakevenMonths = breakevenOf(*hybridLocal, true);
        out.hybrid = h;
    }
    return out;
}

std::function<std::optional<double>(double)> CostModel::breakevenByPriceFactor(const Scenario& s, double monthlyTokens)
{
    // The cloud bill is linear in its prices, so one column of months serves every factor.
    struct Months {
        Scenario scenario;
        double tokens;
        LocalTrack track;
        double falls;
        std::vector<MonthCosts> months { MonthCosts {} }; // index 0 unused: months are 1-based
        Months(const Scenario& sc, double t)
            : scenario(sc)
            , tokens(t)
            , track(scenario, t, 1.0)
            , falls(cloudRatio(sc))
        {
        }
        const MonthCosts& at(int k)
        {
            while (static_cast<int>(months.size()) <= k) {
                const int m = static_cast<int>(months.size());
                const auto local = track.month(m);
                months.push_back({ local.buy, local.run, cloudInMonth(scenario, tokensInMonth(scenario, tokens, m), m),
                    local.serves });
            }
            return months[std::size_t(k)];
        }
    };
    auto shared = std::make_shared<Months>(s, monthlyTokens);
    return [shared](double factor) -> std::optional<double> {
        Months& m = *shared;
        if (m.scenario.costsSteady()) {
            if (!m.track.servesAtFirst())
                return std::nullopt;
            return breakevenMonths(m.track.upfront(), m.at(1).cloud * factor, m.track.firstMonth());
        }
        return searchBreakeven(
            m.track.upfront(), m.track.servesAtFirst(), !m.track.growsWithUsage(), m.falls, [&](int k) {
                MonthCosts c = m.at(k);
                c.cloud *= factor;
                return c;
            });
    };
}

std::optional<double> CostModel::breakevenAtUsage(const Scenario& s, double monthlyTokens)
{
    return breakevenByPriceFactor(s, monthlyTokens)(1.0);
}

} // namespace lowregret
