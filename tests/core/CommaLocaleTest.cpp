// Core under a C locale that writes a decimal comma, as the app's process has once QApplication
// has called setlocale(LC_ALL, "") for a German (or French, Spanish …) user: every number core
// writes or reads must stay in the form the CLI writes.
#include "Spacing.h"
#include "lowregret/costs/CostCsv.h"
#include "lowregret/io/Format.h"
#include "lowregret/io/PlainNumber.h"
#include "lowregret/usage/UsageImport.h"

#include <gtest/gtest.h>

#include <clocale>
#include <cstdio>
#include <string>

using lowregret::Format;
using lowregret::Lang;
using lowregret::PlainNumber;

namespace {

class CommaLocale : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_saved = std::setlocale(LC_ALL, nullptr);
        // .ci/install-deps generates de_DE.UTF-8; without it this test cannot show anything.
        ASSERT_NE(std::setlocale(LC_ALL, "de_DE.UTF-8"), nullptr) << "run .ci/install-deps";
        char probe[16];
        std::snprintf(probe, sizeof probe, "%.1f", 2.5);
        ASSERT_EQ(std::string(probe), "2,5"); // the locale really writes a comma
    }
    void TearDown() override { std::setlocale(LC_ALL, m_saved.c_str()); }

private:
    std::string m_saved;
};

} // namespace

TEST_F(CommaLocale, FormatWritesADotAndCommaGroups)
{
    EXPECT_EQ(Format::number(4570.26, 2), "4,570.26");
    EXPECT_EQ(Format::money(4570.26, Lang::En), "$4,570.26");
    EXPECT_EQ(Format::money(4570.26, Lang::ZhHant), spacing::unbroken("4,570.26 美元"));
    EXPECT_EQ(Format::months(12.0, Lang::En), spacing::unbroken("12 months"));
    EXPECT_EQ(Format::months(2000.0 / 510.0, Lang::En), spacing::unbroken("3.9 months"));
    EXPECT_EQ(Format::hours(0.5, Lang::En), spacing::unbroken("0.5 hours"));
    EXPECT_EQ(Format::compactNumber(0.75), "0.75");
    EXPECT_EQ(Format::percent(0.125), "12.5%");
    EXPECT_EQ(Format::number(1234567.891, 2), "1,234,567.89");
}

TEST_F(CommaLocale, PlainNumbersBothWays)
{
    EXPECT_EQ(PlainNumber::fixed(4570.256, 2), "4570.26");
    EXPECT_EQ(PlainNumber::fixed(-0.5, 1), "-0.5");
    EXPECT_EQ(PlainNumber::parse("30.5"), 30.5);
    EXPECT_EQ(PlainNumber::parse("+2.5e3"), 2500.0);
    EXPECT_EQ(PlainNumber::parse("-3"), -3.0);
    EXPECT_FALSE(PlainNumber::parse("30,5"));
    EXPECT_FALSE(PlainNumber::parse(" 30.5"));
    EXPECT_FALSE(PlainNumber::parse("+-1"));
    EXPECT_FALSE(PlainNumber::parse(""));
}

TEST_F(CommaLocale, CostCsvKeepsTheDot)
{
    lowregret::CostModel::Summary s;
    s.series.push_back(
        { .month = 1, .cloud = 4570.26, .local = 1200.5, .tokens = 12e6, .cloudMonth = 4570.26, .localMonth = 1200.5 });
    const std::string csv = lowregret::CostCsv::series(s, lowregret::Currency {});
    EXPECT_NE(csv.find("\r\n1,12000000,4570.26,1200.50,,4570.26,1200.50,,USD"), std::string::npos) << csv;
}

TEST_F(CommaLocale, UsageJsonWithUnixTimesIsRead)
{
    // The OpenAI usage API writes its bucket times as Unix seconds: 1769904000 is 2026-02-01.
    lowregret::UsageImport import;
    import.addFile(LOWREGRET_SOURCE_DIR "/tests/data/usage/openai-usage-page1.json");
    const auto r = import.result();
    ASSERT_EQ(r.files.size(), 1u);
    EXPECT_TRUE(r.files[0].errors.empty());
    bool february = false;
    for (const auto& m : r.months)
        february = february || m.key() == "2026-02";
    EXPECT_TRUE(february);
}
