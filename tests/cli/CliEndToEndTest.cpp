// End-to-end tests of lowregret-cli: each test writes scenario files into a fresh temporary
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

namespace {

struct Result {
    int status = -1; // exit status; 128 + signal when killed by a signal
    std::string out;
    std::string err;
};

using Env = std::vector<std::pair<std::string, std::string>>;

std::string readAll(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return { std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>() };
}

bool contains(const std::string& haystack, std::string_view needle)
{
    return haystack.find(needle) != std::string::npos;
}

// The guide's GPT-4 example (GUIDE.md section 4): 12M tokens a month, input:output 1:1,
// 30 / 60 USD per 1M tokens, RTX 4090 at 2,000 USD plus 30 USD a month, a stable team
// that can maintain it and no sensitive data.
json gpt4Example()
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

json withPrices(double inputUsdPerMtok, double outputUsdPerMtok)
{
    json s = gpt4Example();
    s["cloud"].erase("model");
    s["cloud"]["input_usd_per_mtok"] = inputUsdPerMtok;
    s["cloud"]["output_usd_per_mtok"] = outputUsdPerMtok;
    return s;
}

// The guide's arithmetic: monthly = input tokens × input price + output tokens × output price.
double cloudMonthly(double tokens, double share, double inPrice, double outPrice)
{
    return tokens * share * inPrice / 1e6 + tokens * (1.0 - share) * outPrice / 1e6;
}

double roundTo1(double v)
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

// ---------------------------------------------------------------------------------------
// The guide's worked numbers

TEST_F(Cli, Gpt4ExampleAsJson)
{
    const json j = decideJson(gpt4Example());
    ASSERT_TRUE(j.is_object());

    EXPECT_EQ(j["leaf"], "mid.local.breakeven");
    EXPECT_EQ(j["recommendation"], "local");
    EXPECT_EQ(j["band"], "mid");

    const double cloud = cloudMonthly(12e6, 0.5, 30, 60); // 6M×30/1M + 6M×60/1M
    ASSERT_DOUBLE_EQ(cloud, 540.0);
    const json& c = j["costs"];
    ASSERT_TRUE(c.is_object());
    EXPECT_EQ(c["horizon_months"], 12);
    EXPECT_NEAR(c["cloud"]["monthly"].get<double>(), cloud, 1e-9);
    EXPECT_NEAR(c["cloud"]["total"].get<double>(), 12 * cloud, 1e-9); // 6,480
    EXPECT_NEAR(c["cloud"]["total"].get<double>(), 6480.0, 1e-9);
    EXPECT_NEAR(c["local"]["upfront"].get<double>(), 2000.0, 1e-9);
    EXPECT_NEAR(c["local"]["monthly"].get<double>(), 30.0, 1e-9);
    EXPECT_NEAR(c["local"]["total"].get<double>(), 2000.0 + 12 * 30.0, 1e-9); // 2,360
    ASSERT_TRUE(c["breakeven_months"].is_number());
    EXPECT_NEAR(c["breakeven_months"].get<double>(), 2000.0 / (540.0 - 30.0), 1e-9);

    const json& series = c["series"];
    ASSERT_TRUE(series.is_array());
    ASSERT_EQ(series.size(), 13u); // months 0 .. 12
    EXPECT_EQ(series[0]["month"], 0);
    EXPECT_NEAR(series[0]["cloud"].get<double>(), 0.0, 1e-9);
    EXPECT_NEAR(series[0]["local"].get<double>(), 2000.0, 1e-9);
    for (std::size_t m = 0; m < series.size(); ++m) {
        EXPECT_EQ(series[m]["month"].get<int>(), static_cast<int>(m));
        EXPECT_NEAR(series[m]["cloud"].get<double>(), 540.0 * double(m), 1e-6);
        EXPECT_NEAR(series[m]["local"].get<double>(), 2000.0 + 30.0 * double(m), 1e-6);
    }
    EXPECT_NEAR(series[12]["cloud"].get<double>(), 6480.0, 1e-6);
    EXPECT_NEAR(series[12]["local"].get<double>(), 2360.0, 1e-6);

    const json& path = j["path"];
    ASSERT_TRUE(path.is_array());
    ASSERT_EQ(path.size(), 5u); // usage, stable, sensitive, skill, breakeven
    const std::vector<std::pair<std::string, std::string>> expected
        = { { "monthly_usage", "mid" }, { "mid.usage_stable", "yes" }, { "mid.data_sensitive", "no" },
              { "mid.team_can_maintain", "yes" }, { "mid.breakeven", "yes" } };
    for (std::size_t i = 0; i < path.size(); ++i) {
        ASSERT_TRUE(path[i]["node"].is_string());
        EXPECT_FALSE(path[i]["node"].get<std::string>().empty());
        EXPECT_EQ(path[i]["node"], expected[i].first) << "step " << i;
        EXPECT_EQ(path[i]["answer"], expected[i].second) << "step " << i;
    }

    const auto products = j["products"].get<std::vector<std::string>>();
    EXPECT_NE(std::find(products.begin(), products.end(), "ollama"), products.end());
    EXPECT_TRUE(j["warnings"].is_array());
}

TEST_F(Cli, Gpt35TurboCosts21AMonthAnd252AYear)
{
    const json j = decideJson(withPrices(1.5, 2.0));
    ASSERT_TRUE(j.is_object());
    const double monthly = cloudMonthly(12e6, 0.5, 1.5, 2.0); // 9 + 12
    EXPECT_NEAR(monthly, 21.0, 1e-9);
    EXPECT_NEAR(j["costs"]["cloud"]["monthly"].get<double>(), 21.0, 1e-9);
    EXPECT_NEAR(j["costs"]["cloud"]["total"].get<double>(), 252.0, 1e-9);
    // 21 a month is cheaper than local's 30 of electricity alone: local never pays back.
    EXPECT_TRUE(j["costs"]["breakeven_months"].is_null());
    EXPECT_EQ(j["recommendation"], "cloud");
    EXPECT_EQ(j["leaf"], "mid.cloud.no_breakeven");
}

TEST_F(Cli, Claude35SonnetCosts108AMonth)
{
    const json j = decideJson(withPrices(3, 15));
    ASSERT_TRUE(j.is_object());
    EXPECT_NEAR(cloudMonthly(12e6, 0.5, 3, 15), 108.0, 1e-9); // 18 + 90
    EXPECT_NEAR(j["costs"]["cloud"]["monthly"].get<double>(), 108.0, 1e-9);
    EXPECT_NEAR(j["costs"]["cloud"]["total"].get<double>(), 1296.0, 1e-9);
    // 2000 / (108 − 30) ≈ 25.6 months: over the 12-month threshold.
    ASSERT_TRUE(j["costs"]["breakeven_months"].is_number());
    EXPECT_NEAR(j["costs"]["breakeven_months"].get<double>(), 2000.0 / (108.0 - 30.0), 1e-9);
    EXPECT_EQ(j["leaf"], "mid.cloud.no_breakeven");
}

TEST_F(Cli, OutsideMaintenanceMakesLocal26360)
{
    json s = gpt4Example();
    s["local"]["maintenance_hours_per_month"] = 4;
    s["local"]["hourly_rate_usd"] = 500;
    const json j = decideJson(s);
    ASSERT_TRUE(j.is_object());
    const double localMonthly = 30.0 + 4.0 * 500.0; // 2,030
    EXPECT_NEAR(j["costs"]["local"]["monthly"].get<double>(), localMonthly, 1e-9);
    EXPECT_NEAR(j["costs"]["local"]["total"].get<double>(), 2000.0 + 12 * localMonthly, 1e-9);
    EXPECT_NEAR(j["costs"]["local"]["total"].get<double>(), 26360.0, 1e-9);
    // Local now costs more each month than GPT-4's 540: it never pays back.
    EXPECT_TRUE(j["costs"]["breakeven_months"].is_null());
    EXPECT_EQ(j["recommendation"], "cloud");
}

TEST_F(Cli, GuideRatiosLocalIs27TimesCheaperThanGpt4And94TimesDearerThanGpt35)
{
    const json gpt4 = decideJson(gpt4Example());
    const json gpt35 = decideJson(withPrices(1.5, 2.0));
    ASSERT_TRUE(gpt4.is_object());
    ASSERT_TRUE(gpt35.is_object());
    const double gpt4Total = gpt4["costs"]["cloud"]["total"].get<double>();
    const double localTotal = gpt4["costs"]["local"]["total"].get<double>();
    const double gpt35Total = gpt35["costs"]["cloud"]["total"].get<double>();
    EXPECT_DOUBLE_EQ(roundTo1(gpt4Total / localTotal), 2.7); // 6480 / 2360
    EXPECT_DOUBLE_EQ(roundTo1(localTotal / gpt35Total), 9.4); // 2360 / 252
}

TEST_F(Cli, LongerHorizonGivesOnePointPerMonth)
{
    json s = gpt4Example();
    s["horizon_months"] = 24;
    const json j = decideJson(s);
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(j["costs"]["horizon_months"], 24);
    EXPECT_EQ(j["costs"]["series"].size(), 25u);
    EXPECT_NEAR(j["costs"]["cloud"]["total"].get<double>(), 24 * 540.0, 1e-9);
    EXPECT_NEAR(j["costs"]["local"]["total"].get<double>(), 2000.0 + 24 * 30.0, 1e-9);
}

// ---------------------------------------------------------------------------------------
// Band boundaries: 1M and 12M belong to the middle band

TEST_F(Cli, JustUnderOneMillionIsTheFreeTier)
{
    const json j = decideJson(json::parse(R"({"lowregret": 1, "answers": {"monthly_tokens": 999999}})"));
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(j["leaf"], "cloud.free_tier");
    EXPECT_EQ(j["recommendation"], "cloud");
    EXPECT_EQ(j["band"], "low");
    ASSERT_EQ(j["path"].size(), 1u);
    EXPECT_EQ(j["path"][0]["answer"], "low");
}

TEST_F(Cli, OneMillionIsTheMiddleBand)
{
    json s = gpt4Example();
    s["answers"]["monthly_tokens"] = 1000000;
    s["answers"]["usage_stable"] = false;
    const json j = decideJson(s);
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(j["band"], "mid");
    EXPECT_EQ(j["path"][0]["answer"], "mid");
    EXPECT_EQ(j["leaf"], "mid.cloud.unstable");
}

TEST_F(Cli, TwelveMillionIsStillTheMiddleBand)
{
    const json j = decideJson(gpt4Example());
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(j["band"], "mid");
    EXPECT_TRUE(j["leaf"].get<std::string>().starts_with("mid."));
}

TEST_F(Cli, JustOverTwelveMillionIsTheHighBand)
{
    json s = gpt4Example();
    s["answers"]["monthly_tokens"] = 12000001;
    const json j = decideJson(s);
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(j["band"], "high");
    EXPECT_EQ(j["path"][0]["answer"], "high");
    EXPECT_EQ(j["leaf"], "high.local.breakeven");
}

TEST_F(Cli, HighStableCloudUsageWarnsOfRunawayCost)
{
    json s = gpt4Example();
    s["answers"]["monthly_tokens"] = 50000000;
    s["answers"]["team_can_maintain"] = false;
    const json j = decideJson(s);
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(j["recommendation"], "cloud");
    ASSERT_TRUE(j["warnings"].is_array());
    bool found = false;
    for (const auto& w : j["warnings"]) {
        ASSERT_TRUE(w["id"].is_string());
        ASSERT_TRUE(w["text"].is_string());
        EXPECT_FALSE(w["text"].get<std::string>().empty());
        found = found || w["id"] == "cloud_cost_runaway";
    }
    EXPECT_TRUE(found) << j["warnings"].dump();
}

TEST_F(Cli, AnExclusionIsOutOfScope)
{
    json s = gpt4Example();
    s["answers"]["exclusions"] = { "validating" };
    const json j = decideJson(s);
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(j["recommendation"], "out_of_scope");
    ASSERT_TRUE(j["exclusions"].is_array());
    ASSERT_FALSE(j["exclusions"].empty());
    EXPECT_EQ(j["exclusions"][0]["id"], "validating");
    EXPECT_FALSE(j["exclusions"][0]["text"].get<std::string>().empty());
}

TEST_F(Cli, AnswersOffThePathDoNotChangeTheLeafButStillWarn)
{
    // Unstable usage ends the walk at the first question. Answers to the later questions are
    // off the path: they cannot change the leaf, but sensitive data sent to a cloud API is
    // still the guide's third regret scenario.
    const json onPath = json::parse(R"({"lowregret": 1,
        "answers": {"monthly_tokens": 12000000, "usage_stable": false}})");
    json offPath = onPath;
    offPath["answers"]["data_sensitive"] = true;
    offPath["answers"]["team_can_maintain"] = false;
    const json a = decideJson(onPath);
    const json b = decideJson(offPath);
    ASSERT_TRUE(a.is_object());
    ASSERT_TRUE(b.is_object());
    EXPECT_EQ(a["leaf"], "mid.cloud.unstable");
    EXPECT_EQ(b["leaf"], a["leaf"]);
    EXPECT_EQ(b["path"], a["path"]);
    EXPECT_TRUE(a["warnings"].empty());
    ASSERT_EQ(b["warnings"].size(), 1u);
    EXPECT_EQ(b["warnings"][0]["id"], "compliance");
}

