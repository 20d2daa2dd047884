// The LiteLLM price-file import and the checks on imported offers (free, suspect, dated, merged).
#include "lowregret/catalog/LiteLlmImport.h"
#include "lowregret/catalog/Catalog.h"

#include "TestOffer.h"

#include <gtest/gtest.h>

#include <cctype>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <set>

#include <sys/time.h>
#include <unistd.h>

using lowregret::Catalog;
using lowregret::LiteLlmImport;
using lowregret::Offer;
using lowregret::Problem;

namespace {

using test_offer::make;

} // namespace

TEST(LiteLlmImport, PerTokenPricesBecomePerMillion)
{
    const auto r = LiteLlmImport::fromJson(nlohmann::json::parse(R"({
        "sample_spec": {"mode": "chat"},
        "gpt-4o": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 2.5e-06,
                   "output_cost_per_token": 1e-05, "max_input_tokens": 128000, "supports_vision": true},
        "groq/llama-3.1-8b-instant": {"litellm_provider": "groq", "mode": "chat", "input_cost_per_token": 5e-08,
                   "output_cost_per_token": 8e-08},
        "text-embedding-3-small": {"litellm_provider": "openai", "mode": "embedding", "input_cost_per_token": 2e-08},
        "mystery": {"mode": "chat", "input_cost_per_token": 1e-06, "output_cost_per_token": 1e-06},
        "free-lunch": {"litellm_provider": "x", "mode": "chat"},
        "broken": 42})"),
        "2026-11-24", "test");
    EXPECT_EQ(r.read, 6); // sample_spec is documentation, not counted
    EXPECT_EQ(r.offers.size(), 2u);
    EXPECT_EQ(r.skipped, 4);
    EXPECT_EQ(r.skippedByReason.at("not_chat"), 1);
    EXPECT_EQ(r.skippedByReason.at("no_provider"), 1);
    EXPECT_EQ(r.skippedByReason.at("no_price"), 1);
    EXPECT_EQ(r.skippedByReason.at("bad_entry"), 1);
    const Offer& gpt4o = r.offers.at(0).id == "openai/gpt-4o" ? r.offers.at(0) : r.offers.at(1);
    EXPECT_EQ(gpt4o.id, "openai/gpt-4o");
    EXPECT_DOUBLE_EQ(gpt4o.inputUsdPerMtok, 2.5); // 2.5e-06 × 1e6
    EXPECT_DOUBLE_EQ(gpt4o.outputUsdPerMtok, 10.0); // 1e-05 × 1e6
    EXPECT_EQ(gpt4o.contextTokens, 128000);
    EXPECT_EQ(gpt4o.modality, "multimodal");
    EXPECT_EQ(gpt4o.asOf, "2026-11-24");
    const Offer& groq = r.offers.at(0).id == "openai/gpt-4o" ? r.offers.at(1) : r.offers.at(0);
    EXPECT_EQ(groq.id, "groq/llama-3.1-8b-instant"); // the provider prefix of the key is dropped
    EXPECT_DOUBLE_EQ(groq.inputUsdPerMtok, 0.05);
}

namespace {

// What the import should make of the sample, counted here from the file itself: a chat entry
// with a provider and two prices above 0 is an offer; entries whose ids (provider/model,
// lowercase) coincide are one offer.
struct SampleCounts {
    int read = 0;
    int notChat = 0;
    int free = 0;
    int offers = 0;
    int merged = 0;
};

SampleCounts countSample(const nlohmann::json& file)
{
    SampleCounts c;
    std::set<std::string> ids;
    for (const auto& [name, e] : file.items()) {
        if (name == "sample_spec")
            continue;
        ++c.read;
        if (!e.is_object() || e.value("mode", "") != "chat") {
            ++c.notChat;
            continue;
        }
        const double in = e.value("input_cost_per_token", -1.0);
        const double out = e.value("output_cost_per_token", -1.0);
        if (in == 0.0 || out == 0.0) {
            ++c.free;
            continue;
        }
        const std::string provider = e.value("litellm_provider", "");
        std::string model = name.rfind(provider + "/", 0) == 0 ? name.substr(provider.size() + 1) : name;
        std::string id = provider + "/" + model;
        for (auto& ch : id)
            ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        if (!ids.insert(id).second)
            ++c.merged;
        else
            ++c.offers;
    }
    return c;
}

} // namespace

