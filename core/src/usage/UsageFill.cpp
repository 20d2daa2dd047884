// The scenario filled from the figures, and the provenance it records: which files, which
// months (docs/usage-import.md; the provenance's words are the scenario's, ScenarioProvenance.cpp).
#include "lowregret/usage/UsageImport.h"

#include "lowregret/io/Limits.h"
#include "lowregret/scenario/Scenario.h"

#include <algorithm>
#include <cmath>
#include <ctime>

namespace lowregret {

std::vector<std::string> UsageImport::fill(Scenario& scenario, const Result& r, std::string readAt)
{
    std::vector<std::string> filled;
    if (!r.monthlyTokens || !r.firstFullMonth || !r.lastFullMonth)
        return filled;
    if (readAt.empty()) {
        const std::time_t now = std::time(nullptr);
        std::tm utc {};
        gmtime_r(&now, &utc);
        char text[32];
        std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
        readAt = text;
    }
    // The growth and the stability answer come from every full month; the monthly tokens and
    // the shares from the last three.
    const Scenario::Provenance all { r.readFiles(), *r.firstFullMonth, *r.lastFullMonth, readAt };
    const Scenario::Provenance recent { r.readFiles(), r.meanFirstMonth.value_or(*r.firstFullMonth), *r.lastFullMonth,
        readAt };
    const auto set = [&](const std::string& field) {
        filled.push_back(field);
        scenario.userSet.erase(field);
        scenario.provenance[field]
            = field == "answers.usage_stable" || field == "time.usage_growth_per_month" ? all : recent;
    };
    scenario.answers.monthlyTokens = std::min(std::round(*r.monthlyTokens), limits::maxMonthlyTokens);
    set("answers.monthly_tokens");
    // Shares to four decimals (0.01 %): what a file can hold without a false precision.
    const auto share = [](double v) { return std::round(v * 10000.0) / 10000.0; };
    if (r.inputShare) {
        scenario.inputShare = share(*r.inputShare);
        set("input_share");
    }
    if (r.usageStable) {
        scenario.answers.usageStable = *r.usageStable;
        set("answers.usage_stable");
    }
    if (r.growthPerMonth) {
        // The scenario's range (docs/scenario-format.md).
        scenario.time.usageGrowthPerMonth = std::clamp(share(*r.growthPerMonth), -0.5, 1.0);
        set("time.usage_growth_per_month");
    }
    if (r.cachedShare) {
        scenario.time.cachedInputShare = std::clamp(share(*r.cachedShare), 0.0, 1.0);
        set("time.cached_input_share");
    }
    return filled;
}

} // namespace lowregret
