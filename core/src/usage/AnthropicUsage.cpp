#include "usage/AnthropicUsage.h"

#include "usage/UsageText.h"

#include <string>

namespace lowregret {

bool AnthropicUsage::readUsageCsv(UsageCsvRow& r, UsageCsvRow::Reading& u)
{
    UsageImport::Totals& t = u.totals;
    u.provider = "anthropic";
    u.when = r.moment("usage_date_utc");
    const double uncached = r.number("usage_input_tokens_no_cache");
    const double write5m = r.number("usage_input_tokens_cache_write_5m");
    const double write1h = r.number("usage_input_tokens_cache_write_1h");
    const double read = r.number("usage_input_tokens_cache_read");
    t.inputTokens = uncached + write5m + write1h + read;
    t.cachedInputTokens = read;
    t.outputTokens = r.number("usage_output_tokens");
    u.model = std::string(r.text("model_version"));
    return true;
}

bool AnthropicUsage::readCostCsv(UsageCsvRow& r, UsageCsvRow::Reading& u)
{
    u.provider = "anthropic";
    u.when = r.moment("usage_date_utc");
    u.totals.spendUsd = r.number("cost_usd");
    u.model = std::string(r.text("model"));
    return true;
}

void AnthropicUsage::readUsageJson(const nlohmann::json& result, UsageJsonReader::Entry& entry)
{
    UsageImport::Totals& t = entry.totals;
    bool& bad = entry.bad;
    const double uncached = UsageJsonReader::field(result, "uncached_input_tokens", bad);
    double creation = 0.0;
    const auto cc = result.find("cache_creation");
    if (cc != result.end() && cc->is_object())
        creation = UsageJsonReader::field(*cc, "ephemeral_1h_input_tokens", bad)
            + UsageJsonReader::field(*cc, "ephemeral_5m_input_tokens", bad);
    const double read = UsageJsonReader::field(result, "cache_read_input_tokens", bad);
    t.inputTokens = uncached + creation + read;
    t.cachedInputTokens = read;
    t.outputTokens = UsageJsonReader::field(result, "output_tokens", bad);
}

void AnthropicUsage::readCostJson(const nlohmann::json& result, UsageJsonReader::Entry& entry)
{
    const std::string currency = UsageText::lower(UsageJsonReader::textField(result, "currency"));
    if (!currency.empty() && currency != "usd") {
        entry.otherCurrency = currency;
        return;
    }
    entry.totals.spendUsd = UsageJsonReader::field(result, "amount", entry.bad) / 100.0; // cents
}

} // namespace lowregret