// ---------------------------------------------------------------------------------------
// Text output and languages

TEST_F(Cli, EnglishTextShowsTheTotals)
{
    const Result r = decideFile("gpt4.json", gpt4Example());
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, "");
    EXPECT_TRUE(contains(r.out, "6,480.00")) << r.out;
    EXPECT_TRUE(contains(r.out, "2,360.00")) << r.out;
    EXPECT_TRUE(contains(r.out, "mid.local.breakeven")) << r.out;
    EXPECT_FALSE(contains(r.out, "建議")) << r.out;
}

TEST_F(Cli, ChineseTextShowsTheSameTotals)
{
    const Result r = decideFile("gpt4.json", gpt4Example(), { "--lang", "zh-Hant" });
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "建議")) << r.out;
    EXPECT_TRUE(contains(r.out, "回本期")) << r.out;
    EXPECT_TRUE(contains(r.out, "6,480.00")) << r.out;
    EXPECT_TRUE(contains(r.out, "2,360.00")) << r.out;
}

TEST_F(Cli, TaiwanLanguageCodesAreAccepted)
{
    for (const std::string code : { "zh_TW", "zh-TW" }) {
        const Result r = decideFile("gpt4-" + code + ".json", gpt4Example(), { "--lang", code });
        EXPECT_EQ(r.status, 0) << code << ": " << r.err;
        EXPECT_TRUE(contains(r.out, "建議")) << code << ":\n" << r.out;
    }
}

