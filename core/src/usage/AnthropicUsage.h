#pragma once

#include "usage/UsageCsvRow.h"
#include "usage/UsageJsonReader.h"

#include <nlohmann/json.hpp>

namespace lowregret {

// Anthropic's usage exports (docs/usage-import.md#the-layouts): the Admin API's usage and cost
// reports (anthropic-usage-json, anthropic-cost-json) and the console's usage and cost CSVs
// (anthropic-usage-csv, the 2025 layout and the 2026 one, and anthropic-cost-csv). Input is
// uncached + cache writes + cache reads; cached is the cache reads.
class AnthropicUsage final {
public:
    AnthropicUsage() = delete;

    // UsageLayout::CsvReader of anthropic-usage-csv and anthropic-cost-csv.
    static bool readUsageCsv(UsageCsvRow& r, UsageCsvRow::Reading& u);
    static bool readCostCsv(UsageCsvRow& r, UsageCsvRow::Reading& u);
    // UsageLayout::JsonReader of anthropic-usage-json and anthropic-cost-json.
    static void readUsageJson(const nlohmann::json& result, UsageJsonReader::Entry& entry);
    static void readCostJson(const nlohmann::json& result, UsageJsonReader::Entry& entry);
};

} // namespace lowregret
