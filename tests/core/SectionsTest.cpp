// The outcome as sections (lowregret::Sections): what each section holds, in which order, and
// that its figures and sentences say this scenario's numbers (GUIDE.md's GPT-4 example).
#include "lowregret/outcome/Sections.h"
#include "Spacing.h"

#include "Gpt4Example.h"
#include "TestOffer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <sstream>

using lowregret::Decision;
using lowregret::Guide;
using lowregret::Lang;
using lowregret::Scenario;
using lowregret::Sections;

namespace {

using test_scenario::gpt4Example;

Sections build(const Scenario& s, Lang lang, const lowregret::Offer* offer = nullptr)
{
    const auto result = Decision::decide(Guide::builtIn(), s);
    EXPECT_TRUE(result.outcome.has_value());
    return Sections::build(Guide::builtIn(), s, result.outcome.value_or(Decision::Outcome {}), offer, lang);
}

std::vector<std::string> ids(const Sections& sections)
{
    std::vector<std::string> out;
    for (const auto& s : sections.sections)
        out.push_back(s.id);
    return out;
}

const Sections::Figure& figure(const Sections& sections, const std::string& section, const std::string& id)
{
    static const Sections::Figure none;
    const auto* s = sections.find(section);
    if (!s) {
        ADD_FAILURE() << "no section " << section;
        return none;
    }
    for (const auto& f : s->figures)
        if (f.id == id)
            return f;
    ADD_FAILURE() << "no figure " << id << " in " << section;
    return none;
}

// Every text of a section, one after another, to look for a sentence in.
std::string allText(const Sections::Section& s)
{
    std::string out = s.heading + "\n";
    for (const auto& b : s.blocks) {
        out += b.text + "\n";
        for (const auto& e : b.entries) {
            out += e.title + "\n" + e.text + "\n";
            for (const auto& d : e.details)
                out += d.label + "\n" + d.text + "\n";
        }
        for (const auto& cell : b.table.header)
            out += cell + "\n";
        for (const auto& row : b.table.rows)
            for (const auto& cell : row)
                out += cell + "\n";
    }
    return out;
}

// The words, with the no-break spaces between numbers and units read as spaces.
bool has(const std::string& text, const std::string& part)
{
    return spacing::spaced(text).find(spacing::spaced(part)) != std::string::npos;
}

} // namespace

TEST(Sections, LocalLeafHasTheSectionsInOrder)
{
    const Sections sections = build(gpt4Example(), Lang::En);
    EXPECT_EQ(ids(sections),
        (std::vector<std::string> {
            "recommendation", "path", "products", "warnings", "costs", "sensitivity", "assumptions", "caveats" }));
    const auto* rec = sections.find("recommendation");
    ASSERT_NE(rec, nullptr);
    ASSERT_FALSE(rec->blocks.empty());
    EXPECT_EQ(rec->blocks.front().kind, Sections::Block::Kind::Lead);
    EXPECT_EQ(rec->blocks.front().text, "Local deployment");
    // Five questions on the way to the breakeven leaf (GUIDE.md §2).
    const auto* path = sections.find("path");
    ASSERT_NE(path, nullptr);
    ASSERT_EQ(path->blocks.front().kind, Sections::Block::Kind::Steps);
    EXPECT_EQ(path->blocks.front().entries.size(), 5u);
}

TEST(Sections, CostFiguresAreTheGuidesGpt4Example)
{
    const Sections en = build(gpt4Example(), Lang::En);
    // 6M in × 30 + 6M out × 60 per 1M = 180 + 360 = 540 a month.
    EXPECT_DOUBLE_EQ(*figure(en, "costs", "cloud_monthly_usd").value, 540.0);
    EXPECT_EQ(figure(en, "costs", "cloud_monthly_usd").text, "$540.00");
    EXPECT_EQ(figure(en, "costs", "cloud_total_usd").text, "$6,480.00"); // 540 × 12
    EXPECT_EQ(figure(en, "costs", "local_total_usd").text, "$2,360.00"); // 2,000 + 30 × 12
    EXPECT_DOUBLE_EQ(*figure(en, "costs", "breakeven_months").value, 2000.0 / (540.0 - 30.0));
    EXPECT_EQ(figure(en, "costs", "breakeven_months").text, spacing::unbroken("3.9 months"));
    const std::string costs = allText(*en.find("costs"));
    EXPECT_TRUE(has(costs, "Breakeven: 3.9 months, within the threshold of 12 months.")) << costs;

    const Sections zh = build(gpt4Example(), Lang::ZhHant);
    EXPECT_EQ(zh.find("costs")->heading, "總體擁有成本");
    EXPECT_EQ(figure(zh, "costs", "cloud_total_usd").text, spacing::unbroken("6,480.00 美元"));
    EXPECT_TRUE(has(allText(*zh.find("costs")), "回本期：3.9 個月，在 12 個月的門檻內。"));
}