TEST_F(Cli, LanguageComesFromTheEnvironment)
{
    const auto file = write("gpt4.json", gpt4Example()).string();
    const Result zh = run({ "decide", file }, { { "LANG", "zh_TW.UTF-8" } });
    EXPECT_EQ(zh.status, 0) << zh.err;
    EXPECT_TRUE(contains(zh.out, "回本期")) << zh.out;
    // LC_ALL outranks LANG; --lang outranks both.
    const Result en = run({ "decide", file }, { { "LANG", "zh_TW.UTF-8" }, { "LC_ALL", "en_US.UTF-8" } });
    EXPECT_EQ(en.status, 0) << en.err;
    EXPECT_FALSE(contains(en.out, "回本期")) << en.out;
    const Result flag = run({ "decide", file, "--lang", "en" }, { { "LANG", "zh_TW.UTF-8" } });
    EXPECT_FALSE(contains(flag.out, "回本期")) << flag.out;
}

TEST_F(Cli, JsonOutputIsLocalizedButKeepsItsKeys)
{
    const json j = decideJson(gpt4Example(), { "--lang", "zh-Hant" });
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(j["leaf"], "mid.local.breakeven");
    EXPECT_EQ(j["recommendation"], "local");
    EXPECT_NEAR(j["costs"]["cloud"]["total"].get<double>(), 6480.0, 1e-9);
}

