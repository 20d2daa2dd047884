#pragma once

#include "lowregret/io/LocalizedText.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lowregret {

// The plain records a Guide is made of, as read from resources/guide.json.

enum class Recommendation { Local, Cloud, OutOfScope };
std::string_view recommendationId(Recommendation r); // "local", "cloud", "out_of_scope"

// The answers a yes/no node reads; the names are the scenario file's field names.
enum class AnswerField { UsageStable, DataSensitive, TeamCanMaintain };
std::string_view answerFieldName(AnswerField f); // "usage_stable", ...
std::optional<AnswerField> parseAnswerField(std::string_view name);

struct Exclusion {
    std::string id;
    LocalizedText label;
    LocalizedText description;
    LocalizedText advice;
};

// One usage band of the first question. A band admits tokens below `below` (exclusive) or up
// to `upTo` (inclusive); a band with neither bound takes everything the earlier ones left.
struct Band {
    std::string id;
    LocalizedText label;
    std::optional<double> below;
    std::optional<double> upTo;
    std::string next;

    [[nodiscard]] bool admits(double tokens) const
    {
        if (below)
            return tokens < *below;
        if (upTo)
            return tokens <= *upTo;
        return true;
    }
};

struct Node {
    enum class Kind { UsageBand, YesNo, Breakeven };

    std::string id;
    Kind kind = Kind::YesNo;
    LocalizedText question;
    LocalizedText help;
    LocalizedText yesLabel;
    LocalizedText noLabel;
    std::optional<AnswerField> answer; // YesNo only
    std::string yes;
    std::string no;
    std::vector<Band> bands; // UsageBand only
};

struct Leaf {
    std::string id;
    std::string band;
    Recommendation recommendation = Recommendation::Cloud;
    LocalizedText label;
    LocalizedText summary;
    LocalizedText reason;
    std::vector<std::string> products;
};

struct Product {
    std::string id;
    std::string name;
    Recommendation kind = Recommendation::Cloud;
    LocalizedText suits;
    LocalizedText notSuits;
    LocalizedText regretRisk;
    LocalizedText cost;
    std::string link;
};

struct ExcludedProduct {
    std::string id;
    std::string name;
    LocalizedText reason;
    LocalizedText suits;
};

// When a warning or a piece of advice applies. Each present key must match; a list gives the
// allowed values and nullopt inside it stands for "not answered".
// A condition on one of the scenario's figures: at least `atLeast`, below `below`.
struct FigureRange {
    std::optional<double> atLeast;
    std::optional<double> below;
};

struct Condition {
    std::optional<std::vector<std::string>> recommendation;
    std::optional<std::vector<std::string>> band;
    std::optional<std::vector<std::optional<bool>>> usageStable;
    std::optional<std::vector<std::optional<bool>>> dataSensitive;
    std::optional<std::vector<std::optional<bool>>> teamCanMaintain;
    // On the costs (docs/guide-format.md names the figures); a rule with any of these needs
    // the costs, so it never applies without the monthly usage.
    std::optional<std::vector<bool>> breakevenWithinThreshold;
    std::vector<std::pair<std::string, FigureRange>> figures;

    // The figures a condition may name.
    static const std::vector<std::string>& figureNames();
};

struct Rule {
    std::string id;
    LocalizedText title;
    LocalizedText text; // may quote the scenario's figures as {name} (TextFigures)
    Condition when;
    std::string figuresReason; // why the condition on the figures is what it is, for maintainers
};

// The guide's example prices, offered as presets in the app.
struct CloudPreset {
    std::string id;
    LocalizedText name;
    double inputUsdPerMtok = 0.0;
    double outputUsdPerMtok = 0.0;
};

struct LocalPreset {
    std::string id;
    LocalizedText name;
    double hardwareUsd = 0.0;
    double electricityUsdPerMonth = 0.0;
};

// The values a scenario takes for what it leaves out.
struct ScenarioDefaults {
    double inputShare = 0.5;
    std::string cloudModel; // the catalog offer the default prices are, if any
    double cloudInputUsdPerMtok = 30.0;
    double cloudOutputUsdPerMtok = 60.0;
    double hardwareUsd = 2000.0;
    double electricityUsdPerMonth = 30.0;
    double maintenanceHoursPerMonth = 0.0;
    double hourlyRateUsd = 0.0;
    int horizonMonths = 12;
    double breakevenThresholdMonths = 12.0;
    // The usage to price offers at before the user has given one (Compare Models, the CLI's
    // `prices`): the guide's 12M tokens a month. Not an answer: the usage question stays open.
    double exampleMonthlyTokens = 12e6;
};

// A range the guide quotes ("about 1,500–3,000 USD").
struct GuideRange {
    double low = 0.0;
    double high = 0.0;
};

// Figures the guide quotes about the local side, shown beside the fields they concern.
struct GuideFigures {
    GuideRange singleGpuHardwareUsd; // an RTX 4090 or better
    GuideRange multiGpuHardwareUsd; // vLLM on several GPUs or an enterprise GPU
    GuideRange gpuElectricityUsdPerMonth; // one GPU
    GuideRange maintenanceHoursPerMonth;
    double technicianUsdPerHour = 0.0; // an outside technician
};

} // namespace lowregret
