// NT$ (scenario `currency`, docs/scenario-format.md): the amounts stay in US dollars and are
// shown at the scenario's rate. The expected texts are the US dollar amounts × 31.438 (the
// Taipei interbank close of 2025-12-31, HARDWARE.md), rounded to the dollar here.
#include "lowregret/analysis/Decision.h"
#include "lowregret/costs/CostCsv.h"
#include "lowregret/guide/Guide.h"
#include "lowregret/io/Format.h"
#include "lowregret/io/PlainNumber.h"
#include "lowregret/outcome/OutcomeJson.h"
#include "lowregret/outcome/Sections.h"
#include "lowregret/scenario/Scenario.h"
#include "lowregret/sizing/Hardware.h"

#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

using lowregret::CostCsv;
using lowregret::Currency;
using lowregret::Decision;
using lowregret::Format;
using lowregret::Guide;
using lowregret::Hardware;
using lowregret::Lang;
using lowregret::Scenario;
using lowregret::Sections;

namespace {

constexpr double k_rate = 31.438;

// "NT$" and the whole dollars grouped by thousands, written out here.
std::string ntd(double usd)
{
    long long n = std::llround(usd * k_rate);
    const bool negative = n < 0;
    std::string digits = std::to_string(negative ? -n : n);
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(std::size_t(i), ",");
    return (negative ? "-NT$" : "NT$") + digits;
}

Scenario gpt4(bool twd)
{
    Scenario s = Scenario::withDefaults(Guide::builtIn().defaults());
    s.answers.monthlyTokens = 12'000'000;
    s.answers.usageStable = true;
    s.answers.dataSensitive = false;
    s.answers.teamCanMaintain = true;
    s.cloud.inputUsdPerMtok = 30;
    s.cloud.outputUsdPerMtok = 60;
    s.local = { .hardwareUsd = 2000, .electricityUsdPerMonth = 30, .maintenanceHoursPerMonth = 0, .hourlyRateUsd = 0 };
    s.time.usageGrowthPerMonth = 0.05;
    s.time.hardwareResaleShare = 0.4;
    s.hybrid.localShare = 0.3;
    if (twd)
        s.currency = Currency::twd(k_rate, "2025-12-31");
    return s;
}

Sections sectionsOf(const Scenario& s, Lang lang)
{
    const auto result = Decision::decide(Guide::builtIn(), s);
    return Sections::build(Guide::builtIn(), s, *result.outcome, nullptr, lang);
}

std::vector<std::string> lines(const std::string& csv)
{
    std::vector<std::string> out;
    std::istringstream in(csv);
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

std::vector<std::string> cells(const std::string& line)
{
    std::vector<std::string> out;
    std::istringstream in(line);
    for (std::string cell; std::getline(in, cell, ',');)
        out.push_back(cell);
    return out;
}

} // namespace

TEST(Currency, NtDollarsAreWholeAndUnitPricesKeepTheirCents)
{
    const auto twd = Currency::twd(k_rate, "2025-12-31");
    EXPECT_EQ(Format::money(100.0, Lang::En, twd), "NT$3,144"); // 3,143.8
    EXPECT_EQ(Format::money(100.0, Lang::ZhHant, twd), "NT$3,144");
    EXPECT_EQ(Format::money(-10.0, Lang::En, twd), "-NT$314"); // -314.38
    EXPECT_EQ(Format::unitPrice(0.1648, Lang::En, twd), "NT$5.18"); // 5.181
    EXPECT_EQ(Format::usdRange(1500, 3000, Lang::ZhHant, twd), "NT$47,157–94,314");
    // The dollar is as before.
    EXPECT_EQ(Format::money(100.0, Lang::En, Currency {}), "$100.00");
    EXPECT_EQ(Format::unitPrice(0.1648, Lang::En, Currency {}, 4), "$0.1648");
}

TEST(Currency, TheDefaultRateIsTheDatedInterbankClose)
{
    const auto twd = Hardware::builtIn().twd();
    EXPECT_EQ(twd.code, "TWD");
    EXPECT_EQ(twd.perUsd, 31.438);
    EXPECT_EQ(twd.asOf, "2025-12-31");
}

TEST(Currency, EveryFigureOfATwdScenarioIsTheUsdOneTimesTheRate)
{
    for (const Lang lang : { Lang::En, Lang::ZhHant }) {
        const auto usd = sectionsOf(gpt4(false), lang);
        const auto twd = sectionsOf(gpt4(true), lang);
        ASSERT_EQ(usd.sections.size(), twd.sections.size());
        int amounts = 0;
        for (std::size_t i = 0; i < usd.sections.size(); ++i) {
            for (const auto& f : twd.sections[i].figures) {
                if (f.unit != "usd")
                    continue;
                const auto same = std::find_if(usd.sections[i].figures.begin(), usd.sections[i].figures.end(),
                    [&](const auto& g) { return g.id == f.id; });
                ASSERT_NE(same, usd.sections[i].figures.end()) << f.id;
                ASSERT_TRUE(f.value && same->value) << f.id;
                EXPECT_EQ(*f.value, *same->value) << f.id << ": the amount itself stays in US dollars";
                EXPECT_EQ(f.text, ntd(*f.value)) << f.id;
                ++amounts;
            }
        }
        // Cloud, local and hybrid at the horizon and at one, three and five years, and more.
        EXPECT_GE(amounts, 15);
        // The costs section says which rate, of which day.
        const auto* costs = twd.find("costs");
        ASSERT_NE(costs, nullptr);
        bool saysRate = false;
        for (const auto& b : costs->blocks)
            saysRate = saysRate
                || (b.text.find("31.438") != std::string::npos && b.text.find("2025-12-31") != std::string::npos);
        EXPECT_TRUE(saysRate);
    }
}

TEST(Currency, TheCsvAndTheJsonShowTheAmountsAtTheRate)
{
    const auto usdScenario = gpt4(false);
    const auto twdScenario = gpt4(true);
    const auto usdOutcome = *Decision::decide(Guide::builtIn(), usdScenario).outcome;
    const auto twdOutcome = *Decision::decide(Guide::builtIn(), twdScenario).outcome;

    const auto usdRows = lines(CostCsv::series(*usdOutcome.costs, usdScenario.currency));
    const auto twdRows = lines(CostCsv::series(*twdOutcome.costs, twdScenario.currency));
    ASSERT_EQ(usdRows.size(), 14U); // the header, month 0 and 12 months
    ASSERT_EQ(twdRows.size(), usdRows.size());
    for (std::size_t r = 1; r < usdRows.size(); ++r) {
        const auto a = cells(usdRows[r]);
        const auto b = cells(twdRows[r]);
        ASSERT_EQ(a.size(), 9U);
        ASSERT_EQ(b.size(), 9U);
        EXPECT_EQ(a[0], b[0]);
        EXPECT_EQ(a[1], b[1]); // tokens are tokens
        for (std::size_t c = 2; c < 8; ++c) { // each amount to the cent of the NT$ figure
            // Read as the CSV is written, whatever the C locale (std::stod would stop at a dot).
            const auto twd = lowregret::PlainNumber::parse(b[c]);
            const auto usd = lowregret::PlainNumber::parse(a[c]);
            ASSERT_TRUE(twd && usd) << usdRows[r];
            EXPECT_NEAR(*twd, *usd * k_rate, 0.005 + 0.005 * k_rate) << usdRows[r];
        }
        EXPECT_EQ(a[8], "USD\r");
        EXPECT_EQ(b[8], "TWD\r");
    }

    const auto json = lowregret::OutcomeJson::build(Guide::builtIn(), twdScenario, twdOutcome, Lang::En, nullptr);
    EXPECT_EQ(json["currency"]["code"], "TWD");
    EXPECT_EQ(json["currency"]["per_usd"], k_rate);
    EXPECT_EQ(json["currency"]["as_of"], "2025-12-31");
    const auto& c = json["costs"];
    const auto& shown = c["in_currency"];
    EXPECT_DOUBLE_EQ(shown["cloud"]["total"].get<double>(), c["cloud"]["total"].get<double>() * k_rate);
    EXPECT_DOUBLE_EQ(shown["local"]["upfront"].get<double>(), 2000.0 * k_rate);
    EXPECT_DOUBLE_EQ(shown["local"]["resale"].get<double>(), 0.4 * 2000.0 * k_rate);
    for (const char* months : { "12", "36", "60" })
        EXPECT_DOUBLE_EQ(
            shown["horizons"][months]["hybrid"].get<double>(), c["horizons"][months]["hybrid"].get<double>() * k_rate);
}

TEST(Currency, ScenarioKeepsTheCodeTheRateAndItsDay)
{
    const Guide& guide = Guide::builtIn();
    Scenario s = gpt4(true);
    const auto json = s.toJson();
    EXPECT_EQ(json["lowregret"], 3);
    EXPECT_EQ(
        json["currency"], (nlohmann::json { { "code", "TWD" }, { "per_usd", k_rate }, { "as_of", "2025-12-31" } }));
    EXPECT_EQ(json["local"]["hardware_usd"], 2000); // the amounts stay in dollars
    const auto back = Scenario::fromJson(json, guide);
    ASSERT_TRUE(back.scenario);
    EXPECT_EQ(back.scenario->currency, s.currency);

    // The dollar writes no `currency`, and an older version is kept.
    Scenario plain = Scenario::withDefaults(guide.defaults());
    EXPECT_FALSE(plain.toJson().contains("currency"));
    EXPECT_EQ(plain.toJson()["lowregret"], 1);
}

TEST(Currency, ABadCurrencyNamesTheFieldAndAnOlderFileIgnoresIt)
{
    const Guide& guide = Guide::builtIn();
    const auto load = [&](const nlohmann::json& currency, int version = 3) {
        return Scenario::fromJson({ { "lowregret", version }, { "currency", currency } }, guide);
    };
    const auto unknown = load({ { "code", "EUR" }, { "per_usd", 0.9 }, { "as_of", "2025-12-31" } });
    ASSERT_FALSE(unknown.scenario);
    EXPECT_EQ(unknown.errors.front().path, "currency.code");
    const auto noRate = load({ { "code", "TWD" }, { "as_of", "2025-12-31" } });
    ASSERT_FALSE(noRate.scenario);
    EXPECT_EQ(noRate.errors.front().path, "currency.per_usd");
    const auto zero = load({ { "code", "TWD" }, { "per_usd", 0 }, { "as_of", "2025-12-31" } });
    ASSERT_FALSE(zero.scenario);
    EXPECT_EQ(zero.errors.front().path, "currency.per_usd");
    const auto badDay = load({ { "code", "TWD" }, { "per_usd", 31 }, { "as_of", "31/12/2025" } });
    ASSERT_FALSE(badDay.scenario);
    EXPECT_EQ(badDay.errors.front().path, "currency.as_of");
    // A version 2 file does not know `currency`: warned of, and its amounts stay dollars.
    const auto old = load({ { "code", "TWD" }, { "per_usd", 31 }, { "as_of", "2025-12-31" } }, 2);
    ASSERT_TRUE(old.scenario);
    EXPECT_TRUE(old.scenario->currency.isUsd());
    ASSERT_FALSE(old.warnings.empty());
    EXPECT_EQ(old.warnings.front().path, "currency");
}

TEST(Currency, ElectricityPresetsAreDatedSourcedAndConverted)
{
    const auto& hw = Hardware::builtIn();
    for (const auto& p : hw.electricityPrices) {
        EXPECT_FALSE(p.source.empty()) << p.id;
        EXPECT_EQ(p.asOf.size(), 10U) << p.id;
        EXPECT_TRUE(Currency::isKnownCode(p.currency)) << p.id;
        EXPECT_GT(p.perKwh, 0.0) << p.id;
    }
    // HARDWARE.md: Taipower's residential average from October 2025, NT$2.89; its top summer
    // tier NT$8.86 above 1,000 kWh; the US residential average of 2024, 16.48 ¢.
    const auto* average = hw.electricityPrice("taipower_residential_average");
    ASSERT_NE(average, nullptr);
    EXPECT_EQ(average->perKwh, 2.89);
    EXPECT_DOUBLE_EQ(hw.usdPerKwh(*average, Currency::twd(k_rate, "2025-12-31")), 2.89 / k_rate);
    EXPECT_DOUBLE_EQ(hw.usdPerKwh(*average, Currency::twd(30.0, "2026-06-30")), 2.89 / 30.0); // the scenario's rate
    EXPECT_DOUBLE_EQ(hw.usdPerKwh(*average, Currency {}), 2.89 / k_rate); // the data's own rate
    const auto* top = hw.electricityPrice("taipower_residential_1001_up_summer");
    ASSERT_NE(top, nullptr);
    EXPECT_EQ(top->perKwh, 8.86);
    EXPECT_TRUE(top->marginal);
    const auto* us = hw.electricityPrice("us_residential");
    ASSERT_NE(us, nullptr);
    EXPECT_DOUBLE_EQ(hw.usdPerKwh(*us, Currency::twd(k_rate, "2025-12-31")), 0.1648);
    ASSERT_NE(hw.electricityPrice("taipower_small_business_average"), nullptr);
    EXPECT_EQ(hw.electricityPrice("taipower_small_business_average")->perKwh, 4.07);
}

// The guide's hybrid advice (sensitive data, modest usage) says what the hybrid costs.
TEST(HybridAdvice, SaysTheHybridBesideTheTwoPureChoices)
{
    Scenario s = gpt4(false);
    s.answers.monthlyTokens = 600'000;
    s.answers.dataSensitive = true;
    s.time = {}; // flat
    // 0.6M tokens at 30 and 60 USD: 27 a month, 324 over 12 months. Local: 2,000 + 30 × 12.
    // The hybrid: the same hardware and power, and the cloud for 70 %: 2,000 + (30 + 0.7 × 27) × 12.
    const auto sections = sectionsOf(s, Lang::En);
    const auto* advice = sections.find("advice");
    ASSERT_NE(advice, nullptr);
    std::string text;
    for (const auto& e : advice->blocks.front().entries)
        if (e.id == "hybrid")
            text = e.text;
    EXPECT_NE(text.find("30% of the tokens locally costs $2,586.80"), std::string::npos) << text;
    EXPECT_NE(text.find("against $324.00 with the cloud alone and $2,360.00 all local"), std::string::npos) << text;
    // Without a hybrid share it says how to cost one, with no figure of its own.
    s.hybrid = {};
    const auto plain = sectionsOf(s, Lang::En);
    for (const auto& e : plain.find("advice")->blocks.front().entries)
        if (e.id == "hybrid")
            EXPECT_NE(e.text.find("Give a hybrid share"), std::string::npos) << e.text;
}
