// Reading a scenario file and checking it (docs/scenario-format.md); the parts with readers of
// their own are in ScenarioReading.cpp and ScenarioTime.cpp.
#include "lowregret/scenario/Scenario.h"

#include "scenario/ScenarioJson.h"
#include "scenario/ScenarioReading.h"

#include "lowregret/io/JsonReader.h"
#include "lowregret/io/Limits.h"
#include "lowregret/io/ObjectReader.h"
#include "lowregret/io/SafeText.h"

#include <algorithm>

namespace lowregret {

Scenario Scenario::withDefaults(const ScenarioDefaults& d)
{
    Scenario s;
    s.inputShare = d.inputShare;
    s.cloud.model = d.cloudModel;
    s.cloud.inputUsdPerMtok = d.cloudInputUsdPerMtok;
    s.cloud.outputUsdPerMtok = d.cloudOutputUsdPerMtok;
    s.local.hardwareUsd = d.hardwareUsd;
    s.local.electricityUsdPerMonth = d.electricityUsdPerMonth;
    s.local.maintenanceHoursPerMonth = d.maintenanceHoursPerMonth;
    s.local.hourlyRateUsd = d.hourlyRateUsd;
    s.horizonMonths = d.horizonMonths;
    s.breakevenThresholdMonths = d.breakevenThresholdMonths;
    return s;
}

Scenario::LoadResult Scenario::fromJson(const nlohmann::json& json, const Guide& guide)
{
    LoadResult result;
    auto& errors = result.errors;
    auto& warnings = result.warnings;
    if (!json.is_object()) {
        errors.push_back({ .path = "", .kind = Problem::Kind::WrongType, .expected = "object" });
        return result;
    }
    Scenario s = withDefaults(guide.defaults());
    ObjectReader root(json, "", errors);
    const auto mark = [&s](const std::string& field, const auto& value) {
        if (value)
            s.userSet.insert(field);
    };

    const auto version = root.integer("lowregret", 1, 1'000'000'000, true);
    if (version && *version > formatVersion) {
        // A newer file may mean anything: refuse it whole rather than guess.
        errors.push_back({ .path = "lowregret",
            .kind = Problem::Kind::UnsupportedVersion,
            .value = std::to_string(*version),
            .limit = formatVersion });
        return result;
    }

    if (const auto* a = root.object("answers", false)) {
        ObjectReader r(*a, "answers", errors);
        s.answers.monthlyTokens = r.number("monthly_tokens", 0.0, limits::maxMonthlyTokens, false);
        s.answers.usageStable = r.boolean("usage_stable", false, true);
        s.answers.dataSensitive = r.boolean("data_sensitive", false, true);
        s.answers.teamCanMaintain = r.boolean("team_can_maintain", false, true);
        mark("answers.monthly_tokens", s.answers.monthlyTokens);
        mark("answers.usage_stable", s.answers.usageStable);
        mark("answers.data_sensitive", s.answers.dataSensitive);
        mark("answers.team_can_maintain", s.answers.teamCanMaintain);
        if (const auto* list = r.array("exclusions", false)) {
            std::string allowed;
            for (const auto& id : Guide::exclusionIds())
                allowed += (allowed.empty() ? "" : ", ") + id;
            for (std::size_t i = 0; i < list->size(); ++i) {
                const auto path = "answers.exclusions[" + std::to_string(i) + "]";
                const auto& item = (*list)[i];
                if (!item.is_string()) {
                    errors.push_back({ .path = path, .kind = Problem::Kind::WrongType, .expected = "string" });
                    continue;
                }
                const auto id = item.get<std::string>();
                const auto& ids = Guide::exclusionIds();
                if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
                    errors.push_back(
                        { .path = path, .kind = Problem::Kind::UnknownValue, .expected = allowed, .value = id });
                    continue;
                }
                if (std::find(s.answers.exclusions.begin(), s.answers.exclusions.end(), id)
                    == s.answers.exclusions.end())
                    s.answers.exclusions.push_back(id);
            }
            s.userSet.insert("answers.exclusions");
        }
        r.reportUnknown(
            { "monthly_tokens", "usage_stable", "data_sensitive", "team_can_maintain", "exclusions" }, warnings);
    }

    if (const auto v = root.number("input_share", 0.0, 1.0, false)) {
        s.inputShare = *v;
        s.userSet.insert("input_share");
    }

    if (const auto* c = root.object("cloud", false)) {
        ObjectReader r(*c, "cloud", errors);
        // The default offer prices only a file that prices nothing itself: a file with a price
        // and no model (every file saved before defaults named an offer) names no offer.
        if (!r.has("model") && (r.has("input_usd_per_mtok") || r.has("output_usd_per_mtok")))
            s.cloud.model.clear();
        if (const auto* m = r.has("model") ? &(*c)["model"] : nullptr; m && m->is_null())
            s.cloud.model.clear();
        if (const auto* m = r.has("model") ? &(*c)["model"] : nullptr; m && !m->is_null()) {
            if (const auto model = r.string("model", false, false)) {
                s.cloud.model = SafeText::name(*model, 300); // Catalog::maxIdLength
                if (!model->empty())
                    s.userSet.insert("cloud.model");
            }
        }
        if (const auto v = r.number("input_usd_per_mtok", 0.0, limits::maxUsdPerMtok, false)) {
            s.cloud.inputUsdPerMtok = *v;
            s.userSet.insert("cloud.input_usd_per_mtok");
        }
        if (const auto v = r.number("output_usd_per_mtok", 0.0, limits::maxUsdPerMtok, false)) {
            s.cloud.outputUsdPerMtok = *v;
            s.userSet.insert("cloud.output_usd_per_mtok");
        }
        if (const auto v = r.number("input_tokens_per_request", 1.0, limits::maxMonthlyTokens, false)) {
            s.cloud.inputTokensPerRequest = *v;
            s.userSet.insert("cloud.input_tokens_per_request");
        }
        r.reportUnknown({ "model", "input_usd_per_mtok", "output_usd_per_mtok", "input_tokens_per_request" }, warnings);
    }

    if (const auto* l = root.object("local", false)) {
        ObjectReader r(*l, "local", errors);
        const auto money = [&](const char* key, double& target, double max) {
            if (const auto v = r.number(key, 0.0, max, false)) {
                target = *v;
                s.userSet.insert(std::string("local.") + key);
            }
        };
        money("hardware_usd", s.local.hardwareUsd, limits::maxMoneyUsd);
        money("electricity_usd_per_month", s.local.electricityUsdPerMonth, limits::maxMoneyUsd);
        money("maintenance_hours_per_month", s.local.maintenanceHoursPerMonth, limits::maxHoursPerMonth);
        money("hourly_rate_usd", s.local.hourlyRateUsd, limits::maxMoneyUsd);
        // Version 2's fields: a version 1 file that has them keeps its meaning, and is warned.
        if (version.value_or(1) >= 2) {
            money("setup_hours", s.local.setupHours, limits::maxSetupHours);
            if (const auto* sizing = r.object("sizing", false)) {
                s.local.sizing = scenario_reading::readSizing(*sizing, "local.sizing", errors, warnings);
                s.userSet.insert("local.sizing");
            }
            r.reportUnknown({ "hardware_usd", "electricity_usd_per_month", "maintenance_hours_per_month",
                                "hourly_rate_usd", "setup_hours", "sizing" },
                warnings);
        } else {
            r.reportUnknown(
                { "hardware_usd", "electricity_usd_per_month", "maintenance_hours_per_month", "hourly_rate_usd" },
                warnings);
        }
    }

    if (const auto v = root.integer("horizon_months", limits::minMonths, limits::maxMonths, false)) {
        s.horizonMonths = int(*v);
        s.userSet.insert("horizon_months");
    }
    if (const auto v = root.number("breakeven_threshold_months", limits::minMonths, limits::maxMonths, false)) {
        s.breakevenThresholdMonths = *v;
        s.userSet.insert("breakeven_threshold_months");
    }

    // Any version: an older file has no start month, and its series starts when it is decided.
    if (const auto v = root.string("start_month", false)) {
        if (Scenario::isMonthKey(*v)) {
            s.startMonth = *v;
            s.userSet.insert("start_month");
        } else {
            errors.push_back(
                { .path = "start_month", .kind = Problem::Kind::UnknownValue, .expected = "YYYY-MM", .value = *v });
        }
    }

    // Version 3's fields, read as the local fields of version 2 are: a file of an older version
    // that has them keeps its meaning, and is warned.
    const bool timeFields = version.value_or(1) >= 3;
    if (timeFields) {
        if (const auto* t = root.object("time", false))
            s.time = scenario_json::readTime(*t, errors, warnings, s.userSet);
        if (const auto* h = root.object("hybrid", false))
            s.hybrid = scenario_json::readHybrid(*h, errors, warnings, s.userSet);
        if (const auto* c = root.object("currency", false))
            s.currency = scenario_json::readCurrency(*c, errors, warnings, s.userSet);
    }

    if (const auto* u = root.object("uncertainty", false))
        s.uncertainty = scenario_reading::readUncertainty(*u, errors, warnings);

    if (const auto* p = root.object("provenance", false))
        s.provenance = scenario_reading::readProvenance(*p, json, errors, warnings);

    if (const auto* list = root.array("set_by_user", false))
        scenario_reading::readSetByUser(*list, s, guide, errors, warnings);
    else
        for (const auto& [name, from] : s.provenance)
            s.userSet.erase(name);

    if (timeFields)
        root.reportUnknown(
            { "lowregret", "answers", "input_share", "cloud", "local", "horizon_months", "breakeven_threshold_months",
                "time", "hybrid", "currency", "uncertainty", "provenance", "set_by_user", "start_month" },
            warnings);
    else
        root.reportUnknown(
            { "lowregret", "answers", "input_share", "cloud", "local", "horizon_months", "breakeven_threshold_months",
                "uncertainty", "provenance", "set_by_user", "start_month" },
            warnings);

    if (errors.empty())
        result.scenario = std::move(s);
    return result;
}

Scenario::LoadResult Scenario::fromText(std::string_view text, const std::string& name, const Guide& guide)
{
    Problems errors;
    const auto json = JsonReader::parse(text, name, { .maxBytes = maxFileBytes, .maxDepth = maxDepth }, errors);
    if (!json) {
        LoadResult result;
        result.errors = std::move(errors);
        return result;
    }
    return fromJson(*json, guide);
}

Scenario::LoadResult Scenario::fromStream(std::istream& in, const std::string& name, const Guide& guide)
{
    Problems errors;
    const auto json = JsonReader::readStream(in, name, { .maxBytes = maxFileBytes, .maxDepth = maxDepth }, errors);
    if (!json) {
        LoadResult result;
        result.errors = std::move(errors);
        return result;
    }
    return fromJson(*json, guide);
}

Scenario::LoadResult Scenario::fromFile(const std::filesystem::path& file, const Guide& guide)
{
    Problems errors;
    const auto json = JsonReader::readFile(file, { .maxBytes = maxFileBytes, .maxDepth = maxDepth }, errors);
    if (!json) {
        LoadResult result;
        result.errors = std::move(errors);
        return result;
    }
    return fromJson(*json, guide);
}

} // namespace lowregret
