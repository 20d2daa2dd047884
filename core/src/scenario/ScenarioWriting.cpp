// Writing a scenario file: each version only for what the versions before it cannot say, and
// the fields by their dotted names.
#include "lowregret/scenario/Scenario.h"

#include "scenario/ScenarioJson.h"

#include <algorithm>

namespace lowregret {

namespace {

// The dotted name of every leaf field; lists (answers.exclusions) are one field.
std::map<std::string, nlohmann::json> flatten(const nlohmann::json& json)
{
    std::map<std::string, nlohmann::json> out;
    for (const auto& [key, value] : json.items()) {
        if (key == "lowregret" || key == "set_by_user" || key == "uncertainty" || key == "provenance")
            continue;
        if (value.is_object()) {
            for (const auto& [inner, v] : value.items())
                out[key + "." + inner] = v;
        } else {
            out[key] = value;
        }
    }
    return out;
}

nlohmann::json jsonNumber(double v)
{
    return scenario_json::number(v);
}

using scenario_json::optionalNumber;

nlohmann::json sizingJson(const SizingInput& in)
{
    nlohmann::json j { { "device", in.device },
        { "units", in.units ? nlohmann::json(*in.units) : nlohmann::json(nullptr) },
        { "model", in.model.empty() ? nlohmann::json(nullptr) : nlohmann::json(in.model) },
        { "context_tokens", static_cast<long long>(in.contextTokens) }, { "concurrency", in.concurrency },
        { "engine", in.engine }, { "measured_tokens_per_second", optionalNumber(in.measuredTokensPerSecond) },
        { "powered_hours_per_month", optionalNumber(in.poweredHoursPerMonth) },
        { "max_utilisation", optionalNumber(in.maxUtilisation) },
        { "electricity_usd_per_kwh", optionalNumber(in.electricityUsdPerKwh) } };
    if (!in.quantization.empty())
        j["quantization"] = in.quantization;
    // Only when there are runs, so a file without them is written as it was.
    if (!in.measured.runs.empty())
        j["measured_runs"] = in.measured.rows();
    for (const auto& [key, v] : { std::pair { "device_usd", &in.deviceUsd }, std::pair { "host_usd", &in.hostUsd },
             std::pair { "active_w", &in.activeW }, std::pair { "idle_w", &in.idleW } })
        if (*v)
            j[key] = optionalNumber(*v);
    return j;
}

} // namespace

nlohmann::json Scenario::toJson() const
{
    nlohmann::json answersJson = nlohmann::json::object();
    if (answers.monthlyTokens)
        answersJson["monthly_tokens"] = jsonNumber(*answers.monthlyTokens);
    const auto putBool = [&](const char* key, const std::optional<bool>& v) {
        if (v)
            answersJson[key] = *v;
    };
    putBool("usage_stable", answers.usageStable);
    putBool("data_sensitive", answers.dataSensitive);
    putBool("team_can_maintain", answers.teamCanMaintain);
    answersJson["exclusions"] = answers.exclusions;

    nlohmann::json cloudJson = { { "input_usd_per_mtok", jsonNumber(cloud.inputUsdPerMtok) },
        { "output_usd_per_mtok", jsonNumber(cloud.outputUsdPerMtok) } };
    if (!cloud.model.empty())
        cloudJson["model"] = cloud.model;
    if (cloud.inputTokensPerRequest)
        cloudJson["input_tokens_per_request"] = jsonNumber(*cloud.inputTokensPerRequest);

    nlohmann::json json {
        { "lowregret", formatVersion },
        { "answers", answersJson },
        { "input_share", jsonNumber(inputShare) },
        { "cloud", cloudJson },
        { "local",
            { { "hardware_usd", jsonNumber(local.hardwareUsd) },
                { "electricity_usd_per_month", jsonNumber(local.electricityUsdPerMonth) },
                { "maintenance_hours_per_month", jsonNumber(local.maintenanceHoursPerMonth) },
                { "hourly_rate_usd", jsonNumber(local.hourlyRateUsd) } } },
        { "horizon_months", horizonMonths },
        { "breakeven_threshold_months", jsonNumber(breakevenThresholdMonths) },
    };
    // Any version reads it (an older LowRegret warns of it and starts the series when it decides).
    if (startMonth)
        json["start_month"] = *startMonth;
    // Version 2 only for what version 1 cannot say, so that an older LowRegret still opens
    // every file that does not use it.
    if (local.setupHours != 0.0)
        json["local"]["setup_hours"] = jsonNumber(local.setupHours);
    if (local.sizing)
        json["local"]["sizing"] = sizingJson(*local.sizing);
    // Version 3 likewise, only for a time or a hybrid that is not the flat default, or amounts
    // shown in another currency than the dollar.
    // A time field read from a usage export is written even at its default, so its provenance
    // is kept.
    const bool timeRead = std::any_of(
        provenance.begin(), provenance.end(), [](const auto& p) { return p.first.rfind("time.", 0) == 0; });
    const bool timeFields = time != Time {} || timeRead || hybrid != Hybrid {} || !currency.isUsd();
    if (time != Time {} || timeRead)
        json["time"] = scenario_json::timeJson(time);
    if (hybrid != Hybrid {})
        json["hybrid"] = scenario_json::hybridJson(hybrid);
    if (!currency.isUsd())
        json["currency"] = scenario_json::currencyJson(currency);
    json["lowregret"] = timeFields ? formatVersion : local.sizing || local.setupHours != 0.0 ? 2 : 1;
    // Ranges change no figure of the decision, only how sure it is: no new version for them.
    if (uncertainty) {
        nlohmann::json ranges = nlohmann::json::object();
        for (const auto& [path, range] : *uncertainty)
            ranges[path] = { { "low", jsonNumber(range.low) }, { "high", jsonNumber(range.high) } };
        json["uncertainty"] = std::move(ranges);
    }
    // Only the fields that are there: a cleared answer is nobody's.
    nlohmann::json setBy = nlohmann::json::array();
    const auto values = flatten(json);
    nlohmann::json from = nlohmann::json::object();
    for (const auto& [name, p] : provenance)
        if (values.count(name) && !userSet.count(name)) {
            from[name] = { { "files", p.files }, { "first_month", p.firstMonth }, { "last_month", p.lastMonth } };
            if (!p.readAt.empty())
                from[name]["read_at"] = p.readAt;
        }
    if (!from.empty())
        json["provenance"] = std::move(from);
    for (const auto& name : userSet)
        if (values.count(name))
            setBy.push_back(name);
    json["set_by_user"] = std::move(setBy);
    return json;
}

std::map<std::string, nlohmann::json> Scenario::fieldValues() const
{
    return flatten(toJson());
}

} // namespace lowregret
