// The result in Chinese read as a reader in Taiwan reads it, for the example scenarios and for
// scenarios made to reach the sentences of flip points, regret, growth and the hybrid: no space
// between two Han characters, never two punctuation marks in a row, a count rounded in a sentence
// (the exact one in the figures), a range that says its unit once, and one word for one idea
// (docs/glossary.md).
#include "HanText.h"
#include "lowregret/catalog/Catalog.h"
#include "lowregret/io/Format.h"
#include "lowregret/outcome/Comparison.h"
#include "lowregret/outcome/Evaluation.h"
#include "lowregret/outcome/Sections.h"

#include "Gpt4Example.h"
#include "Spacing.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <string_view>

using lowregret::Catalog;
using lowregret::Decision;
using lowregret::Guide;
using lowregret::Lang;
using lowregret::Scenario;
using lowregret::Sections;

namespace {

using test_scenario::gpt4Example;

struct Case {
    std::string name;
    Sections sections;
};

Sections build(const Scenario& s)
{
    const auto result = Decision::decide(Guide::builtIn(), s);
    EXPECT_TRUE(result.outcome.has_value());
    return Sections::build(Guide::builtIn(), s, result.outcome.value_or(Decision::Outcome {}), nullptr, Lang::ZhHant);
}

std::vector<Case> cases()
{
    std::vector<Case> out;
    static const Catalog catalog = Catalog::builtIn();
    for (const auto& file : std::filesystem::directory_iterator(LOWREGRET_SOURCE_DIR "/docs/examples")) {
        const auto e = lowregret::Evaluation::run({ .file = file.path() }, Guide::builtIn(), [] { return &catalog; });
        EXPECT_TRUE(e.ok()) << file.path();
        if (e.ok())
            out.push_back({ file.path().filename().string(),
                Sections::build(Guide::builtIn(), *e.scenario, *e.outcome, e.offer, Lang::ZhHant) });
    }
    out.push_back({ "gpt4", build(gpt4Example()) });
    // The cloud at a low price: local would start paying back if usage rose (flip.starts).
    Scenario cheap = gpt4Example();
    cheap.cloud.inputUsdPerMtok = 2.5;
    cheap.cloud.outputUsdPerMtok = 10.0;
    out.push_back({ "cheap cloud", build(cheap) });
    // Nobody can maintain it: the flowchart answers the cloud while local costs less (a gate).
    Scenario skill = gpt4Example();
    skill.answers.teamCanMaintain = false;
    skill.local.maintenanceHoursPerMonth = 4;
    skill.local.hourlyRateUsd = 20;
    out.push_back({ "no skill", build(skill) });
    // Sensitive data, modest usage: the hybrid advice, without and with a share to cost.
    Scenario sensitive = gpt4Example();
    sensitive.answers.dataSensitive = true;
    out.push_back({ "sensitive", build(sensitive) });
    Scenario hybrid = sensitive;
    hybrid.hybrid.localShare = 0.3;
    hybrid.time.usageGrowthPerMonth = 0.05;
    hybrid.time.cachedInputShare = 0.5;
    out.push_back({ "hybrid and growth", build(hybrid) });
    // Usage over 12M tokens a month, at an uneven count.
    Scenario high = gpt4Example();
    high.answers.monthlyTokens = 51'234'567;
    out.push_back({ "high band", build(high) });
    return out;
}

// Every piece of text the outputs show.
std::vector<std::string> texts(const Sections& sections)
{
    std::vector<std::string> out;
    for (const auto& s : sections.sections) {
        out.push_back(sections.title(s));
        for (const auto& b : s.blocks) {
            out.push_back(b.text);
            for (const auto& e : b.entries) {
                out.push_back(e.title);
                out.push_back(e.text);
                for (const auto& d : e.details)
                    out.push_back(d.label + "：" + d.text);
            }
            for (const auto& cell : b.table.header)
                out.push_back(cell);
            for (const auto& row : b.table.rows)
                for (const auto& cell : row)
                    out.push_back(cell);
        }
    }
    return out;
}

// The sentences: what is not a table's cell nor a figure.
std::vector<std::string> sentences(const Sections& sections, const std::string& sectionId = {})
{
    std::vector<std::string> out;
    for (const auto& s : sections.sections) {
        if (!sectionId.empty() && s.id != sectionId)
            continue;
        for (const auto& b : s.blocks) {
            if (!b.text.empty())
                out.push_back(b.text);
            for (const auto& e : b.entries) {
                out.push_back(e.title);
                out.push_back(e.text);
            }
        }
    }
    return out;
}

using han::decoded;
using han::isHan;
using han::isMark;

bool contains(const std::string& text, const std::string& part)
{
    return spacing::spaced(text).find(part) != std::string::npos;
}

} // namespace

TEST(TaiwanChinese, NoSpaceBetweenTwoHanCharacters)
{
    for (const auto& c : cases())
        for (const auto& text : texts(c.sections)) {
            const std::u32string t = decoded(text);
            for (std::size_t i = 1; i + 1 < t.size(); ++i)
                if ((t[i] == U' ' || t[i] == U'\u00A0') && isHan(t[i - 1]) && isHan(t[i + 1]))
                    ADD_FAILURE() << c.name << ": a space between Han characters in: " << text;
        }
}

