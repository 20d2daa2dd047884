// The readers of the scenario file's larger parts: set_by_user, provenance, local.sizing and
// uncertainty.
#include "scenario/ScenarioReading.h"

#include "lowregret/io/Limits.h"
#include "lowregret/io/ObjectReader.h"
#include "lowregret/io/SafeText.h"
#include "lowregret/scenario/ScenarioInputs.h"
#include "lowregret/sizing/Hardware.h"
#include "lowregret/sizing/MeasuredRuns.h"

#include <cctype>
#include <set>

namespace lowregret::scenario_reading {

// A file the app saved lists the fields the user entered or changed. Those are the user's; so
// is any field whose value is not the guide's default (changed in the file by hand, or a default
// that has changed since). Without the list, every field the file gives counts as the user's.
void readSetByUser(const nlohmann::json& list, Scenario& s, const Guide& guide, Problems& errors, Problems& warnings)
{
    const auto values = s.fieldValues();
    const auto defaults = Scenario::withDefaults(guide.defaults()).fieldValues();
    std::set<std::string> listed;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto path = "set_by_user[" + std::to_string(i) + "]";
        if (!list[i].is_string()) {
            errors.push_back({ .path = path, .kind = Problem::Kind::WrongType, .expected = "string" });
            continue;
        }
        const auto name = list[i].get<std::string>();
        if (!Scenario::isFieldName(name)) {
            warnings.push_back({ .path = path, .kind = Problem::Kind::UnknownField, .value = name });
            continue;
        }
        listed.insert(name);
    }
    std::set<std::string> userSet;
    for (const auto& [name, value] : values) {
        const auto d = defaults.find(name);
        // A field read from a usage export is the export's, unless the list says otherwise.
        if (listed.count(name))
            s.provenance.erase(name);
        if (listed.count(name) || (!s.provenance.count(name) && (d == defaults.end() || d->second != value)))
            userSet.insert(name);
    }
    s.userSet = std::move(userSet);
}

// `provenance`: for each field by its dotted name, the usage exports its value was read from,
// {"files": [names], "first_month": "YYYY-MM", "last_month": "YYYY-MM"}.
std::map<std::string, Scenario::Provenance> readProvenance(
    const nlohmann::json& json, const nlohmann::json& root, Problems& errors, Problems& warnings)
{
    std::map<std::string, Scenario::Provenance> out;
    // Whether the file gives the field: "time.cached_input_share" is root["time"]["cached_input_share"].
    const auto given = [&root](const std::string& name) {
        const auto dot = name.find('.');
        if (dot == std::string::npos)
            return root.contains(name);
        const auto it = root.find(name.substr(0, dot));
        return it != root.end() && it->is_object() && it->contains(name.substr(dot + 1));
    };
    const auto isMonth = [](const std::string& m) {
        return m.size() == 7 && std::isdigit((unsigned char)m[0]) && std::isdigit((unsigned char)m[1])
            && std::isdigit((unsigned char)m[2]) && std::isdigit((unsigned char)m[3]) && m[4] == '-'
            && ((m[5] == '0' && m[6] >= '1' && m[6] <= '9') || (m[5] == '1' && m[6] >= '0' && m[6] <= '2'));
    };
    for (const auto& [key, value] : json.items()) {
        const auto path = "provenance." + key;
        if (!Scenario::isFieldName(key) || !given(key)) {
            warnings.push_back({ .path = path, .kind = Problem::Kind::UnknownField, .value = key });
            continue;
        }
        if (!value.is_object()) {
            errors.push_back({ .path = path, .kind = Problem::Kind::WrongType, .expected = "object" });
            continue;
        }
        ObjectReader r(value, path, errors);
        Scenario::Provenance p;
        bool ok = true;
        if (const auto* files = r.array("files", true)) {
            for (std::size_t i = 0; i < files->size(); ++i) {
                if (!(*files)[i].is_string()) {
                    errors.push_back({ .path = path + ".files[" + std::to_string(i) + "]",
                        .kind = Problem::Kind::WrongType,
                        .expected = "string" });
                    ok = false;
                    continue;
                }
                p.files.push_back(SafeText::name((*files)[i].get<std::string>())); // shown: plain, capped
            }
        } else {
            ok = false;
        }
        for (const auto& [name, target] :
            { std::pair { "first_month", &p.firstMonth }, std::pair { "last_month", &p.lastMonth } }) {
            const auto text = r.string(name, true);
            if (!text) {
                ok = false;
            } else if (!isMonth(*text)) {
                errors.push_back(
                    { .path = path + "." + name, .kind = Problem::Kind::WrongType, .expected = "YYYY-MM" });
                ok = false;
            } else {
                *target = *text;
            }
        }
        p.readAt = SafeText::name(r.string("read_at", false).value_or(""));
        r.reportUnknown({ "files", "first_month", "last_month", "read_at" }, warnings);
        if (ok)
            out[key] = std::move(p);
    }
    return out;
}