TEST(LiteLlmImport, TheRealSampleFile)
{
    const std::string path = LOWREGRET_SOURCE_DIR "/tests/data/litellm-sample.json";
    std::ifstream in(path);
    const SampleCounts expected = countSample(nlohmann::json::parse(in));
    ASSERT_GT(expected.offers, 100); // the sample is a real file with many chat models
    ASSERT_GE(expected.free, 1); // and at least one entry priced 0

    const auto r = LiteLlmImport::fromFile(path, "2026-11-24");
    ASSERT_TRUE(r.errors.empty());
    EXPECT_EQ(r.read, expected.read);
    EXPECT_EQ(static_cast<int>(r.offers.size()), expected.offers);
    EXPECT_EQ(r.merged, expected.merged);
    EXPECT_EQ(r.skippedByReason.at("not_chat"), expected.notChat);
    EXPECT_EQ(r.skippedByReason.at("free_or_unpriced"), expected.free);
    EXPECT_EQ(r.read, static_cast<int>(r.offers.size()) + r.skipped + r.merged);
    bool found = false;
    for (const auto& o : r.offers) {
        EXPECT_GT(o.inputUsdPerMtok, 0.0) << o.id;
        EXPECT_GT(o.outputUsdPerMtok, 0.0) << o.id;
        if (o.id == "openai/gpt-4o") {
            found = true;
            EXPECT_DOUBLE_EQ(o.inputUsdPerMtok, 2.5);
            EXPECT_DOUBLE_EQ(o.outputUsdPerMtok, 10.0);
        }
    }
    EXPECT_TRUE(found);
}

TEST(LiteLlmImport, ZeroPricesAreSkippedUnderTheirOwnReason)
{
    const auto r = LiteLlmImport::fromJson(nlohmann::json::parse(R"({
        "ollama/llama3": {"litellm_provider": "ollama", "mode": "chat", "input_cost_per_token": 0, "output_cost_per_token": 0},
        "free-tier": {"litellm_provider": "x", "mode": "chat", "input_cost_per_token": 0, "output_cost_per_token": 1e-06},
        "rounds-to-zero": {"litellm_provider": "x", "mode": "chat", "input_cost_per_token": 1e-13, "output_cost_per_token": 1e-06},
        "paid": {"litellm_provider": "x", "mode": "chat", "input_cost_per_token": 1e-06, "output_cost_per_token": 2e-06}})"),
        "2026-11-24", "t");
    EXPECT_EQ(r.read, 4);
    ASSERT_EQ(r.offers.size(), 1u);
    EXPECT_EQ(r.offers[0].id, "x/paid");
    // 1e-13 per token is 0.0000001 per 1M: 0 at the catalog's six decimals.
    EXPECT_EQ(r.skippedByReason.at("free_or_unpriced"), 3);
}

TEST(LiteLlmImport, EntriesThatCollapseIntoOneOfferAreCountedAsMerged)
{
    // "gpt-4o" and "openai/gpt-4o" at provider openai are both openai/gpt-4o; "GPT-4o" too.
    const auto r = LiteLlmImport::fromJson(nlohmann::json::parse(R"({
        "gpt-4o": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 2.5e-06, "output_cost_per_token": 1e-05},
        "openai/gpt-4o": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 2.5e-06, "output_cost_per_token": 1e-05},
        "GPT-4o": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 2.5e-06, "output_cost_per_token": 1e-05},
        "o3": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 2e-06, "output_cost_per_token": 8e-06}})"),
        "2026-11-24", "t");
    EXPECT_EQ(r.read, 4);
    EXPECT_EQ(r.offers.size(), 2u);
    EXPECT_EQ(r.merged, 2);
    EXPECT_EQ(r.skipped, 0);
}

TEST(LiteLlmImport, PricesAreAsOldAsTheFileOrTheGivenDay)
{
    const auto dir = std::filesystem::temp_directory_path() / ("lowregret-asof-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto file = dir / "prices.json";
    {
        std::ofstream out(file);
        out << R"({"gpt-4o": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 2.5e-06,
                   "output_cost_per_token": 1e-05}})";
    }
    // 2025-03-10 12:00 local time: the file's date whatever the time zone's offset.
    std::tm tm {};
    tm.tm_year = 2025 - 1900;
    tm.tm_mon = 2;
    tm.tm_mday = 10;
    tm.tm_hour = 12;
    tm.tm_isdst = -1;
    const std::time_t when = std::mktime(&tm);
    const struct timeval times[2] = { { when, 0 }, { when, 0 } };
    ASSERT_EQ(::utimes(file.c_str(), times), 0);

    const auto byFile = LiteLlmImport::fromFile(file);
    ASSERT_EQ(byFile.offers.size(), 1u);
    EXPECT_EQ(byFile.asOf, "2025-03-10");
    EXPECT_EQ(byFile.offers[0].asOf, "2025-03-10");
    // A year-old file is stale, as its prices are.
    EXPECT_TRUE(Catalog::isStale(byFile.offers[0], "2026-03-10"));

    const auto byOption = LiteLlmImport::fromFile(file, std::string("2026-01-31"));
    EXPECT_EQ(byOption.offers[0].asOf, "2026-01-31");
    std::filesystem::remove_all(dir);
}

TEST(Offer, StatedParameterCounts)
{
    EXPECT_EQ(Offer::statedBillions("llama-3.1-8b-instant"), 8.0);
    EXPECT_EQ(Offer::statedBillions("Llama-3.3-70B-Instruct"), 70.0);
    EXPECT_EQ(Offer::statedBillions("qwen2.5-1.5b"), 1.5);
    EXPECT_EQ(Offer::statedBillions("mixtral-8x7b-32768"), 56.0);
    EXPECT_EQ(Offer::statedBillions("meta-llama/llama-3.1-405b"), 405.0);
    EXPECT_FALSE(Offer::statedBillions("gpt-4o-mini"));
    EXPECT_FALSE(Offer::statedBillions("claude-3-5-sonnet"));
    EXPECT_FALSE(Offer::statedBillions("qwen2.5b")); // "2.5b" follows a letter: part of a word
}

