// The command line's Chinese output as a reader in Taiwan reads it: every example scenario's
// `decide` and `sensitivity`, laid out for the terminal (columns, and a list where a table is too
// wide), with no space between two Han characters and never two punctuation marks in a row.
#include "../core/HanText.h"
#include "CliFixture.h"

#include <string_view>

using namespace cli_test;

namespace {

using han::decoded;
using han::isHan;
using han::isMark;

void expectTaiwanese(const std::string& name, const std::string& out)
{
    std::istringstream lines(out);
    for (std::string line; std::getline(lines, line);) {
        const std::u32string t = decoded(line);
        for (std::size_t i = 1; i < t.size(); ++i) {
            if (i + 1 < t.size() && t[i] == U' ' && isHan(t[i - 1]) && isHan(t[i + 1]))
                ADD_FAILURE() << name << ": a space between Han characters: " << line;
            if ((isMark(t[i - 1]) && isMark(t[i])) || (t[i - 1] == U'）' && t[i] == U'）'))
                ADD_FAILURE() << name << ": doubled punctuation: " << line;
        }
    }
}

} // namespace

TEST_F(Cli, ChineseOutputOfEveryExampleReadsAsTaiwanWritesIt)
{
    for (const auto& file : fs::directory_iterator(LOWREGRET_SOURCE_DIR "/docs/examples")) {
        for (const char* command : { "decide", "sensitivity" }) {
            const Result r = run({ command, file.path().string(), "--lang", "zh-Hant" });
            ASSERT_EQ(r.status, 0) << r.err;
            expectTaiwanese(file.path().filename().string() + " " + command, r.out);
        }
    }
}

// Compared side by side: the setup's device and model joined by a full-width comma in Chinese.
TEST_F(Cli, TheComparisonIsChineseToo)
{
    const Result r = run({ "compare", LOWREGRET_SOURCE_DIR "/docs/examples/gpt4-12m.json",
        LOWREGRET_SOURCE_DIR "/docs/examples/sized-4090.json", "--lang", "zh-Hant" });
    ASSERT_EQ(r.status, 0) << r.err;
    expectTaiwanese("compare", r.out);
    std::string joined = r.out; // the lines of one item joined again
    for (auto at = joined.find("\n    "); at != std::string::npos; at = joined.find("\n    "))
        joined.replace(at, 5, " ");
    EXPECT_TRUE(contains(joined, "1 × RTX 4090，Llama 3.1 8B")) << r.out;
}

// The sized example's assumptions are too wide for 80 columns: a list, each row an item and its
// cells named by their headers with a colon, as the products' details are.
TEST_F(Cli, AListNamesEachCellWithAColon)
{
    const Result r = run({ "decide", LOWREGRET_SOURCE_DIR "/docs/examples/sized-4090.json", "--lang", "zh-Hant" });
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "  • 每月 tokens\n    數值：1,200 萬 tokens；設定來源：你\n")) << r.out;
    EXPECT_FALSE(contains(r.out, "設定來源 你")) << r.out;
    const Result en = run({ "decide", LOWREGRET_SOURCE_DIR "/docs/examples/sized-4090.json" });
    ASSERT_EQ(en.status, 0) << en.err;
    EXPECT_TRUE(contains(en.out, "  • Monthly tokens\n    Value: 12,000,000 tokens; Set by: you\n")) << en.out;
}