TEST(Sections, ABreakevenOverTheThresholdSaysSo)
{
    Scenario s = gpt4Example();
    s.breakevenThresholdMonths = 3; // 3.9 months is over it
    const Sections en = build(s, Lang::En);
    const std::string costs = allText(*en.find("costs"));
    EXPECT_TRUE(has(costs, "Breakeven: 3.9 months, over the threshold of 3 months.")) << costs;
    EXPECT_FALSE(has(costs, "within")) << costs;
}

TEST(Sections, NoBreakevenSaysNeverAndWhy)
{
    Scenario s = gpt4Example();
    s.cloud.inputUsdPerMtok = 1.5; // GPT-3.5 Turbo: 6 × 1.5 + 6 × 2 = 21 a month, under the 30 of power
    s.cloud.outputUsdPerMtok = 2.0;
    const Sections en = build(s, Lang::En);
    EXPECT_FALSE(figure(en, "costs", "breakeven_months").value.has_value());
    EXPECT_EQ(figure(en, "costs", "breakeven_months").text, "never");
    const std::string costs = allText(*en.find("costs"));
    EXPECT_TRUE(has(costs, "Breakeven: never")) << costs;
    EXPECT_FALSE(has(costs, "within")) << costs;
    // The path's breakeven step says the same, without "breakeven never".
    const std::string path = allText(*en.find("path"));
    EXPECT_TRUE(has(path, "never pays back, threshold 12 months")) << path;
}

TEST(Sections, NoUsageMeansNoCostFigures)
{
    Scenario s = Scenario::withDefaults(Guide::builtIn().defaults());
    s.answers.exclusions = { "validating" }; // out of scope, so no other answer is needed
    const Sections en = build(s, Lang::En);
    // Out of scope the regret scenarios are not weighed, so there is no warnings section.
    EXPECT_EQ(
        ids(en), (std::vector<std::string> { "recommendation", "exclusions", "costs", "assumptions", "caveats" }));
    EXPECT_TRUE(en.find("costs")->figures.empty());
    EXPECT_TRUE(has(allText(*en.find("costs")), "No costs: the monthly usage is not given."));
    EXPECT_EQ(figure(en, "assumptions", "answers.monthly_tokens").text, "not given");
    EXPECT_FALSE(figure(en, "assumptions", "answers.monthly_tokens").value.has_value());
    EXPECT_EQ(figure(en, "assumptions", "answers.monthly_tokens").source, ""); // nobody set it
}

TEST(Sections, AssumptionsSayWhoSetEachValue)
{
    Scenario s = gpt4Example();
    s.userSet = { "answers.monthly_tokens", "local.hardware_usd" };
    const Sections plain = build(s, Lang::En);
    EXPECT_EQ(figure(plain, "assumptions", "answers.monthly_tokens").source, "user");
    EXPECT_EQ(figure(plain, "assumptions", "local.hardware_usd").source, "user");
    EXPECT_EQ(figure(plain, "assumptions", "local.electricity_usd_per_month").source, "default");
    EXPECT_EQ(figure(plain, "assumptions", "cloud.input_usd_per_mtok").source, "default");

    const auto offer = test_offer::make("openai/gpt-4", 30, 60, "2099-01-01");
    const Sections priced = build(s, Lang::En, &offer);
    EXPECT_EQ(figure(priced, "assumptions", "cloud.input_usd_per_mtok").source, "catalog");
    EXPECT_EQ(figure(priced, "assumptions", "cloud.output_usd_per_mtok").source, "catalog");
    const std::string text = allText(*priced.find("assumptions"));
    EXPECT_TRUE(has(text, "catalog: gpt-4 at openai, price checked 2099-01-01")) << text;
    // A price the user typed over the offer's is the user's.
    s.cloud.inputUsdPerMtok = 5;
    s.userSet.insert("cloud.input_usd_per_mtok");
    EXPECT_EQ(figure(build(s, Lang::En, &offer), "assumptions", "cloud.input_usd_per_mtok").source, "user");
    EXPECT_TRUE(has(allText(*priced.find("costs")), "Cloud prices: gpt-4 at openai")) << text;
}

