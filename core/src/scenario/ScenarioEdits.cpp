// Which fields are the user's after an edit (noteEditsSince), and the edits the app makes through
// the scenario itself: the cloud prices and the answers.
#include "lowregret/scenario/Scenario.h"

#include "scenario/ScenarioJson.h"

namespace lowregret {

bool Scenario::isFieldName(const std::string& name)
{
    // The names toJson() writes when every field is there: one list, so the two cannot drift.
    static const std::set<std::string> names = [] {
        Scenario full;
        full.answers.monthlyTokens = 1;
        full.answers.usageStable = full.answers.dataSensitive = full.answers.teamCanMaintain = true;
        full.cloud.model = "x/y";
        full.cloud.inputTokensPerRequest = 1;
        full.startMonth = "2026-01";
        full.local.setupHours = 1;
        full.local.sizing = SizingInput { .device = "rtx4090" };
        full.time.usageGrowthPerMonth = 0.01;
        full.hybrid.localShare = 0.5;
        full.currency = Currency::twd(30.0, "2025-12-31");
        std::set<std::string> out;
        for (const auto& [key, value] : full.fieldValues())
            out.insert(key);
        return out;
    }();
    return names.count(name) > 0;
}

bool Scenario::noteEditsSince(const Scenario& before)
{
    const auto old = before.fieldValues();
    const auto now = fieldValues();
    if (old == now)
        // Ranges and provenance are nobody's field, but still an edit.
        return uncertainty != before.uncertainty || provenance != before.provenance;
    for (auto it = userSet.begin(); it != userSet.end();)
        it = now.count(*it) ? std::next(it) : userSet.erase(it);
    for (auto it = provenance.begin(); it != provenance.end();)
        it = now.count(it->first) ? std::next(it) : provenance.erase(it);
    // A field that changed is the user's, unless the edit read it from a usage export.
    const auto readAnew = [&](const std::string& name) {
        const auto p = provenance.find(name);
        if (p == provenance.end())
            return false;
        const auto q = before.provenance.find(name);
        return q == before.provenance.end() || q->second != p->second;
    };
    const auto becomeUsers = [&](const std::string& name) {
        if (readAnew(name))
            return;
        provenance.erase(name);
        userSet.insert(name);
    };
    // `time` and `hybrid` are written whole once one of their fields leaves its default: the
    // others appear at their defaults, which nobody set.
    static const std::map<std::string, nlohmann::json> defaultTime = [] {
        std::map<std::string, nlohmann::json> out;
        const nlohmann::json time = scenario_json::timeJson(Time {});
        const nlohmann::json hybrid = scenario_json::hybridJson(Hybrid {});
        for (const auto& [key, v] : time.items())
            out["time." + key] = v;
        for (const auto& [key, v] : hybrid.items())
            out["hybrid." + key] = v;
        return out;
    }();
    for (const auto& [name, value] : now) {
        const auto o = old.find(name);
        if (o == old.end()) {
            const auto d = defaultTime.find(name);
            if (d == defaultTime.end() || d->second != value)
                becomeUsers(name);
        } else if (o->second != value) {
            becomeUsers(name);
        }
    }
    return true;
}

void Scenario::setCloudPrices(double inputUsdPerMtok, double outputUsdPerMtok)
{
    if (inputUsdPerMtok == cloud.inputUsdPerMtok && outputUsdPerMtok == cloud.outputUsdPerMtok)
        return;
    cloud.inputUsdPerMtok = inputUsdPerMtok;
    cloud.outputUsdPerMtok = outputUsdPerMtok;
    cloud.model.clear();
}

std::optional<bool> Scenario::answer(AnswerField field) const
{
    switch (field) {
    case AnswerField::UsageStable:
        return answers.usageStable;
    case AnswerField::DataSensitive:
        return answers.dataSensitive;
    case AnswerField::TeamCanMaintain:
        return answers.teamCanMaintain;
    }
    return std::nullopt;
}

void Scenario::setAnswer(AnswerField field, std::optional<bool> value)
{
    switch (field) {
    case AnswerField::UsageStable:
        answers.usageStable = value;
        break;
    case AnswerField::DataSensitive:
        answers.dataSensitive = value;
        break;
    case AnswerField::TeamCanMaintain:
        answers.teamCanMaintain = value;
        break;
    }
}

} // namespace lowregret
