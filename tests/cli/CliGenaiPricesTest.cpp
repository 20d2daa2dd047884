// lowregret-cli import-prices with genai-prices' data.json, and --dry-run.
#include "CliFixture.h"

using namespace cli_test;

namespace {

// Two providers: acme keeps one offer, changes one and adds one; its "gone" offer is no longer listed.
const char* genaiFile = R"([
  {"id": "acme", "name": "Acme", "pricing_urls": ["https://acme.example/pricing"], "models": [
    {"id": "keep", "prices": {"input_mtok": 1, "output_mtok": 2}},
    {"id": "change", "prices": {"input_mtok": 3, "output_mtok": 15}},
    {"id": "fresh", "prices": {"input_mtok": 0.5, "output_mtok": 1}},
    {"id": "embed", "prices": {"input_mtok": 0.02}},
    {"id": "night", "prices": [{"prices": {"input_mtok": 1, "output_mtok": 2}},
      {"constraint": {"start_time": "00:30:00Z", "end_time": "08:30:00Z"}, "prices": {"input_mtok": 0.5, "output_mtok": 1}}]}
  ]}])";

std::string catalogOffer(const std::string& id, double in, double out, const std::string& source)
{
    return json {
        { "id", id }, { "model", id.substr(id.find('/') + 1) }, { "provider", "Acme" }, { "input_usd_per_mtok", in },
        { "output_usd_per_mtok", out }, { "as_of", "2026-07-01" }, { "source", source }
    }.dump();
}

TEST_F(Cli, ImportPricesDryRunListsNewGoneAndChangedAndWritesNothing)
{
    const fs::path catalogDir = m_dir / "data" / "lowregret" / "catalog";
    fs::create_directories(catalogDir);
    const std::string old = "genai-prices old.json; https://acme.example/pricing";
    const std::string imported = R"({"lowregret_catalog": 1, "offers": [)" + catalogOffer("acme/keep", 1, 2, old) + ","
        + catalogOffer("acme/change", 2, 10, old) + "," + catalogOffer("acme/gone", 1, 1, old) + ","
        + catalogOffer("other/litellm-only", 1, 1, "LiteLLM price file x.json") + "]}";
    {
        std::ofstream out(catalogDir / "imported.json", std::ios::binary);
        out << imported;
    }
    const fs::path prices = writeText("data.json", genaiFile);

    const Result r
        = run({ "import-prices", prices.string(), "--dry-run", "--as-of", "2026-08-21", "--format", "json" });
    ASSERT_EQ(r.status, 0) << r.err;
    const json j = json::parse(r.out);
    EXPECT_EQ(j["format"], "genai-prices");
    EXPECT_EQ(j["read"], 5);
    EXPECT_EQ(j["imported"], 3);
    EXPECT_EQ(j["skipped_by_reason"]["not_chat"], 1);
    EXPECT_EQ(j["skipped_by_reason"]["time_of_day"], 1);
    ASSERT_EQ(j["new"].size(), 1u);
    EXPECT_EQ(j["new"][0]["id"], "acme/fresh");
    EXPECT_EQ(j["new"][0]["input_usd_per_mtok"], 0.5);
    ASSERT_EQ(j["gone"].size(), 1u); // the LiteLLM offer is another price book's
    EXPECT_EQ(j["gone"][0]["id"], "acme/gone");
    ASSERT_EQ(j["changed"].size(), 1u);
    EXPECT_EQ(j["changed"][0]["id"], "acme/change");
    EXPECT_EQ(j["changed"][0]["old"]["input_usd_per_mtok"], 2);
    EXPECT_EQ(j["changed"][0]["old"]["output_usd_per_mtok"], 10);
    EXPECT_EQ(j["changed"][0]["new"]["input_usd_per_mtok"], 3);
    EXPECT_EQ(j["changed"][0]["new"]["output_usd_per_mtok"], 15);
    EXPECT_EQ(readAll(catalogDir / "imported.json"), imported); // nothing written

    // In text: the format, the new reasons, and the change as "old → new".
    const Result text = run({ "import-prices", prices.string(), "--dry-run", "--as-of", "2026-08-21" });
    ASSERT_EQ(text.status, 0) << text.err;
    EXPECT_TRUE(contains(text.out, "genai-prices")) << text.out;
    EXPECT_TRUE(contains(text.out, "priced by the time of day")) << text.out;
    EXPECT_TRUE(contains(text.out, "acme/change: 2.00 / 10.00 → 3.00 / 15.00")) << text.out;
    EXPECT_TRUE(contains(text.out, "acme/fresh: 0.50 / 1.00")) << text.out;
    EXPECT_TRUE(contains(text.out, "acme/gone")) << text.out;
    EXPECT_EQ(readAll(catalogDir / "imported.json"), imported);

    const Result zh = run({ "import-prices", prices.string(), "--dry-run", "--lang", "zh-Hant" });
    ASSERT_EQ(zh.status, 0) << zh.err;
    EXPECT_TRUE(contains(zh.out, "依時段計價")) << zh.out;
    EXPECT_TRUE(contains(zh.out, "試算")) << zh.out;

    // --dry-run is import-prices' alone.
    EXPECT_EQ(run({ "prices", "--dry-run" }).status, 2);
}

TEST_F(Cli, ImportPricesKeepsEveryKeyAndAddsTheFormat)
{
    const fs::path prices = writeText("data.json", genaiFile);
    const Result r = run({ "import-prices", prices.string(), "--format", "json" });
    ASSERT_EQ(r.status, 0) << r.err;
    const json j = json::parse(r.out);
    for (const char* key : { "read", "imported", "skipped", "skipped_by_reason", "merged", "suspect", "as_of",
             "as_of_from", "catalog_file", "format" })
        EXPECT_TRUE(j.contains(key)) << key;
    EXPECT_EQ(j["format"], "genai-prices");
    EXPECT_FALSE(j.contains("new")); // only a dry run says what would change
    EXPECT_EQ(j["read"].get<int>(), j["imported"].get<int>() + j["skipped"].get<int>() + j["merged"].get<int>());
    const json catalog = json::parse(readAll(m_dir / "data" / "lowregret" / "catalog" / "imported.json"));
    EXPECT_EQ(catalog["offers"].size(), 3u);

    const Result litellm
        = run({ "import-prices", LOWREGRET_SOURCE_DIR "/tests/data/litellm-sample.json", "--format", "json" });
    ASSERT_EQ(litellm.status, 0) << litellm.err;
    EXPECT_EQ(json::parse(litellm.out)["format"], "litellm");

    // The real genai-prices file imports and its offers are listed.
    const Result real
        = run({ "import-prices", LOWREGRET_SOURCE_DIR "/tests/data/genai-prices/data.json", "--format", "json" });
    ASSERT_EQ(real.status, 0) << real.err;
    const json listed = json::parse(run({ "prices", "--format", "json" }).out);
    bool found = false;
    for (const auto& m : listed["models"])
        found = found || m["id"] == "anthropic/claude-sonnet-4-5";
    EXPECT_TRUE(found);
}

} // namespace
