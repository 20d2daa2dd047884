#pragma once

#include "lowregret/analysis/Decision.h"
#include "lowregret/catalog/Catalog.h"
#include "lowregret/guide/Guide.h"
#include "lowregret/outcome/Sections.h"
#include "lowregret/scenario/Scenario.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace lowregret {

// Two to four scenarios side by side ("one 4090 or two 3090s?", "this year's usage or next
// year's?"): each decided as `decide` would, its costs at the horizon and at 1, 3 and 5 years,
// its breakeven, its local setup and its low-regret choice, and the inputs the files differ in
// (docs/cli.md, "compare output"). The CLI, the app's dialog and the PDF render the same comparison.
class Comparison final {
public:
    static constexpr std::size_t minScenarios = 2;
    static constexpr std::size_t maxScenarios = 4;

    struct Entry {
        std::string name; // the file's name, or what the app calls the scenario open in it
        Scenario scenario;
        const Offer* offer = nullptr; // the catalog offer cloud.model names, resolved
        std::optional<Decision::Outcome> outcome; // none: an answer the path needs is missing
        Problems errors; // why there is no outcome
        // Where the recommendation is in scope and the costs known: the choice with the least
        // regret over the inputs' ranges (docs/sensitivity.md).
        std::optional<Recommendation> lowRegretChoice;
    };
    // A scenario field and its value in each file.
    struct Difference {
        std::string field; // dotted name, "answers.monthly_tokens"
        std::vector<std::optional<nlohmann::json>> values; // one per entry; none: not in that file
        bool differs = true; // not the same in every file (a missing one differs too)
    };

    std::vector<Entry> entries;
    std::vector<Difference> differences; // the inputs that differ
    std::vector<Difference> inputs; // every input, the same or not, by field name
    // A value as the comparison shows it: "12,000,000", "yes", "(not set)".
    static std::string valueText(const std::optional<nlohmann::json>& value, Lang lang);
    // An input by its label in `lang` ("Cloud input price per 1M tokens"), and its value as
    // Format writes it in `currency` ("$2.50"): what the inputs table shows.
    static std::string inputLabel(const std::string& field, Lang lang);
    static std::string inputText(
        const std::string& field, const std::optional<nlohmann::json>& value, Lang lang, const Currency& currency);
    // The currency the comparison's amounts are in: the first scenario's.
    [[nodiscard]] Currency currency() const;

    // Decides each scenario; `catalog` resolves cloud.model names (may be null).
    static Comparison build(const Guide& guide, std::vector<std::pair<std::string, Scenario>> scenarios,
        const Catalog* catalog, bool withRegret = true);

    // The comparison as sections: "comparison" (a table: a row an item, a column a scenario)
    // and "differences" (the inputs that differ). Amounts are in the first scenario's currency.
    [[nodiscard]] Sections sections(const Guide& guide, Lang lang) const;
    // `lowregret-cli compare --format json` (docs/cli.md).
    [[nodiscard]] nlohmann::json toJson(const Guide& guide, Lang lang) const;
    // `--format csv`: the cumulative costs month by month, one row a scenario and month.
    [[nodiscard]] std::string csv() const;
    // The longest horizon of the entries with costs: how far the chart's months run.
    [[nodiscard]] int months() const;
};

} // namespace lowregret
