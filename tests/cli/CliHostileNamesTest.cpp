// Names from files that would act on a terminal or a spreadsheet (escape sequences, a bell,
// backspaces, bidirectional overrides, formulas) reach the command line's output, and its
// errors, as plain text.
#include "CliFixture.h"

using namespace cli_test;

namespace {

// The raw bytes that act on a terminal or reorder a line: C0 but line feed, carriage return
// (only before a line feed) and tab, DEL, C1 (C2 80–9F) and the bidirectional controls.
::testing::AssertionResult plainForATerminal(const std::string& text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
        const auto third = i + 2 < text.size() ? static_cast<unsigned char>(text[i + 2]) : 0;
        const bool control = (c < 0x20 && c != '\n' && c != '\t' && !(c == '\r' && next == '\n')) || c == 0x7F
            || (c == 0xC2 && next >= 0x80 && next <= 0x9F);
        const bool bidi = (c == 0xD8 && next == 0x9C)
            || (c == 0xE2 && next == 0x80 && (third == 0x8E || third == 0x8F || (third >= 0xAA && third <= 0xAE)))
            || (c == 0xE2 && next == 0x81 && third >= 0xA6 && third <= 0xA9);
        if (control || bidi)
            return ::testing::AssertionFailure()
                << "byte " << int(c) << " at " << i << " in: " << text.substr(i > 40 ? i - 40 : 0, 80);
    }
    return ::testing::AssertionSuccess();
}

const std::string k_evil = "\x1b]0;owned\x07\x1b[31m\xe2\x80\xae"
                           "10-10-6202\b\b\xc2\x9b";

} // namespace

TEST_F(Cli, AHostileFileNameAndModelNameReachStderrAsPlainText)
{
    json s = gpt4Example();
    s["cloud"]["model"] = "acme/" + k_evil;
    const auto file = write("plan" + k_evil + ".json", s);
    for (const char* lang : { "en", "zh-Hant" }) {
        // An unknown model is warned of, and the prices used.
        const auto r = run({ "decide", file.string(), "--lang", lang });
        EXPECT_EQ(r.status, 0) << r.err;
        EXPECT_FALSE(r.err.empty());
        EXPECT_TRUE(plainForATerminal(r.err));
        EXPECT_TRUE(plainForATerminal(r.out));
        // What is left of the names is still there, to find the file and the model by.
        EXPECT_TRUE(contains(r.err, "plan]0;owned[31m10-10-6202.json")) << r.err;
        EXPECT_TRUE(contains(r.err, "acme/]0;owned[31m10-10-6202")) << r.err;
    }
    const auto broken = writeText("broken" + k_evil + ".json", "{\"lowregret\": 1, \"answers\": " + k_evil);
    const auto r = run({ "decide", broken.string() });
    EXPECT_EQ(r.status, 2) << r.err;
    EXPECT_TRUE(plainForATerminal(r.err));
    EXPECT_TRUE(contains(r.err, "broken]0;owned[31m10-10-6202.json")) << r.err;
}

TEST_F(Cli, AHostileCatalogNameReachesTheReportAsPlainText)
{
    const json catalog = { { "lowregret_catalog", 1 },
        { "offers",
            { { { "id", "acme/evil" }, { "model", "Evil" + k_evil }, { "provider", "<b>Acme</b>" + k_evil },
                { "input_usd_per_mtok", 30 }, { "output_usd_per_mtok", 60 }, { "as_of", "2026-01-01" },
                { "source", "https://example.com/" + k_evil } } } } };
    fs::create_directories(m_dir / "data" / "lowregret" / "catalog");
    writeText("data/lowregret/catalog/user.json", catalog.dump());
    json s = gpt4Example();
    s["cloud"]["model"] = "acme/evil";
    const auto file = write("plan.json", s);
    for (const char* format : { "text", "json", "csv" }) {
        const auto r = run({ "decide", file.string(), "--format", format });
        EXPECT_EQ(r.status, 0) << r.err;
        EXPECT_TRUE(plainForATerminal(r.out)) << format;
        EXPECT_TRUE(plainForATerminal(r.err)) << format;
        if (std::string(format) == "text")
            EXPECT_TRUE(contains(r.out, "Evil]0;owned[31m10-10-6202")) << r.out;
    }
    const auto prices = run({ "prices" });
    EXPECT_TRUE(plainForATerminal(prices.out));
}

TEST_F(Cli, CompareCsvNeutralisesAFileNamedLikeAFormula)
{
    const auto a = write("=1+2.json", gpt4Example());
    const auto b = write("@SUM(A1)" + k_evil + ".json", gpt4Example());
    const auto r = run({ "compare", a.string(), b.string(), "--format", "csv" });
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(plainForATerminal(r.out));
    // 13 rows a file (months 0 to 12), each naming the file with an apostrophe in front.
    std::size_t first = 0;
    std::size_t second = 0;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) {
        first += line.rfind("'=1+2.json,", 0) == 0;
        second += line.rfind("'@SUM(A1)]0;owned[31m10-10-6202.json,", 0) == 0;
        EXPECT_TRUE(line.empty() || (line[0] != '=' && line[0] != '@' && line[0] != '+' && line[0] != '-')) << line;
    }
    EXPECT_EQ(first, 13u) << r.out;
    EXPECT_EQ(second, 13u) << r.out;
    const auto text = run({ "compare", a.string(), b.string() });
    EXPECT_TRUE(plainForATerminal(text.out));
}

TEST_F(Cli, AUsageExportWithAHostileModelNameIsReportedAsPlainText)
{
    const auto file = writeText("usage" + k_evil + ".csv",
        "start_time,end_time,start_time_iso,end_time_iso,project_id,num_model_requests,user_id,api_key_id,model,"
        "batch,service_tier,input_tokens,output_tokens,input_cached_tokens\n"
        "1767225600,1767312000,2026-01-01T00:00:00+00:00,2026-01-02T00:00:00+00:00,p,10,,,\""
            + k_evil + "\",FALSE,default,1000,500,0\n");
    for (const char* format : { "text", "json" }) {
        const auto r = run({ "usage", file.string(), "--format", format });
        EXPECT_TRUE(plainForATerminal(r.out)) << format;
        EXPECT_TRUE(plainForATerminal(r.err)) << format;
    }
}

TEST_F(Cli, ALiteLlmFileWithHostileNamesImportsPlainText)
{
    const json prices = { { "gpt" + k_evil,
        { { "litellm_provider", "acme" + k_evil }, { "mode", "chat" }, { "input_cost_per_token", 1e-6 },
            { "output_cost_per_token", 2e-6 } } } };
    const auto file = writeText("prices" + k_evil + ".json", prices.dump());
    const auto r = run({ "import-prices", file.string(), "--as-of", "2026-01-01" });
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(plainForATerminal(r.out));
    EXPECT_TRUE(plainForATerminal(r.err));
    const auto list = run({ "prices" });
    EXPECT_TRUE(plainForATerminal(list.out));
    EXPECT_TRUE(contains(list.out, "gpt]0;owned[31m10-10-6202")) << list.out;
}
