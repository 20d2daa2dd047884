// The usage import, on one small sample of each layout in tests/data/usage, written from the
// layouts in docs/usage-import.md. Every expected total is the sum of the sample's rows, written
// out here.
#include "lowregret/usage/UsageImport.h"
#include "lowregret/analysis/Decision.h"
#include "lowregret/guide/Guide.h"
#include "lowregret/outcome/Sections.h"
#include "lowregret/scenario/Scenario.h"

#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

using lowregret::Lang;
using lowregret::Problem;
using lowregret::Scenario;
using lowregret::UsageImport;

namespace {

std::string sample(const std::string& name)
{
    return LOWREGRET_SOURCE_DIR "/tests/data/usage/" + name;
}

const UsageImport::Month* month(const UsageImport::Result& r, const std::string& key, bool local = false)
{
    for (const auto& m : r.months)
        if (m.key() == key && m.local == local)
            return &m;
    return nullptr;
}

UsageImport::Result read(std::initializer_list<std::string> names)
{
    UsageImport import;
    for (const auto& n : names)
        import.addFile(sample(n));
    return import.result();
}

} // namespace

TEST(UsageImport, OpenAiCsvCountsCachedTokensInsideInput)
{
    const auto r = read({ "openai-usage.csv" });
    ASSERT_EQ(r.files.size(), 1u);
    EXPECT_EQ(r.files[0].layout, "openai-usage-csv");
    EXPECT_TRUE(r.files[0].errors.empty());
    EXPECT_EQ(r.files[0].rows, 6); // the idle day is a row too
    EXPECT_EQ(r.files[0].skipped, 0);
    ASSERT_EQ(r.months.size(), 4u); // Dec, Jan, Feb, Mar
    const auto* jan = month(r, "2026-01");
    ASSERT_NE(jan, nullptr);
    // input_tokens already holds the cached ones: 59200 + 40800, not plus 9200 + 800 again.
    EXPECT_DOUBLE_EQ(jan->totals.inputTokens, 59200.0 + 40800.0);
    EXPECT_DOUBLE_EQ(jan->totals.cachedInputTokens, 9200.0 + 800.0);
    EXPECT_DOUBLE_EQ(jan->totals.outputTokens, 10000.0 + 5000.0);
    EXPECT_DOUBLE_EQ(jan->totals.requests, 100.0 + 50.0);
    EXPECT_FALSE(jan->totals.spendUsd); // a usage file says nothing of spend
    ASSERT_EQ(jan->models.size(), 2u);
    EXPECT_EQ(jan->models[0].model, "gpt-4o-2024-08-06"); // the most tokens first
    EXPECT_EQ(jan->models[0].provider, "openai");
    // The file starts on 15 December and ends on 10 March.
    EXPECT_TRUE(month(r, "2025-12")->partial);
    EXPECT_FALSE(jan->partial);
    EXPECT_FALSE(month(r, "2026-02")->partial);
    EXPECT_TRUE(month(r, "2026-03")->partial);
}

TEST(UsageImport, FiguresComeFromTheFullMonthsOnly)
{
    const auto r = read({ "openai-usage.csv" });
    const double jan = 100000.0 + 15000.0;
    const double feb = 120000.0 + 30000.0;
    EXPECT_EQ(r.fullMonths, 2);
    EXPECT_EQ(r.firstFullMonth.value_or(""), "2026-01");
    EXPECT_EQ(r.lastFullMonth.value_or(""), "2026-02");
    ASSERT_TRUE(r.monthlyTokens);
    EXPECT_DOUBLE_EQ(*r.monthlyTokens, (jan + feb) / 2.0);
    EXPECT_DOUBLE_EQ(r.inputShare.value_or(-1), (100000.0 + 120000.0) / (jan + feb));
    EXPECT_DOUBLE_EQ(r.cachedShare.value_or(-1), (10000.0 + 20000.0) / (100000.0 + 120000.0));
    // Two months: each is (feb - jan) / 2 from the mean.
    EXPECT_NEAR(r.coefficientOfVariation.value_or(-1), ((feb - jan) / 2.0) / ((jan + feb) / 2.0), 1e-12);
    EXPECT_NEAR(r.growthPerMonth.value_or(-1), feb / jan - 1.0, 1e-12);
    EXPECT_FALSE(r.usageStable); // two full months are too few to call it stable
    EXPECT_DOUBLE_EQ(r.localShare.value_or(-1), 0.0);
}

