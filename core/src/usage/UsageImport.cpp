#include "lowregret/usage/UsageImport.h"

#include "io/CsvRows.h"

#include "lowregret/io/JsonReader.h"
#include "lowregret/io/Limits.h"
#include "lowregret/io/SafeText.h"
#include "lowregret/scenario/Scenario.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <ctime>
#include <fstream>
#include <functional>
#include <numeric>
#include <set>
#include <sstream>

namespace lowregret {

namespace {

// Days since 1970-01-01 of a civil date (proleptic Gregorian), and back.
std::int64_t daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct Civil {
    int year;
    int month;
    int day;
};

Civil civilFromDays(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const auto y = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400);
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return { y + (m <= 2 ? 1 : 0), static_cast<int>(m), static_cast<int>(d) };
}

int daysInMonth(int year, int month)
{
    static constexpr std::array<int, 12> days { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[static_cast<std::size_t>(month - 1)];
}

// The years a usage file can plausibly hold.
constexpr int k_firstYear = 2000;
constexpr int k_lastYear = 2200;

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

bool digits(std::string_view s, std::size_t at, std::size_t n, int& out)
{
    if (at + n > s.size())
        return false;
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}

// A moment written as ISO 8601 ("2026-01-15", "2026-01-15 13:45:00.123", "2026-01-15T13:45:00Z",
// "…+08:00") or as Unix seconds ("1735689600", "1735689600.0"): the UTC day, as days since
// 1970-01-01, and the seconds into it.
struct Moment {
    std::int64_t day = 0;
    double seconds = 0.0;
};

std::optional<Moment> parseMoment(std::string_view text)
{
    text = trim(text);
    if (text.empty())
        return std::nullopt;
    int y = 0, mo = 0, d = 0;
    if (text.size() >= 10 && digits(text, 0, 4, y) && text[4] == '-' && digits(text, 5, 2, mo) && text[7] == '-'
        && digits(text, 8, 2, d)) {
        if (y < k_firstYear || y > k_lastYear || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo))
            return std::nullopt;
        double secs = 0.0;
        std::size_t at = 10;
        int h = 0, mi = 0, s = 0;
        if (at < text.size() && (text[at] == 'T' || text[at] == ' ')) {
            if (!digits(text, at + 1, 2, h) || text.size() < at + 6 || text[at + 3] != ':'
                || !digits(text, at + 4, 2, mi))
                return std::nullopt;
            at += 6;
            if (at < text.size() && text[at] == ':') {
                if (!digits(text, at + 1, 2, s))
                    return std::nullopt;
                at += 3;
            }
            if (h > 24 || mi > 59 || s > 60)
                return std::nullopt;
            if (at < text.size() && (text[at] == '.' || text[at] == ',')) {
                ++at;
                while (at < text.size() && text[at] >= '0' && text[at] <= '9')
                    ++at;
            }
            secs = h * 3600.0 + mi * 60.0 + s;
        }
        // The zone: none or Z is UTC; "+08:00", "+0800", "+08" are shifted back to UTC.
        std::string_view zone = trim(text.substr(at));
        if (zone == "UTC" || zone == " UTC")
            zone = {};
        if (!zone.empty() && zone != "Z" && zone != "z") {
            if (zone[0] != '+' && zone[0] != '-')
                return std::nullopt;
            int zh = 0, zm = 0;
            if (!digits(zone, 1, 2, zh))
                return std::nullopt;
            std::size_t rest = 3;
            if (rest < zone.size() && zone[rest] == ':')
                ++rest;
            if (rest < zone.size() && !digits(zone, rest, 2, zm))
                return std::nullopt;
            if (rest < zone.size() && rest + 2 != zone.size())
                return std::nullopt;
            if (zh > 14 || zm > 59)
                return std::nullopt;
            const double offset = (zh * 3600.0 + zm * 60.0) * (zone[0] == '+' ? 1.0 : -1.0);
            secs -= offset;
        }
        std::int64_t day = daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d));
        const auto shift = static_cast<std::int64_t>(std::floor(secs / 86400.0));
        day += shift;
        secs -= static_cast<double>(shift) * 86400.0;
        return Moment { day, secs };
    }
    // Unix seconds, maybe written as a float.
    double value = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    const double lo = static_cast<double>(daysFromCivil(k_firstYear, 1, 1)) * 86400.0;
    const double hi = static_cast<double>(daysFromCivil(k_lastYear, 12, 31)) * 86400.0;
    if (value < lo || value > hi)
        return std::nullopt;
    const double day = std::floor(value / 86400.0);
    return Moment { static_cast<std::int64_t>(day), value - day * 86400.0 };
}

