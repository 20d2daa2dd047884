#include "outcome/GateConflict.h"

#include "analysis/RegretGates.h"
#include "outcome/OutcomeText.h"

#include "lowregret/costs/CostModel.h"
#include "lowregret/io/Format.h"

namespace lowregret {

std::string GateConflict::text(const Scenario& s, Recommendation recommendation, Lang lang)
{
    if (!RegretGates::cloudExcluded(s, recommendation) || s.answers.teamCanMaintain.value_or(true))
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
