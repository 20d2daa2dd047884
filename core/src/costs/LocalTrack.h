#pragma once

#include "lowregret/costs/CostModel.h"
#include "lowregret/scenario/Scenario.h"

#include <vector>

namespace lowregret {

// One local side, serving `share` of the usage: what it buys and when, and what a month costs.
// Months are made as they are asked for, so a breakeven search far past the horizon pays only
// for the months it reaches.
class LocalTrack final {
public:
    LocalTrack(const Scenario& s, double monthlyTokens, double share);

    struct Month {
        double buy = 0.0;
        double run = 0.0;
        bool serves = true;
    };

    [[nodiscard]] double upfront() const { return m_upfront; }
    [[nodiscard]] double firstMonth() const { return m_firstMonth; }
    [[nodiscard]] bool servesAtFirst() const { return m_serves; }
    [[nodiscard]] bool growsWithUsage() const { return m_s.local.sizing && m_s.time.usageGrowthPerMonth != 0.0; }

    // Month k >= 1, asked in order.
    Month month(int k);

    [[nodiscard]] const std::vector<CostModel::Purchase>& purchases() const { return m_purchases; }

    // What the hardware bought by month `months` is still worth then: the resale share of its
    // price, or its price less straight-line depreciation.
    [[nodiscard]] double valueAt(int months) const;

private:
    // The setup for one count of replicas. Its hardware is fixed and its running cost a month
    // is affine in the usage (the busy hours are the usage over the capacity), so two sizings
    // give it at any usage the count serves: the sizing is not made again each month.
    struct Step {
        int replicas = 0;
        double hardwareUsd = 0.0;
        double lowestTokens = 0.0; // the usage range this count is the one needed for
        double highestTokens = 0.0;
        double monthly0 = 0.0; // the running cost a month at lowestTokens…
        double perToken = 0.0; // …and what each further token adds
        bool serves = true;
        [[nodiscard]] double monthlyAt(double tokens) const { return monthly0 + (tokens - lowestTokens) * perToken; }
        [[nodiscard]] bool holds(double tokens) const { return tokens >= lowestTokens && tokens <= highestTokens; }
    };

    Step stepAt(double tokens);

    const Scenario& m_s;
    std::vector<Step> m_steps;
    double m_tokens;
    double m_share;
    double m_upfront = 0.0;
    double m_firstMonth = 0.0;
    bool m_serves = true;
    double m_owned = 0.0;
    std::vector<CostModel::Purchase> m_purchases;
};

} // namespace lowregret