TEST(UsageImport, AnthropicCsvAddsCacheWritesAndReadsToUncachedInput)
{
    // A UTF-8 BOM, CRLF line ends and a date with a time of day.
    const auto r = read({ "anthropic-usage-2025.csv" });
    ASSERT_TRUE(r.files[0].errors.empty()) << r.files[0].errors[0].describe(Lang::En);
    EXPECT_EQ(r.files[0].layout, "anthropic-usage-csv");
    EXPECT_EQ(r.files[0].rows, 3);
    const auto* jan = month(r, "2026-01");
    ASSERT_NE(jan, nullptr);
    EXPECT_DOUBLE_EQ(jan->totals.inputTokens, (1000.0 + 200.0 + 100.0 + 700.0) + (3000.0 + 1000.0));
    EXPECT_DOUBLE_EQ(jan->totals.cachedInputTokens, 700.0 + 1000.0);
    EXPECT_DOUBLE_EQ(jan->totals.outputTokens, 400.0 + 600.0);
    EXPECT_DOUBLE_EQ(jan->totals.requests, 0.0); // the console CSV counts no requests
    EXPECT_FALSE(jan->partial);
    const auto* feb = month(r, "2026-02");
    ASSERT_NE(feb, nullptr);
    EXPECT_DOUBLE_EQ(feb->totals.inputTokens, 5000.0 + 500.0 + 2500.0);
    EXPECT_TRUE(feb->partial); // the file ends on 14 February
}

TEST(UsageImport, Anthropic2026LayoutQuotedNewlinesAndASkippedRow)
{
    const auto r = read({ "anthropic-usage-2026.csv" });
    const auto& f = r.files[0];
    ASSERT_TRUE(f.errors.empty());
    EXPECT_EQ(f.layout, "anthropic-usage-csv");
    EXPECT_EQ(f.rows, 2);
    EXPECT_EQ(f.skipped, 1);
    ASSERT_EQ(f.notes.size(), 1u);
    // The quoted workspace spans lines 2 and 3, so the bad row is on line 5.
    EXPECT_EQ(f.notes[0].line, 5);
    EXPECT_EQ(f.notes[0].column, "usage_output_tokens");
    EXPECT_EQ(f.notes[0].value, "many");
    EXPECT_EQ(f.notes[0].describe(Lang::En), "line 5, column usage_output_tokens: not a number: \"many\"");
    EXPECT_EQ(f.notes[0].describe(Lang::ZhHant), "第 5 行，欄位 usage_output_tokens：不是數字：「many」");
    const auto* mar = month(r, "2026-03");
    ASSERT_NE(mar, nullptr);
    EXPECT_DOUBLE_EQ(mar->totals.inputTokens, (4000.0 + 6000.0) + 1000.0);
    EXPECT_DOUBLE_EQ(mar->totals.cachedInputTokens, 6000.0);
    EXPECT_DOUBLE_EQ(mar->totals.outputTokens, 2000.0 + 500.0);
}

TEST(UsageImport, AnthropicCostReportIsInCents)
{
    const auto r = read({ "anthropic-cost-report.json" });
    ASSERT_TRUE(r.files[0].errors.empty());
    EXPECT_EQ(r.files[0].layout, "anthropic-cost-json");
    const auto* jan = month(r, "2026-01");
    ASSERT_NE(jan, nullptr);
    ASSERT_TRUE(jan->totals.spendUsd);
    EXPECT_NEAR(*jan->totals.spendUsd, (123.45 + 76.55) / 100.0, 1e-9);
    EXPECT_DOUBLE_EQ(jan->totals.tokens(), 0.0);
}

