// The months of everything read so far, which of them are partial, and the figures of the full
// ones (docs/usage-import.md#from-rows-to-months), as the import's result and as JSON.
#include "lowregret/usage/UsageImport.h"

#include "usage/UsageDates.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>

namespace lowregret {

std::optional<double> UsageImport::coefficientOfVariation(const std::vector<double>& totals)
{
    if (totals.size() < 2)
        return std::nullopt;
    const double mean = std::accumulate(totals.begin(), totals.end(), 0.0) / double(totals.size());
    if (mean <= 0.0)
        return std::nullopt;
    double squares = 0.0;
    for (double t : totals)
        squares += (t - mean) * (t - mean);
    return std::sqrt(squares / double(totals.size())) / mean; // the population deviation
}

std::optional<double> UsageImport::growthPerMonth(const std::vector<double>& totals)
{
    std::vector<double> months(totals.size());
    std::iota(months.begin(), months.end(), 0.0);
    return growthPerMonth(totals, months);
}

std::optional<double> UsageImport::growthPerMonth(const std::vector<double>& totals, const std::vector<double>& months)
{
    // Least squares of ln(total) on the month's place; a month with no usage has no log and
    // is left out of the fit (its place still counts).
    std::vector<std::pair<double, double>> points;
    for (std::size_t i = 0; i < totals.size() && i < months.size(); ++i)
        if (totals[i] > 0.0)
            points.emplace_back(months[i], std::log(totals[i]));
    if (points.size() < 2)
        return std::nullopt;
    double mx = 0.0, my = 0.0;
    for (const auto& [x, y] : points) {
        mx += x;
        my += y;
    }
    mx /= double(points.size());
    my /= double(points.size());
    double sxy = 0.0, sxx = 0.0;
    for (const auto& [x, y] : points) {
        sxy += (x - mx) * (y - my);
        sxx += (x - mx) * (x - mx);
    }
    if (sxx <= 0.0)
        return std::nullopt;
    return std::exp(sxy / sxx) - 1.0;
}

std::optional<bool> UsageImport::suggestStable(const std::vector<double>& totals)
{
    if (int(totals.size()) < minMonthsForStability)
        return std::nullopt;
    const auto cv = coefficientOfVariation(totals);
    if (!cv)
        return std::nullopt;
    const double mean = std::accumulate(totals.begin(), totals.end(), 0.0) / double(totals.size());
    const bool dip
        = std::any_of(totals.begin(), totals.end(), [&](double t) { return t < minStableShareOfMean * mean; });
    return *cv <= maxStableVariation && !dip;
}

bool UsageImport::partial(int year, int month) const
{
    const auto first = UsageDates::daysFromCivil(year, unsigned(month), 1);
    const auto last = UsageDates::daysFromCivil(year, unsigned(month), unsigned(UsageDates::daysInMonth(year, month)));
    // Partial: a layout covers the month in part, or none covers it whole (a month only a cost
    // export speaks of has no usage figures).
    const bool cut = std::any_of(m_coverage.begin(), m_coverage.end(), [&](const auto& entry) {
        const auto& [from, to] = entry.second;
        return (from > first && from <= last) || (to >= first && to < last);
    });
    const bool whole = std::any_of(m_coverage.begin(), m_coverage.end(), [&](const auto& entry) {
        const auto& [from, to] = entry.second;
        return from <= first && to >= last;
    });
    return cut || !whole;
}

UsageImport::Result UsageImport::result() const
{
    Result r;
    r.files = m_files;
    for (const auto& [key, models] : m_usage) {
        Month m;
        m.year = key.index / 12;
        m.month = key.index % 12 + 1;
        m.local = key.local;
        for (const auto& [id, totals] : models) {
            m.totals.add(totals);
            m.models.push_back({ id.first, id.second, totals });
        }
        std::stable_sort(m.models.begin(), m.models.end(),
            [](const ModelUsage& a, const ModelUsage& b) { return a.totals.tokens() > b.totals.tokens(); });
        m.partial = partial(m.year, m.month);
        r.months.push_back(std::move(m));
    }
    // The months the files cover but where nothing was used count as months of zero: an idle
    // month is usage too. They are added between the first and the last month covered.
    if (!m_coverage.empty()) {
        std::int64_t firstDay = m_coverage.begin()->second.first;
        std::int64_t lastDay = m_coverage.begin()->second.second;
        for (const auto& [layout, span] : m_coverage) {
            firstDay = std::min(firstDay, span.first);
            lastDay = std::max(lastDay, span.second);
        }
        const UsageDates::Civil a = UsageDates::civilFromDays(firstDay);
        const UsageDates::Civil b = UsageDates::civilFromDays(lastDay);
        std::set<int> seen;
        for (const auto& m : r.months)
            seen.insert(m.year * 12 + m.month - 1);
        for (int i = a.year * 12 + a.month - 1; i <= b.year * 12 + b.month - 1; ++i) {
            if (seen.count(i))
                continue;
            Month m;
            m.year = i / 12;
            m.month = i % 12 + 1;
            m.partial = partial(m.year, m.month);
            r.months.push_back(std::move(m));
        }
        std::stable_sort(r.months.begin(), r.months.end(), [](const Month& x, const Month& y) {
            return std::pair(x.year * 12 + x.month, x.local) < std::pair(y.year * 12 + y.month, y.local);
        });
    }

    // Cloud and local together, month by month, full months only.
    std::vector<std::string> keys;
    std::map<std::string, Totals> all;
    std::map<std::string, double> local;
    for (const auto& m : r.months) {
        if (m.partial)
            continue;
        if (all.find(m.key()) == all.end())
            keys.push_back(m.key());
        all[m.key()].add(m.totals);
        if (m.local)
            local[m.key()] += m.totals.tokens();
    }
    std::vector<double> series;
    std::vector<double> places;
    for (const auto& k : keys) {
        series.push_back(all[k].tokens());
        places.push_back(double(std::stoi(k.substr(0, 4)) * 12 + std::stoi(k.substr(5, 2))));
    }
    r.fullMonths = int(keys.size());
    if (!keys.empty()) {
        r.firstFullMonth = keys.front();
        r.lastFullMonth = keys.back();
        const std::size_t from = keys.size() > 3 ? keys.size() - 3 : 0;
        r.meanFirstMonth = keys[from];
        Totals recent;
        double recentLocal = 0.0;
        for (std::size_t i = from; i < keys.size(); ++i) {
            recent.add(all[keys[i]]);
            recentLocal += local[keys[i]];
        }
        r.monthlyTokens = recent.tokens() / double(keys.size() - from);
        if (recent.tokens() > 0.0) {
            r.inputShare = recent.inputTokens / recent.tokens();
            r.localShare = recentLocal / recent.tokens();
        }
        if (recent.inputTokens > 0.0)
            r.cachedShare = recent.cachedInputTokens / recent.inputTokens;
    }
    r.coefficientOfVariation = coefficientOfVariation(series);
    r.growthPerMonth = growthPerMonth(series, places);
    r.usageStable = suggestStable(series);
    return r;
}

namespace {

nlohmann::json optionalNumber(const std::optional<double>& v)
{
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

nlohmann::json totalsJson(const UsageImport::Totals& t)
{
    return { { "input_tokens", std::llround(t.inputTokens) },
        { "cached_input_tokens", std::llround(t.cachedInputTokens) }, { "output_tokens", std::llround(t.outputTokens) },
        { "requests", std::llround(t.requests) }, { "spend_usd", optionalNumber(t.spendUsd) } };
}

} // namespace

nlohmann::json UsageImport::toJson(const Result& r)
{
    nlohmann::json files = nlohmann::json::array();
    for (const auto& f : r.files) {
        nlohmann::json notes = nlohmann::json::array();
        for (const auto& n : f.notes)
            notes.push_back(
                { { "line", n.line }, { "column", n.column }, { "reason", n.reasonId() }, { "value", n.value } });
        nlohmann::json errors = nlohmann::json::array();
        for (const auto& e : f.errors)
            errors.push_back(e.describe(Lang::En));
        files.push_back(
            { { "file", f.file }, { "layout", f.layout.empty() ? nlohmann::json(nullptr) : nlohmann::json(f.layout) },
                { "rows", f.rows }, { "skipped", f.skipped }, { "skipped_rows", notes }, { "errors", errors } });
    }
    nlohmann::json months = nlohmann::json::array();
    for (const auto& m : r.months) {
        nlohmann::json row { { "month", m.key() } };
        row.update(totalsJson(m.totals));
        row["partial"] = m.partial;
        row["local"] = m.local;
        nlohmann::json models = nlohmann::json::array();
        for (const auto& u : m.models) {
            nlohmann::json one { { "provider", u.provider }, { "model", u.model } };
            one.update(totalsJson(u.totals));
            models.push_back(std::move(one));
        }
        row["models"] = std::move(models);
        months.push_back(std::move(row));
    }
    return { { "files", files }, { "months", months },
        { "monthly_tokens",
            r.monthlyTokens ? nlohmann::json(std::llround(*r.monthlyTokens)) : nlohmann::json(nullptr) },
        { "input_share", optionalNumber(r.inputShare) }, { "cached_share", optionalNumber(r.cachedShare) },
        { "local_share", optionalNumber(r.localShare) },
        { "coefficient_of_variation", optionalNumber(r.coefficientOfVariation) },
        { "growth_per_month", optionalNumber(r.growthPerMonth) }, { "full_months", r.fullMonths },
        { "first_full_month", r.firstFullMonth ? nlohmann::json(*r.firstFullMonth) : nlohmann::json(nullptr) },
        { "last_full_month", r.lastFullMonth ? nlohmann::json(*r.lastFullMonth) : nlohmann::json(nullptr) },
        { "suggested",
            { { "usage_stable", r.usageStable ? nlohmann::json(*r.usageStable) : nlohmann::json(nullptr) } } } };
}

} // namespace lowregret
