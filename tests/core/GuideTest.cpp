#include "lowregret/guide/Guide.h"
#include "lowregret/io/PlainNumber.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <vector>

#include <fstream>
#include <functional>
#include <sstream>

using lowregret::Guide;
using lowregret::Problem;

namespace {

nlohmann::json guideSource()
{
    std::ifstream in(LOWREGRET_SOURCE_DIR "/resources/guide.json");
    return nlohmann::json::parse(in);
}

bool hasProblem(const Guide::LoadResult& r, Problem::Kind kind, const std::string& pathPart)
{
    for (const auto& p : r.errors)
        if (p.kind == kind && p.path.find(pathPart) != std::string::npos)
            return true;
    return false;
}

} // namespace

TEST(Guide, BuiltInGuideLoadsWithoutWarnings)
{
    const auto r = Guide::fromJson(guideSource());
    ASSERT_TRUE(r.guide) << (r.errors.empty() ? "" : r.errors.front().describe(lowregret::Lang::En));
    EXPECT_TRUE(r.warnings.empty());
    EXPECT_EQ(Guide::builtIn().leaves().size(), r.guide->leaves().size());
}

TEST(Guide, EveryTextHasBothLanguages)
{
    // Walk the raw file: any object with "en" must have a non-empty "zh-Hant" and vice versa.
    // The flowchart's break hints are the exception: a language whose label breaks well by the
    // rule has none.
    int texts = 0;
    std::function<void(const nlohmann::json&, const std::string&)> walk = [&](const nlohmann::json& j,
                                                                              const std::string& path) {
        if (path == ".label_breaks")
            return;
        if (j.is_object()) {
            if (j.contains("en") || j.contains("zh-Hant")) {
                ++texts;
                ASSERT_TRUE(j.contains("en") && j["en"].is_string() && !j["en"].get<std::string>().empty()) << path;
                ASSERT_TRUE(
                    j.contains("zh-Hant") && j["zh-Hant"].is_string() && !j["zh-Hant"].get<std::string>().empty())
                    << path;
            }
            for (const auto& [k, v] : j.items())
                walk(v, path + "." + k);
        } else if (j.is_array()) {
            for (std::size_t i = 0; i < j.size(); ++i)
                walk(j[i], path + "[" + std::to_string(i) + "]");
        }
    };
    walk(guideSource(), "");
    EXPECT_GT(texts, 100);
}

TEST(Guide, HasTheGuidesProductsExclusionsAndRegrets)
{
    const auto& g = Guide::builtIn();
    for (const char* id : { "ollama", "lm_studio", "vllm", "openai", "anthropic", "groq", "together" }) {
        const auto* p = g.product(id);
        ASSERT_NE(p, nullptr) << id;
        EXPECT_TRUE(p->link.starts_with("https://")) << id;
        EXPECT_FALSE(p->suits.en.empty() || p->notSuits.en.empty() || p->regretRisk.en.empty() || p->cost.en.empty());
    }
    EXPECT_EQ(g.product("ollama")->link, "https://ollama.com");
    EXPECT_EQ(g.excludedProducts().size(), 3u);
    for (const auto& id : Guide::exclusionIds())
        EXPECT_NE(g.exclusion(id), nullptr) << id;
    for (const char* id : { "cloud_cost_runaway", "local_maintenance", "compliance" })
        EXPECT_NE(g.warning(id), nullptr) << id;
    EXPECT_NE(g.adviceItem("hybrid"), nullptr);
    // The regret texts quote the user's figures, not the guide's example (SectionsTest has them
    // filled in); each warning says why its condition on the figures is what it is.
    EXPECT_NE(g.warning("local_maintenance")->text.en.find("{technician_total}"), std::string::npos);
    EXPECT_EQ(g.warning("local_maintenance")->text.en.find("26,360"), std::string::npos);
    for (const auto& w : g.warnings())
        EXPECT_FALSE(w.figuresReason.empty()) << w.id;
}

TEST(Guide, DefaultsAreTheGuidesExample)
{
    const auto& d = Guide::builtIn().defaults();
    EXPECT_DOUBLE_EQ(d.inputShare, 0.5);
    EXPECT_DOUBLE_EQ(d.hardwareUsd, 2000);
    EXPECT_DOUBLE_EQ(d.electricityUsdPerMonth, 30);
    EXPECT_EQ(d.horizonMonths, 12);
    EXPECT_DOUBLE_EQ(d.breakevenThresholdMonths, 12);
}

