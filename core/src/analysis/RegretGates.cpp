#include "analysis/RegretGates.h"

namespace lowregret {

bool RegretGates::cloudExcluded(const Scenario& s, Recommendation recommendation)
{
    return s.answers.dataSensitive.value_or(false) && recommendation == Recommendation::Local;
}

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

} // namespace lowregret
