#pragma once

#include "lowregret/io/Lang.h"
#include "lowregret/io/Problem.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <istream>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lowregret {

struct Scenario;

// A team's real usage, read from the usage exports of its providers (docs/usage-import.md):
// tokens, requests and spend month by month, in UTC, and the figures the flowchart's first
// questions need. Every layout is recognised by its header (CSV) or its shape (JSON), never
// by the file's name or the columns' order.
class UsageImport final {
public:
    // The layouts read, by the id the JSON output and the summary name them with.
    static const std::vector<std::string>& layouts();

    static constexpr std::size_t maxJsonBytes = 64ull * 1024 * 1024; // a JSON file is read whole
    static constexpr std::size_t maxFieldBytes = 64 * 1024; // one CSV field
    static constexpr std::size_t maxModelsPerMonth = 1000; // more fall into "(other)"
    static constexpr std::size_t maxNotesPerFile = 5; // skipped rows described, the rest counted

    // Tokens, requests and spend, summed.
    struct Totals {
        double inputTokens = 0.0; // every input token, cached ones included
        double cachedInputTokens = 0.0; // of those, read from the provider's prompt cache
        double outputTokens = 0.0; // reasoning tokens included
        double requests = 0.0;
        std::optional<double> spendUsd; // none: no file said what it cost
        void add(const Totals& other);
        [[nodiscard]] double tokens() const { return inputTokens + outputTokens; }
    };
    struct ModelUsage {
        std::string provider; // "openai", "anthropic", the LiteLLM provider, ...
        std::string model;
        Totals totals;
    };
    // One calendar month (UTC), cloud or local.
    struct Month {
        int year = 0;
        int month = 0; // 1..12
        Totals totals;
        bool partial = false; // the files do not cover the whole month
        bool local = false; // self-hosted usage: LiteLLM rows priced zero
        std::vector<ModelUsage> models; // by provider and model, most tokens first
        [[nodiscard]] std::string key() const; // "2026-01"
    };
    // A row that was skipped, where and why.
    struct RowNote {
        enum class Reason {
            NotANumber, // `value` holds the text (its first 40 bytes)
            NoDate,
            NotADate, // `value` holds the text
            NotUsd, // an amount in another currency (`value`)
            MoreCachedThanInput,
            NotAnObject,
        };
        long long line = 0; // the line the row starts on, from 1; a JSON bucket's place, from 1
        std::string column; // the column's header name (a JSON path); empty for the whole row
        Reason reason = Reason::NotANumber;
        std::string value;
        // "line 12, column input_tokens: not a number: abc"
        [[nodiscard]] std::string describe(Lang lang) const;
        // "not_a_number" and so on, for the JSON output
        [[nodiscard]] std::string reasonId() const;
    };
    struct FileReport {
        std::string file; // the file's name, without its folder
        std::string layout; // one of layouts(); empty when the file could not be read
        long long rows = 0; // rows read
        long long skipped = 0; // rows skipped, each counted
        std::vector<RowNote> notes; // the first maxNotesPerFile skipped rows
        Problems errors; // the file as a whole is unusable: nothing of it is counted
    };
    struct Result {
        std::vector<FileReport> files;
        std::vector<Month> months; // by month, the cloud's before the local one's
        // From the full months (partial ones are left out), cloud and local together:
        std::optional<double> monthlyTokens; // the mean of the last three full months
        std::optional<double> inputShare; // of those months' tokens
        std::optional<double> cachedShare; // of those months' input tokens
        std::optional<double> localShare; // of those months' tokens, served locally already
        std::optional<double> coefficientOfVariation; // of every full month's total, 2 or more
        std::optional<double> growthPerMonth; // fitted on log totals, 2 or more months
        std::optional<bool> usageStable; // the suggestion (stableRule), 3 or more full months
        int fullMonths = 0;
        std::optional<std::string> firstFullMonth; // "2025-12"
        std::optional<std::string> lastFullMonth;
        std::optional<std::string> meanFirstMonth; // the first of the months monthlyTokens averages
        // Whether anything was read at all.
        [[nodiscard]] bool empty() const { return months.empty(); }
        [[nodiscard]] bool ok() const;
        // Files that could be read, by name, in the order given.
        [[nodiscard]] std::vector<std::string> readFiles() const;
    };

    // The rule behind the stability suggestion: at least minMonthsForStability full months,
    // a coefficient of variation of at most maxStableVariation and no full month below
    // minStableShareOfMean of the mean.
    static constexpr int minMonthsForStability = 3;
    static constexpr double maxStableVariation = 0.25;
    static constexpr double minStableShareOfMean = 0.5;

    UsageImport() = default;

    // Reads one file, adding its usage to what was read before. Returns its report.
    const FileReport& addFile(const std::filesystem::path& file);
    // The same from a stream (tests, fuzzing); `name` stands for the file.
    const FileReport& addStream(std::istream& in, const std::string& name);
    const FileReport& addText(std::string_view text, const std::string& name);

    // The months and the figures of everything read so far.
    [[nodiscard]] Result result() const;

    // The figures as the `usage` command's JSON (docs/cli.md).
    static nlohmann::json toJson(const Result& result);
    // A monthly series (for the stability and growth figures) by itself, in month order.
    static std::optional<double> coefficientOfVariation(const std::vector<double>& totals);
    static std::optional<double> growthPerMonth(const std::vector<double>& totals);
    // The same at the months' places on the calendar (a partial month between two full ones
    // leaves a gap, not a step).
    static std::optional<double> growthPerMonth(const std::vector<double>& totals, const std::vector<double>& months);
    static std::optional<bool> suggestStable(const std::vector<double>& totals);

    // Fills the scenario's usage fields from the result (the monthly tokens, the input share,
    // the stability answer, the growth and the cached share) and records where each came
    // from in its provenance. Returns the dotted names of the fields filled.
    // `readAt` stamps the provenance (ISO 8601, UTC); empty: now.
    static std::vector<std::string> fill(Scenario& scenario, const Result& result, std::string readAt = {});

    struct Impl;

private:
    // Usage by (month, local), then by provider and model.
    struct MonthKey {
        int index = 0; // year * 12 + month - 1
        bool local = false;
        auto operator<=>(const MonthKey&) const = default;
    };
    friend struct Impl;
    [[nodiscard]] bool partial(int year, int month) const;
    std::map<MonthKey, std::map<std::pair<std::string, std::string>, Totals>> m_usage;
    // The days the files of each layout cover, as days since 1970-01-01 (UTC), inclusive: a
    // month that the files of a layout cover only in part is partial. The files of one layout
    // are pieces of one export (API pages, say), so their spans join.
    std::optional<std::int64_t> m_firstDay; // of the file being read
    std::optional<std::int64_t> m_lastDay;
    std::map<std::string, std::pair<std::int64_t, std::int64_t>> m_coverage;
    std::vector<FileReport> m_files;
};

} // namespace lowregret
