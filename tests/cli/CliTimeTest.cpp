// `decide --format csv` and the time figures of `decide --format json` (docs/cli.md), on the
// guide's GPT-4 example (540 a month on the cloud; 2,000 up front and 30 a month locally).
#include "CliFixture.h"

#include <sstream>

using namespace cli_test;

namespace {

std::vector<std::vector<std::string>> csvRows(const std::string& text)
{
    std::vector<std::vector<std::string>> rows;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        std::vector<std::string> cells;
        std::string cell;
        std::istringstream l(line);
        while (std::getline(l, cell, ','))
            cells.push_back(cell);
        if (!line.empty() && line.back() == ',')
            cells.emplace_back();
        rows.push_back(cells);
    }
    return rows;
}

} // namespace

TEST_F(Cli, CsvIsTheMonthlySeriesOneRowAMonth)
{
    const Result r = decideFile("s.json", gpt4Example(), { "--format", "csv" });
    ASSERT_EQ(r.status, 0) << r.err;
    const auto rows = csvRows(r.out);
    ASSERT_EQ(rows.size(), 1U + 13U); // the header, month 0 (up front) and months 1 to 12
    EXPECT_EQ(rows[0],
        (std::vector<std::string> { "month", "tokens", "cloud", "local", "hybrid", "cloud_cumulative",
            "local_cumulative", "hybrid_cumulative", "currency" }));
    EXPECT_EQ(rows[1], (std::vector<std::string> { "0", "0", "0.00", "2000.00", "", "0.00", "2000.00", "", "USD" }));
    EXPECT_EQ(rows[13][0], "12");
    EXPECT_EQ(rows[13][1], "12000000");
    EXPECT_EQ(rows[13][2], "540.00");
    EXPECT_EQ(rows[13][5], "6480.00"); // 540 × 12
    EXPECT_EQ(rows[13][6], "2360.00"); // 2,000 + 30 × 12
    EXPECT_NE(r.out.find("\r\n"), std::string::npos);
}

TEST_F(Cli, CsvFollowsGrowthAndTheHybrid)
{
    json s = gpt4Example();
    s["lowregret"] = 3;
    s["time"] = { { "usage_growth_per_month", 0.05 } };
    s["hybrid"] = { { "local_share", 0.3 } };
    const Result r = decideFile("s.json", s, { "--format", "csv" });
    ASSERT_EQ(r.status, 0) << r.err;
    const auto rows = csvRows(r.out);
    ASSERT_EQ(rows.size(), 14U);
    // Month 2: 12M × 1.05 tokens, 540 × 1.05 on the cloud, and the hybrid's 30 locally plus
    // 70 % of the cloud bill.
    EXPECT_EQ(rows[3][1], "12600000");
    EXPECT_EQ(rows[3][2], "567.00");
    EXPECT_EQ(rows[3][4], "426.90"); // 30 + 0.7 × 567
    EXPECT_EQ(rows[1][4], "2000.00");
}

TEST_F(Cli, CsvIsForDecideOnly)
{
    const Result r = run({ "sensitivity", write("s.json", gpt4Example()).string(), "--format", "csv" });
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("CSV"), std::string::npos) << r.err;
}

TEST_F(Cli, JsonHasTheOneThreeAndFiveYearTotalsAndTheHybrid)
{
    json s = gpt4Example();
    s["lowregret"] = 3;
    s["time"] = { { "hardware_resale_share", 0.4 } };
    s["hybrid"] = { { "local_share", 0.3 } };
    const Result r = decideFile("s.json", s, { "--format", "json" });
    ASSERT_EQ(r.status, 0) << r.err;
    const json costs = json::parse(r.out)["costs"];
    for (const int n : { 12, 36, 60 }) {
        const json h = costs["horizons"][std::to_string(n)];
        EXPECT_DOUBLE_EQ(h["cloud"].get<double>(), 540.0 * n);
        EXPECT_DOUBLE_EQ(h["local"].get<double>(), 2000.0 + 30.0 * n - 0.4 * 2000);
        EXPECT_DOUBLE_EQ(h["hybrid"].get<double>(), 2000.0 + (30.0 + 0.7 * 540) * n - 0.4 * 2000);
    }
    EXPECT_DOUBLE_EQ(costs["local"]["resale"].get<double>(), 800.0);
    EXPECT_DOUBLE_EQ(costs["hybrid"]["local_share"].get<double>(), 0.3);
    EXPECT_DOUBLE_EQ(costs["hybrid"]["breakeven_months"].get<double>(), 2000.0 / (540.0 - (30.0 + 0.7 * 540)));
    // Breakeven is on the money paid: the resale does not move it.
    EXPECT_DOUBLE_EQ(costs["breakeven_months"].get<double>(), 2000.0 / 510.0);
    // Without a hybrid the field is there and null.
    const Result flat = decideFile("f.json", gpt4Example(), { "--format", "json" });
    EXPECT_TRUE(json::parse(flat.out)["costs"]["hybrid"].is_null());
    EXPECT_TRUE(json::parse(flat.out)["costs"]["horizons"]["36"]["hybrid"].is_null());
}
