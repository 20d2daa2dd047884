#pragma once

#include "usage/UsageCsvRow.h"

namespace lowregret {

// OpenRouter's usage exports (docs/usage-import.md#the-layouts): the aggregated activity CSV
// (openrouter-activity-csv) and the per-generation one (openrouter-generations-csv), each with
// its tokens and its spend.
class OpenRouterUsage final {
public:
    OpenRouterUsage() = delete;

    // UsageLayout::CsvReader of openrouter-activity-csv and openrouter-generations-csv.
    static bool readActivityCsv(UsageCsvRow& r, UsageCsvRow::Reading& u);
    static bool readGenerationsCsv(UsageCsvRow& r, UsageCsvRow::Reading& u);
};

} // namespace lowregret
