// Who set a field: the user exactly when the user entered or changed it, in the app or in the
// file, and that survives save and reopen (docs/scenario-format.md, "Who set a field").
#include "lowregret/catalog/Catalog.h"
#include "lowregret/guide/Guide.h"
#include "lowregret/scenario/Scenario.h"

#include <gtest/gtest.h>

using lowregret::Guide;
using lowregret::Scenario;

namespace {

Scenario fresh()
{
    return Scenario::withDefaults(Guide::builtIn().defaults());
}

Scenario reopen(const Scenario& s)
{
    auto r = Scenario::fromJson(s.toJson(), Guide::builtIn());
    EXPECT_TRUE(r.scenario) << (r.errors.empty() ? "" : r.errors.front().describe(lowregret::Lang::En));
    return r.scenario.value_or(Scenario {});
}

} // namespace

TEST(Provenance, ANewScenarioHasNothingOfTheUsers)
{
    const Scenario s = fresh();
    EXPECT_TRUE(s.userSet.empty());
    EXPECT_TRUE(reopen(s).userSet.empty());
}

TEST(Provenance, AnEditedFieldIsTheUsersAndTheOthersStayTheGuides)
{
    Scenario s = fresh();
    const Scenario before = s;
    s.local.hardwareUsd = 3500;
    s.answers.monthlyTokens = 8e6;
    s.noteEditsSince(before);
    EXPECT_TRUE(s.isUserSet("local.hardware_usd"));
    EXPECT_TRUE(s.isUserSet("answers.monthly_tokens"));
    EXPECT_FALSE(s.isUserSet("local.electricity_usd_per_month"));
    EXPECT_FALSE(s.isUserSet("cloud.input_usd_per_mtok"));
}

TEST(Provenance, SaveAndReopenKeepsWhoSetWhat)
{
    Scenario s = fresh();
    const Scenario before = s;
    s.local.hardwareUsd = 3500;
    s.horizonMonths = 24;
    s.noteEditsSince(before);
    const auto saved = s.toJson();
    ASSERT_TRUE(saved.contains("set_by_user"));
    EXPECT_EQ(saved["set_by_user"], (nlohmann::json { "horizon_months", "local.hardware_usd" }));

    const Scenario again = reopen(s);
    EXPECT_EQ(again.userSet, s.userSet);
    // Saving writes every field; only the two the user changed are the user's.
    EXPECT_FALSE(again.isUserSet("local.electricity_usd_per_month"));
    EXPECT_FALSE(again.isUserSet("input_share"));
    EXPECT_EQ(reopen(again).userSet, s.userSet);
}

TEST(Provenance, TypingTheDefaultValueCountsAsEnteredWhenItWasChangedFirst)
{
    // The user changes the horizon and changes it back to the guide's 12: still entered.
    Scenario s = fresh();
    Scenario before = s;
    s.horizonMonths = 36;
    s.noteEditsSince(before);
    before = s;
    s.horizonMonths = Guide::builtIn().defaults().horizonMonths;
    s.noteEditsSince(before);
    EXPECT_TRUE(s.isUserSet("horizon_months"));
    EXPECT_TRUE(reopen(s).isUserSet("horizon_months"));
}

TEST(Provenance, ChangedRangesAreAnEditThatMakesNoFieldTheUsers)
{
    // The What if tab's range editor writes `uncertainty`: the document must count it as a
    // change to save, but no cost field became the user's by it.
    Scenario s = fresh();
    Scenario before = s;
    s.uncertainty = std::map<std::string, Scenario::Range> { { "answers.monthly_tokens", { 6e6, 18e6 } } };
    EXPECT_TRUE(s.noteEditsSince(before));
    EXPECT_TRUE(s.userSet.empty());
    before = s;
    EXPECT_FALSE(s.noteEditsSince(before));
    s.uncertainty.reset();
    EXPECT_TRUE(s.noteEditsSince(before));
}

TEST(Provenance, AClearedAnswerIsNobodys)
{
    Scenario s = fresh();
    Scenario before = s;
    s.answers.usageStable = true;
    s.noteEditsSince(before);
    ASSERT_TRUE(s.isUserSet("answers.usage_stable"));
    before = s;
    s.answers.usageStable.reset();
    s.noteEditsSince(before);
    EXPECT_FALSE(s.isUserSet("answers.usage_stable"));
    EXPECT_FALSE(s.toJson()["set_by_user"].dump().find("usage_stable") != std::string::npos);
}

TEST(Provenance, AFileWithoutTheListCountsEveryFieldItGives)
{
    // A hand-written file: what it says, the user wrote.
    const auto r = Scenario::fromText(
        R"({"lowregret": 1, "local": {"hardware_usd": 2000}, "horizon_months": 24})", "hand.json", Guide::builtIn());
    ASSERT_TRUE(r.scenario);
    EXPECT_TRUE(r.scenario->isUserSet("local.hardware_usd")); // equal to the default, but written
    EXPECT_TRUE(r.scenario->isUserSet("horizon_months"));
    EXPECT_FALSE(r.scenario->isUserSet("local.electricity_usd_per_month"));
}

