// The files lowregret-cli writes (docs/cli.md, "Files it writes"): two imports at once keep
// both files' offers, and `usage --output` onto a link or a 0600 file behaves as the app's
// saves do. (An import too large to read back is refused in core's CatalogUpdateTest, on a
// small limit: a 16 MiB catalog is too slow a test.)
#include "CliFixture.h"

#include <cerrno>

using namespace cli_test;

namespace {

// A LiteLLM price file of `n` chat models of `provider`, named "<provider>-model-<i>".
std::string priceFile(const std::string& provider, int n)
{
    json j = json::object();
    for (int i = 0; i < n; ++i)
        j[provider + "-model-" + std::to_string(i)] = { { "litellm_provider", provider }, { "mode", "chat" },
            { "input_cost_per_token", 1e-6 * (i + 1) }, { "output_cost_per_token", 2e-6 * (i + 1) } };
    return j.dump(1);
}

// Starts lowregret-cli with `args`, its user catalog under `dataHome`, output thrown away.
pid_t start(const std::vector<std::string>& args, const fs::path& dataHome)
{
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int null = ::open("/dev/null", O_RDWR);
        ::dup2(null, 0);
        ::dup2(null, 1);
        ::dup2(null, 2);
        ::setenv("XDG_DATA_HOME", dataHome.c_str(), 1);
        std::vector<std::string> argStrings { LOWREGRET_CLI };
        argStrings.insert(argStrings.end(), args.begin(), args.end());
        std::vector<char*> argv;
        for (auto& a : argStrings)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    return pid;
}

int waitFor(pid_t pid)
{
    int status = 0;
    if (pid <= 0)
        return -1; // the fork failed: the caller's exit-code check fails
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR)
            return -1;
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

std::string usageSample()
{
    return LOWREGRET_SOURCE_DIR "/tests/data/usage/openai-usage.csv";
}

} // namespace

TEST_F(Cli, TwoImportsAtOnceKeepBothFilesOffers)
{
    const fs::path a = writeText("a.json", priceFile("openai", 30));
    const fs::path b = writeText("b.json", priceFile("mistral", 30));
    const fs::path data = m_dir / "data";
    const fs::path catalog = data / "lowregret" / "catalog" / "imported.json";
    for (int round = 0; round < 5; ++round) {
        fs::remove_all(data);
        const pid_t first = start({ "import-prices", a.string(), "--as-of", "2026-01-02" }, data);
        const pid_t second = start({ "import-prices", b.string(), "--as-of", "2026-01-02" }, data);
        ASSERT_EQ(waitFor(first), 0);
        ASSERT_EQ(waitFor(second), 0);
        const json offers = json::parse(readAll(catalog))["offers"];
        int fromA = 0;
        int fromB = 0;
        for (const auto& o : offers) {
            fromA += o["provider"] == "openai" ? 1 : 0;
            fromB += o["provider"] == "mistral" ? 1 : 0;
        }
        EXPECT_EQ(fromA, 30) << "round " << round;
        EXPECT_EQ(fromB, 30) << "round " << round;
    }
}

TEST_F(Cli, UsageOutputOntoALinkWritesWhatItPointsAt)
{
    fs::create_directories(m_dir / "real");
    const fs::path real = m_dir / "real" / "team.json";
    std::ofstream(real) << "{}";
    ASSERT_EQ(::chmod(real.c_str(), 0600), 0);
    const fs::path link = m_dir / "team.json";
    fs::create_symlink(real, link);
    const Result r = run({ "usage", usageSample(), "--output", link.string() });
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(fs::is_symlink(link));
    const json s = json::parse(readAll(real));
    EXPECT_EQ(s["answers"]["monthly_tokens"], (115000 + 150000) / 2); // January and February
    struct stat st { };
    ASSERT_EQ(::stat(real.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0600u);
    // Nothing else beside it: the temporary file was renamed into place.
    int others = 0;
    for (const auto& e : fs::directory_iterator(m_dir / "real"))
        others += e.path().filename() == "team.json" ? 0 : 1;
    EXPECT_EQ(others, 0);
}
