// A scenario's `local.sizing.measured_runs` (docs/scenario-format.md): llama-bench rows read into
// the sizing, their problems located in the file, and written back as they were.
#include "lowregret/guide/Guide.h"
#include "lowregret/outcome/Comparison.h"
#include "lowregret/scenario/Scenario.h"
#include "lowregret/sizing/MeasuredRuns.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iterator>
#include <string>

using lowregret::Guide;
using lowregret::Lang;
using lowregret::Problem;
using lowregret::Scenario;

namespace {

nlohmann::json benchRows(const std::string& name)
{
    std::ifstream in(LOWREGRET_SOURCE_DIR "/tests/data/llama-bench/" + name, std::ios::binary);
    return nlohmann::json::parse(std::string { std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>() });
}

nlohmann::json sizedScenario(const nlohmann::json& runs)
{
    auto s = nlohmann::json::parse(R"({"lowregret": 2, "answers": {"monthly_tokens": 12000000},
        "local": {"maintenance_hours_per_month": 4, "hourly_rate_usd": 50,
          "sizing": {"device": "rtx4090", "model": "llama-3.1-8b"}}})");
    s["local"]["sizing"]["measured_runs"] = runs;
    return s;
}

std::string firstError(const Scenario::LoadResult& r)
{
    return r.errors.empty() ? std::string() : r.errors.front().describe(Lang::En);
}

} // namespace

TEST(MeasuredRunsScenario, SavedRunsReadIntoTheSizingAndWriteBackAsTheyWere)
{
    auto rows = benchRows("rtx4090-llama-3.1-8b.json");
    for (const auto& row : benchRows("rtx4090-gpt-oss-20b-depth.json"))
        rows.push_back(row);
    const auto loaded = Scenario::fromJson(sizedScenario(rows), Guide::builtIn());
    ASSERT_TRUE(loaded.scenario) << firstError(loaded);
    EXPECT_TRUE(loaded.warnings.empty()) << loaded.warnings.front().describe(Lang::En); // a known field
    const auto& sizing = *loaded.scenario->local.sizing;
    ASSERT_EQ(sizing.measured.runs.size(), 6u);
    EXPECT_TRUE(sizing.measured.problems.empty());
    const auto* tg = sizing.measured.generation("llama-3.1-8b", "q4_k_m", "rtx4090", 1, 0);
    ASSERT_NE(tg, nullptr);
    EXPECT_DOUBLE_EQ(tg->avgTs, 130.520538);
    EXPECT_EQ(sizing.measured.runs[5].model, "gpt-oss-20b");

    // Written back: the rows unchanged, in a version 2 file that reads again the same.
    const auto written = loaded.scenario->toJson();
    EXPECT_EQ(written["local"]["sizing"]["measured_runs"], rows);
    EXPECT_EQ(written["lowregret"], 2);
    const auto again = Scenario::fromText(written.dump(2), "again.json", Guide::builtIn());
    ASSERT_TRUE(again.scenario) << firstError(again);
    EXPECT_TRUE(again.warnings.empty());
    EXPECT_EQ(*again.scenario->local.sizing, sizing);
    EXPECT_EQ(again.scenario->toJson(), written);
}

TEST(MeasuredRunsScenario, AFileWithoutRunsKeepsItsMeaningAndIsWrittenWithoutThem)
{
    auto s = sizedScenario(nullptr);
    s["local"]["sizing"].erase("measured_runs");
    const auto loaded = Scenario::fromJson(s, Guide::builtIn());
    ASSERT_TRUE(loaded.scenario) << firstError(loaded);
    EXPECT_TRUE(loaded.scenario->local.sizing->measured.runs.empty());
    EXPECT_FALSE(loaded.scenario->toJson()["local"]["sizing"].contains("measured_runs"));
    // null and an empty list are the same as none.
    for (const auto& none : { nlohmann::json(nullptr), nlohmann::json::array() }) {
        const auto r = Scenario::fromJson(sizedScenario(none), Guide::builtIn());
        ASSERT_TRUE(r.scenario) << firstError(r);
        EXPECT_EQ(*r.scenario->local.sizing, *loaded.scenario->local.sizing);
    }
}

TEST(MeasuredRunsScenario, ABadRowIsAnErrorLocatedInTheFile)
{
    auto rows = benchRows("rtx4090-llama-3.1-8b.json");
    rows.push_back(rows[1]);
    rows[2]["avg_ts"] = "fast";
    const auto r = Scenario::fromJson(sizedScenario(rows), Guide::builtIn());
    EXPECT_FALSE(r.scenario);
    ASSERT_EQ(r.errors.size(), 1u) << firstError(r);
    EXPECT_EQ(r.errors[0].path, "local.sizing.measured_runs[2].avg_ts");
    EXPECT_EQ(r.errors[0].kind, Problem::Kind::WrongType);
    EXPECT_EQ(r.errors[0].describe(Lang::En), "local.sizing.measured_runs[2].avg_ts: must be a number");

    const auto notList = Scenario::fromJson(sizedScenario({ { "avg_ts", 130.5 } }), Guide::builtIn());
    EXPECT_FALSE(notList.scenario);
    ASSERT_EQ(notList.errors.size(), 1u);
    EXPECT_EQ(notList.errors[0].path, "local.sizing.measured_runs");
    EXPECT_EQ(notList.errors[0].kind, Problem::Kind::WrongType);
    EXPECT_EQ(notList.errors[0].expected, "array");
}

TEST(MeasuredRunsScenario, AComparisonCountsTheRunsInsteadOfShowingTheRows)
{
    const auto with = Scenario::fromJson(sizedScenario(benchRows("rtx4090-llama-3.1-8b.json")), Guide::builtIn());
    const auto without = Scenario::fromJson(sizedScenario(nullptr), Guide::builtIn());
    ASSERT_TRUE(with.scenario && without.scenario);
    const auto c = lowregret::Comparison::build(
        Guide::builtIn(), { { "with.json", *with.scenario }, { "without.json", *without.scenario } }, nullptr, false);
    const lowregret::Comparison::Difference* runs = nullptr;
    for (const auto& d : c.differences)
        if (d.field == "local.sizing.measured_runs")
            runs = &d;
    ASSERT_NE(runs, nullptr);
    ASSERT_EQ(runs->values.size(), 2u);
    EXPECT_EQ(runs->values[0], nlohmann::json(2)); // the file's two rows
    EXPECT_EQ(runs->values[1], nlohmann::json(0));
    EXPECT_EQ(lowregret::Comparison::inputLabel(runs->field, Lang::En), "Measured runs (llama-bench)");
    EXPECT_EQ(lowregret::Comparison::inputLabel(runs->field, Lang::ZhHant), "實測結果（llama-bench）");
    EXPECT_EQ(lowregret::Comparison::inputText(runs->field, runs->values[0], Lang::En, {}), "2");
}
