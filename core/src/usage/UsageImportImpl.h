#pragma once

#include "lowregret/io/SafeText.h"
#include "lowregret/usage/UsageImport.h"

#include "usage/UsageDates.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>

namespace lowregret {

// What one file adds: its rows go into the import through this, whatever its layout.
struct UsageImport::Impl {
    UsageImport& import;
    FileReport& report;

    // The file covers the days from `first` to `last` (in either order), inclusive.
    void cover(std::int64_t first, std::int64_t last)
    {
        if (last < first)
            std::swap(first, last);
        import.m_firstDay = import.m_firstDay ? std::min(*import.m_firstDay, first) : first;
        import.m_lastDay = import.m_lastDay ? std::max(*import.m_lastDay, last) : last;
    }
    // Usage on `day`, by provider and model; past maxModelsPerMonth a month's new models are
    // "(other)".
    void add(std::int64_t day, bool local, const std::string& provider, const std::string& model, const Totals& t)
    {
        const UsageDates::Civil c = UsageDates::civilFromDays(day);
        auto& models = import.m_usage[MonthKey { c.year * 12 + c.month - 1, local }];
        std::pair<std::string, std::string> key { SafeText::name(provider), SafeText::name(model) };
        if (models.size() >= maxModelsPerMonth && !models.count(key))
            key.second = "(other)";
        models[key].add(t);
    }
    // A row skipped: counted, and described if it is one of the first maxNotesPerFile.
    void skip(long long line, std::string column, RowNote::Reason reason, std::string value = {})
    {
        ++report.skipped;
        if (report.notes.size() < maxNotesPerFile)
            report.notes.push_back({ line, SafeText::name(column), reason, SafeText::name(value) });
    }
};

} // namespace lowregret