// A count or an amount: "59200", "59200.0", "1.5e3", "" (0). Negative, not finite or beyond
// any plausible usage is not a count.
constexpr double k_maxCount = 1e15;

std::optional<double> parseNumber(std::string_view text)
{
    text = trim(text);
    if (text.empty())
        return 0.0;
    if (text.front() == '+')
        text.remove_prefix(1);
    double value = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value) || value < 0.0
        || value > k_maxCount)
        return std::nullopt;
    return value;
}

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

std::string fileNameOf(const std::string& name)
{
    return SafeText::name(std::filesystem::path(name).filename().string()); // shown: plain, capped
}

} // namespace

// What one file adds: its rows go into the import through this.
struct UsageImport::Impl {
    UsageImport& import;
    FileReport& report;

    void cover(std::int64_t first, std::int64_t last)
    {
        if (last < first)
            std::swap(first, last);
        import.m_firstDay = import.m_firstDay ? std::min(*import.m_firstDay, first) : first;
        import.m_lastDay = import.m_lastDay ? std::max(*import.m_lastDay, last) : last;
    }
    void add(std::int64_t day, bool local, const std::string& provider, const std::string& model, const Totals& t)
    {
        const Civil c = civilFromDays(day);
        auto& models = import.m_usage[MonthKey { c.year * 12 + c.month - 1, local }];
        std::pair<std::string, std::string> key { SafeText::name(provider), SafeText::name(model) };
        if (models.size() >= maxModelsPerMonth && !models.count(key))
            key.second = "(other)";
        models[key].add(t);
    }
    void skip(long long line, std::string column, RowNote::Reason reason, std::string value = {})
    {
        ++report.skipped;
        if (report.notes.size() < maxNotesPerFile)
            report.notes.push_back({ line, SafeText::name(column), reason, SafeText::name(value) });
    }
};

void UsageImport::Totals::add(const Totals& other)
{
    inputTokens += other.inputTokens;
    cachedInputTokens += other.cachedInputTokens;
    outputTokens += other.outputTokens;
    requests += other.requests;
    if (other.spendUsd)
        spendUsd = spendUsd.value_or(0.0) + *other.spendUsd;
}

std::string UsageImport::RowNote::reasonId() const
{
    switch (reason) {
    case Reason::NotANumber:
        return "not_a_number";
    case Reason::NoDate:
        return "no_date";
    case Reason::NotADate:
        return "not_a_date";
    case Reason::NotUsd:
        return "not_usd";
    case Reason::MoreCachedThanInput:
        return "more_cached_than_input";
    case Reason::NotAnObject:
        return "not_an_object";
    }
    return "unknown";
}

std::string UsageImport::RowNote::describe(Lang lang) const
{
    const bool zh = lang == Lang::ZhHant;
    std::string why;
    switch (reason) {
    case Reason::NotANumber:
        why = zh ? "不是數字" : "not a number";
        break;
    case Reason::NoDate:
        why = zh ? "沒有日期" : "no date";
        break;
    case Reason::NotADate:
        why = zh ? "不是日期" : "not a date";
        break;
    case Reason::NotUsd:
        why = zh ? "金額不是美元" : "the amount is not in US dollars";
        break;
    case Reason::MoreCachedThanInput:
        why = zh ? "快取的輸入 tokens 比全部輸入 tokens 還多" : "more cached input tokens than input tokens";
        break;
    case Reason::NotAnObject:
        why = zh ? "不是物件" : "not an object";
        break;
    }
    if (!value.empty())
        why += zh ? "：「" + value + "」" : ": \"" + value + "\"";
    std::string where = zh ? "第 " + std::to_string(line) + " 行" : "line " + std::to_string(line);
    if (!column.empty())
        where += zh ? "，欄位 " + column : ", column " + column;
    return where + (zh ? "：" : ": ") + why;
}