TEST(TaiwanChinese, NeverTwoPunctuationMarksInARow)
{
    for (const auto& c : cases())
        for (const auto& text : texts(c.sections)) {
            const std::u32string t = decoded(text);
            for (std::size_t i = 1; i < t.size(); ++i)
                if ((isMark(t[i - 1]) && isMark(t[i])) || (t[i - 1] == U'）' && t[i] == U'）')
                    || (t[i - 1] == U'（' && t[i] == U'（'))
                    ADD_FAILURE() << c.name << ": doubled punctuation in: " << text;
        }
}

// The guide's example flips where 2,000 / (T × 45 / 1M − 30) = 12: T = 4,370,370.4, so below
// 4,370,371 tokens local stops paying back. A sentence says it to three figures, 437 萬, and "約"
// since that rounds it; the figure's value keeps the exact count, and the user's 1,200 萬 is exact.
TEST(TaiwanChinese, ASentenceRoundsACountAndTheFigureKeepsIt)
{
    const Sections s = build(gpt4Example());
    const auto* section = s.find("sensitivity");
    ASSERT_NE(section, nullptr);
    bool said = false;
    for (const auto& text : sentences(s)) {
        EXPECT_FALSE(contains(text, "437 萬 371")) << text;
        said = said || contains(text, "低於約 437 萬 tokens（你填的是 1,200 萬 tokens）");
    }
    EXPECT_TRUE(said);
    bool figure = false;
    for (const auto& f : section->figures)
        figure = figure
            || (f.id == "flip.answers.monthly_tokens.below" && f.value && std::abs(*f.value - 4'370'370.4) < 0.1
                && spacing::spaced(f.text) == "約 437 萬 tokens");
    EXPECT_TRUE(figure);

    // Growing 5 % a month for 12 months: 12M × 1.05¹¹ = 20,524,072 tokens in the last month,
    // about 2,050 萬.
    Scenario growing = gpt4Example();
    growing.time.usageGrowthPerMonth = 0.05;
    bool grown = false;
    for (const auto& text : sentences(build(growing), "costs"))
        grown = grown || contains(text, "第一個月 1,200 萬 tokens，到第 12 個月達到約 2,050 萬 tokens");
    EXPECT_TRUE(grown);
}

TEST(TaiwanChinese, ARangeSaysItsUnitOnce)
{
    const Sections s = build(gpt4Example());
    const auto* section = s.find("sensitivity");
    ASSERT_NE(section, nullptr);
    // The defaults test 0.5× to 1.25× of the prices, 0.5× to 1.5× of the usage.
    std::string all;
    for (const auto& text : texts(s))
        all += spacing::spaced(text) + "\n";
    EXPECT_NE(all.find("每 100 萬 tokens 30.00–75.00 美元"), std::string::npos) << all;
    EXPECT_NE(all.find("測試範圍（600–1,800 萬 tokens）"), std::string::npos) << all;
    EXPECT_NE(all.find("1,600.00–2,600.00 美元"), std::string::npos) << all;
    EXPECT_NE(all.find("每月 15.00–60.00 美元"), std::string::npos) << all;
    for (const auto& c : cases())
        for (const auto& text : texts(c.sections)) {
            const std::string t = spacing::spaced(text);
            for (const char* twice : { "美元–", "tokens–", "小時–", "美元 –" })
                EXPECT_EQ(t.find(twice), std::string::npos) << c.name << ": " << t;
        }
}

TEST(TaiwanChinese, TheRegretSaysTheWorstCase)
{
    // Over the default box the local choice's most regret is 1,916.00 USD (SensitivityTest's
    // arithmetic: 6M tokens, 30 USD output price, 70 % input).
    bool said = false;
    for (const auto& text : sentences(build(gpt4Example())))
        said = said || contains(text, "選本地部署，最壞情況比另一方多花 1,916.00 美元；選雲端 API，最壞情況多花");
    EXPECT_TRUE(said);
}

TEST(TaiwanChinese, TheHybridAdviceNamesTheScenarioField)
{
    bool named = false;
    for (const auto& c : cases())
        if (c.name == "sensitive")
            for (const auto& text : texts(c.sections))
                named = named || contains(text, "hybrid.local_share");
    EXPECT_TRUE(named);
}

TEST(TaiwanChinese, OneWordForOneIdea)
{
    std::string all;
    for (const auto& c : cases())
        for (const auto& text : texts(c.sections))
            all += spacing::spaced(text) + "\n";
    // The comparison's table names the leaf as the result does.
    std::vector<std::pair<std::string, Scenario>> two { { "a.json", gpt4Example() }, { "b.json", gpt4Example() } };
    two[1].second.cloud.outputUsdPerMtok = 10.0;
    for (const auto& text : texts(lowregret::Comparison::build(Guide::builtIn(), two, nullptr, false)
                                      .sections(Guide::builtIn(), Lang::ZhHant)))
        all += spacing::spaced(text) + "\n";
    for (const char* chosen : { "流程圖終點", "測試範圍", "後悔值", "回本期", "混合做法" })
        EXPECT_NE(all.find(chosen), std::string::npos) << chosen;
    for (const char* rejected :
        { "流程圖結論", "結果節點", "測試的範圍", "遺憾值", "回收期", "臨界值", "數據", "逐月變動", "提示語", "這這" })
        EXPECT_EQ(all.find(rejected), std::string::npos) << rejected;
}
