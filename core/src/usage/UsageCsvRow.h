#pragma once

#include "lowregret/usage/UsageImport.h"

#include "usage/UsageDates.h"
#include "usage/UsageImportImpl.h"
#include "usage/UsageText.h"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lowregret {

// One data row of a CSV export of a recognised layout, its fields read by their header names.
// The first field that cannot be read skips the row, noted by its line, its column as the
// header writes it and its value; the fields after it are then not read.
struct UsageCsvRow {
    // The header: the columns by name, trimmed and lowercased.
    struct Columns {
        std::map<std::string, std::size_t> index;

        [[nodiscard]] bool has(const std::string& name) const { return index.count(name) > 0; }
        [[nodiscard]] std::optional<std::size_t> at(const std::string& name) const
        {
            const auto it = index.find(name);
            return it == index.end() ? std::nullopt : std::optional(it->second);
        }
    };

    // What a row says, as its provider family's reader reads it.
    struct Reading {
        UsageImport::Totals totals;
        std::string provider; // empty: "unknown"
        std::string model;
        bool local = false;
        std::optional<UsageDates::Moment> when;
        std::optional<UsageDates::Moment> until; // the end of a bucket, exclusive
        const char* cachedColumn = "input_cached_tokens"; // named when more is cached than input
    };

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
        return UsageText::trim(fields[*i]);
    }
    bool filled(const std::string& name) const { return !text(name).empty(); }
    // A count, 0 when empty; a field that is not one skips the row.
    double number(const std::string& name)
    {
        if (bad)
            return 0.0;
        const auto value = UsageText::parseNumber(text(name));
        if (!value) {
            bad = true;
            impl.skip(line, headerName(name), UsageImport::RowNote::Reason::NotANumber,
                std::string(text(name).substr(0, 40)));
            return 0.0;
        }
        return *value;
    }
    std::optional<UsageDates::Moment> moment(const std::string& name)
    {
        if (bad)
            return std::nullopt;
        const auto m = UsageDates::parseMoment(text(name));
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

} // namespace lowregret
