// `lowregret-cli sensitivity FILE`: how sure the decided answer is (docs/cli.md).
#include "CliApp.h"
#include "CliText.h"
#include "TextReport.h"

#include "lowregret/analysis/Sensitivity.h"
#include "lowregret/costs/CostModel.h"
#include "lowregret/outcome/Sections.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <ostream>

namespace lowregret::cli {

int CliApp::sensitivity()
{
    return evaluateScenario([this](const Guide& guide, const Evaluation& evaluation) -> int {
        const auto& scenario = *evaluation.scenario;
        const auto& outcome = *evaluation.outcome;
        const auto analysis = outcome.recommendation == Recommendation::OutOfScope
            ? std::nullopt
            : Sensitivity::analyse(guide, scenario);
        if (m_format == "json") {
            // The same object as `decide --format json` holds as "sensitivity".
            nlohmann::json j = analysis
                ? Sensitivity::toJson(*analysis)
                : nlohmann::json { { "recommendation", recommendationId(outcome.recommendation) },
                      { "tornado", nlohmann::json::array() }, { "flip_points", nlohmann::json::array() },
                      { "regret", nullptr }, { "ranges", nlohmann::json::object() } };
            m_out << j.dump(2) << "\n";
            return Ok;
        }
        Sections sections = Sections::build(guide, scenario, outcome, evaluation.offer, m_lang);
        if (!analysis) {
            const bool nofit = scenario.answers.exclusions.empty() && scenario.answers.monthlyTokens
                && !CostModel::localRuns(scenario); // the reason, only when it is the one
            m_out << CliText::format(nofit ? "no_sensitivity_nofit" : "no_sensitivity", m_lang,
                { Sections::recommendationName(outcome.recommendation, m_lang) })
                  << "\n";
            return Ok;
        }
        std::erase_if(sections.sections,
            [](const Sections::Section& s) { return s.id != "recommendation" && s.id != "sensitivity"; });
        m_out << TextReport::render(guide.title().in(m_lang), sections);
        return Ok;
    });
}

} // namespace lowregret::cli
