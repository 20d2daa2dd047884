#include "lowregret/guide/GuideTypes.h"

namespace lowregret {

std::string_view recommendationId(Recommendation r)
{
    switch (r) {
    case Recommendation::Local:
        return "local";
    case Recommendation::Cloud:
        return "cloud";
    case Recommendation::OutOfScope:
        return "out_of_scope";
    }
    return "cloud";
}

std::string_view answerFieldName(AnswerField f)
{
    switch (f) {
    case AnswerField::UsageStable:
        return "usage_stable";
    case AnswerField::DataSensitive:
        return "data_sensitive";
    case AnswerField::TeamCanMaintain:
        return "team_can_maintain";
    }
    return "usage_stable";
}

std::optional<AnswerField> parseAnswerField(std::string_view name)
{
    if (name == "usage_stable")
        return AnswerField::UsageStable;
    if (name == "data_sensitive")
        return AnswerField::DataSensitive;
    if (name == "team_can_maintain")
        return AnswerField::TeamCanMaintain;
    return std::nullopt;
}

} // namespace lowregret

namespace lowregret {

const std::vector<std::string>& Condition::figureNames()
{
    static const std::vector<std::string> names = { "monthly_tokens", "cloud_monthly_usd", "cloud_total_usd",
        "local_monthly_usd", "local_total_usd", "local_saving_usd", "breakeven_months", "maintenance_usd_per_month" };
    return names;
}

} // namespace lowregret
