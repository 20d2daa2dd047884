// `lowregret-cli decide FILE`: the recommendation for a scenario, as text, JSON or the monthly
// costs as CSV (docs/cli.md).
#include "CliApp.h"
#include "TextReport.h"

#include "lowregret/costs/CostCsv.h"
#include "lowregret/outcome/OutcomeJson.h"
#include "lowregret/outcome/Sections.h"

#include <ostream>

namespace lowregret::cli {

int CliApp::decide()
{
    return evaluateScenario([this](const Guide& guide, const Evaluation& evaluation) -> int {
        const auto& scenario = *evaluation.scenario;
        const auto& outcome = *evaluation.outcome;
        if (m_format == "csv") {
            // The monthly series; only the header when there are no costs (no usage, out of scope).
            m_out << (outcome.costs ? CostCsv::series(*outcome.costs, scenario.currency) : CostCsv::header());
            return Ok;
        }
        if (m_format == "json")
            m_out << OutcomeJson::build(guide, scenario, outcome, m_lang, evaluation.offer).dump(2) << "\n";
        else
            m_out << TextReport::render(
                guide.title().in(m_lang), Sections::build(guide, scenario, outcome, evaluation.offer, m_lang));
        return Ok;
    });
}

} // namespace lowregret::cli
