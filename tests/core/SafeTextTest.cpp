// SafeText: a name from a file made fit to show, and a CSV cell that cannot run as a formula.
#include "lowregret/io/SafeText.h"

#include "lowregret/costs/CostCsv.h"
#include "lowregret/guide/Guide.h"
#include "lowregret/io/Problem.h"
#include "lowregret/outcome/Comparison.h"

#include "Gpt4Example.h"
#include "HostileText.h"

#include <gtest/gtest.h>

using lowregret::SafeText;

TEST(SafeText, ControlAndBidirectionalCharactersAreDropped)
{
    EXPECT_EQ(SafeText::name("\x1b[31mred\x1b[0m"), "[31mred[0m");
    EXPECT_EQ(SafeText::name("\x1b]0;title\x07"), "]0;title");
    EXPECT_EQ(SafeText::name("back\bspace\x7f"), "backspace");
    EXPECT_EQ(SafeText::name("c1\xc2\x9b"
                             "31m"),
        "c131m");
    // U+202E would show "2026-01-01" as "10-10-6202".
    EXPECT_EQ(SafeText::name("\xe2\x80\xae"
                             "2026-01-01"),
        "2026-01-01");
    EXPECT_EQ(SafeText::name("a\xe2\x80\xaa"
                             "b\xe2\x80\xab"
                             "c\xe2\x80\xac"
                             "d\xe2\x80\xad"
                             "e\xe2\x81\xa6"
                             "f\xe2\x81\xa7"
                             "g\xe2\x81\xa8"
                             "h\xe2\x81\xa9"
                             "i\xe2\x80\x8e"
                             "j\xe2\x80\x8f"
                             "k\xd8\x9c"
                             "l"),
        "abcdefghijkl");
    // Line breaks and tabs are spaces: a name is one line.
    EXPECT_EQ(SafeText::name("line\nbreak\r\ttab"), "line break  tab");
    // Other text, Han characters and markup included, is left as it is: showing it as text is
    // the renderer's part.
    EXPECT_EQ(SafeText::name("臺灣 <b>€</b> — ok"), "臺灣 <b>€</b> — ok");
}

