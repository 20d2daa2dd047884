#include "lowregret/Format.h"
#include "lowregret/Problem.h"

#include <gtest/gtest.h>

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
    lowregret::Problem p{.path = "input_share", .kind = lowregret::Problem::Kind::OutOfRange, .value = "1.5", .min = 0, .max = 1};
    EXPECT_EQ(p.describe(Lang::En), "input_share: must be from 0 to 1 (it is 1.5)");
    EXPECT_NE(p.describe(Lang::ZhHant).find("必須介於 0 到 1 之間"), std::string::npos);
}
