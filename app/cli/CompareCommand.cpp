// `lowregret-cli compare A.json B.json [...]`: scenarios side by side (docs/cli.md).
#include "CliApp.h"
#include "CliText.h"
#include "TextReport.h"

#include "lowregret/outcome/Comparison.h"
#include "lowregret/scenario/Scenario.h"

#include <filesystem>

namespace lowregret::cli {

int CliApp::compare()
{
    if (m_files.size() < Comparison::minScenarios || m_files.size() > Comparison::maxScenarios)
        return usageError(CliText::get("compare_count", m_lang));
    const Guide* guide = this->guide();
    if (!guide)
        return BadInput;
    std::vector<std::pair<std::string, Scenario>> scenarios;
    bool failed = false;
    bool needsCatalog = false;
    for (const auto& file : m_files) {
        auto loaded = Scenario::fromFile(file, *guide);
        for (const auto& p : loaded.warnings)
            warn(file, p.describe(m_lang));
        if (!loaded.scenario) {
            for (const auto& p : loaded.errors)
                failIn(file, p);
            failed = true;
            continue;
        }
        needsCatalog = needsCatalog || !loaded.scenario->cloud.model.empty();
        scenarios.emplace_back(std::filesystem::path(file).filename().string(), std::move(*loaded.scenario));
    }
    if (failed)
        return BadInput;
    std::optional<Catalog> catalog;
    if (needsCatalog)
        catalog = loadCatalog();
    const auto comparison = Comparison::build(*guide, std::move(scenarios), catalog ? &*catalog : nullptr);
    if (m_format == "json")
        m_out << comparison.toJson(*guide, m_lang).dump(2) << "\n";
    else if (m_format == "csv")
        m_out << comparison.csv();
    else
        m_out << TextReport::render(CliText::get("compare_title", m_lang), comparison.sections(*guide, m_lang));
    return Ok;
}

} // namespace lowregret::cli
