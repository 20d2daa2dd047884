#include "guide/GuideReading.h"

#include <algorithm>

#include "lowregret/io/Format.h"
#include "lowregret/io/Limits.h"

namespace lowregret::guide_reading {

std::vector<LocalizedText> readTexts(const nlohmann::json* list, const std::string& path, Problems& errors)
{
    std::vector<LocalizedText> out;
    if (!list)
        return out;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const nlohmann::json wrapper = { { "t", (*list)[i] } };
        Problems local;
        ObjectReader inner(wrapper, "", local);
        if (auto t = inner.text("t")) {
            out.push_back(std::move(*t));
        } else {
            for (auto p : local) {
                p.path = indexPath(path, i) + p.path.substr(1); // "t.en" -> "[i].en"
                errors.push_back(std::move(p));
            }
        }
    }
    return out;
}

std::optional<std::vector<std::string>> readStringList(
    const nlohmann::json& v, const std::string& path, Problems& errors)
{
    if (!v.is_array()) {
        errors.push_back({ .path = path, .kind = Problem::Kind::WrongType, .expected = "array" });
        return std::nullopt;
    }
    std::vector<std::string> out;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (!v[i].is_string()) {
            errors.push_back({ .path = indexPath(path, i), .kind = Problem::Kind::WrongType, .expected = "string" });
            return std::nullopt;
        }
        out.push_back(v[i].get<std::string>());
    }
    return out;
}

static std::optional<std::vector<std::optional<bool>>> readAnswerList(
    const nlohmann::json& v, const std::string& path, Problems& errors)
{
    if (!v.is_array()) {
        errors.push_back({ .path = path, .kind = Problem::Kind::WrongType, .expected = "array" });
        return std::nullopt;
    }
    std::vector<std::optional<bool>> out;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (v[i].is_null()) {
            out.emplace_back(std::nullopt);
        } else if (v[i].is_boolean()) {
            out.emplace_back(v[i].get<bool>());
        } else {
            errors.push_back(
                { .path = indexPath(path, i), .kind = Problem::Kind::WrongType, .expected = "boolean or null" });
            return std::nullopt;
        }
    }
    return out;
}

static std::optional<std::vector<bool>> readBoolList(const nlohmann::json& v, const std::string& path, Problems& errors)
{
    if (!v.is_array()) {
        errors.push_back({ .path = path, .kind = Problem::Kind::WrongType, .expected = "array" });
        return std::nullopt;
    }
    std::vector<bool> out;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (!v[i].is_boolean()) {
            errors.push_back({ .path = indexPath(path, i), .kind = Problem::Kind::WrongType, .expected = "boolean" });
            return std::nullopt;
        }
        out.push_back(v[i].get<bool>());
    }
    return out;
}

// {"cloud_monthly_usd": {"at_least": 300}, …}: each a figure Condition::figureNames() knows.
static std::vector<std::pair<std::string, FigureRange>> readFigureRanges(
    const nlohmann::json& v, const std::string& path, Problems& errors, Problems& warnings)
{
    std::vector<std::pair<std::string, FigureRange>> out;
    if (!v.is_object()) {
        errors.push_back({ .path = path, .kind = Problem::Kind::WrongType, .expected = "object" });
        return out;
    }
    const auto& names = Condition::figureNames();
    for (const auto& [name, range] : v.items()) {
        const std::string p = path + "." + name;
        if (std::find(names.begin(), names.end(), name) == names.end()) {
            std::string known;
            for (const auto& n : names)
                known += (known.empty() ? "" : ", ") + n;
            errors.push_back({ .path = p, .kind = Problem::Kind::UnknownValue, .expected = known, .value = name });
            continue;
        }
        ObjectReader r(range, p, errors);
        FigureRange f;
        f.atLeast = r.number("at_least", -1e18, 1e18, false);
        f.below = r.number("below", -1e18, 1e18, false);
        r.reportUnknown({ "at_least", "below" }, warnings);
        out.emplace_back(name, f);
    }
    return out;
}

static Condition readCondition(const nlohmann::json& v, const std::string& path, Problems& errors, Problems& warnings)
{
    Condition c;
    if (!v.is_object()) {
        errors.push_back({ .path = path, .kind = Problem::Kind::WrongType, .expected = "object" });
        return c;
    }
    for (const auto& [key, value] : v.items()) {
        const std::string p = path + "." + key;
        if (key == "recommendation") {
            c.recommendation = readStringList(value, p, errors);
            for (const auto& r : c.recommendation.value_or(std::vector<std::string> {}))
                if (r != "local" && r != "cloud")
                    errors.push_back(
                        { .path = p, .kind = Problem::Kind::UnknownValue, .expected = "local, cloud", .value = r });
        } else if (key == "band") {
            c.band = readStringList(value, p, errors);
        } else if (key == "usage_stable") {
            c.usageStable = readAnswerList(value, p, errors);
        } else if (key == "data_sensitive") {
            c.dataSensitive = readAnswerList(value, p, errors);
        } else if (key == "team_can_maintain") {
            c.teamCanMaintain = readAnswerList(value, p, errors);
        } else if (key == "breakeven_within_threshold") {
            c.breakevenWithinThreshold = readBoolList(value, p, errors);
        } else if (key == "figures") {
            c.figures = readFigureRanges(value, p, errors, warnings);
        } else {
            warnings.push_back({ .path = p, .kind = Problem::Kind::UnknownField });
        }
    }
    return c;
}