// ---------------------------------------------------------------------------------------
// Bad input: exit 2, nothing on stdout, the file and the problem on stderr

TEST_F(Cli, NotJsonIsRefused)
{
    const auto file = writeText("broken.json", "{ \"lowregret\": 1, \"answers\": ");
    expectRefused(run({ "decide", file.string() }), { file.string(), "JSON" });
}

TEST_F(Cli, AnEmptyFileIsRefused)
{
    const auto file = writeText("empty.json", "");
    expectRefused(run({ "decide", file.string() }), { file.string(), "JSON" });
}

TEST_F(Cli, ATopLevelArrayIsRefused)
{
    const auto file = writeText("array.json", "[1, 2, 3]");
    expectRefused(run({ "decide", file.string() }), { file.string(), "object" });
}

TEST_F(Cli, ANumberTooLargeForADoubleIsRefusedCleanly)
{
    // 1e400 is valid JSON syntax but overflows a double; the parser reports it with its own
    // exception text, which must not reach the user.
    const auto file = writeText("overflow.json", R"({"lowregret": 1, "answers": {"monthly_tokens": 1e400}})");
    expectRefused(run({ "decide", file.string() }), { file.string(), "1e400" });
}

TEST_F(Cli, MonthlyTokensAsAStringIsAWrongType)
{
    json s = gpt4Example();
    s["answers"]["monthly_tokens"] = "12000000";
    const auto file = write("string.json", s);
    expectRefused(run({ "decide", file.string() }), { file.string(), "answers.monthly_tokens", "number" });
}

TEST_F(Cli, AnAnswerOfTheWrongTypeIsRefused)
{
    json s = gpt4Example();
    s["answers"]["usage_stable"] = "yes";
    expectRefused(decideFile("yes.json", s), { "answers.usage_stable", "true", "false" });
}

TEST_F(Cli, InputShareAboveOneIsOutOfRange)
{
    json s = gpt4Example();
    s["input_share"] = 1.5;
    expectRefused(decideFile("share.json", s), { "input_share", "from 0 to 1", "1.5" });
}

TEST_F(Cli, MonthlyTokensAboveOneTrillionIsOutOfRange)
{
    json s = gpt4Example();
    s["answers"]["monthly_tokens"] = 2e12;
    expectRefused(decideFile("tokens.json", s), { "answers.monthly_tokens", "from 0 to" });
}

TEST_F(Cli, HorizonMustBeOneTo240Months)
{
    for (const int months : { 0, 241 }) {
        json s = gpt4Example();
        s["horizon_months"] = months;
        expectRefused(decideFile("horizon-" + std::to_string(months) + ".json", s),
            { "horizon_months", "from 1 to 240", std::to_string(months) });
    }
    // The limits themselves are accepted.
    for (const int months : { 1, 240 }) {
        json s = gpt4Example();
        s["horizon_months"] = months;
        const json j = decideJson(s);
        ASSERT_TRUE(j.is_object()) << months;
        EXPECT_EQ(j["costs"]["series"].size(), std::size_t(months) + 1);
    }
}

