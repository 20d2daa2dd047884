#pragma once

// The readers of the scenario file's parts that Scenario::fromJson checks one by one; internal
// to core. Each collects a Problem with the field's dotted path for every mistake.

#include "lowregret/guide/Guide.h"
#include "lowregret/io/Problem.h"
#include "lowregret/scenario/Scenario.h"
#include "lowregret/sizing/Sizing.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace lowregret::scenario_reading {

// `set_by_user`: which fields are the user's, from the list and from the values that are not
// the guide's defaults. Run last, on the scenario read so far.
void readSetByUser(const nlohmann::json& list, Scenario& s, const Guide& guide, Problems& errors, Problems& warnings);
// `provenance`, for the fields `root` (the whole file) gives.
std::map<std::string, Scenario::Provenance> readProvenance(
    const nlohmann::json& json, const nlohmann::json& root, Problems& errors, Problems& warnings);
// `local.sizing` (version 2), under `path`.
SizingInput readSizing(const nlohmann::json& given, const std::string& path, Problems& errors, Problems& warnings);
// `uncertainty`: the ranges by dotted input path.
std::map<std::string, Scenario::Range> readUncertainty(
    const nlohmann::json& json, Problems& errors, Problems& warnings);

} // namespace lowregret::scenario_reading
