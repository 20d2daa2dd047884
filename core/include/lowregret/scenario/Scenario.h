#pragma once

#include "lowregret/catalog/Catalog.h"
#include "lowregret/guide/Guide.h"
#include "lowregret/io/Currency.h"
#include "lowregret/io/Problem.h"
#include "lowregret/sizing/Sizing.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace lowregret {

// A user's answers and cost inputs: what the app saves and the CLI reads
// (docs/scenario-format.md, version 3; version 1 and 2 files read as before).
struct Scenario {
    static constexpr int formatVersion = 3;
    static constexpr std::size_t maxFileBytes = 1024 * 1024;
    static constexpr int maxDepth = 32;

    struct Answers {
        std::optional<double> monthlyTokens;
        std::optional<bool> usageStable;
        std::optional<bool> dataSensitive;
        std::optional<bool> teamCanMaintain;
        std::vector<std::string> exclusions;
    };
    struct Cloud {
        std::string model; // optional catalog id; empty when none
        // The prices in the first month of the series (an offer's: those in force then).
        double inputUsdPerMtok = 0.0;
        double outputUsdPerMtok = 0.0;
        // Input tokens in one request (`cloud.input_tokens_per_request`): above a context
        // tier's start the offer's tier prices apply. None: every request is below them.
        std::optional<double> inputTokensPerRequest;
        // The offer `model` names, as the catalog had it when resolved (not saved): its dated
        // prices move the bill from month to month.
        std::optional<Offer> offer;
    };
    // How the offer's dated prices move the cloud prices in one month of the series: each
    // price in force then over the one in force in the first month.
    struct PriceFactors {
        double input = 1.0;
        double output = 1.0;
        double cacheRead = 1.0;
        bool operator==(const PriceFactors&) const = default;
    };
    // A change of the offer's prices within the series (docs/cost-model.md, "Dated prices").
    struct PriceStep {
        int month = 0; // 1-based month of the series it takes effect in
        std::string monthKey; // "2026-09"
        Offer::DatedPrice price; // as the offer dates it
        PriceFactors factors; // against the first month
    };
    struct Local {
        double hardwareUsd = 0.0; // the flat figures; a sizing replaces these two
        double electricityUsdPerMonth = 0.0;
        double maintenanceHoursPerMonth = 0.0;
        double hourlyRateUsd = 0.0;
        double setupHours = 0.0; // once, up front, at the hourly rate (version 2)
        std::optional<SizingInput> sizing; // the setup sized from the usage (version 2)
    };
    // How the costs move month by month (`time`, version 3). The defaults hold everything flat.
    struct Time {
        double usageGrowthPerMonth = 0.0; // 0.05: 5 % a month, compounding
        double cloudPriceChangePerYear = 0.0; // -0.30: prices fall 30 % a year, applied monthly
        double hardwareResaleShare = 0.0; // of the hardware's price, at the horizon
        double hardwareDepreciationYears = 0.0; // straight line to 0; used when no resale share
        double cachedInputShare = 0.0; // of the input tokens, billed at the cache-read price
        std::optional<double> cacheReadUsdPerMtok; // none: the input price
        double batchShare = 0.0; // of all traffic, sent through a batch API
        double batchDiscount = 0.5; // off the price of batched traffic
        bool operator==(const Time&) const = default;
        // Whether the monthly costs are the same every month (no growth, no price change).
        [[nodiscard]] bool steady() const { return usageGrowthPerMonth == 0.0 && cloudPriceChangePerYear == 0.0; }
    };
    // A share of the tokens served by the local setup, the rest by the cloud (`hybrid`).
    struct Hybrid {
        double localShare = 0.0; // 0: no hybrid
        bool operator==(const Hybrid&) const = default;
    };
    struct LoadResult;
    // Where a field's value came from when no one typed it: the usage exports it was read
    // from and the months they cover (`provenance`, docs/scenario-format.md).
    struct Provenance {
        std::vector<std::string> files; // file names, without their folders
        std::string firstMonth; // "2025-12"
        std::string lastMonth; // "2026-03"
        std::string readAt; // when they were read, "2026-12-03T08:30:00Z"; empty in older files
        bool operator==(const Provenance&) const = default;
        // "from openai-usage.csv, Dec 2025–Mar 2026"
        [[nodiscard]] std::string describe(Lang lang) const;
        // "Dec 2025" / "2025 年 12 月"; the key itself when it is not YYYY-MM.
        static std::string monthName(const std::string& key, Lang lang);
        // "Dec 2025–Mar 2026" / "2025 年 12 月至 2026 年 3 月"; one month once.
        static std::string monthSpan(const std::string& first, const std::string& last, Lang lang);
    };
    // A plausible range of a cost input, in the input's own unit (docs/sensitivity.md).
    struct Range {
        double low = 0.0;
        double high = 0.0;
        bool operator==(const Range&) const = default;
    };

