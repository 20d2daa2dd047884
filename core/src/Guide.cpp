#include "lowregret/Guide.h"

#include "lowregret/Format.h"
#include "lowregret/Limits.h"
#include "lowregret/ObjectReader.h"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

namespace lowregret {

namespace embedded {
std::string_view guideJson(); // generated from resources/guide.json
}

namespace {

template <typename T> const T* findById(const std::vector<T>& items, std::string_view id)
{
    const auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

std::string indexPath(const std::string& base, std::size_t i)
{
    return base + "[" + std::to_string(i) + "]";
}

template <typename T> void checkUniqueIds(const std::vector<T>& items, const std::string& path, Problems& errors)
{
    std::set<std::string> seen;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!seen.insert(items[i].id).second)
            errors.push_back(
                { .path = indexPath(path, i) + ".id", .kind = Problem::Kind::Duplicate, .value = items[i].id });
    }
}

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

std::optional<std::vector<std::optional<bool>>> readAnswerList(
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

Condition readCondition(const nlohmann::json& v, const std::string& path, Problems& errors, Problems& warnings)
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
        r.reportUnknown({ "id", "title", "text", "when" }, warnings);
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
    d.exampleMonthlyTokens
        = r.number("example_monthly_tokens", 1.0, limits::maxMonthlyTokens, true).value_or(d.exampleMonthlyTokens);
    r.reportUnknown(
        { "input_share", "cloud", "local", "horizon_months", "breakeven_threshold_months", "example_monthly_tokens" },
        warnings);
    return d;
}

GuideRange readRange(ObjectReader& parent, const char* key, double max, Problems& errors)
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

} // namespace

const std::vector<std::string>& Guide::exclusionIds()
{
    static const std::vector<std::string> ids
        = { "occasional_use", "enterprise_budget", "max_performance", "no_technical", "validating" };
    return ids;
}

