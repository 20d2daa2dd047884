#pragma once

#include "usage/UsageCsvRow.h"

namespace lowregret {

// LiteLLM's usage export (docs/usage-import.md#the-layouts): a CSV of the proxy's
// LiteLLM_SpendLogs table (litellm-spend-logs-csv), one request a row. A row of spend 0 is
// usage served locally, unless it is a cache hit or has no tokens.
class LiteLlmUsage final {
public:
    LiteLlmUsage() = delete;

    // UsageLayout::CsvReader of litellm-spend-logs-csv.
    static bool readSpendLogsCsv(UsageCsvRow& r, UsageCsvRow::Reading& u);
};

} // namespace lowregret
