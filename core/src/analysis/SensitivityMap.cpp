// The breakeven map: the months to break even over the monthly usage and the blended cloud
// price, and the price at which they meet the threshold.
#include "lowregret/analysis/Sensitivity.h"

#include "lowregret/costs/CostModel.h"
#include "lowregret/io/Limits.h"

#include <algorithm>
#include <cmath>

namespace lowregret {

const std::optional<double>& Sensitivity::Map::at(std::size_t row, std::size_t column) const
{
    return months[row * tokens.size() + column];
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
        if (!s.costsSteady() && m.userPrice > 0) {
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

} // namespace lowregret
