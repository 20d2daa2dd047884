// lowregret-cli refuses bad files and bad usage: exit 2 and a message naming the problem.
#include "CliFixture.h"

using namespace cli_test;

namespace {

// ---------------------------------------------------------------------------------------
// Bad input

TEST_F(Cli, NotJsonIsRefused)
{
    const auto file = writeText("broken.json", "{ \"lowregret\": 1, \"answers\": ");
    expectRefused(run({ "decide", file.string() }), { file.string(), "JSON" });
}

TEST_F(Cli, AnEmptyFileIsRefused)
{
    const auto file = writeText("empty.json", "");
    expectRefused(run({ "decide", file.string() }), { file.string(), "JSON" });
}

TEST_F(Cli, ATopLevelArrayIsRefused)
{
    const auto file = writeText("array.json", "[1, 2, 3]");
    expectRefused(run({ "decide", file.string() }), { file.string(), "object" });
}

TEST_F(Cli, ANumberTooLargeForADoubleIsRefusedCleanly)
{
    // 1e400 is valid JSON syntax but overflows a double; the parser reports it with its own
    // exception text, which must not reach the user.
    const auto file = writeText("overflow.json", R"({"lowregret": 1, "answers": {"monthly_tokens": 1e400}})");
    expectRefused(run({ "decide", file.string() }), { file.string(), "1e400" });
}

TEST_F(Cli, MonthlyTokensAsAStringIsAWrongType)
{
    json s = gpt4Example();
    s["answers"]["monthly_tokens"] = "12000000";
    const auto file = write("string.json", s);
    expectRefused(run({ "decide", file.string() }), { file.string(), "answers.monthly_tokens", "number" });
}

TEST_F(Cli, AnAnswerOfTheWrongTypeIsRefused)
{
    json s = gpt4Example();
    s["answers"]["usage_stable"] = "yes";
    expectRefused(decideFile("yes.json", s), { "answers.usage_stable", "true", "false" });
}

TEST_F(Cli, InputShareAboveOneIsOutOfRange)
{
    json s = gpt4Example();
    s["input_share"] = 1.5;
    expectRefused(decideFile("share.json", s), { "input_share", "from 0 to 1", "1.5" });
}

TEST_F(Cli, MonthlyTokensAboveOneTrillionIsOutOfRange)
{
    json s = gpt4Example();
    s["answers"]["monthly_tokens"] = 2e12;
    expectRefused(decideFile("tokens.json", s), { "answers.monthly_tokens", "from 0 to" });
}

TEST_F(Cli, HorizonMustBeOneTo240Months)
{
    for (const int months : { 0, 241 }) {
        json s = gpt4Example();
        s["horizon_months"] = months;
        expectRefused(decideFile("horizon-" + std::to_string(months) + ".json", s),
            { "horizon_months", "from 1 to 240", std::to_string(months) });
    }
    // The limits themselves are accepted.
    for (const int months : { 1, 240 }) {
        json s = gpt4Example();
        s["horizon_months"] = months;
        const json j = decideJson(s);
        ASSERT_TRUE(j.is_object()) << months;
        EXPECT_EQ(j["costs"]["series"].size(), std::size_t(months) + 1);
    }
}

TEST_F(Cli, APriceOver10000PerMillionIsOutOfRange)
{
    json s = gpt4Example();
    s["cloud"]["output_usd_per_mtok"] = 10001;
    expectRefused(decideFile("price.json", s), { "cloud.output_usd_per_mtok", "10,000" });
}

TEST_F(Cli, NegativeHardwareIsOutOfRange)
{
    json s = gpt4Example();
    s["local"]["hardware_usd"] = -1;
    expectRefused(decideFile("hardware.json", s), { "local.hardware_usd", "from 0" });
}

TEST_F(Cli, AMissingFileIsRefused)
{
    const auto file = (m_dir / "no-such-scenario.json").string();
    expectRefused(run({ "decide", file }), { file, "no such file" });
}

TEST_F(Cli, ADirectoryIsRefused)
{
    const auto dir = m_dir / "folder.json";
    fs::create_directories(dir);
    expectRefused(run({ "decide", dir.string() }), { dir.string(), "a folder, not a file" });
}

TEST_F(Cli, InvalidUtf8IsRefused)
{
    const std::string text = std::string(R"({"lowregret": 1, "cloud": {"model": "gpt)") + "\xff\xfe" + R"(4"}})";
    const auto file = writeText("latin1.json", text);
    expectRefused(run({ "decide", file.string() }), { file.string(), "UTF-8" });
}

TEST_F(Cli, DeepNestingIsRefused)
{
    const auto file = writeText("deep.json", std::string(10000, '['));
    expectRefused(run({ "decide", file.string() }), { file.string(), "32" });
}

TEST_F(Cli, AFileOverOneMebibyteIsRefused)
{
    const std::string padding(1024 * 1024, ' ');
    const auto file = writeText("huge.json", padding + gpt4Example().dump() + padding);
    ASSERT_GT(fs::file_size(file), 2u * 1024 * 1024);
    expectRefused(run({ "decide", file.string() }), { file.string(), "too large", "1 MiB" });
}

TEST_F(Cli, ANewerFormatVersionIsRefused)
{
    json s = gpt4Example();
    s["lowregret"] = 4; // one past the newest version, 3
    expectRefused(decideFile("future.json", s), { "lowregret", "newer", "update" });
}

TEST_F(Cli, AnUnknownExclusionIsRefused)
{
    json s = gpt4Example();
    s["answers"]["exclusions"] = { "bored" };
    expectRefused(decideFile("exclusion.json", s), { "answers.exclusions[0]", "bored", "validating" });
}

TEST_F(Cli, AnAnswerTheFlowchartNeedsIsMissing)
{
    const auto s = json::parse(R"({"lowregret": 1, "answers": {"monthly_tokens": 12000000, "usage_stable": true}})");
    const auto file = write("incomplete.json", s);
    expectRefused(run({ "decide", file.string() }), { file.string(), "answers.data_sensitive" });
}

TEST_F(Cli, ErrorsAreInChineseWithZhHant)
{
    json s = gpt4Example();
    s["answers"]["monthly_tokens"] = "many";
    expectRefused(decideFile("string.json", s, { "--lang", "zh-Hant" }), { "錯誤", "answers.monthly_tokens" });
}

TEST_F(Cli, AnUnknownFieldIsIgnoredWithAWarning)
{
    json s = gpt4Example();
    s["colour"] = "blue";
    s["cloud"]["vendor"] = "acme";
    const auto file = write("extra.json", s);
    const Result r = run({ "decide", file.string(), "--format", "json" });
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(contains(r.err, "colour")) << r.err;
    EXPECT_TRUE(contains(r.err, "cloud.vendor")) << r.err;
    EXPECT_TRUE(contains(r.err, "ignored")) << r.err;
    const json j = json::parse(r.out, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << r.out;
    EXPECT_EQ(j["leaf"], "mid.local.breakeven");
}

// ---------------------------------------------------------------------------------------
// The command line itself

TEST_F(Cli, HelpExitsZeroAndDescribesDecide)
{
    const Result r = run({ "--help" });
    EXPECT_EQ(r.status, 0);
    EXPECT_TRUE(contains(r.out, "decide")) << r.out;
    EXPECT_TRUE(contains(r.out, "--format")) << r.out;
    EXPECT_EQ(r.err, "");
}

TEST_F(Cli, VersionPrintsTheProjectVersion)
{
    const Result r = run({ "--version" });
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(r.out, std::string("lowregret-cli ") + LOWREGRET_VERSION + "\n");
}

TEST_F(Cli, AnUnknownOptionIsAUsageError)
{
    const auto file = write("gpt4.json", gpt4Example());
    const Result r = run({ "decide", file.string(), "--frobnicate" });
    expectRefused(r, { "--frobnicate", "--help" });
}

TEST_F(Cli, BadUsageExitsTwo)
{
    const auto file = write("gpt4.json", gpt4Example()).string();
    expectRefused(run({ "decide" }), { "SCENARIO" });
    expectRefused(run({ "explain", file }), { "explain" });
    expectRefused(run({ "decide", file, "--format", "xml" }), { "xml" });
    expectRefused(run({ "decide", file, "--lang", "fr" }), { "fr" });
    expectRefused(run({ "decide", file, "--format" }), { "--format" });
}

} // namespace