TEST(UsageImport, AnthropicUsageReportJson)
{
    const auto r = read({ "anthropic-usage-report.json" });
    ASSERT_TRUE(r.files[0].errors.empty());
    EXPECT_EQ(r.files[0].layout, "anthropic-usage-json");
    EXPECT_EQ(r.files[0].rows, 2); // the empty bucket counts as a day read
    const auto* jan = month(r, "2026-01");
    ASSERT_NE(jan, nullptr);
    EXPECT_DOUBLE_EQ(jan->totals.inputTokens, 1500.0 + 250.0 + 250.0 + 3000.0);
    EXPECT_DOUBLE_EQ(jan->totals.cachedInputTokens, 3000.0);
    EXPECT_DOUBLE_EQ(jan->totals.outputTokens, 800.0);
    EXPECT_TRUE(jan->partial);
}

TEST(UsageImport, OpenAiApiPagesInSeveralFilesAddUp)
{
    const auto r = read({ "openai-usage-page1.json", "openai-usage-page2.json" });
    ASSERT_EQ(r.files.size(), 2u);
    EXPECT_EQ(r.files[0].layout, "openai-usage-json");
    EXPECT_EQ(r.files[1].layout, "openai-usage-json");
    const auto* feb = month(r, "2026-02");
    ASSERT_NE(feb, nullptr);
    EXPECT_DOUBLE_EQ(feb->totals.inputTokens, 30000.0 + 20000.0 + 10000.0);
    EXPECT_DOUBLE_EQ(feb->totals.cachedInputTokens, 5000.0 + 0.0 + 1000.0);
    EXPECT_DOUBLE_EQ(feb->totals.outputTokens, 6000.0 + 4000.0 + 9000.0);
    EXPECT_DOUBLE_EQ(feb->totals.requests, 40.0 + 20.0 + 5.0);
    EXPECT_TRUE(feb->partial); // 1 to 3 February
    EXPECT_EQ(r.readFiles(), (std::vector<std::string> { "openai-usage-page1.json", "openai-usage-page2.json" }));
}

TEST(UsageImport, OpenRouterActivitySpendAndCompletionWithReasoning)
{
    const auto r = read({ "openrouter-activity.csv" });
    ASSERT_TRUE(r.files[0].errors.empty());
    EXPECT_EQ(r.files[0].layout, "openrouter-activity-csv");
    const auto* jan = month(r, "2026-01");
    ASSERT_NE(jan, nullptr);
    EXPECT_DOUBLE_EQ(jan->totals.inputTokens, 8000.0 + 1000.0);
    // Reasoning is billed inside the completion tokens: not added again.
    EXPECT_DOUBLE_EQ(jan->totals.outputTokens, 2000.0 + 6000.0);
    EXPECT_DOUBLE_EQ(jan->totals.requests, 12.0 + 3.0);
    EXPECT_NEAR(jan->totals.spendUsd.value_or(-1), 0.25 + 1.5 + 0.5, 1e-12); // BYOK usage too
}

