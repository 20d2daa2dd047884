#include "lowregret/io/Format.h"
#include "Spacing.h"
#include "lowregret/costs/CostModel.h"
#include "lowregret/io/Problem.h"

#include <gtest/gtest.h>

#include <cmath>

using lowregret::Format;
using lowregret::Lang;

TEST(Format, MoneyGroupsThousandsInBothLanguages)
{
    EXPECT_EQ(Format::money(6480, Lang::En), "$6,480.00");
    EXPECT_EQ(Format::money(26360, Lang::En), "$26,360.00");
    EXPECT_EQ(Format::money(0.75, Lang::En), "$0.75");
    EXPECT_EQ(Format::money(2360, Lang::ZhHant), spacing::unbroken("2,360.00 美元"));
    EXPECT_EQ(Format::money(1234567.891, Lang::En), "$1,234,567.89");
    EXPECT_EQ(Format::money(-5, Lang::En), "-$5.00");
}

TEST(Format, NumbersAndTokens)
{
    EXPECT_EQ(Format::number(999999, 0), "999,999");
    EXPECT_EQ(Format::number(12000001, 0), "12,000,001");
    EXPECT_EQ(Format::compactNumber(12.0), "12");
    EXPECT_EQ(Format::compactNumber(0.75), "0.75");
    EXPECT_EQ(Format::shortTokens(12e6, Lang::En), "12M");
    EXPECT_EQ(Format::shortTokens(1.5e6, Lang::En), "1.5M");
    EXPECT_EQ(Format::shortTokens(50000, Lang::En), "50K");
    EXPECT_EQ(Format::percent(0.5), "50%");
}

TEST(Format, MonthsAndNever)
{
    EXPECT_EQ(Format::months(2000.0 / 510.0, Lang::En), spacing::unbroken("3.9 months"));
    EXPECT_EQ(Format::months(1.0, Lang::En), spacing::unbroken("1 month"));
    EXPECT_EQ(Format::months(12.0, Lang::ZhHant), spacing::unbroken("12 個月"));
    EXPECT_EQ(Format::months(std::nullopt, Lang::En), "never");
    EXPECT_EQ(Format::months(std::nullopt, Lang::ZhHant), "不會回本");
}

TEST(Format, ProblemsReadInTheUsersLanguage)
{
    lowregret::Problem p {
        .path = "input_share", .kind = lowregret::Problem::Kind::OutOfRange, .value = "1.5", .min = 0, .max = 1
    };
    EXPECT_EQ(p.describe(Lang::En), "input_share: must be from 0 to 1 (it is 1.5)");
    EXPECT_NE(p.describe(Lang::ZhHant).find("必須介於 0 到 1 之間"), std::string::npos);
}