Guide::LoadResult Guide::fromJson(const nlohmann::json& json)
{
    LoadResult result;
    auto& errors = result.errors;
    auto& warnings = result.warnings;
    if (!json.is_object()) {
        errors.push_back({ .path = "", .kind = Problem::Kind::WrongType, .expected = "object" });
        return result;
    }
    Guide g;
    ObjectReader r(json, "", errors);
    if (const auto version = r.integer("guide_format", 1, 1'000'000, true); version && *version > formatVersion)
        errors.push_back({ .path = "guide_format",
            .kind = Problem::Kind::UnsupportedVersion,
            .value = std::to_string(*version),
            .limit = formatVersion });
    g.m_title = r.text("title").value_or(LocalizedText {});
    g.m_summary = r.text("summary").value_or(LocalizedText {});
    g.m_premise = readTexts(r.array("premise", true, true), "premise", errors);
    g.m_caveats = readTexts(r.array("caveats", true, true), "caveats", errors);

    if (const auto* list = r.array("exclusions", true, true)) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            ObjectReader e((*list)[i], indexPath("exclusions", i), errors);
            Exclusion ex;
            ex.id = e.string("id", true).value_or("");
            ex.label = e.text("label").value_or(LocalizedText {});
            ex.description = e.text("description").value_or(LocalizedText {});
            ex.advice = e.text("advice").value_or(LocalizedText {});
            e.reportUnknown({ "id", "label", "description", "advice" }, warnings);
            g.m_exclusions.push_back(std::move(ex));
        }
        checkUniqueIds(g.m_exclusions, "exclusions", errors);
        for (const auto& id : exclusionIds())
            if (!findById(g.m_exclusions, id))
                errors.push_back({ .path = "exclusions", .kind = Problem::Kind::Missing, .value = id });
    }

    if (const auto* d = r.object("defaults", true))
        g.m_defaults = readDefaults(*d, "defaults", errors, warnings);
    if (const auto* f = r.object("figures", true))
        g.m_figures = readFigures(*f, "figures", errors, warnings);
    if (const auto* presets = r.object("presets", false)) {
        ObjectReader pr(*presets, "presets", errors);
        if (const auto* list = pr.array("cloud", false)) {
            for (std::size_t i = 0; i < list->size(); ++i) {
                ObjectReader c((*list)[i], indexPath("presets.cloud", i), errors);
                CloudPreset preset;
                preset.id = c.string("id", true).value_or("");
                preset.name = c.text("name").value_or(LocalizedText {});
                preset.inputUsdPerMtok = c.number("input_usd_per_mtok", 0.0, limits::maxUsdPerMtok, true).value_or(0.0);
                preset.outputUsdPerMtok
                    = c.number("output_usd_per_mtok", 0.0, limits::maxUsdPerMtok, true).value_or(0.0);
                c.reportUnknown({ "id", "name", "input_usd_per_mtok", "output_usd_per_mtok" }, warnings);
                g.m_cloudPresets.push_back(std::move(preset));
            }
        }
        if (const auto* list = pr.array("local", false)) {
            for (std::size_t i = 0; i < list->size(); ++i) {
                ObjectReader l((*list)[i], indexPath("presets.local", i), errors);
                LocalPreset preset;
                preset.id = l.string("id", true).value_or("");
                preset.name = l.text("name").value_or(LocalizedText {});
                preset.hardwareUsd = l.number("hardware_usd", 0.0, limits::maxMoneyUsd, true).value_or(0.0);
                preset.electricityUsdPerMonth
                    = l.number("electricity_usd_per_month", 0.0, limits::maxMoneyUsd, true).value_or(0.0);
                l.reportUnknown({ "id", "name", "hardware_usd", "electricity_usd_per_month" }, warnings);
                g.m_localPresets.push_back(std::move(preset));
            }
        }
        pr.reportUnknown({ "cloud", "local" }, warnings);
    }
    g.m_start = r.string("start", true).value_or("");

    if (const auto* list = r.array("nodes", true, true); list && list->size() > maxItems) {
        errors.push_back({ .path = "nodes",
            .kind = Problem::Kind::OutOfRange,
            .value = std::to_string(list->size()),
            .min = 1,
            .max = maxItems });
    } else if (list) {
        for (std::size_t i = 0; i < list->size(); ++i)
            g.m_nodes.push_back(readNode((*list)[i], indexPath("nodes", i), errors, warnings));
        checkUniqueIds(g.m_nodes, "nodes", errors);
    }

    if (const auto* list = r.array("leaves", true, true); list && list->size() > maxItems) {
        errors.push_back({ .path = "leaves",
            .kind = Problem::Kind::OutOfRange,
            .value = std::to_string(list->size()),
            .min = 1,
            .max = maxItems });
    } else if (list) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto p = indexPath("leaves", i);
            ObjectReader l((*list)[i], p, errors);
            Leaf leaf;
            leaf.id = l.string("id", true).value_or("");
            leaf.band = l.string("band", true).value_or("");
            const auto rec = l.string("recommendation", true).value_or("");
            if (rec == "local")
                leaf.recommendation = Recommendation::Local;
            else if (rec == "cloud")
                leaf.recommendation = Recommendation::Cloud;
            else if (!rec.empty())
                errors.push_back({ .path = l.pathOf("recommendation"),
                    .kind = Problem::Kind::UnknownValue,
                    .expected = "local, cloud",
                    .value = rec });
            leaf.label = l.text("label").value_or(LocalizedText {});
            leaf.summary = l.text("summary").value_or(LocalizedText {});
            leaf.reason = l.text("reason").value_or(LocalizedText {});
            if (const auto* products = l.array("products", true, true))
                leaf.products
                    = readStringList(*products, l.pathOf("products"), errors).value_or(std::vector<std::string> {});
            l.reportUnknown({ "id", "band", "recommendation", "label", "summary", "reason", "products" }, warnings);
            g.m_leaves.push_back(std::move(leaf));
        }
        checkUniqueIds(g.m_leaves, "leaves", errors);
    }

    if (const auto* list = r.array("products", true, true)) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            ObjectReader p((*list)[i], indexPath("products", i), errors);
            Product product;
            product.id = p.string("id", true).value_or("");
            product.name = p.string("name", true).value_or("");
            const auto kind = p.string("kind", true).value_or("");
            if (kind == "local")
                product.kind = Recommendation::Local;
            else if (kind == "cloud")
                product.kind = Recommendation::Cloud;
            else if (!kind.empty())
                errors.push_back({ .path = p.pathOf("kind"),
                    .kind = Problem::Kind::UnknownValue,
                    .expected = "local, cloud",
                    .value = kind });
            product.suits = p.text("suits").value_or(LocalizedText {});
            product.notSuits = p.text("not_suits").value_or(LocalizedText {});
            product.regretRisk = p.text("regret_risk").value_or(LocalizedText {});
            product.cost = p.text("cost").value_or(LocalizedText {});
            product.link = p.string("link", true).value_or("");
            if (!product.link.empty() && !product.link.starts_with("https://"))
                errors.push_back({ .path = p.pathOf("link"),
                    .kind = Problem::Kind::UnknownValue,
                    .expected = "https://…",
                    .value = product.link });
            p.reportUnknown({ "id", "name", "kind", "suits", "not_suits", "regret_risk", "cost", "link" }, warnings);
            g.m_products.push_back(std::move(product));
        }
        checkUniqueIds(g.m_products, "products", errors);
    }

    if (const auto* list = r.array("excluded_products", false)) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            ObjectReader p((*list)[i], indexPath("excluded_products", i), errors);
            ExcludedProduct product;
            product.id = p.string("id", true).value_or("");
            product.name = p.string("name", true).value_or("");
            product.reason = p.text("reason").value_or(LocalizedText {});
            product.suits = p.text("suits").value_or(LocalizedText {});
            p.reportUnknown({ "id", "name", "reason", "suits" }, warnings);
            g.m_excludedProducts.push_back(std::move(product));
        }
    }

    g.m_warnings = readRules(r.array("warnings", true), "warnings", errors, warnings);
    g.m_advice = readRules(r.array("advice", false), "advice", errors, warnings);

    r.reportUnknown({ "guide_format", "title", "summary", "premise", "exclusions", "defaults", "figures", "presets",
                        "start", "nodes", "leaves", "products", "excluded_products", "warnings", "advice", "caveats" },
        warnings);

    if (errors.empty())
        g.validateGraph(errors);
    if (errors.empty())
        result.guide = std::move(g);
    return result;
}

