#include "lowregret/guide/Guide.h"

#include "guide/GuideReading.h"

#include "lowregret/io/JsonReader.h"

#include <stdexcept>

namespace lowregret {

namespace embedded {
std::string_view guideJson(); // generated from resources/guide.json
}

using guide_reading::findById;

namespace {
// guide.json is about 60 KiB; a file of 4 MiB or 32 levels of nesting is not a guide.
constexpr JsonReader::Limits k_fileLimits { .maxBytes = 4 * 1024 * 1024, .maxDepth = 32 };
} // namespace

const std::vector<std::string>& Guide::exclusionIds()
{
    static const std::vector<std::string> ids
        = { "occasional_use", "enterprise_budget", "max_performance", "no_technical", "validating" };
    return ids;
}

Guide::LoadResult Guide::fromJson(const nlohmann::json& json)
{
    using namespace guide_reading;
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
    if (const auto* list = r.array("exclusions", true, true))
        g.m_exclusions = readExclusions(*list, errors, warnings);
    if (const auto* d = r.object("defaults", true))
        g.m_defaults = readDefaults(*d, "defaults", errors, warnings);
    // Added after guide_format 1 shipped: a guide without figures quotes the built-in guide's.
    if (const auto* f = r.object("figures", false))
        g.m_figures = readFigures(*f, "figures", errors, warnings);
    else
        g.m_figures = builtIn().figures();
    // Added with {cloud} in the leaves' texts; a guide without it names the built-in guide's.
    if (const auto example = r.text("cloud_example", false))
        g.m_cloudExample = *example;
    else
        g.m_cloudExample = builtIn().cloudExample();
    // Added for the flowchart: where each label may break, per language; optional.
    if (const auto* breaks = r.object("label_breaks", false)) {
        for (const auto& [key, value] : breaks->items()) {
            const std::string path = "label_breaks." + key;
            if (!value.is_object()) {
                errors.push_back({ .path = path, .kind = Problem::Kind::WrongType, .expected = "object" });
                continue;
            }
            ObjectReader br(value, path, errors);
            for (const Lang lang : { Lang::En, Lang::ZhHant })
                if (const auto hint = br.string(langCode(lang), false))
                    g.m_labelBreaks[key][lang] = *hint;
            br.reportUnknown({ "en", "zh-Hant" }, warnings);
        }
    }
    if (const auto* presets = r.object("presets", false)) {
        ObjectReader pr(*presets, "presets", errors);
        if (const auto* list = pr.array("cloud", false))
            g.m_cloudPresets = readCloudPresets(*list, errors, warnings);
        if (const auto* list = pr.array("local", false))
            g.m_localPresets = readLocalPresets(*list, errors, warnings);
        pr.reportUnknown({ "cloud", "local" }, warnings);
    }
    g.m_start = r.string("start", true).value_or("");
    if (const auto* list = limitedList(r, "nodes", errors)) {
        for (std::size_t i = 0; i < list->size(); ++i)
            g.m_nodes.push_back(readNode((*list)[i], indexPath("nodes", i), errors, warnings));
        checkUniqueIds(g.m_nodes, "nodes", errors);
    }
    if (const auto* list = limitedList(r, "leaves", errors))
        g.m_leaves = readLeaves(*list, errors, warnings);
    if (const auto* list = r.array("products", true, true))
        g.m_products = readProducts(*list, errors, warnings);
    if (const auto* list = r.array("excluded_products", false))
        g.m_excludedProducts = readExcludedProducts(*list, errors, warnings);
    g.m_warnings = readRules(r.array("warnings", true), "warnings", errors, warnings);
    g.m_advice = readRules(r.array("advice", false), "advice", errors, warnings);

    r.reportUnknown({ "guide_format", "title", "summary", "premise", "exclusions", "defaults", "figures",
                        "cloud_example", "label_breaks", "presets", "start", "nodes", "leaves", "products",
                        "excluded_products", "warnings", "advice", "caveats" },
        warnings);

    if (errors.empty())
        g.validateGraph(errors);
    if (errors.empty())
        g.validateTexts(errors);
    if (errors.empty())
        g.validateLabelBreaks(errors);
    if (errors.empty())
        result.guide = std::move(g);
    return result;
}

Guide::LoadResult Guide::fromText(std::string_view text, const std::string& name)
{
    Problems errors;
    const auto json = JsonReader::parse(text, name, k_fileLimits, errors);
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
    const auto json = JsonReader::readFile(file, k_fileLimits, errors);
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