TEST(Format, ShortTokensUsesAUnitOnlyWhenItWritesTheCountExactly)
{
    using lowregret::Format;
    EXPECT_EQ(Format::shortTokens(1500, Lang::En), "1.5K");
    EXPECT_EQ(Format::shortTokens(1250, Lang::En), "1.25K");
    EXPECT_EQ(Format::shortTokens(1000, Lang::En), "1K");
    EXPECT_EQ(Format::shortTokens(999, Lang::En), "999");
    EXPECT_EQ(Format::shortTokens(12'000'000, Lang::En), "12M");
    EXPECT_EQ(Format::shortTokens(4'370'000, Lang::En), "4.37M");
    EXPECT_EQ(Format::shortTokens(2'500'000'000, Lang::En), "2.5B");
    // Not round: no unit writes these exactly, so they are written in full, never "1,000K".
    EXPECT_EQ(Format::shortTokens(999'999, Lang::En), "999,999");
    EXPECT_EQ(Format::shortTokens(999'999'999, Lang::En), "999,999,999");
    EXPECT_EQ(Format::shortTokens(4'370'371, Lang::En), "4,370,371");
    EXPECT_EQ(Format::shortTokens(1'234.4, Lang::En), "1,234"); // a count is whole
    // 131,072 is not 131.07K exactly; 128,000 is 128K.
    EXPECT_EQ(Format::shortTokens(131'072, Lang::En), "131,072");
    EXPECT_EQ(Format::shortTokens(128'000, Lang::En), "128K");
    // Never four digits before a unit: 1,234,000 is not "1,234K", 1e12 is not "1,000B".
    EXPECT_EQ(Format::shortTokens(1'234'000, Lang::En), "1,234,000");
    EXPECT_EQ(Format::shortTokens(1'000'500'000, Lang::En), "1,000,500,000");
    EXPECT_EQ(Format::shortTokens(999'999'000, Lang::En), "999,999,000");
    EXPECT_EQ(Format::shortTokens(1e12, Lang::En), "1T");
    EXPECT_EQ(Format::shortTokens(1'500'000'000, Lang::En), "1.5B");
}

TEST(Format, NoNegativeZero)
{
    using lowregret::Format;
    using lowregret::Lang;
    EXPECT_EQ(Format::number(-0.0, 1), "0.0");
    EXPECT_EQ(Format::number(-0.004, 2), "0.00");
    EXPECT_EQ(Format::months(-0.0, Lang::En), spacing::unbroken("0 months"));
    EXPECT_EQ(Format::money(-0.0, Lang::En), "$0.00");
    EXPECT_EQ(Format::shortTokens(-0.0, Lang::En), "0");
    const auto breakeven = lowregret::CostModel::breakevenMonths(-0.0, 540, 30);
    ASSERT_TRUE(breakeven);
    EXPECT_FALSE(std::signbit(*breakeven));
}

TEST(Format, GuideRanges)
{
    using lowregret::Format;
    using lowregret::Lang;
    EXPECT_EQ(Format::usdRange(1500, 3000, Lang::En), spacing::unbroken("1,500–3,000 USD"));
    EXPECT_EQ(Format::usdRange(1500, 3000, Lang::ZhHant), spacing::unbroken("1,500–3,000 美元"));
    EXPECT_EQ(Format::usdRange(500, 500, Lang::En), spacing::unbroken("500 USD"));
    EXPECT_EQ(Format::range(4, 8), "4–8");
}

// Taiwan counts in 萬 (10⁴) and 億 (10⁸): the and the guide's own examples.
TEST(Format, ChineseCountsInWanAndYi)
{
    using lowregret::Format;
    const std::string nb = Format::nbsp;
    EXPECT_EQ(Format::tokens(12'000'000, Lang::ZhHant), "1,200" + nb + "萬" + nb + "tokens");
    EXPECT_EQ(Format::tokens(12'000'000, Lang::En), "12,000,000" + nb + "tokens");
    EXPECT_EQ(Format::count(100'000, Lang::ZhHant), "10" + nb + "萬");
    EXPECT_EQ(Format::count(1'000'000, Lang::ZhHant), "100" + nb + "萬");
    EXPECT_EQ(Format::count(100'000'000, Lang::ZhHant), "1" + nb + "億");
    EXPECT_EQ(Format::count(1'000'000'000, Lang::ZhHant), "10" + nb + "億");
    // Exact, group by group: 4,370,371 = 437 × 10⁴ + 371.
    EXPECT_EQ(Format::count(4'370'371, Lang::ZhHant), "437" + nb + "萬" + nb + "371");
    // 1,234,567,890 = 12 × 10⁸ + 3,456 × 10⁴ + 7,890.
    EXPECT_EQ(Format::count(1'234'567'890, Lang::ZhHant), "12" + nb + "億" + nb + "3,456" + nb + "萬" + nb + "7,890");
    EXPECT_EQ(Format::count(150'000'000, Lang::ZhHant), "1" + nb + "億" + nb + "5,000" + nb + "萬");
    EXPECT_EQ(Format::count(9'999, Lang::ZhHant), "9,999");
    EXPECT_EQ(Format::count(0, Lang::ZhHant), "0");
    EXPECT_EQ(Format::count(2e12, Lang::ZhHant), "2" + nb + "兆");
    EXPECT_EQ(Format::count(1'200, Lang::En), "1,200");
}

TEST(Format, ChineseShortTokensForAxesAndLegends)
{
    using lowregret::Format;
    const std::string nb = Format::nbsp;
    // The breakeven chart's decades, 100K…10B in English.
    EXPECT_EQ(Format::shortTokens(1e5, Lang::ZhHant), "10" + nb + "萬");
    EXPECT_EQ(Format::shortTokens(1e6, Lang::ZhHant), "100" + nb + "萬");
    EXPECT_EQ(Format::shortTokens(1e7, Lang::ZhHant), "1,000" + nb + "萬");
    EXPECT_EQ(Format::shortTokens(1e8, Lang::ZhHant), "1" + nb + "億");
    EXPECT_EQ(Format::shortTokens(1e9, Lang::ZhHant), "10" + nb + "億");
    EXPECT_EQ(Format::shortTokens(1e10, Lang::ZhHant), "100" + nb + "億");
    EXPECT_EQ(Format::shortTokens(12e6, Lang::ZhHant), "1,200" + nb + "萬");
    EXPECT_EQ(Format::shortTokens(128'000, Lang::ZhHant), "12.8" + nb + "萬");
    EXPECT_EQ(Format::shortTokens(1.5e8, Lang::ZhHant), "1.5" + nb + "億");
    // No unit writes it exactly with two decimals: the exact count.
    EXPECT_EQ(Format::shortTokens(131'072, Lang::ZhHant), "13" + nb + "萬" + nb + "1,072");
    EXPECT_EQ(Format::shortTokens(5'000, Lang::ZhHant), "5,000");
    // Never K/M/B in Chinese.
    for (const double n : { 1e3, 1.5e3, 1e6, 4.37e6, 2.5e9, 1e12 }) {
        const std::string text = Format::shortTokens(n, Lang::ZhHant);
        EXPECT_EQ(text.find_first_of("KMBT"), std::string::npos) << text;
    }
}

TEST(Format, NumberAndUnitAreJoinedByANoBreakSpace)
{
    using lowregret::Format;
    const std::string nb = Format::nbsp;
    const std::string wj = Format::wordJoiner;
    // No break between the number and its unit, nor inside a two-character Chinese unit.
    EXPECT_EQ(Format::months(3.9215, Lang::ZhHant), "3.9" + nb + "個" + wj + "月");
    EXPECT_EQ(Format::months(12, Lang::En), "12" + nb + "months");
    EXPECT_EQ(Format::money(2360, Lang::ZhHant), "2,360.00" + nb + "美" + wj + "元");
    EXPECT_EQ(Format::hours(0, Lang::ZhHant), "0" + nb + "小" + wj + "時");
    EXPECT_EQ(Format::hours(4, Lang::En), "4" + nb + "hours");
    EXPECT_EQ(Format::hours(1, Lang::En), "1" + nb + "hour");
    EXPECT_EQ(Format::hours(2.5, Lang::ZhHant), spacing::unbroken("2.5 小時"));
    EXPECT_EQ(Format::perMillionTokens(2.5, Lang::En), "$2.50 per" + nb + "1M" + nb + "tokens");
    EXPECT_EQ(Format::perMillionTokens(2.5, Lang::ZhHant),
        "每" + nb + "100" + nb + "萬" + nb + "tokens 2.50" + nb + "美" + wj + "元");
}

TEST(Format, SignificantFigures)
{
    EXPECT_DOUBLE_EQ(lowregret::Format::significant(1'261'642'120, 3), 1'260'000'000);
    EXPECT_DOUBLE_EQ(lowregret::Format::significant(0.012345, 2), 0.012);
    EXPECT_DOUBLE_EQ(lowregret::Format::significant(0, 3), 0);
}

// A sentence rounds a count to three significant figures and says so; a short one is exact.
TEST(Format, RoundedCountsForSentences)
{
    using spacing::unbroken;
    EXPECT_EQ(Format::roundedTokens(4'370'371, Lang::ZhHant), unbroken("約 437 萬 tokens"));
    EXPECT_EQ(Format::roundedTokens(4'370'371, Lang::En), unbroken("about 4,370,000 tokens"));
    EXPECT_EQ(Format::roundedTokens(12'000'000, Lang::ZhHant), unbroken("1,200 萬 tokens"));
    EXPECT_EQ(Format::roundedCount(20'524'072, Lang::ZhHant), unbroken("約 2,050 萬"));
    EXPECT_EQ(Format::roundedCount(123'456'789, Lang::ZhHant), unbroken("約 1 億 2,300 萬"));
    EXPECT_EQ(Format::roundedCount(8'192, Lang::ZhHant), "8,192");
    EXPECT_EQ(Format::roundedCount(8'192, Lang::En), "8,192");
}

// A range says its unit once, and never merges the groups of a count.
TEST(Format, ValueRangesSayTheUnitOnce)
{
    using spacing::unbroken;
    // Compared with plain spaces, and without the word joiner after the dash (spaced()).
    const auto range = [](const char* low, const char* high) {
        return spacing::spaced(Format::valueRange(unbroken(low), unbroken(high)));
    };
    EXPECT_EQ(range("600 萬 tokens", "1,800 萬 tokens"), "600–1,800 萬 tokens");
    EXPECT_EQ(range("1,600.00 美元", "2,600.00 美元"), "1,600.00–2,600.00 美元");
    EXPECT_EQ(range("每月 0 小時", "每月 8 小時"), "每月 0–8 小時");
    EXPECT_EQ(range("6,000,000 tokens", "18,000,000 tokens"), "6,000,000–18,000,000 tokens");
    EXPECT_EQ(range("$15.00 a month", "$60.00 a month"), "$15.00–$60.00 a month");
    EXPECT_EQ(range("437 萬 371 tokens", "1,800 萬 tokens"), "437 萬 371–1,800 萬 tokens");
    EXPECT_EQ(range("1 億 5,000 萬 tokens", "3 億 5,000 萬 tokens"), "1 億 5,000 萬–3 億 5,000 萬 tokens");
    EXPECT_EQ(range("12 萬 5,000 tokens", "15 萬 5,000 tokens"), "12 萬 5,000–15 萬 5,000 tokens");
    EXPECT_EQ(range("約 219 萬 tokens", "約 656 萬 tokens"), "約 219–656 萬 tokens");
    EXPECT_EQ(range("30%", "70%"), "30%–70%");
    EXPECT_EQ(range("500 USD", "500 USD"), "500 USD");
    // "每 100 萬 tokens" is joined to the price by a plain space, the price to its unit by a no-break one.
    const std::string low = Format::perMillionTokens(30, Lang::ZhHant);
    const std::string high = Format::perMillionTokens(75, Lang::ZhHant);
    EXPECT_EQ(spacing::spaced(Format::valueRange(low, high)), "每 100 萬 tokens 30.00–75.00 美元");
}
