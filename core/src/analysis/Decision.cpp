#include "lowregret/analysis/Decision.h"

#include <limits>

#include <algorithm>

namespace lowregret {

namespace {

template <typename T> bool allowed(const std::optional<std::vector<T>>& list, const T& value)
{
    return !list || std::find(list->begin(), list->end(), value) != list->end();
}

} // namespace

Decision::Walk Decision::walk(const Guide& guide, const Scenario& scenario)
{
    Walk w;
    if (!scenario.answers.exclusions.empty())
        return w;
    std::string current = guide.start();
    // The guide is validated acyclic, so this ends; the bound is a second guard.
    for (std::size_t guard = 0; guard <= guide.nodes().size(); ++guard) {
        if (guide.leaf(current)) {
            w.leaf = current;
            return w;
        }
        const Node* node = guide.node(current);
        if (!node)
            break;
        switch (node->kind) {
        case Node::Kind::UsageBand: {
            if (!scenario.answers.monthlyTokens) {
                w.pending = node->id;
                return w;
            }
            const double tokens = *scenario.answers.monthlyTokens;
            const auto band = std::find_if(
                node->bands.begin(), node->bands.end(), [tokens](const Band& b) { return b.admits(tokens); });
            if (band == node->bands.end())
                break;
            w.band = band->id;
            w.path.push_back({ node->id, band->id });
            current = band->next;
            continue;
        }
        case Node::Kind::YesNo: {
            const auto value = node->answer ? scenario.answer(*node->answer) : std::nullopt;
            if (!value) {
                w.pending = node->id;
                return w;
            }
            w.path.push_back({ node->id, *value ? "yes" : "no" });
            current = *value ? node->yes : node->no;
            continue;
        }
        case Node::Kind::Breakeven: {
            const double tokens = scenario.answers.monthlyTokens.value_or(0.0);
            const bool yes = CostModel::withinThreshold(
                CostModel::breakevenAtUsage(scenario, tokens), scenario.breakevenThresholdMonths);
            w.path.push_back({ node->id, yes ? "yes" : "no" });
            current = yes ? node->yes : node->no;
            continue;
        }
        }
        break;
    }
    w.pending = current; // unreachable with a validated guide
    return w;
}

std::optional<double> Decision::figure(const std::string& name, const Outcome& outcome, const Scenario& scenario)
{
    if (!outcome.costs)
        return std::nullopt;
    const auto& c = *outcome.costs;
    if (name == "monthly_tokens")
        return scenario.answers.monthlyTokens;
    if (name == "cloud_monthly_usd")
        return c.cloudMonthly;
    if (name == "cloud_total_usd")
        return c.cloudTotal;
    if (name == "local_monthly_usd") // none when the local setup cannot run the model
        return c.localRuns ? std::optional(c.localMonthly) : std::nullopt;
    if (name == "local_total_usd")
        return c.localRuns ? std::optional(c.localTotal) : std::nullopt;
    if (name == "local_saving_usd")
        return c.localRuns ? std::optional(c.cloudTotal - c.localTotal) : std::nullopt;
    if (name == "breakeven_months") // never: later than any month
        return c.breakevenMonths.value_or(std::numeric_limits<double>::infinity());
    if (name == "maintenance_usd_per_month")
        return scenario.local.maintenanceHoursPerMonth * scenario.local.hourlyRateUsd;
    return std::nullopt;
}

Decision::Walk Decision::until(const Walk& walk, const std::string& nodeId)
{
    Walk out;
    for (const auto& step : walk.path) {
        if (step.node == nodeId) {
            out.pending = nodeId;
            // The band is known once the usage question, always the first, is behind.
            if (!out.path.empty())
                out.band = walk.band;
            return out;
        }
        out.path.push_back(step);
    }
    return walk;
}

bool Decision::applies(const Condition& when, const Outcome& outcome, const Scenario& scenario)
{
    if (!(allowed(when.recommendation, std::string(recommendationId(outcome.recommendation)))
            && allowed(when.band, outcome.band.value_or(std::string()))
            && allowed(when.usageStable, scenario.answers.usageStable)
            && allowed(when.dataSensitive, scenario.answers.dataSensitive)
            && allowed(when.teamCanMaintain, scenario.answers.teamCanMaintain)))
        return false;
    if (when.breakevenWithinThreshold
        && (!outcome.costs || !allowed(when.breakevenWithinThreshold, outcome.breakevenWithinThreshold)))
        return false;
    for (const auto& [name, range] : when.figures) {
        const auto value = figure(name, outcome, scenario);
        if (!value || (range.atLeast && !(*value >= *range.atLeast)) || (range.below && !(*value < *range.below)))
            return false;
    }
    return true;
}

Decision::Result Decision::decide(const Guide& guide, const Scenario& scenario)
{
    Result result;
    Outcome out;
    if (scenario.answers.monthlyTokens)
        out.costs = CostModel::summarize(scenario, *scenario.answers.monthlyTokens);
    if (out.costs)
        out.breakevenWithinThreshold
            = CostModel::withinThreshold(out.costs->breakevenMonths, scenario.breakevenThresholdMonths);

    if (!scenario.answers.exclusions.empty()) {
        out.recommendation = Recommendation::OutOfScope;
        out.leaf = "out_of_scope";
        out.exclusions = scenario.answers.exclusions;
        result.outcome = std::move(out);
        return result;
    }

    const Walk w = walk(guide, scenario);
    if (!w.leaf) {
        const Node* node = w.pending ? guide.node(*w.pending) : nullptr;
        std::string field = "answers.monthly_tokens";
        if (node && node->kind == Node::Kind::YesNo && node->answer)
            field = "answers." + std::string(answerFieldName(*node->answer));
        result.errors.push_back(
            { .path = field, .kind = Problem::Kind::RequiredForPath, .value = w.pending.value_or("") });
        return result;
    }
    const Leaf& leaf = *guide.leaf(*w.leaf);
    out.recommendation = leaf.recommendation;
    out.leaf = leaf.id;
    out.path = w.path;
    out.band = w.band;
    out.products = leaf.products;
    // Several GPUs in a replica, or many concurrent streams: the guide's option for that is vLLM.
    constexpr int manyStreams = 8;
    if (leaf.recommendation == Recommendation::Local && scenario.local.sizing && guide.product("vllm")
        && std::find(out.products.begin(), out.products.end(), "vllm") == out.products.end()) {
        const Sizing sizing
            = Sizing::size(*scenario.local.sizing, scenario.answers.monthlyTokens.value_or(0.0), scenario.inputShare);
        const char* why = !sizing.fits                          ? nullptr
            : sizing.devicesPerReplica > 1                      ? "gpus"
            : scenario.local.sizing->concurrency >= manyStreams ? "streams"
                                                                : nullptr;
        if (why) {
            out.products.push_back("vllm");
            out.addedProducts["vllm"] = why;
        }
    }
    for (const auto& rule : guide.warnings())
        if (applies(rule.when, out, scenario))
            out.warnings.push_back(rule.id);
    for (const auto& rule : guide.advice())
        if (applies(rule.when, out, scenario))
            out.advice.push_back(rule.id);
    result.outcome = std::move(out);
    return result;
}

} // namespace lowregret
