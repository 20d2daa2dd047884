#include "usage/OpenRouterUsage.h"

#include <string>

namespace lowregret {

bool OpenRouterUsage::readActivityCsv(UsageCsvRow& r, UsageCsvRow::Reading& u)
{
    UsageImport::Totals& t = u.totals;
    u.provider = "openrouter";
    u.when = r.moment("date");
    t.inputTokens = r.number("prompt tokens");
    // OpenRouter bills reasoning inside the completion tokens.
    t.outputTokens = r.number("completion tokens");
    t.requests = r.number("requests");
    t.spendUsd = r.number("usage") + r.number("byok usage");
    u.model = std::string(r.text("slug"));
    return true;
}

bool OpenRouterUsage::readGenerationsCsv(UsageCsvRow& r, UsageCsvRow::Reading& u)
{
    UsageImport::Totals& t = u.totals;
    u.provider = "openrouter";
    u.when = r.moment("created_at");
    t.inputTokens = r.number("tokens_prompt");
    t.cachedInputTokens = r.number("tokens_cached");
    t.outputTokens = r.number("tokens_completion");
    t.requests = 1.0;
    if (r.columns.has("cost_total"))
        t.spendUsd = r.number("cost_total");
    u.model = std::string(r.text("model_permaslug"));
    u.cachedColumn = "tokens_cached";
    return true;
}

} // namespace lowregret
