// lowregret-cli prices and import-prices, standard input and other sources.
#include "CliFixture.h"

using namespace cli_test;

namespace {

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
    // In text, each reason and its count stand apart, however long the reason's name.
    const Result text = run({ "import-prices", prices.string() });
    ASSERT_EQ(text.status, 0) << text.err;
    EXPECT_TRUE(contains(text.out, "free or unpriced (a price of 0)  ")) << text.out;
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
    // The parsed document must outlive the loop: a range-for over a temporary's member would
    // read freed memory.
    const json listedJson = json::parse(run({ "prices", "--format", "json" }).out);
    for (const auto& m : listedJson["models"])
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

} // namespace
