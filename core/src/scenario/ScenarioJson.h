#pragma once

#include "lowregret/io/Problem.h"
#include "lowregret/scenario/Scenario.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <set>
#include <string>

// The parts of the scenario file that ScenarioWriting.cpp, ScenarioEdits.cpp and ScenarioTime.cpp
// all write.
namespace lowregret::scenario_json {

// Whole amounts as integers, so saved files read as a person would write them.
nlohmann::json number(double v);
nlohmann::json optionalNumber(const std::optional<double>& v);

// `time` and `hybrid` (version 3). Each field read is marked as the user's in `userSet`.
Scenario::Time readTime(
    const nlohmann::json& json, Problems& errors, Problems& warnings, std::set<std::string>& userSet);
Scenario::Hybrid readHybrid(
    const nlohmann::json& json, Problems& errors, Problems& warnings, std::set<std::string>& userSet);
// `currency` (version 3): a code the app knows, a rate and the day of the rate.
Currency readCurrency(const nlohmann::json& json, Problems& errors, Problems& warnings, std::set<std::string>& userSet);
nlohmann::json currencyJson(const Currency& currency);
nlohmann::json timeJson(const Scenario::Time& time);
nlohmann::json hybridJson(const Scenario::Hybrid& hybrid);

} // namespace lowregret::scenario_json
