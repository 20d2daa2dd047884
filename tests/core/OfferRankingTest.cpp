// The one ranking of catalog offers (OfferRanking): the CLI's `prices`, the Compare Models
// dialog and the top picks all take their order from it.
#include "lowregret/catalog/OfferRanking.h"
#include "lowregret/catalog/Catalog.h"
#include "lowregret/costs/CostModel.h"

#include "TestOffer.h"

#include <gtest/gtest.h>

using lowregret::Offer;
using lowregret::OfferFilter;
using lowregret::OfferRanking;

namespace {

using test_offer::make;

std::vector<std::string> ids(const std::vector<OfferRanking::Ranked>& rows)
{
    std::vector<std::string> out;
    for (const auto& r : rows)
        out.push_back(r.offer->id);
    return out;
}

} // namespace

TEST(OfferRanking, CheaperFirstThenTheFresherPriceThenTheId)
{
    const std::vector<Offer> offers = {
        make("b/same-old", 1, 1, "2025-01-01"),
        make("a/same-old", 1, 1, "2025-01-01"),
        make("c/same-new", 1, 1, "2026-01-01"),
        make("d/cheap", 0.5, 0.5, "2024-01-01"),
        make("e/dear", 3, 3, "2026-06-01"),
    };
    // 1M in + 1M out: 1 + 1 = 2 USD for the three at 1 / 1.
    const auto rows = OfferRanking::rank(offers, 1e6, 1e6);
    EXPECT_EQ(ids(rows), (std::vector<std::string> { "d/cheap", "c/same-new", "a/same-old", "b/same-old", "e/dear" }));
    EXPECT_DOUBLE_EQ(rows[1].monthlyUsd, 2.0);
}

TEST(OfferRanking, AZeroPriceIsNeverRanked)
{
    const std::vector<Offer> offers = { make("ollama/llama3", 0, 0, "2026-01-01"),
        make("x/half-free", 0, 2, "2026-01-01"), make("x/paid", 5, 5, "2026-01-01") };
    EXPECT_EQ(ids(OfferRanking::rank(offers, 1e6, 1e6)), (std::vector<std::string> { "x/paid" }));
    const auto picks = OfferRanking::topPicks(offers, 1e6, 1e6);
    ASSERT_EQ(picks.size(), 1u);
    EXPECT_EQ(picks[0].offer->id, "x/paid");
    EXPECT_FALSE(OfferRanking::accepts(offers[0], 0.0, {}));
}

TEST(OfferRanking, Filters)
{
    Offer coder = make("a/coder", 1, 1, "2026-01-01");
    coder.useCases = { "coding" };
    coder.contextTokens = 200'000;
    Offer chat = make("b/chat", 0.5, 0.5, "2026-01-01");
    chat.useCases = { "chat" };
    const std::vector<Offer> offers = { coder, chat };
    EXPECT_EQ(
        ids(OfferRanking::rank(offers, 1e6, 1e6, { .useCase = "coding" })), (std::vector<std::string> { "a/coder" }));
    EXPECT_EQ(ids(OfferRanking::rank(offers, 1e6, 1e6, { .provider = "b" })), (std::vector<std::string> { "b/chat" }));
    // 1M + 1M at 0.5 / 0.5 is 1 USD: a maximum of 1 keeps it (inclusive), one of 0.99 does not.
    EXPECT_EQ(
        ids(OfferRanking::rank(offers, 1e6, 1e6, { .maxMonthlyUsd = 1.0 })), (std::vector<std::string> { "b/chat" }));
    EXPECT_TRUE(OfferRanking::rank(offers, 1e6, 1e6, { .maxMonthlyUsd = 0.99 }).empty());
    // An unknown context fails a minimum.
    EXPECT_EQ(ids(OfferRanking::rank(offers, 1e6, 1e6, { .minContextTokens = 128'000 })),
        (std::vector<std::string> { "a/coder" }));
}

TEST(OfferRanking, TopPicksAreTheFirstOfTheRankingForEachPriority)
{
    Offer coderOld = make("a/coder-old", 1, 1, "2025-01-01");
    coderOld.useCases = { "coding" };
    Offer coderNew = make("b/coder-new", 1, 1, "2026-01-01");
    coderNew.useCases = { "coding" };
    Offer vision = make("c/vision", 2, 2, "2026-01-01");
    vision.modality = "multimodal";
    const std::vector<Offer> offers = { coderOld, coderNew, vision };
    const auto picks = OfferRanking::topPicks(offers, 1e6, 1e6);
    ASSERT_EQ(picks.size(), 3u); // nothing serves reasoning
    EXPECT_EQ(picks[0].priority, "lowest_cost");
    EXPECT_EQ(picks[0].offer->id, "b/coder-new"); // equal cost: the fresher price wins
    EXPECT_EQ(picks[1].priority, "coding");
    EXPECT_EQ(picks[1].offer->id, "b/coder-new");
    EXPECT_EQ(picks[2].priority, "multimodal");
    EXPECT_EQ(picks[2].offer->id, "c/vision");
    EXPECT_EQ(picks[0].offer->id, OfferRanking::rank(offers, 1e6, 1e6).front().offer->id);
}

TEST(OfferRanking, OneFormulaForTheCloudCost)
{
    // GPT-4 at 30 / 60 per 1M, 6M in + 6M out: 180 + 360 = 540 USD a month (GUIDE.md).
    const Offer gpt4 = make("openai/gpt-4", 30, 60, "2023-06-01");
    EXPECT_DOUBLE_EQ(OfferRanking::monthlyUsd(gpt4, 6e6, 6e6), 540.0);
    EXPECT_DOUBLE_EQ(lowregret::CostModel::cloudMonthly(12e6, 0.5, 30, 60), 540.0);
    EXPECT_DOUBLE_EQ(OfferRanking::monthlyUsd(gpt4, 6e6, 6e6), lowregret::CostModel::cloudMonthly(12e6, 0.5, 30, 60));
}
