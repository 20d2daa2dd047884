// The atomic writer every file of core goes through (usage --output, the catalog): a temporary
// file of its own, never through a link planted at a predictable name, the target's mode kept,
// a link at the target followed as the app's saves follow it, and a killed run's leftovers
// cleaned.
#include "lowregret/io/TextFile.h"

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace fs = std::filesystem;
using lowregret::writeTextFileAtomically;

namespace {

class TextFile : public ::testing::Test {
protected:
    void SetUp() override
    {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        m_dir = fs::temp_directory_path() / ("lowregret-textfile-" + std::to_string(::getpid()) + "-" + info->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    static std::string read(const fs::path& file)
    {
        std::ifstream in(file, std::ios::binary);
        return { std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>() };
    }
    static void put(const fs::path& file, const std::string& text) { std::ofstream(file, std::ios::binary) << text; }
    // The names in the folder, but `except`.
    int filesBut(std::initializer_list<std::string> except) const
    {
        int n = 0;
        for (const auto& e : fs::directory_iterator(m_dir))
            n += std::find(except.begin(), except.end(), e.path().filename().string()) == except.end() ? 1 : 0;
        return n;
    }

    fs::path m_dir;
};

} // namespace

TEST_F(TextFile, WritesAWholeFileAndLeavesNoTemporaryBehind)
{
    const auto out = m_dir / "out.json";
    ASSERT_EQ(writeTextFileAtomically(out, "one\n"), "");
    ASSERT_EQ(writeTextFileAtomically(out, "two\n"), "");
    EXPECT_EQ(read(out), "two\n");
    EXPECT_EQ(filesBut({ "out.json" }), 0);
}

TEST_F(TextFile, ALinkPlantedAtTheOldTemporaryNameIsNotWrittenThrough)
{
    // The writer used to open "out.json.tmp" by name, following a link there.
    const auto victim = m_dir / "victim";
    put(victim, "keep me");
    fs::create_symlink(victim, m_dir / "out.json.tmp");
    ASSERT_EQ(writeTextFileAtomically(m_dir / "out.json", "text"), "");
    EXPECT_EQ(read(victim), "keep me");
    EXPECT_EQ(read(m_dir / "out.json"), "text");
    EXPECT_TRUE(fs::is_symlink(m_dir / "out.json.tmp"));
}

TEST_F(TextFile, AnExistingFileKeepsItsMode)
{
    const auto out = m_dir / "secret.json";
    put(out, "old");
    ASSERT_EQ(::chmod(out.c_str(), 0600), 0);
    ASSERT_EQ(writeTextFileAtomically(out, "new"), "");
    struct stat st { };
    ASSERT_EQ(::stat(out.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0600u);
    EXPECT_EQ(read(out), "new");

    ASSERT_EQ(::chmod(out.c_str(), 0640), 0);
    ASSERT_EQ(writeTextFileAtomically(out, "newer"), "");
    ASSERT_EQ(::stat(out.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0640u);
}

TEST_F(TextFile, ALinkAtTheTargetIsFollowedAndStays)
{
    // As QSaveFile does for the app's saves: the file the link points at gets the text.
    fs::create_directories(m_dir / "real");
    const auto real = m_dir / "real" / "scenario.json";
    put(real, "old");
    fs::create_symlink(fs::path("real") / "scenario.json", m_dir / "link.json"); // relative
    ASSERT_EQ(writeTextFileAtomically(m_dir / "link.json", "new"), "");
    EXPECT_TRUE(fs::is_symlink(m_dir / "link.json"));
    EXPECT_EQ(read(real), "new");
    // A link to a file not there yet creates it.
    fs::create_symlink(m_dir / "real" / "later.json", m_dir / "dangling.json");
    ASSERT_EQ(writeTextFileAtomically(m_dir / "dangling.json", "born"), "");
    EXPECT_TRUE(fs::is_symlink(m_dir / "dangling.json"));
    EXPECT_EQ(read(m_dir / "real" / "later.json"), "born");
}

TEST_F(TextFile, ALoopOfLinksOrAFolderIsAnErrorAndWritesNothing)
{
    fs::create_symlink(m_dir / "b", m_dir / "a");
    fs::create_symlink(m_dir / "a", m_dir / "b");
    EXPECT_NE(writeTextFileAtomically(m_dir / "a", "x"), "");
    fs::create_directories(m_dir / "folder");
    EXPECT_NE(writeTextFileAtomically(m_dir / "folder", "x"), "");
    EXPECT_TRUE(fs::is_directory(m_dir / "folder"));
    EXPECT_EQ(filesBut({ "a", "b", "folder" }), 0);
}

TEST_F(TextFile, AKilledRunsOldTemporaryIsRemovedAndAFreshOneKept)
{
    const auto stale = m_dir / ".out.json.lowregret-0123456789ab.tmp";
    const auto fresh = m_dir / ".out.json.lowregret-ba9876543210.tmp";
    const auto other = m_dir / ".other.json.lowregret-0123456789ab.tmp"; // another target's
    put(stale, "half");
    put(fresh, "being written");
    put(other, "half");
    const auto old = fs::file_time_type::clock::now() - lowregret::staleTemporaryAfter - std::chrono::minutes(1);
    fs::last_write_time(stale, old);
    fs::last_write_time(other, old);
    ASSERT_EQ(writeTextFileAtomically(m_dir / "out.json", "whole"), "");
    EXPECT_FALSE(fs::exists(stale));
    EXPECT_TRUE(fs::exists(fresh));
    EXPECT_TRUE(fs::exists(other));
}