    Answers answers;
    double inputShare = 0.5;
    Cloud cloud;
    Local local;
    int horizonMonths = 12;
    double breakevenThresholdMonths = 12.0;
    Time time;
    Hybrid hybrid;
    // The first month of the series, "YYYY-MM" (`start_month`). None: the month in which the
    // scenario is decided (the result says which).
    std::optional<std::string> startMonth;
    // The currency amounts are shown, typed and exported in (`currency`, version 3). The
    // amounts themselves stay in US dollars, in the file and in every field name.
    Currency currency;
    // Dotted names of the fields the user entered or changed ("cloud.input_usd_per_mtok"), in
    // the app or in the file; the rest hold the guide's defaults. Saved as `set_by_user`, so it
    // survives save and reopen (docs/scenario-format.md, "Who set a field"). The report's
    // assumptions table says which is which.
    std::set<std::string> userSet;
    // The ranges the sensitivity analysis swings, by dotted input path (`uncertainty`). When
    // given it replaces the defaults whole: an input it leaves out is held fixed. None: the
    // documented defaults around each value.
    std::optional<std::map<std::string, Range>> uncertainty;
    // The fields filled from usage exports, by dotted name. A field the user changes after is
    // theirs, and loses its provenance.
    std::map<std::string, Provenance> provenance;

    // A scenario with nothing answered and every cost input at the guide's default.
    static Scenario withDefaults(const ScenarioDefaults& defaults);

    static LoadResult fromJson(const nlohmann::json& json, const Guide& guide);
    static LoadResult fromText(std::string_view text, const std::string& name, const Guide& guide);
    static LoadResult fromFile(const std::filesystem::path& file, const Guide& guide);
    // Standard input (`decide -`): the same size limit and the same checks, under `name`.
    static LoadResult fromStream(std::istream& in, const std::string& name, const Guide& guide);

    [[nodiscard]] nlohmann::json toJson() const;
    [[nodiscard]] bool isUserSet(const std::string& field) const { return userSet.count(field) > 0; }
    // Every field toJson() writes, by its dotted name, with its value; an unanswered answer and
    // an empty cloud.model are absent.
    [[nodiscard]] std::map<std::string, nlohmann::json> fieldValues() const;
    // After an edit: each field whose value differs from `before` is now the user's, and a
    // field that is no longer there (an answer cleared) is nobody's. Returns whether any field
    // or the `uncertainty` ranges changed (who set a field changes only with its value).
    bool noteEditsSince(const Scenario& before);
    // Whether `name` is the dotted name of a scenario field.
    static bool isFieldName(const std::string& name);

    // The cloud option as a catalog offer: its id and its prices.
    void useOffer(const Offer& offer);
    // Fills the cloud prices from the offer `cloud.model` names in `catalog`, unless the
    // scenario gave them itself (explicit prices win). An offer not in the catalog is an error
    // when a price is missing, and only a warning when the file gives both prices itself.
    [[nodiscard]] Catalog::Resolution resolveOffer(const Catalog& catalog);
    // Prices typed by the user: when they differ from the scenario's, they no longer belong
    // to the named offer, so cloud.model is dropped.
    void setCloudPrices(double inputUsdPerMtok, double outputUsdPerMtok);

    // startMonth, or the current month; and month `month` (1-based) of the series, "YYYY-MM".
    [[nodiscard]] std::string firstMonth() const;
    [[nodiscard]] std::string monthKey(int month) const;
    static std::string addMonths(const std::string& monthKey, int months);
    static bool isMonthKey(const std::string& text);
    // The cloud prices of month `month` against those of month 1, from the offer's dated prices
    // (1 without an offer or dated prices). The yearly price change applies on top.
    [[nodiscard]] PriceFactors priceFactorsIn(int month) const;
    // The resolved offer while the scenario still names it; null without one.
    [[nodiscard]] const Offer* namedOffer() const;
    // The offer's price changes after the first month, within `months` months.
    [[nodiscard]] std::vector<PriceStep> priceSteps(int months) const;
    // Whether a dated price changes the cloud's prices at any month after the first; and
    // whether one raises any of them.
    [[nodiscard]] bool pricesScheduled() const;
    [[nodiscard]] bool pricesRiseLater() const;
    // Every month costs the same: no growth, no yearly price change, no dated price ahead.
    [[nodiscard]] bool costsSteady() const { return time.steady() && !pricesScheduled(); }

    // One answer by the name a flowchart node uses.
    [[nodiscard]] std::optional<bool> answer(AnswerField field) const;
    void setAnswer(AnswerField field, std::optional<bool> value);
};

struct Scenario::LoadResult {
    std::optional<Scenario> scenario;
    Problems errors;
    Problems warnings;
};

} // namespace lowregret
