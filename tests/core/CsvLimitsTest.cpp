// A usage export of any shape takes bounded memory: a record of a huge number of fields is
// refused with its line, not held in memory field by field.
#include "lowregret/usage/UsageImport.h"

#include <gtest/gtest.h>

#include <string>

using lowregret::Lang;
using lowregret::Problem;
using lowregret::UsageImport;

TEST(CsvLimits, ALineOfTwoHundredThousandEmptyFieldsIsRefusedWithItsLine)
{
    std::string text = "Date,Prompt Tokens,Completion Tokens\n2026-01-01,5,5\n";
    text += std::string(200'000 - 1, ',') + "\n"; // 200,000 empty fields on line 3
    text += "2026-01-02,7,7\n";
    UsageImport import;
    const auto& f = import.addText(text, "commas.csv");
    ASSERT_EQ(f.errors.size(), 1u);
    EXPECT_EQ(f.errors[0].kind, Problem::Kind::TooManyFields);
    EXPECT_EQ(f.errors[0].value, "3");
    EXPECT_DOUBLE_EQ(f.errors[0].limit, 10'000.0);
    EXPECT_EQ(f.errors[0].describe(Lang::En),
        "commas.csv: the record on line 3 has more than 10,000 fields; it cannot be read");
    EXPECT_NE(f.errors[0].describe(Lang::ZhHant).find("第 3 行"), std::string::npos);
}

TEST(CsvLimits, ARecordOfExactlyTheCapIsRead)
{
    // 10,000 fields (9,999 commas) is within the cap: the row is read as a row of the layout.
    std::string text = "Date,Prompt Tokens,Completion Tokens\n2026-01-01,5,5";
    text += std::string(10'000 - 3, ',') + "\n";
    UsageImport import;
    const auto& f = import.addText(text, "wide.csv");
    EXPECT_TRUE(f.errors.empty()) << (f.errors.empty() ? "" : f.errors[0].describe(Lang::En));
    EXPECT_EQ(f.rows, 1);
}