std::vector<Rule> readRules(const nlohmann::json* list, const std::string& path, Problems& errors, Problems& warnings)
{
    std::vector<Rule> out;
    if (!list)
        return out;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto p = indexPath(path, i);
        ObjectReader r((*list)[i], p, errors);
        if (!(*list)[i].is_object())
            continue;
        Rule rule;
        rule.id = r.string("id", true).value_or("");
        rule.title = r.text("title").value_or(LocalizedText {});
        rule.text = r.text("text").value_or(LocalizedText {});
        if (const auto* when = r.object("when", true))
            rule.when = readCondition(*when, r.pathOf("when"), errors, warnings);
        rule.figuresReason = r.string("figures_reason", false).value_or("");
        r.reportUnknown({ "id", "title", "text", "when", "figures_reason" }, warnings);
        out.push_back(std::move(rule));
    }
    checkUniqueIds(out, path, errors);
    return out;
}

ScenarioDefaults readDefaults(const nlohmann::json& v, const std::string& path, Problems& errors, Problems& warnings)
{
    ScenarioDefaults d;
    ObjectReader r(v, path, errors);
    d.inputShare = r.number("input_share", 0.0, 1.0, true).value_or(d.inputShare);
    if (const auto* cloud = r.object("cloud", true)) {
        ObjectReader c(*cloud, r.pathOf("cloud"), errors);
        d.cloudInputUsdPerMtok = c.number("input_usd_per_mtok", 0.0, limits::maxUsdPerMtok, true).value_or(0.0);
        d.cloudOutputUsdPerMtok = c.number("output_usd_per_mtok", 0.0, limits::maxUsdPerMtok, true).value_or(0.0);
        d.cloudModel = c.string("model", false).value_or("");
        c.reportUnknown({ "model", "input_usd_per_mtok", "output_usd_per_mtok" }, warnings);
    }
    if (const auto* local = r.object("local", true)) {
        ObjectReader l(*local, r.pathOf("local"), errors);
        d.hardwareUsd = l.number("hardware_usd", 0.0, limits::maxMoneyUsd, true).value_or(0.0);
        d.electricityUsdPerMonth = l.number("electricity_usd_per_month", 0.0, limits::maxMoneyUsd, true).value_or(0.0);
        d.maintenanceHoursPerMonth
            = l.number("maintenance_hours_per_month", 0.0, limits::maxHoursPerMonth, true).value_or(0.0);
        d.hourlyRateUsd = l.number("hourly_rate_usd", 0.0, limits::maxMoneyUsd, true).value_or(0.0);
    }
    d.horizonMonths = int(r.integer("horizon_months", limits::minMonths, limits::maxMonths, true).value_or(12));
    d.breakevenThresholdMonths
        = r.number("breakeven_threshold_months", limits::minMonths, limits::maxMonths, true).value_or(12.0);
    // Added after guide_format 1 shipped: a guide without it takes the built-in guide's.
    if (const auto tokens = r.number("example_monthly_tokens", 1.0, limits::maxMonthlyTokens, false))
        d.exampleMonthlyTokens = *tokens;
    else
        d.exampleMonthlyTokens = Guide::builtIn().defaults().exampleMonthlyTokens;
    // Where each default comes from, for the guide's maintainers and docs/defaults.md.
    r.object("sources", false);
    r.reportUnknown({ "input_share", "cloud", "local", "horizon_months", "breakeven_threshold_months",
                        "example_monthly_tokens", "sources" },
        warnings);
    return d;
}

static GuideRange readRange(ObjectReader& parent, const char* key, double max, Problems& errors)
{
    GuideRange range;
    if (const auto* v = parent.object(key, true)) {
        ObjectReader r(*v, parent.pathOf(key), errors);
        range.low = r.number("low", 0.0, max, true).value_or(0.0);
        range.high = r.number("high", 0.0, max, true).value_or(0.0);
        if (range.high < range.low)
            errors.push_back({ .path = parent.pathOf(key) + ".high",
                .kind = Problem::Kind::OutOfRange,
                .value = Format::compactNumber(range.high),
                .min = range.low,
                .max = max });
    }
    return range;
}

