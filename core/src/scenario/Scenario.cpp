#include "lowregret/scenario/Scenario.h"
#include "lowregret/scenario/ScenarioInputs.h"

#include "scenario/ScenarioJson.h"

#include "lowregret/io/JsonReader.h"
#include "lowregret/io/Limits.h"
#include "lowregret/io/ObjectReader.h"
#include "lowregret/io/SafeText.h"

#include <algorithm>
#include <cmath>

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

namespace {

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

} // namespace

namespace {

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
    r.reportUnknown({ "device", "units", "device_usd", "host_usd", "active_w", "idle_w", "model", "quantization",
                        "context_tokens", "concurrency", "engine", "measured_tokens_per_second",
                        "powered_hours_per_month", "max_utilisation", "electricity_usd_per_kwh" },
        warnings);
    return in;
}

using scenario_json::optionalNumber;

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
    for (const auto& [key, v] : { std::pair { "device_usd", &in.deviceUsd }, std::pair { "host_usd", &in.hostUsd },
             std::pair { "active_w", &in.activeW }, std::pair { "idle_w", &in.idleW } })
        if (*v)
            j[key] = optionalNumber(*v);
    return j;
}

} // namespace

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
        r.reportUnknown({ "model", "input_usd_per_mtok", "output_usd_per_mtok" }, warnings);
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
                s.local.sizing = readSizing(*sizing, "local.sizing", errors, warnings);
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
        s.uncertainty = readUncertainty(*u, errors, warnings);

    if (const auto* p = root.object("provenance", false))
        s.provenance = readProvenance(*p, json, errors, warnings);

    if (const auto* list = root.array("set_by_user", false))
        readSetByUser(*list, s, guide, errors, warnings);
    else
        for (const auto& [name, from] : s.provenance)
            s.userSet.erase(name);

    if (timeFields)
        root.reportUnknown(
            { "lowregret", "answers", "input_share", "cloud", "local", "horizon_months", "breakeven_threshold_months",
                "time", "hybrid", "currency", "uncertainty", "provenance", "set_by_user" },
            warnings);
    else
        root.reportUnknown({ "lowregret", "answers", "input_share", "cloud", "local", "horizon_months",
                               "breakeven_threshold_months", "uncertainty", "provenance", "set_by_user" },
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

bool Scenario::isFieldName(const std::string& name)
{
    // The names toJson() writes when every field is there: one list, so the two cannot drift.
    static const std::set<std::string> names = [] {
        Scenario full;
        full.answers.monthlyTokens = 1;
        full.answers.usageStable = full.answers.dataSensitive = full.answers.teamCanMaintain = true;
        full.cloud.model = "x/y";
        full.local.setupHours = 1;
        full.local.sizing = SizingInput { .device = "rtx4090" };
        full.time.usageGrowthPerMonth = 0.01;
        full.hybrid.localShare = 0.5;
        full.currency = Currency::twd(30.0, "2025-12-31");
        std::set<std::string> out;
        for (const auto& [key, value] : full.fieldValues())
            out.insert(key);
        return out;
    }();
    return names.count(name) > 0;
}

bool Scenario::noteEditsSince(const Scenario& before)
{
    const auto old = before.fieldValues();
    const auto now = fieldValues();
    if (old == now)
        // Ranges and provenance are nobody's field, but still an edit.
        return uncertainty != before.uncertainty || provenance != before.provenance;
    for (auto it = userSet.begin(); it != userSet.end();)
        it = now.count(*it) ? std::next(it) : userSet.erase(it);
    for (auto it = provenance.begin(); it != provenance.end();)
        it = now.count(it->first) ? std::next(it) : provenance.erase(it);
    // A field that changed is the user's, unless the edit read it from a usage export.
    const auto readAnew = [&](const std::string& name) {
        const auto p = provenance.find(name);
        if (p == provenance.end())
            return false;
        const auto q = before.provenance.find(name);
        return q == before.provenance.end() || q->second != p->second;
    };
    const auto becomeUsers = [&](const std::string& name) {
        if (readAnew(name))
            return;
        provenance.erase(name);
        userSet.insert(name);
    };
    // `time` and `hybrid` are written whole once one of their fields leaves its default: the
    // others appear at their defaults, which nobody set.
    static const std::map<std::string, nlohmann::json> defaultTime = [] {
        std::map<std::string, nlohmann::json> out;
        const nlohmann::json time = scenario_json::timeJson(Time {});
        const nlohmann::json hybrid = scenario_json::hybridJson(Hybrid {});
        for (const auto& [key, v] : time.items())
            out["time." + key] = v;
        for (const auto& [key, v] : hybrid.items())
            out["hybrid." + key] = v;
        return out;
    }();
    for (const auto& [name, value] : now) {
        const auto o = old.find(name);
        if (o == old.end()) {
            const auto d = defaultTime.find(name);
            if (d == defaultTime.end() || d->second != value)
                becomeUsers(name);
        } else if (o->second != value) {
            becomeUsers(name);
        }
    }
    return true;
}

void Scenario::setCloudPrices(double inputUsdPerMtok, double outputUsdPerMtok)
{
    if (inputUsdPerMtok == cloud.inputUsdPerMtok && outputUsdPerMtok == cloud.outputUsdPerMtok)
        return;
    cloud.inputUsdPerMtok = inputUsdPerMtok;
    cloud.outputUsdPerMtok = outputUsdPerMtok;
    cloud.model.clear();
}

std::optional<bool> Scenario::answer(AnswerField field) const
{
    switch (field) {
    case AnswerField::UsageStable:
        return answers.usageStable;
    case AnswerField::DataSensitive:
        return answers.dataSensitive;
    case AnswerField::TeamCanMaintain:
        return answers.teamCanMaintain;
    }
    return std::nullopt;
}

void Scenario::setAnswer(AnswerField field, std::optional<bool> value)
{
    switch (field) {
    case AnswerField::UsageStable:
        answers.usageStable = value;
        break;
    case AnswerField::DataSensitive:
        answers.dataSensitive = value;
        break;
    case AnswerField::TeamCanMaintain:
        answers.teamCanMaintain = value;
        break;
    }
}

} // namespace lowregret