TEST(UsageImport, OpenRouterGenerationsByHeaderNameAndInUtc)
{
    const auto r = read({ "openrouter-generations.csv" });
    ASSERT_TRUE(r.files[0].errors.empty());
    EXPECT_EQ(r.files[0].layout, "openrouter-generations-csv");
    const auto* jan = month(r, "2026-01");
    const auto* feb = month(r, "2026-02");
    ASSERT_NE(jan, nullptr);
    // 31 January 23:30 at UTC-2 is 1 February 01:30 UTC.
    ASSERT_NE(feb, nullptr);
    EXPECT_DOUBLE_EQ(jan->totals.inputTokens, 1200.0);
    EXPECT_DOUBLE_EQ(jan->totals.cachedInputTokens, 200.0);
    EXPECT_DOUBLE_EQ(jan->totals.outputTokens, 300.0);
    EXPECT_DOUBLE_EQ(jan->totals.requests, 1.0);
    EXPECT_DOUBLE_EQ(feb->totals.inputTokens, 1800.0);
    EXPECT_DOUBLE_EQ(feb->totals.outputTokens, 700.0);
    EXPECT_NEAR(feb->totals.spendUsd.value_or(-1), 0.0006, 1e-12);
}

TEST(UsageImport, LiteLlmRowsPricedZeroAreLocalUsage)
{
    const auto r = read({ "litellm-spend-logs.csv" });
    const auto& f = r.files[0];
    ASSERT_TRUE(f.errors.empty());
    EXPECT_EQ(f.layout, "litellm-spend-logs-csv");
    EXPECT_EQ(f.rows, 3);
    EXPECT_EQ(f.skipped, 1);
    ASSERT_EQ(f.notes.size(), 1u);
    EXPECT_EQ(f.notes[0].line, 5);
    EXPECT_EQ(f.notes[0].column, "spend");
    const auto* cloud = month(r, "2026-01", false);
    const auto* local = month(r, "2026-01", true);
    ASSERT_NE(cloud, nullptr);
    ASSERT_NE(local, nullptr);
    EXPECT_DOUBLE_EQ(cloud->totals.inputTokens, 1000.0);
    EXPECT_DOUBLE_EQ(cloud->totals.outputTokens, 500.0);
    EXPECT_NEAR(cloud->totals.spendUsd.value_or(-1), 0.0125, 1e-12);
    EXPECT_DOUBLE_EQ(local->totals.inputTokens, 2000.0 + 400.0);
    EXPECT_DOUBLE_EQ(local->totals.outputTokens, 1000.0 + 200.0);
    EXPECT_DOUBLE_EQ(local->totals.requests, 2.0);
    EXPECT_EQ(local->models.at(0).provider, "ollama");
}

TEST(UsageImport, CostCsvsGiveSpendOnly)
{
    const auto openai = read({ "openai-cost.csv" });
    ASSERT_TRUE(openai.files[0].errors.empty());
    EXPECT_EQ(openai.files[0].layout, "openai-cost-csv");
    EXPECT_NEAR(month(openai, "2026-01")->totals.spendUsd.value_or(-1), 0.5 + 1.25, 1e-12);
    const auto anthropic = read({ "anthropic-cost.csv" });
    ASSERT_TRUE(anthropic.files[0].errors.empty());
    EXPECT_EQ(anthropic.files[0].layout, "anthropic-cost-csv");
    EXPECT_NEAR(month(anthropic, "2026-01")->totals.spendUsd.value_or(-1), 1.25 + 3.75, 1e-12);
    EXPECT_EQ(month(anthropic, "2026-01")->models.at(0).model, "Claude Sonnet 4.5");
}

TEST(UsageImport, FilesFromSeveralProvidersAddUp)
{
    // OpenAI covers 15 Dec to 10 Mar; Anthropic 1 Jan to 14 Feb, so only January is full.
    const auto r = read({ "openai-usage.csv", "anthropic-usage-2025.csv" });
    const auto* jan = month(r, "2026-01");
    ASSERT_NE(jan, nullptr);
    EXPECT_DOUBLE_EQ(jan->totals.inputTokens, 100000.0 + 6000.0);
    EXPECT_DOUBLE_EQ(jan->totals.outputTokens, 15000.0 + 1000.0);
    EXPECT_TRUE(month(r, "2026-02")->partial);
    EXPECT_EQ(r.fullMonths, 1);
    EXPECT_DOUBLE_EQ(r.monthlyTokens.value_or(-1), 106000.0 + 16000.0);
}

