#pragma once

// The fixture of the end-to-end tests of lowregret-cli: each test writes scenario files into a fresh temporary
// directory, runs the real binary as a subprocess and checks its exit status, standard
// output and standard error. Expected figures come from docs/GUIDE.md (the guide's worked
// numbers) or from arithmetic written here, never from the program's own output.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

extern char** environ;

namespace fs = std::filesystem;
using nlohmann::json;

namespace cli_test {

struct Result {
    int status = -1; // exit status; 128 + signal when killed by a signal
    std::string out;
    std::string err;
};

using Env = std::vector<std::pair<std::string, std::string>>;

inline std::string readAll(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return { std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>() };
}

inline bool contains(const std::string& haystack, std::string_view needle)
{
    return haystack.find(needle) != std::string::npos;
}

// The guide's GPT-4 example (GUIDE.md section 4): 12M tokens a month, input:output 1:1,
// 30 / 60 USD per 1M tokens, RTX 4090 at 2,000 USD plus 30 USD a month, a stable team
// that can maintain it and no sensitive data.
inline json gpt4Example()
{
    return json::parse(R"({
        "lowregret": 1,
        "answers": {"monthly_tokens": 12000000, "usage_stable": true, "data_sensitive": false,
                    "team_can_maintain": true, "exclusions": []},
        "input_share": 0.5,
        "cloud": {"model": "openai/gpt-4", "input_usd_per_mtok": 30, "output_usd_per_mtok": 60},
        "local": {"hardware_usd": 2000, "electricity_usd_per_month": 30,
                  "maintenance_hours_per_month": 0, "hourly_rate_usd": 0},
        "horizon_months": 12,
        "breakeven_threshold_months": 12
    })");
}

inline json withPrices(double inputUsdPerMtok, double outputUsdPerMtok)
{
    json s = gpt4Example();
    s["cloud"].erase("model");
    s["cloud"]["input_usd_per_mtok"] = inputUsdPerMtok;
    s["cloud"]["output_usd_per_mtok"] = outputUsdPerMtok;
    return s;
}

// The guide's arithmetic: monthly = input tokens × input price + output tokens × output price.
inline double cloudMonthly(double tokens, double share, double inPrice, double outPrice)
{
    return tokens * share * inPrice / 1e6 + tokens * (1.0 - share) * outPrice / 1e6;
}

inline double roundTo1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

class Cli : public ::testing::Test {
protected:
    void SetUp() override
    {
        std::random_device rd;
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        m_dir = fs::temp_directory_path()
            / ("lowregret-cli-test-" + std::to_string(::getpid()) + "-" + info->name() + "-" + std::to_string(rd()));
        fs::create_directories(m_dir);
        fs::create_directories(m_dir / "capture");
    }

    void TearDown() override
    {
        std::error_code ec;
        fs::remove_all(m_dir, ec);
    }

    fs::path writeText(const std::string& name, const std::string& text)
    {
        const fs::path file = m_dir / name;
        std::ofstream out(file, std::ios::binary);
        out << text;
        return file;
    }

    fs::path write(const std::string& name, const json& scenario) { return writeText(name, scenario.dump(2)); }