// local.sizing (version 2): ids checked against the hardware data, numbers against their
// ranges; what is left out keeps SizingInput's documented default.
SizingInput readSizing(const nlohmann::json& given, const std::string& path, Problems& errors, Problems& warnings)
{
    const Hardware& hw = Hardware::builtIn();
    SizingInput in;
    // null is the same as leaving a field out (docs/scenario-format.md).
    nlohmann::json json = nlohmann::json::object();
    for (const auto& [key, value] : given.items())
        if (!value.is_null())
            json[key] = value;
    ObjectReader r(json, path, errors);
    const auto id = [&](const char* key, bool required, bool (*known)(const std::string&), const std::string& allowed,
                        std::string& target) {
        const auto v = r.string(key, required, true);
        if (!v)
            return;
        if (!known(*v)) {
            errors.push_back(
                { .path = r.pathOf(key), .kind = Problem::Kind::UnknownValue, .expected = allowed, .value = *v });
            return;
        }
        target = *v;
    };
    id(
        "device", true, [](const std::string& v) { return Hardware::builtIn().device(v) != nullptr; }, hw.deviceIds(),
        in.device);
    if (r.has("model") && !json["model"].is_null())
        id(
            "model", false, [](const std::string& v) { return Hardware::builtIn().model(v) != nullptr; }, hw.modelIds(),
            in.model);
    id(
        "quantization", false, [](const std::string& v) { return Hardware::builtIn().quantization(v) != nullptr; },
        hw.quantizationIds(), in.quantization);
    id(
        "engine", false, [](const std::string& v) { return Hardware::builtIn().engine(v) != nullptr; }, hw.engineIds(),
        in.engine);
    if (r.has("units") && !json["units"].is_null())
        if (const auto v = r.integer("units", 1, limits::maxSizingUnits, false))
            in.units = int(*v);
    const auto optional = [&](const char* key, double max, std::optional<double>& target) {
        if (r.has(key) && !json[key].is_null())
            if (const auto v = r.number(key, 0.0, max, false))
                target = *v;
    };
    optional("device_usd", limits::maxMoneyUsd, in.deviceUsd);
    optional("host_usd", limits::maxMoneyUsd, in.hostUsd);
    optional("active_w", limits::maxWatts, in.activeW);
    optional("idle_w", limits::maxWatts, in.idleW);
    if (r.has("measured_tokens_per_second") && !json["measured_tokens_per_second"].is_null())
        if (const auto v = r.number("measured_tokens_per_second", 0.001, limits::maxTokensPerSecond, false))
            in.measuredTokensPerSecond = *v;
    if (const auto v = r.integer("context_tokens", 1, limits::maxContextTokens, false))
        in.contextTokens = double(*v);
    if (const auto v = r.integer("concurrency", 1, limits::maxConcurrency, false))
        in.concurrency = int(*v);
    if (const auto v = r.number("powered_hours_per_month", 1.0, limits::maxHoursPerMonth, false))
        in.poweredHoursPerMonth = *v;
    if (const auto v = r.number("max_utilisation", 0.01, 1.0, false))
        in.maxUtilisation = *v;
    if (const auto v = r.number("electricity_usd_per_kwh", 0.0, limits::maxUsdPerKwh, false))
        in.electricityUsdPerKwh = *v;
    // The team's llama-bench rows, as llama-bench wrote them: a bad row is an error of the file,
    // located as local.sizing.measured_runs[2].avg_ts.
    if (const auto* rows = r.array("measured_runs", false); rows && !rows->empty()) {
        in.measured = MeasuredRuns::fromJson(*rows, r.pathOf("measured_runs"), hw);
        errors.insert(errors.end(), in.measured.problems.begin(), in.measured.problems.end());
        in.measured.problems.clear();
        in.measured.problemsLeftOut = 0;
    }
    r.reportUnknown({ "device", "units", "device_usd", "host_usd", "active_w", "idle_w", "model", "quantization",
                        "context_tokens", "concurrency", "engine", "measured_tokens_per_second",
                        "powered_hours_per_month", "max_utilisation", "electricity_usd_per_kwh", "measured_runs" },
        warnings);
    return in;
}

// `uncertainty`: for each input by its dotted path, {"low", "high"} within the input's valid
// range, low no higher than high. A path that names no input is warned of and ignored.
std::map<std::string, Scenario::Range> readUncertainty(const nlohmann::json& json, Problems& errors, Problems& warnings)
{
    std::map<std::string, Scenario::Range> out;
    for (const auto& [key, value] : json.items()) {
        const auto path = "uncertainty." + key;
        const auto* input = ScenarioInputs::input(key);
        if (!input) {
            warnings.push_back({ .path = path, .kind = Problem::Kind::UnknownField, .value = key });
            continue;
        }
        if (!value.is_object()) {
            errors.push_back({ .path = path, .kind = Problem::Kind::WrongType, .expected = "object" });
            continue;
        }
        ObjectReader r(value, path, errors);
        const auto high = r.number("high", input->min, input->max, true);
        const auto low = r.number("low", input->min, high.value_or(input->max), true);
        r.reportUnknown({ "low", "high" }, warnings);
        if (low && high)
            out[key] = { *low, *high };
    }
    return out;
}

} // namespace lowregret::scenario_reading