TEST(UsageImport, AFileOfNoKnownLayoutNamesTheKnownOnes)
{
    UsageImport import;
    const auto& f = import.addText("name,age\nalice,30\n", "people.csv");
    ASSERT_EQ(f.errors.size(), 1u);
    EXPECT_EQ(f.errors[0].kind, Problem::Kind::UnknownLayout);
    const auto text = f.errors[0].describe(Lang::En);
    EXPECT_NE(text.find("people.csv"), std::string::npos);
    for (const auto& layout : UsageImport::layouts())
        EXPECT_NE(text.find(layout), std::string::npos) << layout;
    EXPECT_TRUE(import.result().empty());

    const auto& json = import.addText("{\"data\": 1}", "other.json");
    EXPECT_EQ(json.errors.at(0).kind, Problem::Kind::UnknownLayout);
    const auto& broken = import.addText("{\"data\": [", "broken.json");
    EXPECT_EQ(broken.errors.at(0).kind, Problem::Kind::NotJson);
    const auto& missing = import.addFile(sample("no-such-file.csv"));
    EXPECT_EQ(missing.errors.at(0).kind, Problem::Kind::FileNotFound);
    EXPECT_TRUE(import.result().empty());
}

TEST(UsageImport, AFileThatFailsAddsNothing)
{
    UsageImport import;
    import.addFile(sample("openai-usage.csv"));
    // A known header with an unterminated quote: libcsv stops, and no row of it is counted.
    const auto& f
        = import.addText("Date,Prompt Tokens,Completion Tokens\n2026-01-01,5,5\n\"2026-01-02,7,7\n", "cut.csv");
    EXPECT_FALSE(f.errors.empty());
    EXPECT_DOUBLE_EQ(month(import.result(), "2026-01")->totals.inputTokens, 100000.0);
    // A known header and no row.
    const auto& empty = import.addText("Date,Prompt Tokens,Completion Tokens\n", "empty.csv");
    ASSERT_EQ(empty.errors.size(), 1u);
    EXPECT_EQ(empty.errors[0].kind, Problem::Kind::NoUsage);
}

TEST(UsageImport, CoefficientOfVariationGrowthAndStability)
{
    // Equal months vary by nothing.
    EXPECT_DOUBLE_EQ(UsageImport::coefficientOfVariation({ 100, 100, 100 }).value_or(-1), 0.0);
    // 50 and 150: each 50 from the mean of 100.
    EXPECT_DOUBLE_EQ(UsageImport::coefficientOfVariation({ 50, 150 }).value_or(-1), 0.5);
    EXPECT_FALSE(UsageImport::coefficientOfVariation({ 100 }));
    // 10 % a month, exactly.
    EXPECT_NEAR(UsageImport::growthPerMonth({ 100, 110, 121, 133.1 }).value_or(-1), 0.10, 1e-12);
    // Halving every month.
    EXPECT_NEAR(UsageImport::growthPerMonth({ 400, 200, 100 }).value_or(-1), -0.5, 1e-12);
    EXPECT_FALSE(UsageImport::growthPerMonth({ 100 }));
    EXPECT_EQ(UsageImport::suggestStable({ 100, 100, 100 }), std::optional(true));
    EXPECT_FALSE(UsageImport::suggestStable({ 100, 100 })); // too few months
    // 50 and 150 around 100, three times: a deviation of 100 * sqrt(2/3) = 81.6 %, unstable.
    EXPECT_EQ(UsageImport::suggestStable({ 50, 150, 100 }), std::optional(false));
    // Ten months of 100 and one of 40: the mean is 1040 / 11 = 94.5 and the deviation 17.2
    // (18 %), within 25 %, but 40 is below half the mean.
    std::vector<double> dip(10, 100.0);
    dip.push_back(40.0);
    const double mean = 1040.0 / 11.0;
    const double deviation = std::sqrt((10 * (100 - mean) * (100 - mean) + (40 - mean) * (40 - mean)) / 11.0);
    EXPECT_NEAR(UsageImport::coefficientOfVariation(dip).value_or(-1), deviation / mean, 1e-12);
    EXPECT_LT(deviation / mean, 0.25);
    EXPECT_EQ(UsageImport::suggestStable(dip), std::optional(false));
    // 90, 100, 110: a deviation of 8.2 %, no dip.
    EXPECT_EQ(UsageImport::suggestStable({ 90, 100, 110 }), std::optional(true));
}