void Guide::validateGraph(Problems& errors) const
{
    const auto exists = [this](const std::string& id) { return node(id) != nullptr || leaf(id) != nullptr; };
    for (const auto& n : m_nodes) {
        if (leaf(n.id))
            errors.push_back({ .path = "nodes." + n.id, .kind = Problem::Kind::Duplicate, .value = n.id });
    }
    if (!node(m_start))
        errors.push_back({ .path = "start", .kind = Problem::Kind::UnknownReference, .value = m_start });
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        const auto& n = m_nodes[i];
        const auto p = indexPath("nodes", i);
        if (n.kind == Node::Kind::UsageBand) {
            for (std::size_t b = 0; b < n.bands.size(); ++b)
                if (!exists(n.bands[b].next))
                    errors.push_back({ .path = p + ".bands[" + std::to_string(b) + "].next",
                        .kind = Problem::Kind::UnknownReference,
                        .value = n.bands[b].next });
        } else {
            if (!exists(n.yes))
                errors.push_back({ .path = p + ".yes", .kind = Problem::Kind::UnknownReference, .value = n.yes });
            if (!exists(n.no))
                errors.push_back({ .path = p + ".no", .kind = Problem::Kind::UnknownReference, .value = n.no });
        }
    }
    for (std::size_t i = 0; i < m_leaves.size(); ++i)
        for (const auto& p : m_leaves[i].products)
            if (!product(p))
                errors.push_back({ .path = indexPath("leaves", i) + ".products",
                    .kind = Problem::Kind::UnknownReference,
                    .value = p });
    if (!errors.empty())
        return;

    // A cycle would make the walk loop forever. Kahn's algorithm over the node graph, without
    // recursion, so a hostile chain of thousands of nodes cannot overflow the stack.
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        index.emplace(m_nodes[i].id, i);
    std::vector<std::vector<std::size_t>> next(m_nodes.size());
    std::vector<std::size_t> incoming(m_nodes.size(), 0);
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        const auto& n = m_nodes[i];
        std::vector<std::string> targets;
        if (n.kind == Node::Kind::UsageBand)
            for (const auto& b : n.bands)
                targets.push_back(b.next);
        else
            targets = { n.yes, n.no };
        for (const auto& t : targets)
            if (const auto it = index.find(t); it != index.end()) {
                next[i].push_back(it->second);
                ++incoming[it->second];
            }
    }
    std::vector<std::size_t> ready;
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        if (incoming[i] == 0)
            ready.push_back(i);
    std::size_t visited = 0;
    while (!ready.empty()) {
        const std::size_t i = ready.back();
        ready.pop_back();
        ++visited;
        for (const std::size_t j : next[i])
            if (--incoming[j] == 0)
                ready.push_back(j);
    }
    if (visited != m_nodes.size()) {
        for (std::size_t i = 0; i < m_nodes.size(); ++i)
            if (incoming[i] > 0) {
                errors.push_back({ .path = "nodes." + m_nodes[i].id, .kind = Problem::Kind::Cycle });
                break;
            }
    }
}

