#include "OutcomeText.h"

#include <map>
#include <utility>

namespace lowregret {

std::string OutcomeText::get(std::string_view key, Lang lang)
{
    static const std::map<std::string_view, std::pair<std::string_view, std::string_view>> table = {
        { "heading.recommendation", { "Recommendation", "建議" } },
        { "heading.exclusions", { "Why the guide does not apply", "本指南為何不適用" } },
        { "heading.path", { "How the guide got there", "指南的判斷過程" } },
        { "heading.products", { "Recommended products", "推薦產品" } },
        { "heading.warnings", { "Regret warnings", "後悔風險警示" } },
        { "heading.advice", { "Also consider", "也可以考慮" } },
        { "heading.costs", { "Total cost of ownership", "總體擁有成本" } },
        { "heading.assumptions", { "Assumptions", "假設" } },
        { "heading.caveats", { "Before you decide", "決定之前" } },
        { "rec.local", { "Local deployment", "本地部署" } },
        { "rec.cloud", { "Cloud API", "雲端 API" } },
        { "rec.out_of_scope", { "The guide does not apply", "本指南不適用" } },
        { "leaf", { "Flowchart leaf: %1", "流程圖終點：%1" } },
        { "instead", { "Instead", "建議做法" } },
        { "step.breakeven", { "breakeven %1, threshold %2", "回本期 %1，門檻 %2" } },
        { "step.never", { "never pays back, threshold %1", "不會回本，門檻 %1" } },
        { "suits", { "Suits", "適合" } },
        { "not_suits", { "Does not suit", "不適合" } },
        { "regret_risk", { "Regret risk", "後悔風險" } },
        { "cost", { "Cost", "成本" } },
        { "link", { "Link", "連結" } },
        { "no_warnings",
            { "None of the guide's regret warnings applies to these answers.",
                "指南中的後悔風險警示都不適用於這些答案。" } },
        { "usage_line", { "%1 a month, %2 input, over %3.", "每月 %1，輸入占 %2，為期 %3。" } },
        { "col.upfront", { "Up front", "前期投入" } },
        { "col.monthly", { "A month", "每月" } },
        { "col.total", { "Total over %1", "%1總計" } },
        { "breakeven.within", { "Breakeven: %1, within the threshold of %2.", "回本期：%1，在 %2的門檻內。" } },
        { "breakeven.over", { "Breakeven: %1, over the threshold of %2.", "回本期：%1，超過 %2的門檻。" } },
        { "breakeven.never",
            { "Breakeven: never, because local costs at least as much a month as the cloud API (threshold %1).",
                "回本期：不會回本，因為本地每月成本不低於雲端 API（門檻 %1）。" } },
        { "no_costs", { "No costs: the monthly usage is not given.", "無法計算成本：未提供每月用量。" } },
        { "cloud_prices", { "Cloud prices: %1.", "雲端價格：%1。" } },
        { "offer", { "%1 at %2, price checked %3", "%2 的 %1，價格日期 %3" } },
        { "offer.stale", { "possibly out of date", "可能已過時" } },
        { "offer.suspect", { "the price looks wrong: check it", "價格看起來有誤，請查核" } },
        { "fig.cloud_monthly", { "Cloud API, a month", "雲端 API 每月費用" } },
        { "fig.cloud_total", { "Cloud API, total", "雲端 API 總計" } },
        { "fig.local_upfront", { "Local hardware, up front", "本地硬體前期投入" } },
        { "fig.local_monthly", { "Local running costs, a month", "本地每月運作成本" } },
        { "fig.local_total", { "Local, total", "本地部署總計" } },
        { "fig.breakeven", { "Breakeven", "回本期" } },
        { "col.input", { "Input", "項目" } },
        { "col.value", { "Value", "數值" } },
        { "col.set_by", { "Set by", "設定來源" } },
        { "by.user", { "you", "你" } },
        { "by.default", { "guide default", "指南預設值" } },
        { "by.catalog", { "catalog: %1", "價目表：%1" } },
        { "not_given", { "not given", "未提供" } },
        { "in.monthly_tokens", { "Monthly tokens", "每月 tokens" } },
        { "in.input_share", { "Input share", "輸入占比" } },
        { "in.cloud_input", { "Cloud input price (USD per 1M tokens)", "雲端輸入價格（美元/100 萬 tokens）" } },
        { "in.cloud_output", { "Cloud output price (USD per 1M tokens)", "雲端輸出價格（美元/100 萬 tokens）" } },
        { "in.hardware", { "Local hardware, once", "本地硬體一次性費用" } },
        { "in.electricity", { "Electricity a month", "每月電費" } },
        { "in.maintenance", { "Maintenance hours a month", "每月維護時數" } },
        { "in.hourly_rate", { "Hourly rate", "時薪" } },
        { "in.horizon", { "Horizon", "評估期間" } },
        { "in.threshold", { "Breakeven threshold", "回本期門檻" } },
    };
    const auto it = table.find(key);
    if (it == table.end())
        return std::string(key);
    return std::string(lang == Lang::ZhHant ? it->second.second : it->second.first);
}

std::string OutcomeText::format(std::string_view key, Lang lang, std::initializer_list<std::string> args)
{
    std::string text = get(key, lang);
    int n = 1;
    for (const auto& arg : args) {
        const std::string token = "%" + std::to_string(n++);
        if (const auto at = text.find(token); at != std::string::npos)
            text.replace(at, token.size(), arg);
    }
    return text;
}

std::string OutcomeText::parenthesized(const std::string& text, Lang lang)
{
    return lang == Lang::ZhHant ? "（" + text + "）" : " (" + text + ")";
}

} // namespace lowregret
