#include "costs/LocalTrack.h"

#include "lowregret/sizing/Sizing.h"

#include <algorithm>
#include <cmath>

namespace lowregret {

LocalTrack::LocalTrack(const Scenario& s, double monthlyTokens, double share)
    : m_s(s)
    , m_tokens(monthlyTokens)
    , m_share(share)
{
    // Month 0: the setup for month 1's usage, and the setup hours.
    const double first = monthlyTokens * share;
    if (s.local.sizing && growsWithUsage()) {
        // The first of the steps the months will walk through.
        const Step step = stepAt(first);
        m_upfront = step.hardwareUsd + s.local.setupHours * s.local.hourlyRateUsd;
        m_firstMonth = step.monthlyAt(first);
        m_serves = step.serves;
        m_owned = step.hardwareUsd;
    } else if (s.local.sizing) {
        const Sizing sz = Sizing::size(*s.local.sizing, first, s.inputShare);
        const auto c = CostModel::localCosts(s, sz);
        m_upfront = c.upfront;
        m_firstMonth = c.monthly;
        m_serves = c.serves;
        m_owned = sz.hardwareUsd;
    } else {
        const auto c = CostModel::localCosts(s, first);
        m_upfront = c.upfront;
        m_firstMonth = c.monthly;
        m_owned = s.local.hardwareUsd;
    }
    m_purchases.push_back({ 0, m_owned });
}

LocalTrack::Month LocalTrack::month(int k)
{
    if (!growsWithUsage())
        return { 0.0, m_firstMonth, m_serves };
    const double tokens = CostModel::tokensInMonth(m_s, m_tokens, k) * m_share;
    const Step step = stepAt(tokens);
    Month out { 0.0, step.monthlyAt(tokens), step.serves };
    // Another replica, bought in the month it is needed; none is sold when usage falls.
    if (step.hardwareUsd > m_owned) {
        out.buy = step.hardwareUsd - m_owned;
        m_purchases.push_back({ k, out.buy });
        m_owned = step.hardwareUsd;
    }
    return out;
}

double LocalTrack::valueAt(int months) const
{
    const auto& t = m_s.time;
    double value = 0.0;
    for (const auto& p : m_purchases) {
        if (p.month > months)
            continue;
        if (t.hardwareResaleShare > 0.0) {
            value += p.usd * t.hardwareResaleShare;
        } else if (t.hardwareDepreciationYears > 0.0) {
            const double age = months - std::max(0, p.month - 1);
            value += p.usd * std::max(0.0, 1.0 - age / (12.0 * t.hardwareDepreciationYears));
        }
    }
    return value;
}

LocalTrack::Step LocalTrack::stepAt(double tokens)
{
    for (const auto& step : m_steps)
        if (step.holds(tokens))
            return step;
    const auto& in = *m_s.local.sizing;
    const Sizing sz = Sizing::size(in, tokens, m_s.inputShare);
    const auto c = CostModel::localCosts(m_s, sz);
    Step step { sz.replicas, sz.hardwareUsd, tokens, tokens, c.monthly, 0.0, c.serves };
    // The usages this count of replicas is the one sized for: up to its most utilisation
    // (a fixed count: up to its whole capacity), and down to the next smaller count's.
    const double perReplica = sz.replicas > 0 ? sz.capacityTokensPerMonth / sz.replicas : 0.0;
    if (c.serves && perReplica > 0 && std::isfinite(perReplica)) {
        const double top = in.units ? sz.capacityTokensPerMonth : perReplica * in.maxUtilisation * sz.replicas;
        const double bottom = in.units || sz.replicas <= 1 ? 0.0 : perReplica * in.maxUtilisation * (sz.replicas - 1);
        const double probe = tokens * 0.5 + top * 0.5;
        if (top > tokens && probe > tokens) {
            const Sizing other = Sizing::size(in, probe, m_s.inputShare);
            if (other.replicas == sz.replicas && other.canServe) {
                step.perToken = (CostModel::localCosts(m_s, other).monthly - c.monthly) / (probe - tokens);
                step.lowestTokens = std::max(bottom * (1.0 + 1e-9), std::nextafter(bottom, top));
                step.monthly0 = c.monthly + (step.lowestTokens - tokens) * step.perToken;
                step.highestTokens = top * (1.0 - 1e-9);
            }
        }
    }
    m_steps.push_back(step);
    return step;
}

} // namespace lowregret
