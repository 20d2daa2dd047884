#pragma once

#include "lowregret/guide/GuideTypes.h"
#include "lowregret/io/JsonReader.h"
#include "lowregret/io/Problem.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lowregret {

// The guide's flowchart, exclusions, products, regret warnings and advice, loaded from
// guide.json and checked whole: every reference resolves, every text has both languages,
// the flowchart has no cycle, so walking it can neither fail nor loop.
class Guide final {
public:
    static constexpr int formatVersion = 1;
    // More nodes or leaves than any guide needs: refused, so checking a file stays quick.
    static constexpr std::size_t maxItems = 500;

    struct LoadResult;

    static LoadResult fromJson(const nlohmann::json& json);
    static LoadResult fromText(std::string_view text, const std::string& name = "guide.json");
    static LoadResult fromFile(const std::filesystem::path& file);
    // The guide compiled into the program from resources/guide.json.
    static const Guide& builtIn();

    [[nodiscard]] const LocalizedText& title() const { return m_title; }
    [[nodiscard]] const LocalizedText& summary() const { return m_summary; }
    [[nodiscard]] const std::vector<LocalizedText>& premise() const { return m_premise; }
    [[nodiscard]] const std::vector<Exclusion>& exclusions() const { return m_exclusions; }
    [[nodiscard]] const ScenarioDefaults& defaults() const { return m_defaults; }
    [[nodiscard]] const GuideFigures& figures() const { return m_figures; }
    // How the guide names a cloud option when the scenario names no catalog offer ({cloud}).
    [[nodiscard]] const LocalizedText& cloudExample() const { return m_cloudExample; }
    [[nodiscard]] const std::vector<CloudPreset>& cloudPresets() const { return m_cloudPresets; }
    [[nodiscard]] const std::vector<LocalPreset>& localPresets() const { return m_localPresets; }
    [[nodiscard]] const std::string& start() const { return m_start; }
    [[nodiscard]] const std::vector<Node>& nodes() const { return m_nodes; }
    [[nodiscard]] const std::vector<Leaf>& leaves() const { return m_leaves; }
    [[nodiscard]] const std::vector<Product>& products() const { return m_products; }
    [[nodiscard]] const std::vector<ExcludedProduct>& excludedProducts() const { return m_excludedProducts; }
    [[nodiscard]] const std::vector<Rule>& warnings() const { return m_warnings; }
    [[nodiscard]] const std::vector<Rule>& advice() const { return m_advice; }
    [[nodiscard]] const std::vector<LocalizedText>& caveats() const { return m_caveats; }

    [[nodiscard]] const Node* node(std::string_view id) const;
    [[nodiscard]] const Leaf* leaf(std::string_view id) const;
    [[nodiscard]] const Product* product(std::string_view id) const;
    [[nodiscard]] const Exclusion* exclusion(std::string_view id) const;
    [[nodiscard]] const Rule* warning(std::string_view id) const;
    [[nodiscard]] const Rule* adviceItem(std::string_view id) const;

    // The flowchart's labels, by key: a node's id for its question, a leaf's for its label,
    // "NODE/BAND", "NODE/yes" and "NODE/no" for the answers on its edges. Null: no such label.
    [[nodiscard]] const LocalizedText* flowchartLabel(const std::string& key) const;
    // The label cut into the pieces a line may hold whole: at the guide's break hints
    // (label_breaks) where it gives one for the language, else by LabelBreaks::byRule.
    [[nodiscard]] std::vector<std::string> labelSegments(const std::string& key, Lang lang) const;

    // The exclusion ids a scenario may name; the guide must define each of them.
    static const std::vector<std::string>& exclusionIds();

private:
    Guide() = default;
    void validateGraph(Problems& errors) const;
    void validateTexts(Problems& errors) const;
    void validateLabelBreaks(Problems& errors) const;

    LocalizedText m_title;
    LocalizedText m_summary;
    std::vector<LocalizedText> m_premise;
    std::vector<Exclusion> m_exclusions;
    ScenarioDefaults m_defaults;
    GuideFigures m_figures;
    LocalizedText m_cloudExample;
    // label key -> language -> the label with LabelBreaks::mark where it may break
    std::map<std::string, std::map<Lang, std::string>> m_labelBreaks;
    std::vector<CloudPreset> m_cloudPresets;
    std::vector<LocalPreset> m_localPresets;
    std::string m_start;
    std::vector<Node> m_nodes;
    std::vector<Leaf> m_leaves;
    std::vector<Product> m_products;
    std::vector<ExcludedProduct> m_excludedProducts;
    std::vector<Rule> m_warnings;
    std::vector<Rule> m_advice;
    std::vector<LocalizedText> m_caveats;
};

struct Guide::LoadResult {
    std::optional<Guide> guide;
    Problems errors;
    Problems warnings;
};

} // namespace lowregret
