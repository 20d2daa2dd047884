#include "lowregret/Format.h"
#include "lowregret/CostModel.h"
#include "lowregret/Problem.h"

#include <gtest/gtest.h>

#include <cmath>

using lowregret::Format;
using lowregret::Lang;

TEST(Format, MoneyGroupsThousandsInBothLanguages)
{
    EXPECT_EQ(Format::money(6480, Lang::En), "$6,480.00");
    EXPECT_EQ(Format::money(26360, Lang::En), "$26,360.00");
    EXPECT_EQ(Format::money(0.75, Lang::En), "$0.75");
    EXPECT_EQ(Format::money(2360, Lang::ZhHant), "2,360.00 美元");
    EXPECT_EQ(Format::money(1234567.891, Lang::En), "$1,234,567.89");
    EXPECT_EQ(Format::money(-5, Lang::En), "-$5.00");
}

TEST(Format, NumbersAndTokens)
{
    EXPECT_EQ(Format::number(999999, 0), "999,999");
    EXPECT_EQ(Format::number(12000001, 0), "12,000,001");
    EXPECT_EQ(Format::compactNumber(12.0), "12");
    EXPECT_EQ(Format::compactNumber(0.75), "0.75");
    EXPECT_EQ(Format::shortTokens(12e6), "12M");
    EXPECT_EQ(Format::shortTokens(1.5e6), "1.5M");
    EXPECT_EQ(Format::shortTokens(50000), "50K");
    EXPECT_EQ(Format::percent(0.5), "50%");
}

TEST(Format, MonthsAndNever)
{
    EXPECT_EQ(Format::months(2000.0 / 510.0, Lang::En), "3.9 months");
    EXPECT_EQ(Format::months(1.0, Lang::En), "1 month");
    EXPECT_EQ(Format::months(12.0, Lang::ZhHant), "12 個月");
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
    EXPECT_EQ(Format::shortTokens(1500), "1.5K");
    EXPECT_EQ(Format::shortTokens(1250), "1.25K");
    EXPECT_EQ(Format::shortTokens(1000), "1K");
    EXPECT_EQ(Format::shortTokens(999), "999");
    EXPECT_EQ(Format::shortTokens(12'000'000), "12M");
    EXPECT_EQ(Format::shortTokens(4'370'000), "4.37M");
    EXPECT_EQ(Format::shortTokens(2'500'000'000), "2.5B");
    // Not round: no unit writes these exactly, so they are written in full, never "1,000K".
    EXPECT_EQ(Format::shortTokens(999'999), "999,999");
    EXPECT_EQ(Format::shortTokens(999'999'999), "999,999,999");
    EXPECT_EQ(Format::shortTokens(4'370'371), "4,370,371");
    EXPECT_EQ(Format::shortTokens(1'234.4), "1,234"); // a count is whole
    // 131,072 is not 131.07K exactly; 128,000 is 128K.
    EXPECT_EQ(Format::shortTokens(131'072), "131,072");
    EXPECT_EQ(Format::shortTokens(128'000), "128K");
    // Never four digits before a unit: 1,234,000 is not "1,234K", 1e12 is not "1,000B".
    EXPECT_EQ(Format::shortTokens(1'234'000), "1,234,000");
    EXPECT_EQ(Format::shortTokens(1'000'500'000), "1,000,500,000");
    EXPECT_EQ(Format::shortTokens(999'999'000), "999,999,000");
    EXPECT_EQ(Format::shortTokens(1e12), "1T");
    EXPECT_EQ(Format::shortTokens(1'500'000'000), "1.5B");
}

TEST(Format, NoNegativeZero)
{
    using lowregret::Format;
    using lowregret::Lang;
    EXPECT_EQ(Format::number(-0.0, 1), "0.0");
    EXPECT_EQ(Format::number(-0.004, 2), "0.00");
    EXPECT_EQ(Format::months(-0.0, Lang::En), "0 months");
    EXPECT_EQ(Format::money(-0.0, Lang::En), "$0.00");
    EXPECT_EQ(Format::shortTokens(-0.0), "0");
    const auto breakeven = lowregret::CostModel::breakevenMonths(-0.0, 540, 30);
    ASSERT_TRUE(breakeven);
    EXPECT_FALSE(std::signbit(*breakeven));
}

TEST(Format, GuideRanges)
{
    using lowregret::Format;
    using lowregret::Lang;
    EXPECT_EQ(Format::usdRange(1500, 3000, Lang::En), "1,500–3,000 USD");
    EXPECT_EQ(Format::usdRange(1500, 3000, Lang::ZhHant), "1,500–3,000 美元");
    EXPECT_EQ(Format::usdRange(500, 500, Lang::En), "500 USD");
    EXPECT_EQ(Format::range(4, 8), "4–8");
}
