#pragma once

#include "lowregret/Guide.h"
#include "lowregret/Problem.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace lowregret {

// A user's answers and cost inputs: what the app saves and the CLI reads
// (docs/scenario-format.md, version 1).
struct Scenario {
    static constexpr int formatVersion = 1;
    static constexpr std::size_t maxFileBytes = 1024 * 1024;
    static constexpr int maxDepth = 32;

    struct Answers {
        std::optional<double> monthlyTokens;
        std::optional<bool> usageStable;
        std::optional<bool> dataSensitive;
        std::optional<bool> teamCanMaintain;
        std::vector<std::string> exclusions;
    };
    struct Cloud {
        std::string model; // optional catalog id; empty when none
        double inputUsdPerMtok = 0.0;
        double outputUsdPerMtok = 0.0;
    };
    struct Local {
        double hardwareUsd = 0.0;
        double electricityUsdPerMonth = 0.0;
        double maintenanceHoursPerMonth = 0.0;
        double hourlyRateUsd = 0.0;
    };
    struct LoadResult;

    Answers answers;
    double inputShare = 0.5;
    Cloud cloud;
    Local local;
    int horizonMonths = 12;
    double breakevenThresholdMonths = 12.0;
    // Dotted names of the fields the file gave ("cloud.input_usd_per_mtok"); the rest are the
    // guide's defaults. The report's assumptions table says which is which.
    std::set<std::string> userSet;

    // A scenario with nothing answered and every cost input at the guide's default.
    static Scenario withDefaults(const ScenarioDefaults& defaults);

    static LoadResult fromJson(const nlohmann::json& json, const Guide& guide);
    static LoadResult fromText(std::string_view text, const std::string& name, const Guide& guide);
    static LoadResult fromFile(const std::filesystem::path& file, const Guide& guide);

    [[nodiscard]] nlohmann::json toJson() const;
    [[nodiscard]] bool isUserSet(const std::string& field) const { return userSet.count(field) > 0; }

    // One answer by the name a flowchart node uses.
    [[nodiscard]] std::optional<bool> answer(AnswerField field) const;
    void setAnswer(AnswerField field, std::optional<bool> value);
};

struct Scenario::LoadResult {
    std::optional<Scenario> scenario;
    Problems errors;
    Problems warnings;
};

} // namespace lowregret
