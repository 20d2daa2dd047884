#include "usage/LiteLlmUsage.h"

#include "usage/UsageText.h"

#include <string>

namespace lowregret {

bool LiteLlmUsage::readSpendLogsCsv(UsageCsvRow& r, UsageCsvRow::Reading& u)
{
    UsageImport::Totals& t = u.totals;
    u.when = r.moment("starttime");
    t.inputTokens = r.number("prompt_tokens");
    t.outputTokens = r.number("completion_tokens");
    t.requests = 1.0;
    const double spend = r.number("spend");
    t.spendUsd = spend;
    // Requests to self-hosted models cost nothing: usage already served locally. A cache
    // hit costs nothing either, but was the cloud's answer, kept; a row without tokens
    // (a failed request) serves nothing.
    const std::string hit = UsageText::lower(r.text("cache_hit"));
    u.local = spend == 0.0 && hit != "true" && hit != "1" && t.inputTokens + t.outputTokens > 0.0;
    u.provider = std::string(r.text("custom_llm_provider"));
    u.model = std::string(r.text("model"));
    if (u.model.empty())
        u.model = std::string(r.text("model_group"));
    return true;
}

} // namespace lowregret
