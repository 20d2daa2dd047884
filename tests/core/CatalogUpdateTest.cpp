// Adding offers to the user's catalog while another program adds to it: both keep their
// offers; a result too large to be read back is refused before anything is written.
#include "lowregret/catalog/CatalogUpdate.h"

#include "TestOffer.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>

namespace fs = std::filesystem;
using lowregret::Catalog;
using lowregret::CatalogUpdate;
using lowregret::FileLock;
using lowregret::Lang;
using lowregret::Offer;
using lowregret::Problem;
using test_offer::make;

namespace {

class CatalogUpdateTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        m_dir = fs::temp_directory_path() / ("lowregret-update-" + std::to_string(::getpid()) + "-" + info->name());
        fs::remove_all(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    static std::vector<Offer> offers(const std::string& provider, int n)
    {
        std::vector<Offer> list;
        for (int i = 0; i < n; ++i)
            list.push_back(make(provider + "/m" + std::to_string(i), 1.0 + i, 2.0 + i, "2026-01-02"));
        return list;
    }
    static std::string read(const fs::path& file)
    {
        std::ifstream in(file, std::ios::binary);
        return { std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>() };
    }

    fs::path m_dir;
};

} // namespace

TEST_F(CatalogUpdateTest, TwoAddingAtOnceKeepBothOffers)
{
    const auto file = m_dir / "imported.json";
    for (int round = 0; round < 10; ++round) {
        fs::remove_all(m_dir);
        const auto a = offers("alpha", 20);
        const auto b = offers("beta", 20);
        CatalogUpdate::Result ra;
        CatalogUpdate::Result rb;
        // Each thread locks through its own descriptor, as two programs would.
        std::thread ta([&] { ra = CatalogUpdate::addOffers(file, a, Offer::Origin::Imported); });
        std::thread tb([&] { rb = CatalogUpdate::addOffers(file, b, Offer::Origin::Imported); });
        ta.join();
        tb.join();
        ASSERT_TRUE(ra.errors.empty()) << ra.errors[0].describe(Lang::En);
        ASSERT_TRUE(rb.errors.empty()) << rb.errors[0].describe(Lang::En);
        const auto back = Catalog::fromFile(file, Offer::Origin::Imported);
        ASSERT_TRUE(back.catalog);
        EXPECT_EQ(back.catalog->offers().size(), 20u + 20u) << "round " << round;
        EXPECT_EQ(std::max(ra.offers, rb.offers), 40u);
    }
}

TEST_F(CatalogUpdateTest, AddingAgainReplacesByIdAndDuplicatesNothing)
{
    const auto file = m_dir / "imported.json";
    ASSERT_TRUE(CatalogUpdate::addOffers(file, offers("alpha", 3), Offer::Origin::Imported).errors.empty());
    auto again = offers("alpha", 3);
    again[1].inputUsdPerMtok = 9.0;
    const auto r = CatalogUpdate::addOffers(file, again, Offer::Origin::Imported);
    ASSERT_TRUE(r.errors.empty());
    EXPECT_EQ(r.offers, 3u);
    const auto back = Catalog::fromFile(file, Offer::Origin::Imported);
    ASSERT_TRUE(back.catalog);
    EXPECT_DOUBLE_EQ(back.catalog->find("alpha/m1")->inputUsdPerMtok, 9.0);
}

TEST_F(CatalogUpdateTest, AFileTooLargeToReadBackIsRefusedAndNothingWritten)
{
    const auto file = m_dir / "imported.json";
    ASSERT_TRUE(CatalogUpdate::addOffers(file, offers("alpha", 1), Offer::Origin::Imported).errors.empty());
    const std::string before = read(file);
    // One offer fits in 900 bytes; three do not.
    const std::size_t limit = 900;
    ASSERT_LT(before.size(), limit);
    const auto r = CatalogUpdate::addOffers(file, offers("beta", 2), Offer::Origin::Imported, { .maxBytes = limit });
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].kind, Problem::Kind::TooLargeToWrite);
    EXPECT_DOUBLE_EQ(r.errors[0].limit, double(limit));
    EXPECT_EQ(read(file), before);
    const std::string limitText = "over the limit of 900 bytes it is read with";
    EXPECT_GT(r.errors[0].max, 900.0); // the size it would have had
    EXPECT_NE(r.errors[0].describe(Lang::En).find(limitText), std::string::npos) << r.errors[0].describe(Lang::En);
    EXPECT_NE(r.errors[0].describe(Lang::En).find("nothing was written"), std::string::npos);
    EXPECT_NE(r.errors[0].describe(Lang::ZhHant).find("未寫入任何內容"), std::string::npos);
}

TEST_F(CatalogUpdateTest, ALockHeldForTheWholeWaitIsAClearError)
{
    const auto file = m_dir / "imported.json";
    const FileLock held(CatalogUpdate::lockFileOf(file));
    ASSERT_TRUE(held.locked());
    const auto started = std::chrono::steady_clock::now();
    const auto r = CatalogUpdate::addOffers(
        file, offers("alpha", 1), Offer::Origin::Imported, { .wait = std::chrono::milliseconds(200) });
    EXPECT_GE(std::chrono::steady_clock::now() - started, std::chrono::milliseconds(200));
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].kind, Problem::Kind::Locked);
    EXPECT_NE(r.errors[0].describe(Lang::En).find("another program is updating this file"), std::string::npos);
    EXPECT_FALSE(fs::exists(file));
}