TEST_F(Cli, APriceOver10000PerMillionIsOutOfRange)
{
    json s = gpt4Example();
    s["cloud"]["output_usd_per_mtok"] = 10001;
    expectRefused(decideFile("price.json", s), { "cloud.output_usd_per_mtok", "10,000" });
}

TEST_F(Cli, NegativeHardwareIsOutOfRange)
{
    json s = gpt4Example();
    s["local"]["hardware_usd"] = -1;
    expectRefused(decideFile("hardware.json", s), { "local.hardware_usd", "from 0" });
}

TEST_F(Cli, AMissingFileIsRefused)
{
    const auto file = (m_dir / "no-such-scenario.json").string();
    expectRefused(run({ "decide", file }), { file, "no such file" });
}

TEST_F(Cli, ADirectoryIsRefused)
{
    const auto dir = m_dir / "folder.json";
    fs::create_directories(dir);
    expectRefused(run({ "decide", dir.string() }), { dir.string(), "a folder, not a file" });
}

TEST_F(Cli, InvalidUtf8IsRefused)
{
    const std::string text = std::string(R"({"lowregret": 1, "cloud": {"model": "gpt)") + "\xff\xfe" + R"(4"}})";
    const auto file = writeText("latin1.json", text);
    expectRefused(run({ "decide", file.string() }), { file.string(), "UTF-8" });
}

TEST_F(Cli, DeepNestingIsRefused)
{
    const auto file = writeText("deep.json", std::string(10000, '['));
    expectRefused(run({ "decide", file.string() }), { file.string(), "32" });
}

TEST_F(Cli, AFileOverOneMebibyteIsRefused)
{
    const std::string padding(1024 * 1024, ' ');
    const auto file = writeText("huge.json", padding + gpt4Example().dump() + padding);
    ASSERT_GT(fs::file_size(file), 2u * 1024 * 1024);
    expectRefused(run({ "decide", file.string() }), { file.string(), "too large", "1 MiB" });
}

TEST_F(Cli, ANewerFormatVersionIsRefused)
{
    json s = gpt4Example();
    s["lowregret"] = 2;
    expectRefused(decideFile("future.json", s), { "lowregret", "newer", "update" });
}

TEST_F(Cli, AnUnknownExclusionIsRefused)
{
    json s = gpt4Example();
    s["answers"]["exclusions"] = { "bored" };
    expectRefused(decideFile("exclusion.json", s), { "answers.exclusions[0]", "bored", "validating" });
}

TEST_F(Cli, AnAnswerTheFlowchartNeedsIsMissing)
{
    const auto s = json::parse(R"({"lowregret": 1, "answers": {"monthly_tokens": 12000000, "usage_stable": true}})");
    const auto file = write("incomplete.json", s);
    expectRefused(run({ "decide", file.string() }), { file.string(), "answers.data_sensitive" });
}

TEST_F(Cli, ErrorsAreInChineseWithZhHant)
{
    json s = gpt4Example();
    s["answers"]["monthly_tokens"] = "many";
    expectRefused(decideFile("string.json", s, { "--lang", "zh-Hant" }), { "錯誤", "answers.monthly_tokens" });
}

TEST_F(Cli, AnUnknownFieldIsIgnoredWithAWarning)
{
    json s = gpt4Example();
    s["colour"] = "blue";
    s["cloud"]["vendor"] = "acme";
    const auto file = write("extra.json", s);
    const Result r = run({ "decide", file.string(), "--format", "json" });
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(contains(r.err, "colour")) << r.err;
    EXPECT_TRUE(contains(r.err, "cloud.vendor")) << r.err;
    EXPECT_TRUE(contains(r.err, "ignored")) << r.err;
    const json j = json::parse(r.out, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << r.out;
    EXPECT_EQ(j["leaf"], "mid.local.breakeven");
}

// ---------------------------------------------------------------------------------------
// The command line itself

TEST_F(Cli, HelpExitsZeroAndDescribesDecide)
{
    const Result r = run({ "--help" });
    EXPECT_EQ(r.status, 0);
    EXPECT_TRUE(contains(r.out, "decide")) << r.out;
    EXPECT_TRUE(contains(r.out, "--format")) << r.out;
    EXPECT_EQ(r.err, "");
}

TEST_F(Cli, VersionPrintsTheProjectVersion)
{
    const Result r = run({ "--version" });
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(r.out, std::string("lowregret-cli ") + LOWREGRET_VERSION + "\n");
}

TEST_F(Cli, AnUnknownOptionIsAUsageError)
{
    const auto file = write("gpt4.json", gpt4Example());
    const Result r = run({ "decide", file.string(), "--frobnicate" });
    expectRefused(r, { "--frobnicate", "--help" });
}

TEST_F(Cli, BadUsageExitsTwo)
{
    const auto file = write("gpt4.json", gpt4Example()).string();
    expectRefused(run({ "decide" }), { "SCENARIO" });
    expectRefused(run({ "explain", file }), { "explain" });
    expectRefused(run({ "decide", file, "--format", "xml" }), { "xml" });
    expectRefused(run({ "decide", file, "--lang", "fr" }), { "fr" });
    expectRefused(run({ "decide", file, "--format" }), { "--format" });
}

} // namespace

// ---------------------------------------------------------------------------------------
// The price catalog: prices and import-prices

TEST_F(Cli, PricesListsTheReportsBudgetCaseCheapestFirst)
{
    // GUIDE.md section 6: 10M input + 5M output tokens a month.
    const Result r = run({ "prices", "--input-tokens", "10000000", "--output-tokens", "5000000", "--format", "json" });
    ASSERT_EQ(r.status, 0) << r.err;
    const json j = json::parse(r.out, nullptr, false);
    ASSERT_TRUE(j.is_object()) << r.out;
    const auto& models = j["models"];
    ASSERT_GE(models.size(), 12u);
    double previous = -1;
    std::map<std::string, double> monthly;
    for (const auto& m : models) {
        EXPECT_GE(m["monthly_usd"].get<double>(), previous);
        previous = m["monthly_usd"].get<double>();
        monthly[m["model"].get<std::string>() + "@" + m["provider"].get<std::string>()] = previous;
        for (const char* key : { "model", "provider", "input_usd_per_mtok", "output_usd_per_mtok", "as_of", "source" })
            EXPECT_TRUE(m.contains(key)) << key;
    }
    EXPECT_NEAR(monthly["DeepSeek-R1-Distill-Llama-8B@OpenRouter"], 10 * 0.05 + 5 * 0.05, 1e-9);
    EXPECT_NEAR(monthly["Llama-3.2-90B-Vision-Instruct@Vertex AI"], 10 * 5.0 + 5 * 16.0, 1e-9);
    EXPECT_NEAR(monthly["Qwen2.5-Coder-32B-Instruct@OpenRouter"], 10 * 0.06 + 5 * 0.20, 1e-9);
}

TEST_F(Cli, PricesFiltersByUseCase)
{
    const Result r = run({ "prices", "--use-case", "coding", "--format", "json" });
    ASSERT_EQ(r.status, 0) << r.err;
    const json j = json::parse(r.out);
    ASSERT_FALSE(j["models"].empty());
    for (const auto& m : j["models"]) {
        const auto& cases = m["use_cases"];
        EXPECT_NE(std::find(cases.begin(), cases.end(), "coding"), cases.end()) << m["id"];
    }
    EXPECT_EQ(run({ "prices", "--use-case", "dancing" }).status, 2);
    EXPECT_EQ(run({ "prices", "--input-tokens", "lots" }).status, 2);
}

TEST_F(Cli, PricesMarksStalePricesWithTheirDate)
{
    const Result r = run({ "prices" });
    ASSERT_EQ(r.status, 0) << r.err;
    // Every built-in price carries its date; one older than 180 days is starred and explained.
    const json j = json::parse(run({ "prices", "--format", "json" }).out);
    bool anyStale = false;
    for (const auto& m : j["models"])
        anyStale = anyStale || m["stale"].get<bool>();
    if (anyStale) {
        EXPECT_TRUE(contains(r.out, "180")) << r.out;
    }
}

TEST_F(Cli, ImportPricesConvertsAndDoesNotDuplicate)
{
    const std::string sample = LOWREGRET_SOURCE_DIR "/tests/data/litellm-sample.json";
    const Result first = run({ "import-prices", sample, "--format", "json" });
    ASSERT_EQ(first.status, 0) << first.err;
    const json report = json::parse(first.out);
    // Counted from the file here: every entry but the documentation one; the chat models with
    // a provider and two prices above 0 are offers; a price of 0 is skipped as free_or_unpriced.
    const json file = json::parse(readAll(sample));
    int entries = 0;
    int notChat = 0;
    int free = 0;
    for (const auto& [name, e] : file.items()) {
        if (name == "sample_spec")
            continue;
        ++entries;
        if (!e.is_object() || e.value("mode", "") != "chat")
            ++notChat;
        else if (e.value("input_cost_per_token", -1.0) == 0.0 || e.value("output_cost_per_token", -1.0) == 0.0)
            ++free;
    }
    EXPECT_EQ(report["read"], entries);
    EXPECT_EQ(report["skipped_by_reason"]["not_chat"], notChat);
    EXPECT_EQ(report["skipped_by_reason"]["free_or_unpriced"], free);
    EXPECT_EQ(report["skipped"], notChat + free);
    EXPECT_EQ(report["read"].get<int>(),
        report["imported"].get<int>() + report["skipped"].get<int>() + report["merged"].get<int>());
    EXPECT_EQ(report["as_of_from"], "file_modified");

    const auto countOffers = [&] {
        return json::parse(readAll(m_dir / "data" / "lowregret" / "catalog" / "imported.json"))["offers"].size();
    };
    const auto imported = report["imported"].get<std::size_t>();
    EXPECT_EQ(countOffers(), imported); // imported is the number of offers added
    ASSERT_EQ(run({ "import-prices", sample }).status, 0);
    EXPECT_EQ(countOffers(), imported);

    // The imported GPT-4o (2.5e-06 / 1e-05 per token) now prices at 2.50 / 10.00 per 1M.
    const json prices = json::parse(run({ "prices", "--format", "json" }).out);
    bool found = false;
    for (const auto& m : prices["models"])
        if (m["id"] == "openai/gpt-4o") {
            found = true;
            EXPECT_DOUBLE_EQ(m["input_usd_per_mtok"].get<double>(), 2.5);
            EXPECT_DOUBLE_EQ(m["output_usd_per_mtok"].get<double>(), 10.0);
            EXPECT_EQ(m["origin"], "imported");
        }
    EXPECT_TRUE(found);
}

TEST_F(Cli, ImportedPricesAreDatedByTheFileOrByAsOf)
{
    const fs::path prices = writeText("old-prices.json", R"({"gpt-4o": {"litellm_provider": "openai", "mode": "chat",
        "input_cost_per_token": 2.5e-06, "output_cost_per_token": 1e-05},
        "ollama/llama3": {"litellm_provider": "ollama", "mode": "chat", "input_cost_per_token": 0, "output_cost_per_token": 0}})");
    // A year-old file: 2025-11-01 at noon, local time.
    std::tm tm {};
    tm.tm_year = 125;
    tm.tm_mon = 10;
    tm.tm_mday = 1;
    tm.tm_hour = 12;
    tm.tm_isdst = -1;
    const std::time_t when = std::mktime(&tm);
    const struct timeval times[2] = { { when, 0 }, { when, 0 } };
    ASSERT_EQ(::utimes(prices.c_str(), times), 0);

    const Result r = run({ "import-prices", prices.string(), "--format", "json" });
    ASSERT_EQ(r.status, 0) << r.err;
    const json report = json::parse(r.out);
    EXPECT_EQ(report["as_of"], "2025-11-01");
    EXPECT_EQ(report["skipped_by_reason"]["free_or_unpriced"], 1);
    const json listed = json::parse(run({ "prices", "--format", "json" }).out);
    bool found = false;
    for (const auto& m : listed["models"]) {
        EXPECT_GT(m["monthly_usd"].get<double>(), 0.0) << m["id"]; // no $0.00 offer is ranked
        if (m["id"] == "openai/gpt-4o") {
            found = true;
            EXPECT_EQ(m["as_of"], "2025-11-01");
        }
    }
    EXPECT_TRUE(found);

    const Result given = run({ "import-prices", prices.string(), "--as-of", "2026-02-03", "--format", "json" });
    ASSERT_EQ(given.status, 0) << given.err;
    EXPECT_EQ(json::parse(given.out)["as_of"], "2026-02-03");
    EXPECT_EQ(json::parse(given.out)["as_of_from"], "option");
    const Result bad = run({ "import-prices", prices.string(), "--as-of", "2026-02-30" });
    EXPECT_EQ(bad.status, 2);
    EXPECT_TRUE(contains(bad.err, "--as-of 2026-02-30")) << bad.err;
}

