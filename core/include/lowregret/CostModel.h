#pragma once

#include "lowregret/Scenario.h"

#include <optional>
#include <vector>

namespace lowregret {

// Total cost of ownership, month by month, for the cloud API against local hardware.
// All amounts are USD as doubles; rounding is for display only.
class CostModel final {
public:
    struct Point {
        int month = 0;
        double cloud = 0.0; // cumulative cloud spend at the end of `month`
        double local = 0.0; // cumulative local spend, hardware included
    };
    struct Summary {
        int horizonMonths = 0;
        double cloudMonthly = 0.0;
        double cloudTotal = 0.0;
        double localUpfront = 0.0;
        double localMonthly = 0.0;
        double localTotal = 0.0;
        // Months until cumulative local cost meets cumulative cloud cost; nullopt = never.
        std::optional<double> breakevenMonths;
        std::vector<Point> series; // months 0 .. horizon
    };

    struct UsagePoint {
        double monthlyTokens = 0.0;
        std::optional<double> breakevenMonths; // nullopt = never
    };

    CostModel() = delete;

    // The one formula for what a cloud API charges: tokens / 1M × the price per 1M, for input
    // and output tokens each.
    static double cloudUsd(double inputTokens, double outputTokens, double inputUsdPerMtok, double outputUsdPerMtok);
    // Prices are USD per 1M tokens; inputShare is the input part of monthlyTokens (0..1).
    static double cloudMonthly(
        double monthlyTokens, double inputShare, double inputUsdPerMtok, double outputUsdPerMtok);
    // requests a day × tokens a request × days a month, for people who do not know their usage.
    static double estimateMonthlyTokens(double requestsPerDay, double tokensPerRequest, double daysPerMonth);
    static double localMonthly(double electricityUsdPerMonth, double maintenanceHoursPerMonth, double hourlyRateUsd);
    // upfront / (cloudMonthly - localMonthly) when the cloud is dearer each month, else never.
    static std::optional<double> breakevenMonths(double upfront, double cloudMonthly, double localMonthly);
    static bool withinThreshold(const std::optional<double>& breakeven, double thresholdMonths);

    // The local side at a usage: up front (hardware, and the setup hours at the hourly rate)
    // and a month (electricity and maintenance). The hardware and electricity are the flat
    // figures, or those of the setup sized for this usage when the scenario has local.sizing.
    struct LocalCosts {
        double upfront = 0.0;
        double monthly = 0.0;
        bool serves = true; // false: a sized setup that cannot serve the usage (no breakeven)
    };
    static LocalCosts localCosts(const Scenario& scenario, double monthlyTokens);
    // The same with `sizing` as the local setup, in place of the scenario's own.
    static LocalCosts localCosts(const Scenario& scenario, const Sizing& sizing);
    // The breakeven of `sizing` against the scenario's cloud price, with its maintenance and
    // setup hours, at the usage the sizing was made for; never when it cannot serve that usage.
    static std::optional<double> breakevenOfSetup(
        const Scenario& scenario, const Sizing& sizing, double monthlyTokens, double inputShare);

    static Summary summarize(const Scenario& scenario, double monthlyTokens);
    // The scenario's breakeven if its usage were `monthlyTokens` instead (the usage chart).
    static std::optional<double> breakevenAtUsage(const Scenario& scenario, double monthlyTokens);
    // Breakeven at `points` usages spaced evenly on a log scale from minTokens to maxTokens
    // (both > 0), for the breakeven-against-usage chart.
    static std::vector<UsagePoint> breakevenCurve(
        const Scenario& scenario, double minTokens, double maxTokens, int points);
};

} // namespace lowregret