Guide::LoadResult Guide::fromText(std::string_view text, const std::string& name)
{
    Problems errors;
    const auto json
        = JsonReader::parse(text, name, JsonReader::Limits { .maxBytes = 4 * 1024 * 1024, .maxDepth = 32 }, errors);
    if (!json) {
        LoadResult result;
        result.errors = std::move(errors);
        return result;
    }
    return fromJson(*json);
}

Guide::LoadResult Guide::fromFile(const std::filesystem::path& file)
{
    Problems errors;
    const auto json
        = JsonReader::readFile(file, JsonReader::Limits { .maxBytes = 4 * 1024 * 1024, .maxDepth = 32 }, errors);
    if (!json) {
        LoadResult result;
        result.errors = std::move(errors);
        return result;
    }
    auto result = fromJson(*json);
    for (auto& p : result.errors)
        p.path = file.string() + ": " + p.path;
    return result;
}

const Guide& Guide::builtIn()
{
    static const Guide guide = [] {
        auto result = fromText(embedded::guideJson(), "guide.json");
        if (!result.guide) {
            // The built-in guide is checked by the test suite; reaching this is a packaging bug.
            std::string message = "the built-in guide is invalid:";
            for (const auto& p : result.errors)
                message += "\n  " + p.describe(Lang::En);
            throw std::logic_error(message);
        }
        return std::move(*result.guide);
    }();
    return guide;
}

const Node* Guide::node(std::string_view id) const
{
    return findById(m_nodes, id);
}
const Leaf* Guide::leaf(std::string_view id) const
{
    return findById(m_leaves, id);
}
const Product* Guide::product(std::string_view id) const
{
    return findById(m_products, id);
}
const Exclusion* Guide::exclusion(std::string_view id) const
{
    return findById(m_exclusions, id);
}
const Rule* Guide::warning(std::string_view id) const
{
    return findById(m_warnings, id);
}
const Rule* Guide::adviceItem(std::string_view id) const
{
    return findById(m_advice, id);
}

} // namespace lowregret