TEST_F(Cli, ASuspectPriceIsImportedAndFlagged)
{
    // 500 USD per 1M tokens for an 8B model.
    const fs::path prices = writeText("odd.json", R"({"tiny-8b": {"litellm_provider": "acme", "mode": "chat",
        "input_cost_per_token": 0.0005, "output_cost_per_token": 0.0005}})");
    const Result r = run({ "import-prices", prices.string(), "--format", "json" });
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(json::parse(r.out)["suspect"], 1);
    const Result text = run({ "prices", "--use-case", "chat" });
    ASSERT_EQ(text.status, 0) << text.err;
    EXPECT_TRUE(contains(text.out, "tiny-8b")) << text.out;
    EXPECT_TRUE(contains(text.out, "! the price looks wrong")) << text.out;
    for (const auto& m : json::parse(run({ "prices", "--format", "json" }).out)["models"])
        EXPECT_EQ(m["suspect"].get<bool>(), m["id"] == "acme/tiny-8b") << m["id"];
}

TEST_F(Cli, DecideReadsStandardInput)
{
    const fs::path file = write("stdin.json", gpt4Example());
    const Result r = run({ "decide", "-", "--format", "json" }, {}, file.string());
    ASSERT_EQ(r.status, 0) << r.err;
    const json j = json::parse(r.out);
    EXPECT_DOUBLE_EQ(j["costs"]["cloud"]["total"].get<double>(), 540.0 * 12); // GUIDE.md: 6,480
    // The same checks as a file: the size limit, and a named field.
    const fs::path big
        = writeText("big.json", R"({"lowregret": 1, "pad": ")" + std::string(2 * 1024 * 1024, 'x') + R"("})");
    const Result large = run({ "decide", "-" }, {}, big.string());
    EXPECT_EQ(large.status, 2);
    EXPECT_TRUE(contains(large.err, "standard input")) << large.err;
    EXPECT_TRUE(contains(large.err, "too large")) << large.err;
    json bad = gpt4Example();
    bad["input_share"] = 2;
    const Result wrong = run({ "decide", "-" }, {}, write("bad.json", bad).string());
    EXPECT_EQ(wrong.status, 2);
    EXPECT_TRUE(contains(wrong.err, "standard input: input_share")) << wrong.err;
}