TEST(UsageImport, MonthlyTokensIsTheMeanOfTheLastThreeFullMonths)
{
    // Five full months (January to May), then a partial June.
    std::ostringstream csv;
    csv << "Date,Slug,Usage,BYOK Usage,Requests,Prompt Tokens,Completion Tokens,Reasoning Tokens\n";
    const int tokens[] = { 1000, 2000, 3000, 4000, 5000 };
    for (int m = 1; m <= 5; ++m) {
        csv << "2026-0" << m << "-01,a/b,0,0,1," << tokens[m - 1] << ",0,0\n";
        csv << "2026-0" << m << (m == 2 ? "-28" : m == 4 ? "-30" : "-31") << ",a/b,0,0,1,0,0,0\n";
    }
    csv << "2026-06-01,a/b,0,0,1,9999,0,0\n";
    UsageImport import;
    import.addText(csv.str(), "activity.csv");
    const auto r = import.result();
    EXPECT_EQ(r.fullMonths, 5);
    EXPECT_TRUE(month(r, "2026-06")->partial);
    EXPECT_DOUBLE_EQ(r.monthlyTokens.value_or(-1), (3000.0 + 4000.0 + 5000.0) / 3.0);
    EXPECT_DOUBLE_EQ(r.inputShare.value_or(-1), 1.0);
}

TEST(UsageImport, AMonthWithNoRowIsAMonthOfNothing)
{
    UsageImport import;
    import.addText("Date,Prompt Tokens,Completion Tokens\n2026-01-01,100,0\n2026-03-31,100,0\n", "gap.csv");
    const auto r = import.result();
    ASSERT_EQ(r.months.size(), 3u);
    EXPECT_EQ(r.months[1].key(), "2026-02");
    EXPECT_DOUBLE_EQ(r.months[1].totals.tokens(), 0.0);
    EXPECT_FALSE(r.months[1].partial);
    EXPECT_EQ(r.fullMonths, 3);
}

