#pragma once

#include "usage/UsageCsvRow.h"
#include "usage/UsageJsonReader.h"

#include <nlohmann/json.hpp>

#include <array>
#include <string>
#include <vector>

namespace lowregret {

// Which layout a file is (docs/usage-import.md#the-layouts), from its header (CSV) or its shape
// (JSON), never from its name or its columns' order; and the reader of that layout, in the file
// of its provider family.
class UsageLayout final {
public:
    UsageLayout() = delete;

    // Reads one data row into `reading`; false when the row was skipped, and noted, already.
    using CsvReader = bool (*)(UsageCsvRow& row, UsageCsvRow::Reading& reading);
    // Reads one result of a bucket into `entry`.
    using JsonReader = void (*)(const nlohmann::json& result, UsageJsonReader::Entry& entry);

    // A CSV layout: the header names that recognise it, and its reader.
    struct Csv {
        const char* id;
        std::array<const char*, 4> columns; // all of them needed; null after the last
        CsvReader read;
    };

    // The first CSV layout whose columns the header has; null when none.
    static const Csv* ofCsv(const UsageCsvRow::Columns& columns);
    // The layout of a file's pages; empty when none is known.
    static std::string ofJson(const std::vector<const nlohmann::json*>& pages);
    // The reader of the results of a JSON layout that ofJson names.
    static JsonReader jsonReader(const std::string& layout);
};

} // namespace lowregret