TEST(SafeText, InvalidUtf8BecomesTheReplacementCharacter)
{
    EXPECT_EQ(SafeText::name("bad\xff"
                             "x"),
        "bad\xef\xbf\xbd"
        "x");
    EXPECT_EQ(SafeText::name("cut \xe4\xb8"), "cut \xef\xbf\xbd\xef\xbf\xbd");
    // An overlong "/" (C0 AF) and a surrogate (ED A0 80) are not characters either.
    EXPECT_EQ(SafeText::name("\xc0\xaf"), "\xef\xbf\xbd\xef\xbf\xbd");
    EXPECT_EQ(SafeText::name("\xed\xa0\x80"), "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
}

TEST(SafeText, ALongNameIsCutAtACharacterWithAnEllipsis)
{
    EXPECT_EQ(SafeText::name(std::string(200, 'a')), std::string(200, 'a'));
    // 201 characters: the first 199 and "…", 200 in all.
    EXPECT_EQ(SafeText::name(std::string(201, 'a')), std::string(199, 'a') + "\u2026");
    // Three bytes a character: cut between characters, never inside one.
    std::string han;
    for (int i = 0; i < 300; ++i)
        han += "中";
    std::string expected;
    for (int i = 0; i < 199; ++i)
        expected += "中";
    EXPECT_EQ(SafeText::name(han), expected + "\u2026");
    EXPECT_EQ(SafeText::name("abcdef", 4), "abc\u2026");
    // Dropped characters do not count.
    EXPECT_EQ(SafeText::name(std::string(500, '\x07') + "abc", 3), "abc");
    // A megabyte is read once and comes out at 200 characters.
    EXPECT_EQ(hostile::characters(SafeText::name(std::string(1024 * 1024, 'x'))), SafeText::maxNameChars);
}

TEST(SafeText, IsNameSaysWhetherANameIsLeftAsItIs)
{
    EXPECT_TRUE(SafeText::isName("GPT-4o"));
    EXPECT_TRUE(SafeText::isName(""));
    EXPECT_FALSE(SafeText::isName("a\tb"));
    EXPECT_FALSE(SafeText::isName(std::string(201, 'a')));
}

TEST(SafeText, ACsvCellThatWouldRunAsAFormulaGetsAnApostrophe)
{
    for (const char* formula : { "=1+2", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "-", "+", "=", "-1-", "-e5" })
        EXPECT_EQ(SafeText::csvCell(formula), std::string("'") + formula) << formula;
    for (const char* number : { "-12.5", "+3", "-0.25", "1e-9", "-2E+10", "12", ".5", "-.5" })
        EXPECT_EQ(SafeText::csvCell(number), number) << number;
    for (const char* text : { "", "plan.json", "a=b", "x-1", "'=1" })
        EXPECT_EQ(SafeText::csvCell(text), text) << text;
    // Quoted after, as RFC 4180 has it.
    EXPECT_EQ(SafeText::csvField("=HYPERLINK(\"http://x\",\"y\")"), "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    EXPECT_EQ(SafeText::csvField("a,b"), "\"a,b\"");
    EXPECT_EQ(SafeText::csvField("-12.5"), "-12.5");
}

TEST(SafeText, AProblemQuotesAHostileValueAsOneShortLine)
{
    const lowregret::Problem p { .path = "plan\x1b]0;owned\x07.json: cloud.model",
        .kind = lowregret::Problem::Kind::UnknownValue,
        .value = "\xe2\x80\xae" + std::string(5000, 'x') };
    for (const auto lang : { lowregret::Lang::En, lowregret::Lang::ZhHant }) {
        const auto text = p.describe(lang);
        EXPECT_TRUE(hostile::showable(text, 2 * SafeText::maxNameChars + 100)) << text;
        EXPECT_NE(text.find("plan]0;owned.json: cloud.model"), std::string::npos) << text;
        EXPECT_NE(text.find(std::string(199, 'x') + "\u2026"), std::string::npos) << text;
    }
}

TEST(SafeText, TheDecideCsvKeepsANegativeAmountAsANumber)
{
    // Resale above what is left to pay makes a month's local cost negative: -12.50, not '-12.50.
    lowregret::CostModel::Summary summary;
    lowregret::CostModel::Point p;
    p.month = 1;
    p.tokens = 1000;
    p.cloudMonth = 2.0;
    p.localMonth = -12.5;
    p.cloud = 2.0;
    p.local = -12.5;
    summary.series.push_back(p);
    const auto csv = lowregret::CostCsv::series(summary, lowregret::Currency {});
    EXPECT_NE(csv.find("\r\n1,1000,2.00,-12.50,,2.00,-12.50,,USD\r\n"), std::string::npos) << csv;
    EXPECT_EQ(csv.find('\''), std::string::npos) << csv;
}

TEST(SafeText, TheComparisonCsvNeutralisesAFileNamedLikeAFormula)
{
    const auto& guide = lowregret::Guide::builtIn();
    const auto s = test_scenario::gpt4Example();
    const auto comparison = lowregret::Comparison::build(
        guide, { { "=HYPERLINK(\"http://x\",\"y\")", s }, { "-2+3", s }, { "plain.json", s } }, nullptr, false);
    const auto csv = comparison.csv();
    // One row a month from 0 to 12 for each file, after the header.
    std::size_t formula = 0;
    std::size_t sum = 0;
    std::size_t plain = 0;
    for (std::size_t at = csv.find("\r\n"); at != std::string::npos && at + 2 < csv.size();
         at = csv.find("\r\n", at + 2)) {
        const auto line = csv.substr(at + 2, csv.find("\r\n", at + 2) - at - 2);
        formula += line.rfind("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",", 0) == 0;
        sum += line.rfind("'-2+3,", 0) == 0;
        plain += line.rfind("plain.json,", 0) == 0;
        EXPECT_TRUE(line.front() != '=' && line.front() != '+' && line.front() != '-' && line.front() != '@') << line;
    }
    EXPECT_EQ(formula, 13u);
    EXPECT_EQ(sum, 13u);
    EXPECT_EQ(plain, 13u);
}