TEST_F(Cli, AFifoIsNotARegularFileAndAFolderIsAFolder)
{
    const fs::path fifo = m_dir / "pipe.json";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const Result r = run({ "decide", fifo.string() });
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(contains(r.err, "not a regular file")) << r.err;
    EXPECT_FALSE(contains(r.err, "folder")) << r.err;
    const Result device = run({ "decide", "/dev/null" });
    EXPECT_EQ(device.status, 2);
    EXPECT_TRUE(contains(device.err, "not a regular file")) << device.err;
    const Result folder = run({ "decide", m_dir.string() });
    EXPECT_EQ(folder.status, 2);
    EXPECT_TRUE(contains(folder.err, "a folder, not a file")) << folder.err;
}

TEST_F(Cli, ANegativeZeroNeverReachesTheOutput)
{
    json s = gpt4Example();
    s["local"]["hardware_usd"] = json::parse("-0.0");
    // "-0", "-0.0" or "-0.00" as a number of its own; the "-0" inside a date does not count.
    const auto negativeZero = [](const std::string& text) {
        for (std::size_t at = text.find("-0"); at != std::string::npos; at = text.find("-0", at + 1)) {
            const bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
            std::size_t end = at + 2;
            if (end < text.size() && text[end] == '.')
                while (++end < text.size() && text[end] == '0') { }
            const bool zero = end == text.size() || !std::isdigit(static_cast<unsigned char>(text[end]));
            if (starts && zero)
                return true;
        }
        return false;
    };
    ASSERT_TRUE(negativeZero("\"breakeven_months\": -0.0,")); // the check itself can fail
    ASSERT_FALSE(negativeZero("2023-06-01"));
    const Result r = run({ "decide", write("zero.json", s).string(), "--format", "json" });
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_FALSE(negativeZero(r.out)) << r.out;
    const Result text = run({ "decide", write("zero2.json", s).string() });
    EXPECT_FALSE(negativeZero(text.out)) << text.out;
}