TEST(Guide, NotJsonIsAClearError)
{
    const auto r = Guide::fromText("{\"guide_format\": 1,", "broken.json");
    EXPECT_FALSE(r.guide);
    ASSERT_FALSE(r.errors.empty());
    EXPECT_EQ(r.errors[0].kind, Problem::Kind::NotJson);
    EXPECT_NE(r.errors[0].describe(lowregret::Lang::En).find("broken.json"), std::string::npos);
}

TEST(Guide, AMissingSectionIsNamed)
{
    auto j = guideSource();
    j.erase("leaves");
    const auto r = Guide::fromJson(j);
    EXPECT_FALSE(r.guide);
    EXPECT_TRUE(hasProblem(r, Problem::Kind::Missing, "leaves"));
}

TEST(Guide, ADanglingReferenceIsRefused)
{
    auto j = guideSource();
    j["nodes"][1]["yes"] = "nowhere";
    const auto r = Guide::fromJson(j);
    EXPECT_FALSE(r.guide);
    EXPECT_TRUE(hasProblem(r, Problem::Kind::UnknownReference, "nodes[1].yes"));
}

TEST(Guide, ACycleIsRefusedRatherThanLooping)
{
    auto j = guideSource();
    // Point the first stability question back at the start.
    for (auto& n : j["nodes"])
        if (n["id"] == "mid.usage_stable")
            n["yes"] = "monthly_usage";
    const auto r = Guide::fromJson(j);
    EXPECT_FALSE(r.guide);
    // The problem named is the loop itself, not any error.
    const bool cycle = std::any_of(r.errors.begin(), r.errors.end(),
        [](const lowregret::Problem& p) { return p.kind == lowregret::Problem::Kind::Cycle; });
    EXPECT_TRUE(cycle) << (r.errors.empty() ? std::string("no error") : r.errors.front().describe(lowregret::Lang::En));
}

TEST(Guide, AGuideWithoutTheNewerFieldsTakesTheBuiltInOnes)
{
    // figures and defaults.example_monthly_tokens came after guide_format 1: an older guide
    // file still loads, and quotes the built-in guide's figures.
    auto j = guideSource();
    j.erase("figures");
    j["defaults"].erase("example_monthly_tokens");
    j["defaults"]["horizon_months"] = 24;
    const auto older = Guide::fromJson(j);
    ASSERT_TRUE(older.guide) << (older.errors.empty() ? "" : older.errors.front().describe(lowregret::Lang::En));
    EXPECT_EQ(older.guide->defaults().horizonMonths, 24);
    EXPECT_DOUBLE_EQ(older.guide->defaults().exampleMonthlyTokens, 12e6);
    EXPECT_DOUBLE_EQ(older.guide->figures().technicianUsdPerHour, 500);

    auto k = guideSource();
    k["figures"]["maintenance_hours_per_month"] = { { "low", 8 }, { "high", 4 } };
    const auto reversed = Guide::fromJson(k);
    EXPECT_FALSE(reversed.guide);
    ASSERT_FALSE(reversed.errors.empty());
    EXPECT_EQ(reversed.errors.front().path, "figures.maintenance_hours_per_month.high");
}

TEST(Guide, TheGuidesFiguresAndExampleUsage)
{
    // GUIDE.md: an RTX 4090 or better about 1,500–3,000 USD; several GPUs 5,000–20,000;
    // 20–50 USD of electricity a month; 4–8 hours of maintenance; a technician at 500 USD an
    // hour; the worked example at 12M tokens a month.
    const auto& g = Guide::builtIn();
    EXPECT_DOUBLE_EQ(g.figures().singleGpuHardwareUsd.low, 1500);
    EXPECT_DOUBLE_EQ(g.figures().singleGpuHardwareUsd.high, 3000);
    EXPECT_DOUBLE_EQ(g.figures().multiGpuHardwareUsd.high, 20000);
    EXPECT_DOUBLE_EQ(g.figures().gpuElectricityUsdPerMonth.low, 20);
    EXPECT_DOUBLE_EQ(g.figures().maintenanceHoursPerMonth.high, 8);
    EXPECT_DOUBLE_EQ(g.figures().technicianUsdPerHour, 500);
    EXPECT_DOUBLE_EQ(g.defaults().exampleMonthlyTokens, 12e6);
}

TEST(Guide, AMissingTranslationIsRefused)
{
    auto j = guideSource();
    j["leaves"][0]["summary"].erase("zh-Hant");
    const auto r = Guide::fromJson(j);
    EXPECT_FALSE(r.guide);
    EXPECT_TRUE(hasProblem(r, Problem::Kind::Missing, "leaves[0].summary.zh-Hant"));
}