std::string UsageImport::Month::key() const
{
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d", year, month);
    return text;
}

std::string Scenario::Provenance::monthName(const std::string& key, Lang lang)
{
    int y = 0, m = 0;
    if (key.size() != 7 || !digits(key, 0, 4, y) || key[4] != '-' || !digits(key, 5, 2, m) || m < 1 || m > 12)
        return key;
    if (lang == Lang::ZhHant)
        return std::to_string(y) + " 年 " + std::to_string(m) + " 月";
    static constexpr std::array<const char*, 12> names { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
        "Oct", "Nov", "Dec" };
    return std::string(names[static_cast<std::size_t>(m - 1)]) + " " + std::to_string(y);
}

std::string Scenario::Provenance::monthSpan(const std::string& first, const std::string& last, Lang lang)
{
    if (first == last)
        return monthName(first, lang);
    return monthName(first, lang) + (lang == Lang::ZhHant ? "至 " : "–") + monthName(last, lang);
}

std::string Scenario::Provenance::describe(Lang lang) const
{
    const bool zh = lang == Lang::ZhHant;
    std::string names;
    for (std::size_t i = 0; i < files.size(); ++i)
        names += (i == 0 ? "" : zh ? "、" : ", ") + files[i];
    const std::string span = monthSpan(firstMonth, lastMonth, lang);
    return zh ? "取自 " + names + "，" + span : "from " + names + ", " + span;
}

const std::vector<std::string>& UsageImport::layouts()
{
    static const std::vector<std::string> all { "openai-usage-json", "openai-usage-csv", "openai-cost-csv",
        "anthropic-usage-json", "anthropic-cost-json", "anthropic-usage-csv", "anthropic-cost-csv",
        "openrouter-activity-csv", "openrouter-generations-csv", "litellm-spend-logs-csv" };
    return all;
}

bool UsageImport::Result::ok() const
{
    return !empty() && std::any_of(files.begin(), files.end(), [](const FileReport& f) { return f.errors.empty(); });
}

std::vector<std::string> UsageImport::Result::readFiles() const
{
    std::vector<std::string> names;
    for (const auto& f : files)
        if (f.errors.empty() && f.rows > 0 && std::find(names.begin(), names.end(), f.file) == names.end())
            names.push_back(f.file);
    return names;
}

// ---------------------------------------------------------------------------------------------
// CSV (CsvRows.h reads the rows).

namespace {

// A CSV layout: the header names that recognise it and how one of its rows reads.
struct Columns {
    std::map<std::string, std::size_t> index; // by header name, trimmed and lowercased

    [[nodiscard]] bool has(const std::string& name) const { return index.count(name) > 0; }
    [[nodiscard]] std::optional<std::size_t> at(const std::string& name) const
    {
        const auto it = index.find(name);
        return it == index.end() ? std::nullopt : std::optional(it->second);
    }
};

// One data row of a recognised layout.
struct CsvRow {
    const std::vector<std::string>& fields;
    const Columns& columns;
    const std::vector<std::string>& header; // as written, for the notes
    UsageImport::Impl& impl;
    long long line;
    bool bad = false;

