// lowregret-cli prices with the built-in price book of 2026: the offers no longer sold, dated
// prices, long-context tiers and the prices of another source.
#include "CliFixture.h"

#include <set>

using namespace cli_test;

namespace {

std::set<std::string> ids(const json& j)
{
    std::set<std::string> out;
    for (const auto& m : j["models"])
        out.insert(m["id"].get<std::string>());
    return out;
}

const json* model(const json& j, const std::string& id)
{
    for (const auto& m : j["models"])
        if (m["id"] == id)
            return &m;
    return nullptr;
}

TEST_F(Cli, PricesLeavesTheRetiredOffersOutUnlessAll)
{
    const Result shown = run({ "prices", "--format", "json" });
    ASSERT_EQ(shown.status, 0) << shown.err;
    const json j = json::parse(shown.out);
    for (const auto& m : j["models"])
        EXPECT_FALSE(m.value("retired", false)) << m["id"];
    for (const char* id : { "openai/gpt-3.5-turbo", "openai/gpt-4", "anthropic/claude-3-5-sonnet-20241022" })
        EXPECT_EQ(ids(j).count(id), 0u) << id;

    const Result all = run({ "prices", "--all", "--format", "json" });
    ASSERT_EQ(all.status, 0) << all.err;
    const json a = json::parse(all.out);
    EXPECT_EQ(a["models"].size(), j["models"].size() + 3);
    for (const char* id : { "openai/gpt-3.5-turbo", "openai/gpt-4", "anthropic/claude-3-5-sonnet-20241022" }) {
        const json* m = model(a, id);
        ASSERT_NE(m, nullptr) << id;
        EXPECT_EQ((*m)["retired"], true) << id;
    }
    // GPT-4 keeps its old price: 30 / 60 (GUIDE.md section 4).
    EXPECT_EQ((*model(a, "openai/gpt-4"))["input_usd_per_mtok"], 30.0);

    const Result text = run({ "prices" });
    EXPECT_FALSE(contains(text.out, "GPT-3.5 Turbo")) << text.out;
    const Result textAll = run({ "prices", "--all" });
    EXPECT_TRUE(contains(textAll.out, "GPT-3.5 Turbo")) << textAll.out;
    EXPECT_TRUE(contains(textAll.out, "[retired]")) << textAll.out;
}

TEST_F(Cli, PricesJsonHasTheDatedPricesOfClaudeSonnet5)
{
    const Result r = run({ "prices", "--format", "json" });
    ASSERT_EQ(r.status, 0) << r.err;
    const json j = json::parse(r.out);
    const json* sonnet = model(j, "anthropic/claude-sonnet-5");
    ASSERT_NE(sonnet, nullptr);
    // genai-prices 2026-08-21: 2 / 10 (cache 0.20 read, 2.50 write), 3 / 15 from 2026-09-01.
    EXPECT_EQ((*sonnet)["input_usd_per_mtok"], 2.0);
    EXPECT_EQ((*sonnet)["output_usd_per_mtok"], 10.0);
    EXPECT_EQ((*sonnet)["as_of"], "2026-08-21");
    const json expected = json::parse(R"([{"from": "2026-09-01", "input_usd_per_mtok": 3.0,
        "output_usd_per_mtok": 15.0, "cache_read_usd_per_mtok": 0.3, "cache_write_usd_per_mtok": 3.75}])");
    EXPECT_EQ((*sonnet)["price_history"], expected);
    EXPECT_FALSE(sonnet->contains("retired"));

    const json* sonnet45 = model(j, "anthropic/claude-sonnet-4-5");
    ASSERT_NE(sonnet45, nullptr);
    ASSERT_TRUE(sonnet45->contains("context_tiers"));
    EXPECT_EQ((*sonnet45)["context_tiers"][0]["above_input_tokens"], 200000);
    EXPECT_EQ((*sonnet45)["context_tiers"][0]["input_usd_per_mtok"], 6.0);
    EXPECT_EQ((*sonnet45)["context_tiers"][0]["output_usd_per_mtok"], 22.5);

    // The text marks the scheduled change.
    const Result text = run({ "prices" });
    EXPECT_TRUE(contains(text.out, "3 / 15 from 2026-09-01")) << text.out;
}

TEST_F(Cli, PricesShowsWhereTheSourcesDisagree)
{
    const json j = json::parse(run({ "prices", "--format", "json" }).out);
    const json* chat = model(j, "deepseek/deepseek-chat");
    ASSERT_NE(chat, nullptr);
    ASSERT_TRUE(chat->contains("other_sources"));
    EXPECT_EQ((*chat)["other_sources"][0]["source"], "models.dev");
    EXPECT_EQ((*chat)["other_sources"][0]["input_usd_per_mtok"], 0.14);
    EXPECT_EQ((*chat)["other_sources"][0]["output_usd_per_mtok"], 0.28);
    const Result text = run({ "prices" });
    EXPECT_TRUE(contains(text.out, "another source: 0.14 / 0.28 (models.dev")) << text.out;
}

} // namespace
