#include "lowregret/costs/CostModel.h"

#include <algorithm>
#include <cmath>

namespace lowregret {

double CostModel::cloudUsd(double inputTokens, double outputTokens, double inputUsdPerMtok, double outputUsdPerMtok)
{
    return Offer::tokensUsd(inputTokens, outputTokens, inputUsdPerMtok, outputUsdPerMtok);
}

double CostModel::cloudMonthly(double monthlyTokens, double inputShare, double inputUsdPerMtok, double outputUsdPerMtok)
{
    return cloudUsd(monthlyTokens * inputShare, monthlyTokens * (1.0 - inputShare), inputUsdPerMtok, outputUsdPerMtok);
}

double CostModel::estimateMonthlyTokens(double requestsPerDay, double tokensPerRequest, double daysPerMonth)
{
    return requestsPerDay * tokensPerRequest * daysPerMonth;
}

double CostModel::localMonthly(double electricityUsdPerMonth, double maintenanceHoursPerMonth, double hourlyRateUsd)
{
    return electricityUsdPerMonth + maintenanceHoursPerMonth * hourlyRateUsd;
}

std::optional<double> CostModel::breakevenMonths(double upfront, double cloudMonthlyUsd, double localMonthlyUsd)
{
    const double saving = cloudMonthlyUsd - localMonthlyUsd;
    if (!(saving > 0.0))
        return std::nullopt;
    return upfront / saving + 0.0; // never -0: 0 / x is -0 when the upfront is -0
}

bool CostModel::withinThreshold(const std::optional<double>& breakeven, double thresholdMonths)
{
    // Tolerate floating-point noise so a breakeven that is exactly the threshold counts as within.
    return breakeven && *breakeven <= thresholdMonths * (1.0 + 1e-12);
}

namespace {

// The scenario's labour (setup up front, maintenance a month) on top of a hardware price and
// an electricity bill.
CostModel::LocalCosts withLabour(const Scenario& s, double hardware, double electricity, bool serves)
{
    return { hardware + s.local.setupHours * s.local.hourlyRateUsd,
        CostModel::localMonthly(electricity, s.local.maintenanceHoursPerMonth, s.local.hourlyRateUsd), serves };
}

} // namespace

CostModel::LocalCosts CostModel::localCosts(const Scenario& s, double monthlyTokens)
{
    if (s.local.sizing)
        return localCosts(s, Sizing::size(*s.local.sizing, monthlyTokens, s.inputShare));
    return withLabour(s, s.local.hardwareUsd, s.local.electricityUsdPerMonth, true);
}

bool CostModel::localRuns(const Scenario& s)
{
    // Whether the model fits depends on the context and the streams, not on the usage.
    return !s.local.sizing || Sizing::size(*s.local.sizing, 0.0, s.inputShare).fits;
}

CostModel::LocalCosts CostModel::localCosts(const Scenario& s, const Sizing& sizing)
{
    return withLabour(s, sizing.hardwareUsd, sizing.electricityUsdPerMonth, sizing.canServe);
}

std::optional<double> CostModel::breakevenOfSetup(
    const Scenario& s, const Sizing& sizing, double monthlyTokens, double inputShare)
{
    const LocalCosts local = localCosts(s, sizing);
    if (!local.serves)
        return std::nullopt;
    return breakevenMonths(local.upfront,
        cloudMonthly(monthlyTokens, inputShare, s.cloud.inputUsdPerMtok, s.cloud.outputUsdPerMtok), local.monthly);
}

std::vector<CostModel::UsagePoint> CostModel::breakevenCurve(
    const Scenario& s, double minTokens, double maxTokens, int points)
{
    std::vector<UsagePoint> out;
    if (!(minTokens > 0.0) || !(maxTokens >= minTokens) || points < 2)
        return out;
    out.reserve(static_cast<std::size_t>(points));
    const double lo = std::log10(minTokens);
    const double hi = std::log10(maxTokens);
    for (int i = 0; i < points; ++i) {
        const double tokens = std::pow(10.0, lo + (hi - lo) * i / (points - 1));
        out.push_back({ tokens, breakevenAtUsage(s, tokens) });
    }
    return out;
}

} // namespace lowregret
