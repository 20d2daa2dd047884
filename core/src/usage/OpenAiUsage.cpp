#include "usage/OpenAiUsage.h"

#include "usage/UsageText.h"

#include <string>

namespace lowregret {

bool OpenAiUsage::readUsageCsv(UsageCsvRow& r, UsageCsvRow::Reading& u)
{
    UsageImport::Totals& t = u.totals;
    u.provider = "openai";
    u.when = r.moment("start_time");
    if (r.filled("end_time"))
        u.until = r.moment("end_time");
    // input_tokens counts the cached ones; an export without it has the two parts.
    t.inputTokens = r.filled("input_tokens") ? r.number("input_tokens")
                                             : r.number("input_cached_tokens") + r.number("input_uncached_tokens");
    t.cachedInputTokens = r.number("input_cached_tokens");
    t.outputTokens = r.number("output_tokens");
    t.requests = r.number("num_model_requests");
    u.model = std::string(r.text("model"));
    return true;
}

bool OpenAiUsage::readCostCsv(UsageCsvRow& r, UsageCsvRow::Reading& u)
{
    u.provider = "openai";
    u.when = r.moment("start_time");
    if (r.filled("end_time"))
        u.until = r.moment("end_time");
    const std::string currency = UsageText::lower(r.text("amount_currency"));
    if (!currency.empty() && currency != "usd") {
        if (!r.bad)
            r.impl.skip(
                r.line, r.headerName("amount_currency"), UsageImport::RowNote::Reason::NotUsd, currency.substr(0, 10));
        return false;
    }
    u.totals.spendUsd = r.number("amount_value");
    u.model = std::string(r.text("line_item"));
    return true;
}

void OpenAiUsage::readUsageJson(const nlohmann::json& result, UsageJsonReader::Entry& entry)
{
    UsageImport::Totals& t = entry.totals;
    t.inputTokens = UsageJsonReader::field(result, "input_tokens", entry.bad);
    t.cachedInputTokens = UsageJsonReader::field(result, "input_cached_tokens", entry.bad);
    t.outputTokens = UsageJsonReader::field(result, "output_tokens", entry.bad);
    t.requests = UsageJsonReader::field(result, "num_model_requests", entry.bad);
}

} // namespace lowregret