TEST_F(Cli, ABadPriceFileChangesNothing)
{
    const std::string sample = LOWREGRET_SOURCE_DIR "/tests/data/litellm-sample.json";
    ASSERT_EQ(run({ "import-prices", sample }).status, 0);
    const fs::path catalog = m_dir / "data" / "lowregret" / "catalog" / "imported.json";
    const std::string before = readAll(catalog);
    const fs::path bad = writeText("bad-prices.json", "{\"gpt-4o\": {\"mode\": \"chat\",");
    const Result r = run({ "import-prices", bad.string() });
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(contains(r.err, "bad-prices.json")) << r.err;
    EXPECT_EQ(readAll(catalog), before);
    EXPECT_EQ(run({ "import-prices", (m_dir / "missing.json").string() }).status, 2);
    EXPECT_EQ(run({ "import-prices", writeText("list.json", "[1, 2]").string() }).status, 2);
}

TEST_F(Cli, CloudModelTakesItsPricesFromTheCatalog)
{
    json s = gpt4Example();
    s["cloud"] = { { "model", "anthropic/claude-3-5-sonnet-20241022" } };
    const Result r = run({ "decide", write("claude.json", s).string(), "--format", "json" });
    ASSERT_EQ(r.status, 0) << r.err;
    // Claude 3.5 Sonnet at 3 / 15 per 1M, 6M + 6M tokens: 18 + 90 (GUIDE.md section 4).
    EXPECT_DOUBLE_EQ(json::parse(r.out)["costs"]["cloud"]["monthly"].get<double>(), 108.0);

    s["cloud"] = { { "model", "nobody/nothing" } };
    const Result bad = run({ "decide", write("unknown.json", s).string() });
    EXPECT_EQ(bad.status, 2);
    EXPECT_TRUE(contains(bad.err, "cloud.model")) << bad.err;
}