TEST(UsageImport, FillSetsTheUsageFieldsWithTheirProvenance)
{
    const auto& guide = lowregret::Guide::builtIn();
    auto scenario = Scenario::withDefaults(guide.defaults());
    scenario.userSet.insert("input_share"); // typed once, now read from the file
    const auto r = read({ "openai-usage.csv" });
    const auto filled = UsageImport::fill(scenario, r);
    EXPECT_EQ(filled,
        (std::vector<std::string> {
            "answers.monthly_tokens", "input_share", "time.usage_growth_per_month", "time.cached_input_share" }));
    EXPECT_DOUBLE_EQ(scenario.answers.monthlyTokens.value_or(-1), 132500.0);
    EXPECT_FALSE(scenario.answers.usageStable); // no suggestion from two months
    EXPECT_FALSE(scenario.isUserSet("input_share"));
    // Shares to four decimals: 220,000 of 265,000 tokens are input.
    EXPECT_DOUBLE_EQ(scenario.inputShare, std::round(220000.0 / 265000.0 * 10000.0) / 10000.0);
    const auto& from = scenario.provenance.at("answers.monthly_tokens");
    EXPECT_EQ(from.files, std::vector<std::string> { "openai-usage.csv" });
    EXPECT_EQ(from.firstMonth, "2026-01");
    EXPECT_EQ(from.lastMonth, "2026-02");
    EXPECT_EQ(from.readAt.size(), std::string("2026-12-03T08:30:00Z").size());
    const Scenario::Provenance expected { { "openai-usage.csv" }, "2026-01", "2026-02", {} };
    EXPECT_EQ(expected.describe(Lang::En), "from openai-usage.csv, Jan 2026–Feb 2026");
    EXPECT_EQ(expected.describe(Lang::ZhHant), "取自 openai-usage.csv，2026 年 1 月至 2026 年 2 月");

    // Saved and read back, the provenance stays and the fields are not the user's.
    const auto back = Scenario::fromJson(scenario.toJson(), guide);
    ASSERT_TRUE(back.scenario) << back.errors.at(0).describe(Lang::En);
    EXPECT_TRUE(back.errors.empty());
    EXPECT_TRUE(back.warnings.empty());
    EXPECT_EQ(back.scenario->provenance, scenario.provenance);
    EXPECT_FALSE(back.scenario->isUserSet("answers.monthly_tokens"));
    EXPECT_FALSE(back.scenario->isUserSet("input_share"));

    // A field the user changes after is theirs, and loses its provenance.
    auto edited = *back.scenario;
    edited.answers.monthlyTokens = 200000.0;
    EXPECT_TRUE(edited.noteEditsSince(*back.scenario));
    EXPECT_TRUE(edited.isUserSet("answers.monthly_tokens"));
    EXPECT_FALSE(edited.provenance.count("answers.monthly_tokens"));
    EXPECT_TRUE(edited.provenance.count("input_share"));
}

TEST(UsageImport, ImportingAgainKeepsTheFieldsTheExports)
{
    const auto& guide = lowregret::Guide::builtIn();
    auto scenario = Scenario::withDefaults(guide.defaults());
    UsageImport::fill(scenario, read({ "openai-usage.csv" }), "2026-12-01T10:00:00Z");
    // The same file, later, with more usage in it: the value changes, the months do not.
    UsageImport more;
    more.addText(
        "Date,Prompt Tokens,Completion Tokens\n2026-01-01,1000,0\n2026-01-31,0,0\n2026-02-01,1000,0\n2026-02-28,0,0\n",
        "openai-usage.csv");
    const auto before = scenario;
    UsageImport::fill(scenario, more.result(), "2026-12-02T10:00:00Z");
    EXPECT_TRUE(scenario.noteEditsSince(before));
    EXPECT_FALSE(scenario.isUserSet("answers.monthly_tokens"));
    EXPECT_EQ(scenario.provenance.at("answers.monthly_tokens").readAt, "2026-12-02T10:00:00Z");
}

TEST(UsageImport, CostExportsCoverNoUsage)
{
    // Usage for January and February; spend into March: March is no month of zero usage.
    UsageImport import;
    import.addText("Date,Prompt Tokens,Completion Tokens\n2026-01-01,100,0\n2026-02-28,100,0\n", "usage.csv");
    import.addText("usage_date_utc,cost_usd\n2026-01-01,1\n2026-03-31,2\n", "cost.csv");
    const auto r = import.result();
    EXPECT_EQ(r.fullMonths, 2);
    EXPECT_TRUE(month(r, "2026-03")->partial);
    EXPECT_DOUBLE_EQ(r.monthlyTokens.value_or(-1), (100.0 + 100.0) / 2.0); // January and February only
    EXPECT_NEAR(month(r, "2026-01")->totals.spendUsd.value_or(-1), 1.0, 1e-12);
}

TEST(UsageImport, GrowthCountsAGapAsMonths)
{
    // 100 in January and 121 in March: 10 % a month over two months, not 21 % over one.
    EXPECT_NEAR(UsageImport::growthPerMonth({ 100, 121 }, { 1, 3 }).value_or(-1), 0.10, 1e-12);
}

