#pragma once

#include "usage/UsageCsvRow.h"
#include "usage/UsageJsonReader.h"

#include <nlohmann/json.hpp>

namespace lowregret {

// OpenAI's usage exports (docs/usage-import.md#the-layouts): the Usage API's pages
// (openai-usage-json) and the dashboard's usage and cost CSVs (openai-usage-csv,
// openai-cost-csv). Tokens and requests, or dollars; `input_tokens` counts the cached ones.
class OpenAiUsage final {
public:
    OpenAiUsage() = delete;

    // UsageLayout::CsvReader of openai-usage-csv and openai-cost-csv.
    static bool readUsageCsv(UsageCsvRow& r, UsageCsvRow::Reading& u);
    static bool readCostCsv(UsageCsvRow& r, UsageCsvRow::Reading& u);
    // UsageLayout::JsonReader of openai-usage-json.
    static void readUsageJson(const nlohmann::json& result, UsageJsonReader::Entry& entry);
};

} // namespace lowregret