    // Runs the real binary. The locale variables the CLI reads are removed from its
    // environment (so English is the default) and replaced by `env`.
    Result run(const std::vector<std::string>& args, const Env& env = {}, const std::string& stdinPath = "/dev/null")
    {
        const std::string tag = std::to_string(++m_runs);
        const fs::path outFile = m_dir / "capture" / ("stdout-" + tag);
        const fs::path errFile = m_dir / "capture" / ("stderr-" + tag);

        std::vector<std::string> argStrings { LOWREGRET_CLI };
        argStrings.insert(argStrings.end(), args.begin(), args.end());
        std::vector<char*> argv;
        for (auto& a : argStrings)
            argv.push_back(a.data());
        argv.push_back(nullptr);

        std::vector<std::string> envStrings;
        for (char** e = environ; e && *e; ++e) {
            const std::string_view entry(*e);
            const bool locale = entry.starts_with("LC_ALL=") || entry.starts_with("LC_MESSAGES=")
                || entry.starts_with("LANG=") || entry.starts_with("LANGUAGE=");
            // Each test has its own user catalog folder, never the real one.
            if (!locale && !entry.starts_with("XDG_DATA_HOME="))
                envStrings.emplace_back(entry);
        }
        envStrings.push_back("XDG_DATA_HOME=" + (m_dir / "data").string());
        for (const auto& [key, value] : env)
            envStrings.push_back(key + "=" + value);
        std::vector<char*> envp;
        for (auto& e : envStrings)
            envp.push_back(e.data());
        envp.push_back(nullptr);

        const std::string outPath = outFile.string();
        const std::string errPath = errFile.string();

        Result r;
        const pid_t pid = ::fork();
        if (pid < 0) {
            ADD_FAILURE() << "fork failed";
            return r;
        }
        if (pid == 0) {
            const int in = ::open(stdinPath.c_str(), O_RDONLY);
            const int out = ::open(outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            const int err = ::open(errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            if (in < 0 || out < 0 || err < 0)
                ::_exit(126);
            ::dup2(in, 0);
            ::dup2(out, 1);
            ::dup2(err, 2);
            ::execve(argv[0], argv.data(), envp.data());
            ::_exit(127);
        }
        int wstatus = 0;
        while (::waitpid(pid, &wstatus, 0) < 0) { }
        if (WIFEXITED(wstatus))
            r.status = WEXITSTATUS(wstatus);
        else if (WIFSIGNALED(wstatus))
            r.status = 128 + WTERMSIG(wstatus);
        r.out = readAll(outFile);
        r.err = readAll(errFile);
        EXPECT_NE(r.status, 127) << "could not run " << LOWREGRET_CLI;
        return r;
    }

    // Runs `decide FILE --format json` and parses standard output; null on any failure.
    json decideJson(const json& scenario, std::vector<std::string> extra = {})
    {
        const auto file = write("scenario-" + std::to_string(m_runs + 1) + ".json", scenario);
        std::vector<std::string> args { "decide", file.string(), "--format", "json" };
        args.insert(args.end(), extra.begin(), extra.end());
        const Result r = run(args);
        EXPECT_EQ(r.status, 0) << r.err;
        EXPECT_EQ(r.err, "");
        const json parsed = json::parse(r.out, nullptr, false);
        EXPECT_FALSE(parsed.is_discarded()) << "stdout is not JSON:\n" << r.out;
        if (r.status != 0 || parsed.is_discarded() || !parsed.is_object())
            return nullptr;
        return parsed;
    }

    // A scenario that must be refused: exit 2, nothing on stdout, a message on stderr that
    // names each of `mentions`, and no crash text.
    void expectRefused(const Result& r, const std::vector<std::string>& mentions)
    {
        EXPECT_EQ(r.status, 2) << "stderr:\n" << r.err;
        EXPECT_EQ(r.out, "");
        EXPECT_FALSE(r.err.empty());
        for (const auto& m : mentions)
            EXPECT_TRUE(contains(r.err, m)) << "stderr does not mention \"" << m << "\":\n" << r.err;
        for (const char* bad : { "terminate", "what()", "internal error", "json.exception", "Aborted" })
            EXPECT_FALSE(contains(r.err, bad)) << "stderr has crash text \"" << bad << "\":\n" << r.err;
    }

    Result decideText(const std::string& name, const std::string& text, std::vector<std::string> extra = {})
    {
        const auto file = writeText(name, text);
        std::vector<std::string> args { "decide", file.string() };
        args.insert(args.end(), extra.begin(), extra.end());
        return run(args);
    }

    Result decideFile(const std::string& name, const json& scenario, std::vector<std::string> extra = {})
    {
        return decideText(name, scenario.dump(2), std::move(extra));
    }

    fs::path m_dir;
    int m_runs = 0;
};

} // namespace cli_test
