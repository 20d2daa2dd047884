#include "analysis/HorizonTotals.h"

#include "lowregret/costs/CostModel.h"

namespace lowregret {

HorizonTotals HorizonTotals::of(const Scenario& s)
{
    const double tokens = s.answers.monthlyTokens.value_or(0.0);
    const auto local = CostModel::localCosts(s, tokens);
    if (s.time != Scenario::Time {} || s.pricesScheduled()) {
        // The months differ, or the hardware keeps a value: the series' own totals.
        const auto c = CostModel::summarize(s, tokens);
        return { c.localTotal + (local.serves ? 0.0 : c.cloudTotal), c.cloudTotal, c.breakevenMonths };
    }
    const double cloudMonthly
        = CostModel::cloudMonthly(tokens, s.inputShare, s.cloud.inputUsdPerMtok, s.cloud.outputUsdPerMtok);
    HorizonTotals t;
    t.cloud = cloudMonthly * s.horizonMonths;
    t.local = local.upfront + local.monthly * s.horizonMonths + (local.serves ? 0.0 : t.cloud);
    if (local.serves)
        t.breakeven = CostModel::breakevenMonths(local.upfront, cloudMonthly, local.monthly);
    return t;
}

} // namespace lowregret
