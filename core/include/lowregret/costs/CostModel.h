#pragma once

#include "lowregret/scenario/Scenario.h"

#include <functional>
#include <optional>
#include <vector>

namespace lowregret {

// Total cost of ownership, month by month, for the cloud API against local hardware (and a
// hybrid of the two), with the usage, the prices and the hardware's value moving as the
// scenario's `time` says (docs/cost-model.md). All amounts are USD as doubles; rounding is for
// display only.
class CostModel final {
public:
    struct Point {
        int month = 0;
        double cloud = 0.0; // cumulative cloud spend at the end of `month`
        double local = 0.0; // cumulative local spend, hardware included
        double hybrid = 0.0; // cumulative hybrid spend; 0 without a hybrid
        double tokens = 0.0; // the usage in `month` (0 for month 0)
        double cloudMonth = 0.0; // spent in `month`; month 0 is what is paid up front
        double localMonth = 0.0; // a replica bought in `month` is in it
        double hybridMonth = 0.0;
    };
    // The totals at a horizon, the hardware's remaining value taken off the local sides.
    struct Totals {
        int months = 0;
        double cloud = 0.0;
        double local = 0.0;
        std::optional<double> hybrid; // none without a hybrid
    };
    struct Purchase {
        int month = 0; // 0: up front; k: at the start of month k
        double usd = 0.0; // hardware only
    };
    // A share of the tokens served locally and the rest by the cloud (scenario `hybrid`).
    struct Hybrid {
        double localShare = 0.0;
        double upfront = 0.0;
        double monthly = 0.0; // in month 1: the local part and the cloud part together
        double total = 0.0; // at the horizon, its hardware's remaining value taken off
        double resale = 0.0;
        bool serves = true;
        std::optional<double> breakevenMonths; // against the cloud alone; nullopt = never
    };
    struct Summary {
        int horizonMonths = 0;
        double cloudMonthly = 0.0; // in month 1
        double cloudTotal = 0.0;
        double localUpfront = 0.0;
        double localMonthly = 0.0; // in month 1
        double localTotal = 0.0; // what is paid, less the hardware's value at the horizon
        double localResale = 0.0; // the hardware's value at the horizon (scenario `time`)
        // The first month-fraction at which cumulative local spend (without resale) is no more
        // than cumulative cloud spend; nullopt = never (docs/cost-model.md).
        std::optional<double> breakevenMonths;
        bool steady = true; // every month costs the same (no growth, no price change)
        // False: the sized setup cannot run the model on its device (docs/sizing.md). Then
        // nothing local is priced: the local figures here are not shown, and no breakeven.
        bool localRuns = true;
        // The first month after the first that a sized setup with a fixed count of devices can
        // no longer serve the grown usage; from then its load is paid to the cloud as well.
        std::optional<int> outgrownMonth;
        std::vector<Point> series; // months 0 .. horizon
        std::vector<Totals> horizons; // 12, 36 and 60 months, whatever the horizon
        std::vector<Purchase> purchases; // the local side's hardware, up front and later
        std::optional<Hybrid> hybrid;
    };
    // The horizons every summary totals, in months.
    static constexpr int horizonMonthsShown[] = { 12, 36, 60 };
    // How far a breakeven is looked for when the months differ: beyond it, never.
    static constexpr int breakevenSearchMonths = 600;

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
    // What the cloud charges for `monthlyTokens` in month `month` (1-based) of the scenario's
    // time: its cached input share at the cache-read price, its batch share at the discount, and
    // its prices × (1 + the yearly change)^((month − 1) / 12).
    static double cloudInMonth(const Scenario& scenario, double monthlyTokens, int month);
    // The usage in month `month`: monthlyTokens × (1 + growth)^(month − 1), at most the largest
    // usage a scenario takes.
    static double tokensInMonth(const Scenario& scenario, double monthlyTokens, int month);
    // The breakeven of `sizing` against the scenario's cloud price, with its maintenance and
    // setup hours, at the usage the sizing was made for; never when it cannot serve that usage.
    static std::optional<double> breakevenOfSetup(
        const Scenario& scenario, const Sizing& sizing, double monthlyTokens, double inputShare);

    static Summary summarize(const Scenario& scenario, double monthlyTokens);
    // False when the scenario's sized setup cannot run its model on its device: then nothing
    // local is priced (Summary::localRuns).
    static bool localRuns(const Scenario& scenario);
    // The scenario's breakeven if its usage were `monthlyTokens` instead (the usage chart).
    static std::optional<double> breakevenAtUsage(const Scenario& scenario, double monthlyTokens);
    // The breakeven at one usage for many cloud prices (the breakeven map): a function of the
    // factor the scenario's prices are multiplied by. The months are made once, as far as the
    // searches reach, and shared by every call.
    static std::function<std::optional<double>(double priceFactor)> breakevenByPriceFactor(
        const Scenario& scenario, double monthlyTokens);
    // Breakeven at `points` usages spaced evenly on a log scale from minTokens to maxTokens
    // (both > 0), for the breakeven-against-usage chart.
    static std::vector<UsagePoint> breakevenCurve(
        const Scenario& scenario, double minTokens, double maxTokens, int points);
};

} // namespace lowregret
