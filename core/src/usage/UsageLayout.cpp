#include "usage/UsageLayout.h"

#include "usage/AnthropicUsage.h"
#include "usage/LiteLlmUsage.h"
#include "usage/OpenAiUsage.h"
#include "usage/OpenRouterUsage.h"

#include <algorithm>

namespace lowregret {

const UsageLayout::Csv* UsageLayout::ofCsv(const UsageCsvRow::Columns& c)
{
    // In this order: the first whose columns the header has is the file's. Header names are
    // trimmed and lowercased.
    static const std::array<Csv, 7> all { {
        { "openai-usage-csv", { "start_time", "num_model_requests", "input_tokens" }, &OpenAiUsage::readUsageCsv },
        { "openai-cost-csv", { "start_time", "amount_value" }, &OpenAiUsage::readCostCsv },
        { "anthropic-usage-csv", { "usage_date_utc", "usage_input_tokens_no_cache" }, &AnthropicUsage::readUsageCsv },
        { "anthropic-cost-csv", { "usage_date_utc", "cost_usd" }, &AnthropicUsage::readCostCsv },
        { "openrouter-activity-csv", { "date", "prompt tokens", "completion tokens" },
            &OpenRouterUsage::readActivityCsv },
        { "openrouter-generations-csv", { "created_at", "tokens_prompt", "tokens_completion" },
            &OpenRouterUsage::readGenerationsCsv },
        { "litellm-spend-logs-csv", { "starttime", "prompt_tokens", "completion_tokens", "spend" },
            &LiteLlmUsage::readSpendLogsCsv },
    } };
    for (const auto& layout : all)
        if (std::all_of(layout.columns.begin(), layout.columns.end(),
                [&](const char* name) { return name == nullptr || c.has(name); }))
            return &layout;
    return nullptr;
}

std::string UsageLayout::ofJson(const std::vector<const nlohmann::json*>& pages)
{
    std::string layout;
    for (const auto* page : pages) {
        const auto data = page->find("data");
        if (data == page->end() || !data->is_array())
            return {};
        for (const auto& bucket : *data) {
            if (!bucket.is_object())
                continue;
            const bool openai = bucket.contains("start_time");
            const bool anthropic = bucket.contains("starting_at");
            if (!openai && !anthropic)
                continue;
            std::string guess = openai ? "openai-usage-json" : "anthropic-usage-json";
            const auto results = bucket.find("results");
            if (results != bucket.end() && results->is_array())
                for (const auto& r : *results)
                    if (r.is_object() && anthropic && r.contains("amount") && !r.contains("uncached_input_tokens"))
                        guess = "anthropic-cost-json";
            if (layout.empty() || (layout == "anthropic-usage-json" && guess == "anthropic-cost-json"))
                layout = guess;
        }
    }
    return layout;
}

UsageLayout::JsonReader UsageLayout::jsonReader(const std::string& layout)
{
    if (layout == "openai-usage-json")
        return &OpenAiUsage::readUsageJson;
    if (layout == "anthropic-cost-json")
        return &AnthropicUsage::readCostJson;
    return &AnthropicUsage::readUsageJson;
}

} // namespace lowregret