GuideFigures readFigures(const nlohmann::json& v, const std::string& path, Problems& errors, Problems& warnings)
{
    GuideFigures f;
    ObjectReader r(v, path, errors);
    f.singleGpuHardwareUsd = readRange(r, "single_gpu_hardware_usd", limits::maxMoneyUsd, errors);
    f.multiGpuHardwareUsd = readRange(r, "multi_gpu_hardware_usd", limits::maxMoneyUsd, errors);
    f.gpuElectricityUsdPerMonth = readRange(r, "gpu_electricity_usd_per_month", limits::maxMoneyUsd, errors);
    f.maintenanceHoursPerMonth = readRange(r, "maintenance_hours_per_month", limits::maxHoursPerMonth, errors);
    f.technicianUsdPerHour = r.number("technician_usd_per_hour", 0.0, limits::maxMoneyUsd, true).value_or(0.0);
    r.reportUnknown({ "single_gpu_hardware_usd", "multi_gpu_hardware_usd", "gpu_electricity_usd_per_month",
                        "maintenance_hours_per_month", "technician_usd_per_hour" },
        warnings);
    return f;
}

Node readNode(const nlohmann::json& v, const std::string& path, Problems& errors, Problems& warnings)
{
    Node n;
    ObjectReader r(v, path, errors);
    n.id = r.string("id", true).value_or("");
    const auto kind = r.string("kind", true).value_or("");
    n.question = r.text("question").value_or(LocalizedText {});
    n.help = r.text("help").value_or(LocalizedText {});
    if (kind == "usage_band") {
        n.kind = Node::Kind::UsageBand;
        if (const auto* bands = r.array("bands", true, true)) {
            for (std::size_t i = 0; i < bands->size(); ++i) {
                const auto bp = r.pathOf("bands") + "[" + std::to_string(i) + "]";
                ObjectReader b((*bands)[i], bp, errors);
                Band band;
                band.id = b.string("id", true).value_or("");
                band.label = b.text("label").value_or(LocalizedText {});
                band.below = b.number("below", 0.0, limits::maxMonthlyTokens, false);
                band.upTo = b.number("up_to", 0.0, limits::maxMonthlyTokens, false);
                band.next = b.string("next", true).value_or("");
                if (band.below && band.upTo)
                    errors.push_back({ .path = bp, .kind = Problem::Kind::Duplicate, .value = "below/up_to" });
                b.reportUnknown({ "id", "label", "below", "up_to", "next" }, warnings);
                n.bands.push_back(std::move(band));
            }
            // Bounds must rise, and only the last band may be open, so every amount has one band.
            double previous = -1.0;
            for (std::size_t i = 0; i < n.bands.size(); ++i) {
                const auto& band = n.bands[i];
                const bool last = i + 1 == n.bands.size();
                const auto bound = band.below ? band.below : band.upTo;
                const auto bp = r.pathOf("bands") + "[" + std::to_string(i) + "]";
                if (last && bound)
                    errors.push_back({ .path = bp,
                        .kind = Problem::Kind::UnknownValue,
                        .expected = "no bound on the last band",
                        .value = "bound" });
                if (!last && !bound)
                    errors.push_back({ .path = bp + ".up_to", .kind = Problem::Kind::Missing });
                if (bound) {
                    if (*bound <= previous)
                        errors.push_back({ .path = bp,
                            .kind = Problem::Kind::OutOfRange,
                            .min = previous,
                            .max = limits::maxMonthlyTokens });
                    previous = *bound;
                }
            }
        }
        r.reportUnknown({ "id", "kind", "question", "help", "bands" }, warnings);
    } else if (kind == "yes_no" || kind == "breakeven") {
        n.kind = kind == "yes_no" ? Node::Kind::YesNo : Node::Kind::Breakeven;
        n.yesLabel = r.text("yes_label").value_or(LocalizedText {});
        n.noLabel = r.text("no_label").value_or(LocalizedText {});
        n.yes = r.string("yes", true).value_or("");
        n.no = r.string("no", true).value_or("");
        if (n.kind == Node::Kind::YesNo) {
            if (const auto field = r.string("answer", true)) {
                n.answer = parseAnswerField(*field);
                if (!n.answer)
                    errors.push_back({ .path = r.pathOf("answer"),
                        .kind = Problem::Kind::UnknownValue,
                        .expected = "usage_stable, data_sensitive, team_can_maintain",
                        .value = *field });
            }
            r.reportUnknown(
                { "id", "kind", "question", "help", "yes_label", "no_label", "yes", "no", "answer" }, warnings);
        } else {
            r.reportUnknown({ "id", "kind", "question", "help", "yes_label", "no_label", "yes", "no" }, warnings);
        }
    } else if (!kind.empty()) {
        errors.push_back({ .path = r.pathOf("kind"),
            .kind = Problem::Kind::UnknownValue,
            .expected = "usage_band, yes_no, breakeven",
            .value = kind });
    }
    return n;
}

} // namespace lowregret::guide_reading