    std::string_view text(const std::string& name) const
    {
        const auto i = columns.at(name);
        if (!i || *i >= fields.size())
            return {};
        return trim(fields[*i]);
    }
    bool filled(const std::string& name) const { return !text(name).empty(); }
    // A count, 0 when empty; a field that is not one skips the row.
    double number(const std::string& name)
    {
        if (bad)
            return 0.0;
        const auto value = parseNumber(text(name));
        if (!value) {
            bad = true;
            impl.skip(line, headerName(name), UsageImport::RowNote::Reason::NotANumber,
                std::string(text(name).substr(0, 40)));
            return 0.0;
        }
        return *value;
    }
    std::optional<Moment> moment(const std::string& name)
    {
        if (bad)
            return std::nullopt;
        const auto m = parseMoment(text(name));
        if (!m) {
            bad = true;
            impl.skip(line, headerName(name),
                text(name).empty() ? UsageImport::RowNote::Reason::NoDate : UsageImport::RowNote::Reason::NotADate,
                std::string(text(name).substr(0, 40)));
        }
        return m;
    }
    [[nodiscard]] std::string headerName(const std::string& name) const
    {
        const auto i = columns.at(name);
        return i && *i < header.size() ? header[*i] : name;
    }
};

std::string layoutOf(const Columns& c)
{
    if (c.has("start_time") && c.has("num_model_requests") && c.has("input_tokens"))
        return "openai-usage-csv";
    if (c.has("start_time") && c.has("amount_value"))
        return "openai-cost-csv";
    if (c.has("usage_date_utc") && c.has("usage_input_tokens_no_cache"))
        return "anthropic-usage-csv";
    if (c.has("usage_date_utc") && c.has("cost_usd"))
        return "anthropic-cost-csv";
    if (c.has("date") && c.has("prompt tokens") && c.has("completion tokens"))
        return "openrouter-activity-csv";
    if (c.has("created_at") && c.has("tokens_prompt") && c.has("tokens_completion"))
        return "openrouter-generations-csv";
    if (c.has("starttime") && c.has("prompt_tokens") && c.has("completion_tokens") && c.has("spend"))
        return "litellm-spend-logs-csv";
    return {};
}

// Reads one data row of `layout` into the import.
void readRow(const std::string& layout, CsvRow& r)
{
    UsageImport::Totals t;
    std::string provider;
    std::string model;
    bool local = false;
    std::optional<Moment> when;
    std::optional<Moment> until; // the end of a bucket, exclusive

    if (layout == "openai-usage-csv") {
        provider = "openai";
        when = r.moment("start_time");
        if (r.filled("end_time"))
            until = r.moment("end_time");
        // input_tokens counts the cached ones; an export without it has the two parts.
        t.inputTokens = r.filled("input_tokens") ? r.number("input_tokens")
                                                 : r.number("input_cached_tokens") + r.number("input_uncached_tokens");
        t.cachedInputTokens = r.number("input_cached_tokens");
        t.outputTokens = r.number("output_tokens");
        t.requests = r.number("num_model_requests");
        model = std::string(r.text("model"));
    } else if (layout == "openai-cost-csv") {
        provider = "openai";
        when = r.moment("start_time");
        if (r.filled("end_time"))
            until = r.moment("end_time");
        const std::string currency = lower(r.text("amount_currency"));
        if (!currency.empty() && currency != "usd") {
            if (!r.bad)
                r.impl.skip(r.line, r.headerName("amount_currency"), UsageImport::RowNote::Reason::NotUsd,
                    currency.substr(0, 10));
            return;
        }
        t.spendUsd = r.number("amount_value");
        model = std::string(r.text("line_item"));
    } else if (layout == "anthropic-usage-csv") {
        provider = "anthropic";
        when = r.moment("usage_date_utc");
        const double uncached = r.number("usage_input_tokens_no_cache");
        const double write5m = r.number("usage_input_tokens_cache_write_5m");
        const double write1h = r.number("usage_input_tokens_cache_write_1h");
        const double read = r.number("usage_input_tokens_cache_read");
        t.inputTokens = uncached + write5m + write1h + read;
        t.cachedInputTokens = read;
        t.outputTokens = r.number("usage_output_tokens");
        model = std::string(r.text("model_version"));
    } else if (layout == "anthropic-cost-csv") {
        provider = "anthropic";
        when = r.moment("usage_date_utc");
        t.spendUsd = r.number("cost_usd");
        model = std::string(r.text("model"));
    } else if (layout == "openrouter-activity-csv") {
        provider = "openrouter";
        when = r.moment("date");
        t.inputTokens = r.number("prompt tokens");
        // OpenRouter bills reasoning inside the completion tokens.
        t.outputTokens = r.number("completion tokens");
        t.requests = r.number("requests");
        t.spendUsd = r.number("usage") + r.number("byok usage");
        model = std::string(r.text("slug"));
    } else if (layout == "openrouter-generations-csv") {
        provider = "openrouter";
        when = r.moment("created_at");
        t.inputTokens = r.number("tokens_prompt");
        t.cachedInputTokens = r.number("tokens_cached");
        t.outputTokens = r.number("tokens_completion");
        t.requests = 1.0;
        if (r.columns.has("cost_total"))
            t.spendUsd = r.number("cost_total");
        model = std::string(r.text("model_permaslug"));
    } else if (layout == "litellm-spend-logs-csv") {
        when = r.moment("starttime");
        t.inputTokens = r.number("prompt_tokens");
        t.outputTokens = r.number("completion_tokens");
        t.requests = 1.0;
        const double spend = r.number("spend");
        t.spendUsd = spend;
        // Requests to self-hosted models cost nothing: usage already served locally. A cache
        // hit costs nothing either, but was the cloud's answer, kept; a row without tokens
        // (a failed request) serves nothing.
        const std::string hit = lower(r.text("cache_hit"));
        local = spend == 0.0 && hit != "true" && hit != "1" && t.inputTokens + t.outputTokens > 0.0;
        provider = std::string(r.text("custom_llm_provider"));
        model = std::string(r.text("model"));
        if (model.empty())
            model = std::string(r.text("model_group"));
    }
    if (r.bad || !when)
        return;
    if (t.cachedInputTokens > t.inputTokens) {
        r.impl.skip(r.line,
            r.headerName(layout == "openrouter-generations-csv" ? "tokens_cached" : "input_cached_tokens"),
            UsageImport::RowNote::Reason::MoreCachedThanInput);
        return;
    }
    if (provider.empty())
        provider = "unknown";
    std::int64_t lastDay = when->day;
    if (until && until->day > when->day)
        lastDay = until->seconds > 0.0 ? until->day : until->day - 1;
    r.impl.cover(when->day, lastDay);
    // An idle day (a row with only its dates) covers the day and adds nothing.
    if (t.tokens() > 0.0 || t.requests > 0.0 || t.cachedInputTokens > 0.0 || t.spendUsd.value_or(0.0) > 0.0)
        r.impl.add(when->day, local, provider, model, t);
    ++r.impl.report.rows;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// JSON: the providers' API pages, one page or an array of them.

namespace {

double jsonCount(const nlohmann::json& v, bool& bad)
{
    if (v.is_null())
        return 0.0;
    if (v.is_number()) {
        const double d = v.get<double>();
        if (!std::isfinite(d) || d < 0.0 || d > k_maxCount) {
            bad = true;
            return 0.0;
        }
        return d;
    }
    if (v.is_string()) {
        const auto d = parseNumber(v.get<std::string>());
        if (!d) {
            bad = true;
            return 0.0;
        }
        return *d;
    }
    bad = true;
    return 0.0;
}

double field(const nlohmann::json& o, const char* name, bool& bad)
{
    const auto it = o.find(name);
    return it == o.end() ? 0.0 : jsonCount(*it, bad);
}

std::string textField(const nlohmann::json& o, const char* name)
{
    const auto it = o.find(name);
    return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<Moment> jsonMoment(const nlohmann::json& o, const char* name)
{
    const auto it = o.find(name);
    if (it == o.end())
        return std::nullopt;
    if (it->is_number())
        return parseMoment(it->dump()); // JSON's own digits: std::to_string follows the C locale
    if (it->is_string())
        return parseMoment(it->get<std::string>());
    return std::nullopt;
}

// The pages of a file: one page object or an array of them.
std::vector<const nlohmann::json*> pagesOf(const nlohmann::json& root)
{
    std::vector<const nlohmann::json*> pages;
    if (root.is_object())
        pages.push_back(&root);
    else if (root.is_array())
        for (const auto& p : root)
            if (p.is_object())
                pages.push_back(&p);
    return pages;
}

std::string jsonLayoutOf(const std::vector<const nlohmann::json*>& pages)
{
    std::string layout;
    for (const auto* page : pages) {
        const auto data = page->find("data");
        if (data == page->end() || !data->is_array())
            return {};
        for (const auto& bucket : *data) {
            if (!bucket.is_object())
                continue;
            const bool openai = bucket.contains("start_time");
            const bool anthropic = bucket.contains("starting_at");
            if (!openai && !anthropic)
                continue;
            std::string guess = openai ? "openai-usage-json" : "anthropic-usage-json";
            const auto results = bucket.find("results");
            if (results != bucket.end() && results->is_array())
                for (const auto& r : *results)
                    if (r.is_object() && anthropic && r.contains("amount") && !r.contains("uncached_input_tokens"))
                        guess = "anthropic-cost-json";
            if (layout.empty() || (layout == "anthropic-usage-json" && guess == "anthropic-cost-json"))
                layout = guess;
        }
    }
    return layout;
}

void readJson(const nlohmann::json& root, UsageImport::Impl& impl)
{
    const auto pages = pagesOf(root);
    const std::string layout = jsonLayoutOf(pages);
    impl.report.layout = layout;
    if (layout.empty())
        return;
    const bool openai = layout == "openai-usage-json";
    const bool cost = layout == "anthropic-cost-json";
    long long index = 0; // buckets are numbered by their place in the file, from 1
    for (std::size_t p = 0; p < pages.size(); ++p) {
        const auto* page = pages[p];
        const auto& data = (*page)["data"];
        for (std::size_t b = 0; b < data.size(); ++b) {
            const auto& bucket = data[b];
            ++index;
            // "data[3]"; in an array of pages "[1].data[3]".
            const std::string where = (pages.size() > 1 || root.is_array() ? "[" + std::to_string(p) + "]." : "")
                + "data[" + std::to_string(b) + "]";
            if (!bucket.is_object()) {
                impl.skip(index, where, UsageImport::RowNote::Reason::NotAnObject);
                continue;
            }
            const auto start = jsonMoment(bucket, openai ? "start_time" : "starting_at");
            const auto end = jsonMoment(bucket, openai ? "end_time" : "ending_at");
            if (!start) {
                impl.skip(
                    index, where + (openai ? ".start_time" : ".starting_at"), UsageImport::RowNote::Reason::NotADate);
                continue;
            }
            std::int64_t lastDay = start->day;
            if (end && end->day > start->day)
                lastDay = end->seconds > 0.0 ? end->day : end->day - 1;
            const auto results = bucket.find("results");
            bool counted = false;
            if (results != bucket.end() && results->is_array()) {
                for (const auto& r : *results) {
                    if (!r.is_object())
                        continue;
                    bool bad = false;
                    UsageImport::Totals t;
                    std::string provider = openai ? "openai" : "anthropic";
                    std::string model = textField(r, "model");
                    if (openai) {
                        t.inputTokens = field(r, "input_tokens", bad);
                        t.cachedInputTokens = field(r, "input_cached_tokens", bad);
                        t.outputTokens = field(r, "output_tokens", bad);
                        t.requests = field(r, "num_model_requests", bad);
                    } else if (cost) {
                        const std::string currency = lower(textField(r, "currency"));
                        if (!currency.empty() && currency != "usd") {
                            impl.skip(index, where + ".results.currency", UsageImport::RowNote::Reason::NotUsd,
                                currency.substr(0, 10));
                            continue;
                        }
                        t.spendUsd = field(r, "amount", bad) / 100.0; // cents
                    } else {
                        const double uncached = field(r, "uncached_input_tokens", bad);
                        double creation = 0.0;
                        const auto cc = r.find("cache_creation");
                        if (cc != r.end() && cc->is_object())
                            creation = field(*cc, "ephemeral_1h_input_tokens", bad)
                                + field(*cc, "ephemeral_5m_input_tokens", bad);
                        const double read = field(r, "cache_read_input_tokens", bad);
                        t.inputTokens = uncached + creation + read;
                        t.cachedInputTokens = read;
                        t.outputTokens = field(r, "output_tokens", bad);
                    }
                    if (bad || t.cachedInputTokens > t.inputTokens) {
                        impl.skip(index, where + ".results",
                            bad ? UsageImport::RowNote::Reason::NotANumber
                                : UsageImport::RowNote::Reason::MoreCachedThanInput);
                        continue;
                    }
                    impl.add(start->day, false, provider, model, t);
                    counted = true;
                }
            }
            impl.cover(start->day, lastDay);
            if (counted || results == bucket.end() || (results->is_array() && results->empty()))
                ++impl.report.rows;
        }
    }
}

} // namespace

const UsageImport::FileReport& UsageImport::addFile(const std::filesystem::path& file)
{
    std::error_code ec;
    const std::string name = fileNameOf(file.string());
    const auto status = std::filesystem::status(file, ec);
    if (ec || !std::filesystem::exists(status)) {
        FileReport report { name, {}, 0, 0, {}, { Problem { name, Problem::Kind::FileNotFound } } };
        m_files.push_back(std::move(report));
        return m_files.back();
    }
    if (!std::filesystem::is_regular_file(status)) {
        m_files.push_back(FileReport { name, {}, 0, 0, {}, { Problem { name, Problem::Kind::NotAFile } } });
        return m_files.back();
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        m_files.push_back(FileReport { name, {}, 0, 0, {}, { Problem { name, Problem::Kind::Unreadable } } });
        return m_files.back();
    }
    return addStream(in, name);
}

const UsageImport::FileReport& UsageImport::addText(std::string_view text, const std::string& name)
{
    std::istringstream in { std::string(text) };
    return addStream(in, name);
}

const UsageImport::FileReport& UsageImport::addStream(std::istream& in, const std::string& fullName)
{
    const std::string name = fileNameOf(fullName);
    // What the file adds is kept apart until it is known to be readable: a file that fails
    // adds nothing.
    UsageImport scratch;
    scratch.m_files.push_back(FileReport { name });
    FileReport& report = scratch.m_files.back();
    Impl impl { scratch, report };

    std::array<char, 64 * 1024> buffer {};
    in.read(buffer.data(), buffer.size());
    std::size_t got = static_cast<std::size_t>(in.gcount());
    // The first non-blank byte, past a BOM, tells JSON from CSV.
    std::size_t first = got >= 3 && std::memcmp(buffer.data(), "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    while (first < got && std::isspace(static_cast<unsigned char>(buffer[first])))
        ++first;
    const bool json = first < got && (buffer[first] == '{' || buffer[first] == '[');

    const auto unknownLayout = [&] {
        std::string known;
        for (const auto& l : layouts())
            known += (known.empty() ? "" : ", ") + l;
        report.errors.push_back(Problem { name, Problem::Kind::UnknownLayout, known });
    };

    if (json) {
        std::string text(buffer.data() + first, got - first);
        while (in && got == buffer.size()) {
            in.read(buffer.data(), buffer.size());
            got = static_cast<std::size_t>(in.gcount());
            text.append(buffer.data(), got);
            if (text.size() > maxJsonBytes) {
                Problem p { name, Problem::Kind::TooLarge };
                p.limit = double(maxJsonBytes);
                report.errors.push_back(p);
                break;
            }
        }
        if (report.errors.empty()) {
            const auto root = nlohmann::json::parse(text, nullptr, false);
            if (root.is_discarded()) {
                report.errors.push_back(Problem { name, Problem::Kind::NotJson });
            } else {
                readJson(root, impl);
                if (report.layout.empty())
                    unknownLayout();
            }
        }
    } else {
        std::string layout;
        Columns columns;
        std::vector<std::string> header;
        bool headerRead = false;
        CsvRows rows(
            [&](const std::vector<std::string>& fields, long long line) {
                if (!headerRead) {
                    // Blank lines before the header are nothing.
                    if (fields.size() == 1 && trim(fields[0]).empty())
                        return true;
                    headerRead = true;
                    header = fields;
                    for (std::size_t i = 0; i < fields.size(); ++i)
                        columns.index.emplace(lower(trim(fields[i])), i);
                    layout = layoutOf(columns);
                    report.layout = layout;
                    return !layout.empty();
                }
                if (fields.size() == 1 && trim(fields[0]).empty())
                    return true; // a blank line
                CsvRow row { fields, columns, header, impl, line };
                readRow(layout, row);
                return true;
            },
            maxFieldBytes);
        // A UTF-8 BOM before the header is not part of it.
        const std::size_t bom = got >= 3 && std::memcmp(buffer.data(), "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
        bool ok = rows.feed(buffer.data() + bom, got - bom);
        while (ok && !rows.stopped() && in && got == buffer.size()) {
            in.read(buffer.data(), buffer.size());
            got = static_cast<std::size_t>(in.gcount());
            ok = rows.feed(buffer.data(), got);
        }
        ok = ok && rows.finish();
        if (!ok) {
            report.errors.push_back(rows.problem(name));
        } else if (layout.empty()) {
            unknownLayout();
        }
    }
    if (in.bad() && report.errors.empty())
        report.errors.push_back(Problem { name, Problem::Kind::Unreadable });
    if (report.errors.empty() && report.rows == 0)
        report.errors.push_back(Problem { name, Problem::Kind::NoUsage, "", report.layout });

    if (report.errors.empty()) {
        for (auto& [key, models] : scratch.m_usage)
            for (auto& [id, totals] : models) {
                auto& mine = m_usage[key];
                auto target = id;
                if (mine.size() >= maxModelsPerMonth && !mine.count(target))
                    target.second = "(other)";
                mine[target].add(totals);
            }
        // Cost exports say what was spent, not how much was used: their days cover no usage.
        const bool tokens = report.layout.find("-cost-") == std::string::npos;
        if (scratch.m_firstDay && tokens) {
            const auto [it, added] = m_coverage.try_emplace(report.layout, *scratch.m_firstDay, *scratch.m_lastDay);
            if (!added) {
                it->second.first = std::min(it->second.first, *scratch.m_firstDay);
                it->second.second = std::max(it->second.second, *scratch.m_lastDay);
            }
        }
    }
    m_files.push_back(std::move(report));
    return m_files.back();
}

// ---------------------------------------------------------------------------------------------
// The figures.

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
    const auto first = daysFromCivil(year, unsigned(month), 1);
    const auto last = daysFromCivil(year, unsigned(month), unsigned(daysInMonth(year, month)));
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
        const Civil a = civilFromDays(firstDay);
        const Civil b = civilFromDays(lastDay);
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

std::vector<std::string> UsageImport::fill(Scenario& scenario, const Result& r, std::string readAt)
{
    std::vector<std::string> filled;
    if (!r.monthlyTokens || !r.firstFullMonth || !r.lastFullMonth)
        return filled;
    if (readAt.empty()) {
        const std::time_t now = std::time(nullptr);
        std::tm utc {};
        gmtime_r(&now, &utc);
        char text[32];
        std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
        readAt = text;
    }
    // The growth and the stability answer come from every full month; the monthly tokens and
    // the shares from the last three.
    const Scenario::Provenance all { r.readFiles(), *r.firstFullMonth, *r.lastFullMonth, readAt };
    const Scenario::Provenance recent { r.readFiles(), r.meanFirstMonth.value_or(*r.firstFullMonth), *r.lastFullMonth,
        readAt };
    const auto set = [&](const std::string& field) {
        filled.push_back(field);
        scenario.userSet.erase(field);
        scenario.provenance[field]
            = field == "answers.usage_stable" || field == "time.usage_growth_per_month" ? all : recent;
    };
    scenario.answers.monthlyTokens = std::min(std::round(*r.monthlyTokens), limits::maxMonthlyTokens);
    set("answers.monthly_tokens");
    // Shares to four decimals (0.01 %): what a file can hold without a false precision.
    const auto share = [](double v) { return std::round(v * 10000.0) / 10000.0; };
    if (r.inputShare) {
        scenario.inputShare = share(*r.inputShare);
        set("input_share");
    }
    if (r.usageStable) {
        scenario.answers.usageStable = *r.usageStable;
        set("answers.usage_stable");
    }
    if (r.growthPerMonth) {
        // The scenario's range (docs/scenario-format.md).
        scenario.time.usageGrowthPerMonth = std::clamp(share(*r.growthPerMonth), -0.5, 1.0);
        set("time.usage_growth_per_month");
    }
    if (r.cachedShare) {
        scenario.time.cachedInputShare = std::clamp(share(*r.cachedShare), 0.0, 1.0);
        set("time.cached_input_share");
    }
    return filled;
}

} // namespace lowregret