TEST(UsageImport, AnUnterminatedQuoteNamesTheLineItStartsOn)
{
    UsageImport import;
    const auto& f
        = import.addText("Date,Prompt Tokens,Completion Tokens\n2026-01-01,5,5\n\"2026-01-02,7,7\n", "cut.csv");
    ASSERT_EQ(f.errors.size(), 1u);
    EXPECT_EQ(f.errors[0].kind, Problem::Kind::NotCsv);
    EXPECT_EQ(f.errors[0].value, "3");
}

TEST(UsageImport, TheAssumptionsTableSaysWhichFileAFieldCameFrom)
{
    const auto& guide = lowregret::Guide::builtIn();
    auto scenario = Scenario::withDefaults(guide.defaults());
    UsageImport::fill(scenario, read({ "openai-usage.csv" }));
    const auto decided = lowregret::Decision::decide(guide, scenario);
    for (const auto lang : { Lang::En, Lang::ZhHant }) {
        const auto sections = lowregret::Sections::build(
            guide, scenario, decided.outcome.value_or(lowregret::Decision::Outcome {}), nullptr, lang);
        const lowregret::Sections::Section* assumptions = nullptr;
        for (const auto& s : sections.sections)
            if (s.id == "assumptions")
                assumptions = &s;
        ASSERT_NE(assumptions, nullptr);
        const std::string from = scenario.provenance.at("answers.monthly_tokens").describe(lang);
        int rows = 0;
        for (const auto& b : assumptions->blocks)
            for (const auto& row : b.table.rows)
                if (row.size() == 3 && row[2] == from)
                    ++rows;
        // The monthly tokens, the input share, the growth and the cached share.
        EXPECT_EQ(rows, 4);
        int figures = 0;
        for (const auto& f : assumptions->figures)
            figures += f.source == "usage_import" ? 1 : 0;
        EXPECT_EQ(figures, 4);
    }
}

TEST(UsageImport, BadProvenanceInAScenarioFileIsNamed)
{
    const auto& guide = lowregret::Guide::builtIn();
    const auto r = Scenario::fromText(R"({"lowregret": 3, "answers": {"monthly_tokens": 5},
        "provenance": {"answers.monthly_tokens": {"files": ["a.csv"], "first_month": "2026-13", "last_month": "2026-02"},
                       "nothing.here": {}}})",
        "s.json", guide);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].path, "provenance.answers.monthly_tokens.first_month");
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_EQ(r.warnings[0].path, "provenance.nothing.here");
}

TEST(UsageImport, JsonOutputKeepsTheContractsNames)
{
    const auto json = UsageImport::toJson(read({ "openai-usage.csv", "litellm-spend-logs.csv" }));
    for (const char* key : { "files", "months", "monthly_tokens", "input_share", "cached_share",
             "coefficient_of_variation", "growth_per_month", "suggested" })
        EXPECT_TRUE(json.contains(key)) << key;
    EXPECT_TRUE(json["suggested"].contains("usage_stable"));
    const auto& file = json["files"][0];
    EXPECT_EQ(file["file"], "openai-usage.csv");
    EXPECT_EQ(file["layout"], "openai-usage-csv");
    EXPECT_EQ(file["rows"], 6);
    EXPECT_EQ(file["skipped"], 0);
    const auto& months = json["months"];
    bool sawLocal = false;
    for (const auto& m : months) {
        for (const char* key : { "month", "input_tokens", "cached_input_tokens", "output_tokens", "requests",
                 "spend_usd", "partial", "local" })
            EXPECT_TRUE(m.contains(key)) << key;
        if (m["local"] == true) {
            sawLocal = true;
            EXPECT_EQ(m["month"], "2026-01");
            EXPECT_EQ(m["input_tokens"], 2400);
        }
    }
    EXPECT_TRUE(sawLocal);
    EXPECT_EQ(months[0]["month"], "2025-12");
    EXPECT_TRUE(months[0]["spend_usd"].is_null());
}