TEST(Offer, ImplausiblePricesAreSuspect)
{
    Offer small = make("x/llama-3.1-8b", 0.05, 0.08, "2026-01-01");
    small.model = "llama-3.1-8b";
    EXPECT_FALSE(small.hasSuspectPrice());
    small.outputUsdPerMtok = 40; // dear for an 8B model, but within what hosts charge
    EXPECT_FALSE(small.hasSuspectPrice());
    small.outputUsdPerMtok = 300; // 300 USD per 1M for an 8B model
    EXPECT_TRUE(small.hasSuspectPrice());

    Offer frontier = make("openai/o1-pro", 150, 600, "2026-01-01");
    frontier.model = "o1-pro"; // a real, dear price for a model of no stated size
    EXPECT_FALSE(frontier.hasSuspectPrice());
    frontier.outputUsdPerMtok = 6000;
    EXPECT_TRUE(frontier.hasSuspectPrice());

    const auto r = LiteLlmImport::fromJson(nlohmann::json::parse(R"({
        "tiny-3b": {"litellm_provider": "x", "mode": "chat", "input_cost_per_token": 0.0005, "output_cost_per_token": 0.0005}})"),
        "2026-11-24", "t");
    ASSERT_EQ(r.offers.size(), 1u); // imported, and flagged
    EXPECT_EQ(r.suspect, 1);
    EXPECT_TRUE(r.offers[0].hasSuspectPrice());
}
TEST(LiteLlmImport, AHostileFileIsRefusedWhole)
{
    EXPECT_FALSE(LiteLlmImport::fromJson(nlohmann::json::array(), "2026-11-24", "t").errors.empty());
    const auto missing = LiteLlmImport::fromFile("/nonexistent/prices.json", "2026-11-24");
    ASSERT_EQ(missing.errors.size(), 1u);
    EXPECT_EQ(missing.errors[0].kind, Problem::Kind::FileNotFound);
}

TEST(LiteLlmImport, TheCacheReadPriceIsKeptWhereTheProviderHasOne)
{
    // LiteLLM's gpt-4o: cached input at 1.25e-06 a token, half the input price.
    const auto r = LiteLlmImport::fromJson(nlohmann::json::parse(R"({
        "gpt-4o": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 2.5e-06,
                   "output_cost_per_token": 1e-05, "cache_read_input_token_cost": 1.25e-06},
        "groq/llama-3.1-8b-instant": {"litellm_provider": "groq", "mode": "chat", "input_cost_per_token": 5e-08,
                   "output_cost_per_token": 8e-08}})"),
        "2026-11-24", "test");
    ASSERT_EQ(r.offers.size(), 2u);
    for (const auto& o : r.offers) {
        if (o.id == "openai/gpt-4o") {
            ASSERT_TRUE(o.cacheReadUsdPerMtok);
            EXPECT_DOUBLE_EQ(*o.cacheReadUsdPerMtok, 1.25);
        } else {
            EXPECT_FALSE(o.cacheReadUsdPerMtok);
        }
    }
    // It survives the catalog's own file format.
    const auto& gpt4o = r.offers.at(0).id == "openai/gpt-4o" ? r.offers.at(0) : r.offers.at(1);
    EXPECT_EQ(Catalog::offerToJson(gpt4o)["cache_read_usd_per_mtok"], 1.25);
}

TEST(LiteLlmImport, TheBuiltInCatalogKeepsCacheReadPrices)
{
    // LiteLLM's model_prices_and_context_window.json, 2025-09: gpt-4o-mini caches at 7.5e-08 a
    // token.
    const Catalog catalog = Catalog::builtIn();
    const auto* o = catalog.find("openai/gpt-4o-mini");
    ASSERT_NE(o, nullptr);
    ASSERT_TRUE(o->cacheReadUsdPerMtok);
    EXPECT_DOUBLE_EQ(*o->cacheReadUsdPerMtok, 0.075);
}

// An offer's id is its names' id as they are shown: a name that loses a control character
// or a bidirectional override on the way in is named, and keyed, without it.
TEST(LiteLlmImport, AnOffersIdIsTheIdOfTheNamesItShows)
{
    nlohmann::json j;
    j["gpt\u202E-x\x1b[31m"] = { { "litellm_provider",
                                     "open\x07"
                                     "ai" },
        { "mode", "chat" }, { "input_cost_per_token", 1e-06 }, { "output_cost_per_token", 2e-06 } };
    const auto r = LiteLlmImport::fromJson(j, "2026-11-24", "t");
    ASSERT_EQ(r.offers.size(), 1u);
    EXPECT_EQ(r.offers[0].provider, "openai");
    EXPECT_EQ(r.offers[0].model, "gpt-x[31m");
    EXPECT_EQ(r.offers[0].id, LiteLlmImport::offerId("openai", "gpt-x[31m"));
}
