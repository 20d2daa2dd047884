#include "RegretGates.h"

#include "OutcomeText.h"

#include "lowregret/CostModel.h"
#include "lowregret/Format.h"

namespace lowregret {

namespace {

// The data must stay under the team's control, and the flowchart answers local for it.
bool cloudExcluded(const Scenario& s, Recommendation recommendation)
{
    return s.answers.dataSensitive.value_or(false) && recommendation == Recommendation::Local;
}

} // namespace

void RegretGates::choose(Sensitivity::Analysis& a, const Scenario& s)
{
    auto& r = a.regret;
    r.gate.clear();
    if (cloudExcluded(s, a.recommendation)) {
        r.lowRegretChoice = Recommendation::Local;
        r.gate = "sensitive";
        return;
    }
    r.lowRegretChoice = r.local.max < r.cloud.max ? Recommendation::Local
        : r.cloud.max < r.local.max               ? Recommendation::Cloud
                                                  : a.recommendation; // a tie: the flowchart's answer stands
}

std::string RegretGates::conflict(const Scenario& s, Recommendation recommendation, Lang lang)
{
    if (!cloudExcluded(s, recommendation) || s.answers.teamCanMaintain.value_or(true))
        return {};
    const double hours = s.local.maintenanceHoursPerMonth;
    const double rate = s.local.hourlyRateUsd;
    if (hours * rate <= 0.0)
        return OutcomeText::format("gate.conflict", lang, { OutcomeText::get("gate.conflict.unpaid", lang) });
    // Counted in the local costs only when the local setup can run its model, and so is priced.
    const char* key = CostModel::localRuns(s) ? "gate.conflict.paid" : "gate.conflict.paid_uncounted";
    const std::string paid = OutcomeText::format(key, lang,
        { Format::compactNumber(hours), Format::unitPrice(rate, lang, s.currency),
            Format::money(hours * rate, lang, s.currency) });
    return OutcomeText::format("gate.conflict", lang, { paid });
}

} // namespace lowregret