TEST(Sections, EveryTextIsFilledInInBothLanguages)
{
    Scenario warned = gpt4Example();
    warned.answers.usageStable = false; // cloud, sensitive: the compliance warning and the hybrid advice
    warned.answers.dataSensitive = true;
    Scenario excluded = gpt4Example();
    excluded.answers.exclusions = { "validating", "no_technical" };
    for (const Scenario& s : { gpt4Example(), warned, excluded })
        for (const Lang lang : { Lang::En, Lang::ZhHant }) {
            const Sections sections = build(s, lang);
            for (const auto& section : sections.sections) {
                EXPECT_FALSE(section.heading.empty()) << section.id;
                const std::string text = allText(section);
                // A placeholder left unfilled, or a key with no text, would show as such: every key of
                // core's word list has a dot or an underscore, which no text of its own has alone.
                EXPECT_FALSE(has(text, "%1") || has(text, "%2") || has(text, "%3") || has(text, "{")) << text;
                static const std::regex key("^[a-z]+[._][a-z_.]+$");
                std::istringstream lines(text);
                for (std::string line; std::getline(lines, line);)
                    EXPECT_FALSE(std::regex_match(line, key)) << "a key with no text: " << line;
                for (const auto& f : section.figures)
                    EXPECT_TRUE(has(text, f.text)) << section.id << " " << f.id;
                if (lang == Lang::ZhHant) {
                    EXPECT_TRUE(std::any_of(section.heading.begin(), section.heading.end(),
                        [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
                        << "English heading in Chinese: " << section.heading;
                }
            }
        }
    const Sections warnedEn = build(warned, Lang::En);
    ASSERT_NE(warnedEn.find("warnings"), nullptr);
    EXPECT_EQ(warnedEn.find("warnings")->blocks.front().entries.front().id, "compliance");
    ASSERT_NE(warnedEn.find("advice"), nullptr);
    EXPECT_EQ(warnedEn.find("advice")->blocks.front().entries.front().id, "hybrid");
}

TEST(Sections, JsonHasTheSameSectionsAndFigures)
{
    const Sections sections = build(gpt4Example(), Lang::En);
    const auto j = sections.toJson();
    ASSERT_EQ(j.size(), sections.sections.size());
    for (std::size_t i = 0; i < j.size(); ++i) {
        EXPECT_EQ(j[i]["id"], sections.sections[i].id);
        EXPECT_EQ(j[i]["heading"], sections.sections[i].heading);
        EXPECT_EQ(j[i]["figures"].size(), sections.sections[i].figures.size());
    }
    EXPECT_EQ(j[0]["blocks"][0]["kind"], "lead");
    EXPECT_EQ(j[0]["blocks"][0]["text"], "Local deployment");
}

// An answer Back took off the path is kept in the file, counts for the warnings, and the
// assumptions say it is off the path (docs/gui.md, "Files").
TEST(Sections, AssumptionsListTheAnswersAndWhichAreOffThePath)
{
    Scenario s = gpt4Example(); // stable, not sensitive, can maintain
    s.answers.usageStable = false; // now the path stops at the stability question
    const Sections en = build(s, Lang::En);
    const auto& stable = figure(en, "assumptions", "answers.usage_stable");
    EXPECT_EQ(stable.value, std::optional<double>(0.0));
    EXPECT_EQ(stable.text.find("off the path"), std::string::npos) << stable.text;
    const auto& sensitive = figure(en, "assumptions", "answers.data_sensitive");
    EXPECT_EQ(sensitive.value, std::optional<double>(0.0));
    EXPECT_NE(sensitive.text.find("off the path"), std::string::npos) << sensitive.text;
    EXPECT_NE(figure(en, "assumptions", "answers.team_can_maintain").text.find("off the path"), std::string::npos);

    s.answers.teamCanMaintain.reset();
    const Sections zh = build(s, Lang::ZhHant);
    const auto& unanswered = figure(zh, "assumptions", "answers.team_can_maintain");
    EXPECT_FALSE(unanswered.value.has_value());
    EXPECT_EQ(unanswered.text, "未回答");
    EXPECT_EQ(unanswered.source, "");
}

// A change in percent reads as English does: "a fall of 63.6%", never "a 63.6% fall" (nor, for
// 83.3%, "a 83.3% fall"). Usage must fall to (2,000 / 12 + 30) / 45 / 12 of 12M: 1 − 0.3642.
TEST(Sections, AChangeInPercentReadsAsAFallOf)
{
    const auto en = build(gpt4Example(), Lang::En);
    std::string all;
    for (const auto& s : en.sections)
        all += allText(s);
    EXPECT_TRUE(has(all, "a fall of 63.6%")) << all;
    EXPECT_FALSE(std::regex_search(all, std::regex("\\ba [0-9.,]+% (fall|rise)\\b")));
}
