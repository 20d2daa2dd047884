#pragma once

#include "lowregret/guide/Guide.h"
#include "lowregret/scenario/Scenario.h"

namespace test_scenario {

// The guide's worked GPT-4 example (docs/examples/gpt4-12m.json): 12M tokens a month, half of
// them input, at 30 / 60 USD per 1M; a 2,000 USD machine drawing 30 USD of power a month, with
// no paid maintenance; a 12-month horizon and threshold; stable, not sensitive, maintainable.
inline lowregret::Scenario gpt4Example()
{
    lowregret::Scenario s = lowregret::Scenario::withDefaults(lowregret::Guide::builtIn().defaults());
    s.answers.monthlyTokens = 12'000'000.0;
    s.answers.usageStable = true;
    s.answers.dataSensitive = false;
    s.answers.teamCanMaintain = true;
    s.inputShare = 0.5;
    s.cloud.inputUsdPerMtok = 30.0;
    s.cloud.outputUsdPerMtok = 60.0;
    s.local = {
        .hardwareUsd = 2000.0, .electricityUsdPerMonth = 30.0, .maintenanceHoursPerMonth = 0.0, .hourlyRateUsd = 0.0
    };
    s.horizonMonths = 12;
    s.breakevenThresholdMonths = 12.0;
    return s;
}

} // namespace test_scenario
