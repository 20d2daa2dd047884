// libFuzzer target for Guide::fromText (lowregret-cli --guide), then walks every guide that
// loads with a spread of answers: the loader promises a guide it accepts can neither fail nor
// loop, so a fully answered scenario must reach one of its leaves.
#include "FuzzCheck.h"

#include "lowregret/analysis/Decision.h"
#include "lowregret/guide/Guide.h"
#include "lowregret/outcome/OutcomeJson.h"
#include "lowregret/scenario/Scenario.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

using namespace lowregret;

namespace {

void checkOutcome(const Guide& guide, const Scenario& scenario, const Decision::Outcome& outcome)
{
    const Leaf* leaf = guide.leaf(outcome.leaf);
    FUZZ_CHECK(leaf, "the outcome names an unknown leaf");
    FUZZ_CHECK(leaf->recommendation == outcome.recommendation, "the outcome contradicts its leaf");
    for (const auto& step : outcome.path)
        FUZZ_CHECK(guide.node(step.node), "the path names an unknown node");
    for (const auto& id : outcome.products)
        FUZZ_CHECK(guide.product(id), "the outcome names an unknown product");
    for (const auto& id : outcome.warnings)
        FUZZ_CHECK(guide.warning(id), "the outcome names an unknown warning");
    for (const auto& id : outcome.advice)
        FUZZ_CHECK(guide.adviceItem(id), "the outcome names unknown advice");
    for (const Lang lang : { Lang::En, Lang::ZhHant })
        FUZZ_CHECK(
            !OutcomeJson::build(guide, scenario, outcome, lang).dump().empty(), "the outcome does not serialise");
}

// Guide.h promises every text in both languages: a record the loader lets through with an
// empty id or text is one it failed to check.
void checkText(const LocalizedText& text, const char* what)
{
    FUZZ_CHECK(!text.en.empty() && !text.zhHant.empty(), what);
}

void checkRecords(const Guide& guide)
{
    checkText(guide.title(), "the title is empty");
    for (const auto& e : guide.exclusions()) {
        FUZZ_CHECK(!e.id.empty(), "an exclusion has no id");
        checkText(e.label, "an exclusion has no label");
    }
    for (const auto& p : guide.cloudPresets()) {
        FUZZ_CHECK(!p.id.empty(), "a cloud preset has no id");
        checkText(p.name, "a cloud preset has no name");
    }
    for (const auto& p : guide.localPresets()) {
        FUZZ_CHECK(!p.id.empty(), "a local preset has no id");
        checkText(p.name, "a local preset has no name");
    }
    for (const auto& n : guide.nodes()) {
        FUZZ_CHECK(!n.id.empty(), "a node has no id");
        checkText(n.question, "a node has no question");
    }
    for (const auto& l : guide.leaves()) {
        FUZZ_CHECK(!l.id.empty(), "a leaf has no id");
        checkText(l.summary, "a leaf has no summary");
    }
    for (const auto& p : guide.products()) {
        FUZZ_CHECK(!p.id.empty() && !p.name.empty(), "a product has no id or name");
        checkText(p.suits, "a product has no text");
    }
    for (const auto& p : guide.excludedProducts()) {
        FUZZ_CHECK(!p.id.empty() && !p.name.empty(), "an excluded product has no id or name");
        checkText(p.reason, "an excluded product has no reason");
    }
    for (const auto* rules : { &guide.warnings(), &guide.advice() }) {
        for (const auto& r : *rules) {
            FUZZ_CHECK(!r.id.empty(), "a rule has no id");
            checkText(r.text, "a rule has no text");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto loaded = Guide::fromText(text, "fuzz-guide.json");
    fuzz::describeAll(loaded.errors);
    fuzz::describeAll(loaded.warnings);
    if (!loaded.guide) {
        FUZZ_CHECK(!loaded.errors.empty(), "a guide was refused without a reason");
        return 0;
    }
    FUZZ_CHECK(loaded.errors.empty(), "a guide loaded despite errors");
    const Guide& guide = *loaded.guide;
    FUZZ_CHECK(guide.node(guide.start()), "the start node does not exist");
    checkRecords(guide);

    // Usages around the built-in guide's band bounds and at the limits of a scenario.
    constexpr std::array<double, 6> usages = { 0.0, 999'999.0, 1e6, 12e6, 12e6 + 1.0, 1e12 };
    constexpr std::array<std::optional<bool>, 3> answers = { std::nullopt, false, true };
    Scenario scenario = Scenario::withDefaults(guide.defaults());
    for (const double usage : usages) {
        scenario.answers.monthlyTokens = usage;
        for (const auto stable : answers) {
            for (const auto sensitive : answers) {
                for (const auto canMaintain : answers) {
                    scenario.answers.usageStable = stable;
                    scenario.answers.dataSensitive = sensitive;
                    scenario.answers.teamCanMaintain = canMaintain;
                    const auto result = Decision::decide(guide, scenario);
                    fuzz::describeAll(result.errors);
                    FUZZ_CHECK(result.outcome.has_value() == result.errors.empty(),
                        "a decision is neither an outcome nor an error");
                    if (stable && sensitive && canMaintain)
                        FUZZ_CHECK(result.outcome, "a fully answered scenario reaches no leaf");
                    if (result.outcome)
                        checkOutcome(guide, scenario, *result.outcome);
                }
            }
        }
    }
    // With nothing answered a walk still ends at a leaf or at the question it needs.
    scenario = Scenario::withDefaults(guide.defaults());
    const auto walk = Decision::walk(guide, scenario);
    FUZZ_CHECK(walk.leaf.has_value() != walk.pending.has_value(), "a walk ended at neither a leaf nor a question");
    scenario.answers.exclusions = { Guide::exclusionIds().front() };
    FUZZ_CHECK(Decision::decide(guide, scenario).outcome->leaf == "out_of_scope", "an exclusion was not out of scope");
    return 0;
}