TEST(Provenance, AValueChangedByHandInASavedFileIsTheUsers)
{
    nlohmann::json saved = fresh().toJson();
    ASSERT_EQ(saved["set_by_user"], nlohmann::json::array());
    saved["local"]["electricity_usd_per_month"] = 45; // the guide's default is 30
    const auto r = Scenario::fromJson(saved, Guide::builtIn());
    ASSERT_TRUE(r.scenario);
    EXPECT_TRUE(r.scenario->isUserSet("local.electricity_usd_per_month"));
    EXPECT_FALSE(r.scenario->isUserSet("local.hardware_usd"));
}

TEST(Provenance, ABadListIsAnErrorAndAnUnknownNameAWarning)
{
    auto bad = Scenario::fromText(R"({"lowregret": 1, "set_by_user": [3]})", "s.json", Guide::builtIn());
    EXPECT_FALSE(bad.scenario);
    ASSERT_FALSE(bad.errors.empty());
    EXPECT_EQ(bad.errors.front().path, "set_by_user[0]");
    EXPECT_EQ(bad.errors.front().kind, lowregret::Problem::Kind::WrongType);

    auto odd = Scenario::fromText(R"({"lowregret": 1, "set_by_user": ["cloud.colour"]})", "s.json", Guide::builtIn());
    ASSERT_TRUE(odd.scenario);
    ASSERT_EQ(odd.warnings.size(), 1u);
    EXPECT_EQ(odd.warnings.front().kind, lowregret::Problem::Kind::UnknownField);
    EXPECT_EQ(odd.warnings.front().path, "set_by_user[0]");
}

TEST(Provenance, ChoosingAnOfferCopiesItsPricesAndTypingAPriceDropsIt)
{
    lowregret::Offer offer;
    offer.id = "openai/gpt-4o";
    offer.inputUsdPerMtok = 2.5;
    offer.outputUsdPerMtok = 10;
    Scenario s = fresh();
    s.useOffer(offer);
    EXPECT_EQ(s.cloud.model, "openai/gpt-4o");
    EXPECT_DOUBLE_EQ(s.cloud.inputUsdPerMtok, 2.5);
    EXPECT_DOUBLE_EQ(s.cloud.outputUsdPerMtok, 10.0);
    s.setCloudPrices(2.5, 10); // the same prices: still the offer's
    EXPECT_EQ(s.cloud.model, "openai/gpt-4o");
    s.setCloudPrices(3, 10);
    EXPECT_TRUE(s.cloud.model.empty());
    EXPECT_DOUBLE_EQ(s.cloud.inputUsdPerMtok, 3.0);
}

TEST(Provenance, EveryFieldASavedFileWritesIsAFieldName)
{
    Scenario s = fresh();
    s.answers.monthlyTokens = 12e6;
    s.answers.usageStable = true;
    s.answers.dataSensitive = false;
    s.answers.teamCanMaintain = true;
    s.cloud.model = "openai/gpt-4o";
    const auto fields = s.fieldValues();
    EXPECT_EQ(fields.size(), 15u); // 5 answers, input share, 3 cloud, 4 local, horizon, threshold
    for (const auto& [name, value] : fields)
        EXPECT_TRUE(Scenario::isFieldName(name)) << name;
    EXPECT_FALSE(Scenario::isFieldName("cloud.colour"));
}

// Files saved before the defaults named a catalog offer carry their prices and no model: they
// keep those prices, with no offer attached; only a file that prices nothing takes the default.
TEST(DefaultOffer, AFileWithPricesButNoModelNamesNoOffer)
{
    const auto& guide = lowregret::Guide::builtIn();
    ASSERT_EQ(guide.defaults().cloudModel, "openai/gpt-4o");
    const auto old = lowregret::Scenario::fromText(
        R"({"lowregret": 1, "cloud": {"input_usd_per_mtok": 30, "output_usd_per_mtok": 60}})", "old.json", guide);
    ASSERT_TRUE(old.scenario);
    EXPECT_EQ(old.scenario->cloud.model, "");
    EXPECT_DOUBLE_EQ(old.scenario->cloud.inputUsdPerMtok, 30);

    const auto bare = lowregret::Scenario::fromText(R"({"lowregret": 1})", "bare.json", guide);
    ASSERT_TRUE(bare.scenario);
    EXPECT_EQ(bare.scenario->cloud.model, "openai/gpt-4o");
    EXPECT_DOUBLE_EQ(bare.scenario->cloud.inputUsdPerMtok, 2.5);

    const auto none
        = lowregret::Scenario::fromText(R"({"lowregret": 1, "cloud": {"model": null}})", "none.json", guide);
    ASSERT_TRUE(none.scenario);
    EXPECT_EQ(none.scenario->cloud.model, "");
}

TEST(DefaultOffer, AGuideWhoseDefaultOfferIsNotInTheCatalogKeepsItsPrices)
{
    auto scenario = lowregret::Scenario::withDefaults(lowregret::Guide::builtIn().defaults());
    scenario.cloud.model = "nope/none"; // as another guide's defaults might name it
    const auto catalog = lowregret::Catalog::builtIn();
    const auto r = scenario.resolveOffer(catalog);
    EXPECT_TRUE(r.errors.empty());
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_EQ(r.warnings[0].path, "cloud.model");
    EXPECT_EQ(scenario.cloud.model, "");
    EXPECT_DOUBLE_EQ(scenario.cloud.inputUsdPerMtok, 2.5);
}