TEST(Guide, ANewerFormatIsRefused)
{
    auto j = guideSource();
    j["guide_format"] = 2;
    const auto r = Guide::fromJson(j);
    EXPECT_FALSE(r.guide);
    EXPECT_TRUE(hasProblem(r, Problem::Kind::UnsupportedVersion, "guide_format"));
}

TEST(Guide, UnknownProductInALeafIsRefused)
{
    auto j = guideSource();
    j["leaves"][0]["products"].push_back("gemini");
    EXPECT_FALSE(Guide::fromJson(j).guide);
}

TEST(Guide, BandsMustRise)
{
    auto j = guideSource();
    j["nodes"][0]["bands"][1]["up_to"] = 500000; // below the first band's bound
    EXPECT_FALSE(Guide::fromJson(j).guide);
}

TEST(Guide, MissingFileIsAnErrorNotACrash)
{
    const auto r = Guide::fromFile("/nonexistent/guide.json");
    EXPECT_FALSE(r.guide);
    ASSERT_FALSE(r.errors.empty());
    EXPECT_EQ(r.errors[0].kind, Problem::Kind::FileNotFound);
}

TEST(Guide, TextsMayQuoteOnlyFiguresThatExist)
{
    auto json = guideSource();
    json["warnings"][0]["text"]["en"] = "Your bill is {cloud_monthy} a month."; // misspelt
    json["leaves"][0]["summary"]["zh-Hant"] = "每月 {cloud_monthly}"; // summaries are shown without figures
    const auto result = Guide::fromJson(json);
    EXPECT_FALSE(result.guide.has_value());
    ASSERT_EQ(result.errors.size(), 2u);
    EXPECT_EQ(result.errors[0].kind, Problem::Kind::UnknownValue);
    EXPECT_EQ(result.errors[0].path, "leaves[0].summary.zh-Hant");
    EXPECT_EQ(result.errors[1].path, "warnings[0].text.en");
    EXPECT_EQ(result.errors[1].value, "{cloud_monthy}");
}

TEST(Guide, AFigureConditionNamesAKnownFigure)
{
    auto json = guideSource();
    json["warnings"][0]["when"]["figures"] = { { "cloud_bill", { { "at_least", 300 } } } };
    const auto result = Guide::fromJson(json);
    ASSERT_FALSE(result.guide.has_value());
    ASSERT_FALSE(result.errors.empty());
    EXPECT_EQ(result.errors[0].kind, Problem::Kind::UnknownValue);
    EXPECT_EQ(result.errors[0].path, "warnings[0].when.figures.cloud_bill");
}

namespace {

// The amounts a preset's name quotes in its last parentheses, in the order written:
// "vLLM on several GPUs (10,000 USD, 120 USD/month)" -> 10000, 120; "…Claude 3.5 Sonnet (3 / 15)"
// -> 3, 15 (the model's name is not an amount).
std::vector<double> quotedAmounts(const std::string& name)
{
    const auto ascii = name.rfind('(');
    const auto wide = name.rfind("（");
    std::size_t open = ascii == std::string::npos ? wide : ascii;
    if (wide != std::string::npos && ascii != std::string::npos)
        open = std::max(ascii, wide);
    if (open == std::string::npos)
        return {};
    const std::string quoted = name.substr(open);
    std::vector<double> out;
    const std::regex number(R"(\d[\d,]*(?:\.\d+)?)");
    for (auto it = std::sregex_iterator(quoted.begin(), quoted.end(), number); it != std::sregex_iterator(); ++it) {
        std::string digits = it->str();
        digits.erase(std::remove(digits.begin(), digits.end(), ','), digits.end());
        out.push_back(lowregret::PlainNumber::parse(digits).value_or(-1.0)); // std::stod follows the C locale
    }
    return out;
}

} // namespace

// A preset's name quotes its amounts; they must be the amounts it sets, in both languages.
TEST(Guide, EveryPresetNameQuotesTheValuesItSets)
{
    const Guide& guide = Guide::builtIn();
    ASSERT_FALSE(guide.localPresets().empty());
    for (const auto& p : guide.localPresets())
        for (const auto lang : { lowregret::Lang::En, lowregret::Lang::ZhHant })
            EXPECT_EQ(quotedAmounts(p.name.in(lang)), (std::vector<double> { p.hardwareUsd, p.electricityUsdPerMonth }))
                << p.name.in(lang);
    ASSERT_FALSE(guide.cloudPresets().empty());
    for (const auto& p : guide.cloudPresets())
        for (const auto lang : { lowregret::Lang::En, lowregret::Lang::ZhHant })
            EXPECT_EQ(quotedAmounts(p.name.in(lang)), (std::vector<double> { p.inputUsdPerMtok, p.outputUsdPerMtok }))
                << p.name.in(lang);
}
