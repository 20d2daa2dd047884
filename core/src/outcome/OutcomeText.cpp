#include "outcome/OutcomeText.h"
#include "outcome/VerdictText.h"

#include <map>
#include <vector>

namespace lowregret {

namespace {

const std::map<std::string_view, std::pair<std::string_view, std::string_view>>& table()
{
    static const std::map<std::string_view, std::pair<std::string_view, std::string_view>> words = {
        { "heading.recommendation", { "Recommendation", "建議" } },
        // Comparison::sections: scenarios side by side
        { "compare.heading", { "Scenarios side by side", "情境並列比較" } },
        { "compare.differences", { "Inputs that differ", "不同的輸入" } },
        { "compare.no_differences", { "The scenarios have the same inputs.", "這些情境的輸入完全相同。" } },
        { "compare.item", { "Item", "項目" } },
        { "compare.input", { "Input", "輸入" } },
        { "compare.leaf", { "Flowchart leaf", "流程圖終點" } },
        { "compare.recommendation", { "Recommendation", "建議" } },
        { "compare.cloud_monthly", { "Cloud, first month", "雲端第一個月" } },
        { "compare.local_upfront", { "Local, up front", "本地前期投入" } },
        { "compare.local_monthly", { "Local, first month", "本地第一個月" } },
        { "compare.horizon", { "Horizon", "評估期間" } },
        { "compare.cloud_total", { "Cloud total at the horizon", "評估期間雲端總額" } },
        { "compare.local_total", { "Local total at the horizon", "評估期間本地總額" } },
        { "compare.cloud_at", { "Cloud total at %1", "%1雲端總額" } },
        { "compare.local_at", { "Local total at %1", "%1本地總額" } },
        { "compare.breakeven", { "Breakeven", "回本期" } },
        { "compare.setup", { "Local setup", "本地設備" } },
        { "compare.setup_model", { "%1, %2", "%1，%2" } },
        { "compare.low_regret", { "Low-regret choice", "低後悔選擇" } },
        { "compare.not_decided", { "not decided: %1", "無法判斷：%1" } },
        { "compare.unknown", { "–", "–" } },
        { "compare.flat", { "%1 of hardware (your figure)", "硬體 %1（你填的數字）" } },
        { "compare.absent", { "(not set)", "（未設定）" } },
        { "compare.amounts_in", { "Amounts in %1.", "金額單位：%1。" } },
        { "compare.unit_years", { "%1 years", "%1 年" } },
        { "compare.unit_year", { "%1 year", "%1 年" } },
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
        { "rec.out_of_scope.why",
            { "One of the guide's exclusions applies, so its flowchart does not decide this case; what to do instead "
              "is below.",
                "你的情況符合指南的排除條件，因此不以流程圖判斷；建議做法如下。" } },
        { "months.exact", { "%1 months", "%1 個月" } },
        { "months.under", { "under %1 months", "不到 %1 個月" } },
        { "payback.after", { "would pay back only after %1", "要 %1才能回本" } },
        { "payback.never",
            { "would never pay back, since local costs at least as much a month as the cloud API",
                "永遠無法回本，因為本地每月成本不低於雲端 API" } },
        { "payback.never_moving",
            { "would never pay back as the months move (within 50 years)", "依逐月變動計算，50 年內都無法回本" } },
        { "punct.colon", { ": ", "：" } },
        { "punct.space", { " ", "" } },
        { "punct.list", { "; ", "；" } },
        { "label.leaf", { "Flowchart leaf: “%1”", "流程圖終點：「%1」" } },
        { "label.instead", { "Instead", "建議做法" } },
        // The leaf against the user's totals (Sections.cpp, verdict): %1 the difference, %2 the
        // horizon, %3 the breakeven, %4 the threshold.
        { "verdict.same", { "With your figures, both cost the same over %1.", "依你的數字，兩者在 %1內的成本相同。" } },
        { "verdict.local_cheaper",
            { "With your figures, local costs %1 less than the cloud API over %2.",
                "依你的數字，本地部署在 %2內比雲端 API 少花 %1。" } },
        { "verdict.cloud_cheaper",
            { "With your figures, the cloud API costs %1 less than local over %2.",
                "依你的數字，雲端 API 在 %2內比本地部署少花 %1。" } },
        { "verdict.local_dearer.sensitive",
            { "With your figures, local costs %1 more than the cloud API over %2; the guide recommends it for "
              "control of your data.",
                "依你的數字，本地部署在 %2內比雲端 API 多花 %1；指南仍建議本地部署，是為了掌控你的資料。" } },
        { "verdict.local_dearer.breakeven",
            { "With your figures, local costs %1 more than the cloud API over %2, but it pays back in %3, within your "
              "threshold of %4, and costs less after that.",
                "依你的數字，本地部署在 %2內比雲端 API 多花 %1，但 %3即可回本，在 %4的門檻內，之後成本較低。" } },
        { "verdict.local_dearer",
            { "With your figures, local costs %1 more than the cloud API over %2.",
                "依你的數字，本地部署在 %2內比雲端 API 多花 %1。" } },
        { "verdict.cloud_dearer.unstable",
            { "With your figures, local would cost %1 less over %2, but only if your usage holds; the guide "
              "recommends the cloud API until it is stable.",
                "依你的數字，本地部署在 %2內可少花 %1，但前提是用量維持不變；指南建議在用量穩定前先用雲端 API。" } },
        { "verdict.cloud_dearer.skill",
            { "With your figures, local would cost %1 less over %2, before paying anyone to maintain it; the guide "
              "recommends the cloud API because nobody on the team can.",
                "依你的數字，本地部署在 %2內可少花 %1，但這還沒算請人維護的費用；團隊無人能維護，因此指南建議雲端 "
                "API。" } },
        { "verdict.cloud_dearer.skill.paid",
            { "With your figures, local would cost %1 less over %2, counting %5 a month of maintenance; the guide "
              "recommends the cloud API because nobody on the team can maintain it.",
                "依你的數字，本地部署在 %2內可少花 %1（已計入每月 %5 的維護費）；團隊無人能維護，因此指南建議雲端 "
                "API。" } },
        { "verdict.cloud_dearer.breakeven",
            { "With your figures, local would cost %1 less over %2, but it pays back only after %3, past your "
              "threshold of %4.",
                "依你的數字，本地部署在 %2內可少花 %1，但要 %3才能回本，超過 %4的門檻。" } },
        { "verdict.cloud_dearer.usage",
            { "With your figures, local would cost %1 less over %2; at this volume the guide still recommends the "
              "cloud API.",
                "依你的數字，本地部署在 %2內可少花 %1；在這個用量下，指南仍建議使用雲端 API。" } },
        { "verdict.cloud_dearer",
            { "With your figures, local would cost %1 less over %2.", "依你的數字，本地部署在 %2內可少花 %1。" } },
        { "step.breakeven", { "breakeven %1, threshold %2", "回本期 %1，門檻 %2" } },
        { "step.never", { "never pays back, threshold %1", "不會回本，門檻 %1" } },
        { "products.source",
            { "As the guide describes them; the prices and amounts in them are the guide's examples of 2025, not "
              "your figures.",
                "以下依指南的描述；其中的價格與金額是指南 2025 年的範例，不是你的數字。" } },
        { "caveats.source",
            { "The guide's general advice; its figures are the guide's, not yours.",
                "以下是指南的一般建議；其中的數字是指南的，不是你的。" } },
        { "label.suits", { "Suits", "適合" } },
        { "label.not_suits", { "Does not suit", "不適合" } },
        { "label.regret_risk", { "Regret risk", "後悔風險" } },
        { "label.cost", { "Cost", "成本" } },
        { "label.link", { "Link", "連結" } },
        { "warnings.none",
            { "None of the guide's regret warnings applies to these answers.",
                "依你的答案，指南中沒有適用的後悔風險警示。" } },
        { "costs.usage", { "%1 a month, %2 input, over %3.", "每月 %1，輸入占 %2，為期 %3。" } },
        { "col.upfront", { "Up front", "前期投入" } },
        { "col.monthly", { "A month", "每月" } },
        { "col.total", { "Total over %1", "%1總計" } },
        { "breakeven.within", { "Breakeven: %1, within the threshold of %2.", "回本期：%1，在 %2的門檻內。" } },
        { "breakeven.over", { "Breakeven: %1, over the threshold of %2.", "回本期：%1，超過 %2的門檻。" } },
        { "breakeven.never_moving",
            { "Breakeven: never, with the months as they move: local's spend does not come down to the cloud's within "
              "50 years (threshold %1).",
                "回本期：依逐月變動計算不會回本，50 年內本地累計支出都追不上雲端（門檻 %1）。" } },
        { "costs.outgrown",
            { "From month %1 the setup's fixed devices cannot serve the grown usage: from then its load is paid to "
              "the cloud as well, on top of the hardware's running cost.",
                "從第 %1 "
                "個月起，固定數量的裝置已無法負荷成長後的用量：此後這部分負載也要付給雲端，另加硬體的運作成本。" } },
        { "breakeven.never",
            { "Breakeven: never, because local costs at least as much a month as the cloud API (threshold %1).",
                "回本期：不會回本，因為本地每月成本不低於雲端 API（門檻 %1）。" } },
        // The cloud's up-front cost: a dash in English; in a Chinese face a dash reads as 一.
        { "costs.no_upfront", { "—", "無" } },
        { "costs.hybrid_row", { "Hybrid, %1 local", "混合：%1 本地" } },
        { "col.first_month", { "In month 1", "第 1 個月" } },
        { "col.after", { "After", "期間" } },
        { "costs.time.growth",
            { "Usage grows %1 a month, compounding: from %2 in the first month to %3 in the last of %4. The "
              "flowchart's usage band is that of the first month.",
                "用量每月複利成長 %1：第一個月 %2，到第 %5 個月達到 %3。流程圖的用量區間以第一個月判斷。" } },
        { "costs.time.price",
            { "Cloud prices change %1 a year, applied month by month.", "雲端價格每年變動 %1，逐月套用。" } },
        { "costs.time.cache",
            { "%1 of the input tokens are billed at the cache-read price of %2.",
                "輸入 tokens 中有 %1 以快取讀取價（%2）計費。" } },
        { "costs.time.batch",
            { "%1 of all traffic goes through a batch API at %2 off.", "所有流量中有 %1 走批次 API，享 %2 折扣。" } },
        { "costs.time.resale",
            { "The hardware is still worth %1 at the end of %2; that is taken off local's total. The breakeven is on "
              "the money paid.",
                "硬體在 %2結束時仍值 %1，已從本地總額扣除；回本期以實際支付的金額計算。" } },
        { "advice.hybrid_figures",
            { "With your figures, serving %1 of the tokens locally costs %2 over %3, against %4 with the cloud "
              "alone and %5 all local.",
                "依你的數字，若 %1 的 tokens 在本地處理，%3內共花 %2；全用雲端是 %4，全部本地是 %5。" } },
        { "advice.hybrid_none",
            { "Give a hybrid share (on the costs page, or hybrid.local_share in the scenario) to cost it beside "
              "the two pure choices.",
                "在成本頁面設定本地處理的比例（或在情境檔填入 hybrid.local_share），就能把混合做法與全用雲端、"
                "全部本地並列比較成本。" } },
        { "costs.currency",
            { "Amounts are in NT$ at %1 to the US dollar (the rate of %2). Catalog and hardware prices are kept in "
              "US dollars, each with its date.",
                "金額以新臺幣計，匯率為 1 美元兌 %1 元（%2 "
                "的匯率）。雲端價目表與硬體價格仍以美元計價，各自註明日期。" } },
        { "costs.purchase",
            { "The usage outgrows the setup: %1 more hardware is bought at the start of month %2.",
                "用量超過現有配置：第 %2 個月初再購入 %1 的硬體。" } },
        { "costs.hybrid",
            { "A hybrid serving %1 of the tokens locally costs %2 over %3, and pays back against the cloud alone in "
              "%4.",
                "若 %1 的 tokens 在本地處理（混合做法），%3內共花 %2；相較於全用雲端，回本期為 %4。" } },
        { "costs.hybrid_never",
            { "A hybrid serving %1 of the tokens locally costs %2 over %3, and never pays back against the cloud "
              "alone.",
                "若 %1 的 tokens 在本地處理（混合做法），%3內共花 %2；相較於全用雲端，永遠無法回本。" } },
        { "costs.horizons",
            { "The totals over one, three and five years, whatever the horizon chosen:",
                "不論選定的評估期間，一年、三年、五年的總成本：" } },
        { "fig.purchase", { "Hardware bought in month %1", "第 %1 個月購入的硬體" } },
        { "fig.resale", { "Hardware's value at the horizon", "評估期末的硬體價值" } },
        { "fig.hybrid_total", { "Hybrid, total", "混合做法總計" } },
        { "fig.hybrid_breakeven", { "Hybrid breakeven", "混合做法回本期" } },
        { "fig.cloud_after", { "Cloud API after %1", "%1後的雲端 API" } },
        { "fig.local_after", { "Local after %1", "%1後的本地部署" } },
        { "fig.hybrid_after", { "Hybrid after %1", "%1後的混合做法" } },
        // An empty cell: a dash reads like 一 in Chinese, so that cell is blank.
        { "by.nobody", { "—", "" } },
        { "costs.none", { "No costs: the monthly usage is not given.", "無法計算成本：未提供每月用量。" } },
        { "costs.cloud_prices", { "Cloud prices: %1.", "雲端價格：%1。" } },
        { "sizing.setup", { "Local setup: %1, %2 busy at your usage.", "本地設備：%1；依你的用量，忙碌 %2。" } },
        { "sizing.setup_fixed",
            { "Local setup: %1 (your count), %2 busy at your usage.",
                "本地設備：%1（你指定的數量）；依你的用量，忙碌 %2。" } },
        { "sizing.devices", { "%1 × %2", "%1 × %2" } },
        { "sizing.in_hosts", { "%1 in %2 × %3", "%1，裝在 %2 台%3" } },
        { "host.pc", { "desktop PC", "桌上型電腦" } },
        { "host.server", { "GPU server", "GPU 伺服器" } },
        { "sizing.heading", { "How the local side is sized", "本地設備怎麼估算" } },
        { "sizing.row.model", { "Model", "模型" } },
        { "sizing.row.memory", { "Memory a replica needs", "每組所需記憶體" } },
        { "sizing.row.devices", { "Devices", "裝置數" } },
        { "sizing.row.limit", { "The count is set by", "數量的決定因素" } },
        { "sizing.row.speed", { "Throughput of a replica", "每組吞吐量" } },
        { "sizing.row.capacity", { "Capacity a month", "每月容量" } },
        { "sizing.row.utilisation", { "Busy at your usage", "你的用量下的忙碌程度" } },
        { "sizing.row.energy", { "Energy a month", "每月用電" } },
        { "sizing.row.electricity", { "Electricity a month", "每月電費" } },
        { "sizing.row.hardware", { "Hardware, up front", "硬體前期投入" } },
        { "sizing.row.setup", { "Setup, up front", "架設前期投入" } },
        { "sizing.no_model", { "not given: the fit is not checked", "未指定：不檢查是否放得下" } },
        { "sizing.memory_of", { "%1 of %2 usable", "%1（可用 %2）" } },
        { "sizing.replicas", { "%1 a replica × %2 = %3", "每組 %1 × %2 組 = %3" } },
        { "sizing.limit.memory", { "memory: the model's size", "記憶體：模型的大小" } },
        { "sizing.limit.throughput", { "throughput: your usage", "吞吐量：你的用量" } },
        { "sizing.limit.units", { "your own count", "你指定的數量" } },
        { "sizing.estimated", { "%1 (estimated)", "%1（估計值）" } },
        { "sizing.measured", { "%1 (measured)", "%1（實測值）" } },
        { "sizing.setup_hours", { "%1 × %2", "%1 × %2" } },
        { "warning.sizing_model_does_not_fit",
            { "The model does not fit: %1 needs %2, and %3 hold at most %4 in one replica. The costs above are for "
              "a "
              "setup that cannot run it; choose a larger device or a smaller quantization.",
                "模型放不下：%1 需要 %2，而一組 %3 最多只有 "
                "%4。上面的成本是一套無法執行它的設備；請改選更大的裝置或更小的量化格式。" } },
        { "warning.sizing_units_cannot_serve",
            { "The %1 devices cannot serve the usage: it needs %2 of their capacity, so local never pays back.",
                "這 %1 台裝置應付不了這個用量：需要它們 %2 的容量，因此本地部署不會回本。" } },
        { "warning.sizing_units_hold_nothing",
            { "Your %1 devices cannot hold the model, which needs %2 in one replica: they serve nothing, so local "
              "never pays back.",
                "你指定的 %1 台裝置放不下這個模型（每組需要 %2 台）：它們無法提供服務，因此本地部署不會回本。" } },
        { "sizing.spare", { "%1, + %2 idle", "%1，另有 %2 台閒置" } },
        { "warning.sizing_over_max_utilisation",
            { "The devices are %1 busy, over your maximum of %2: no headroom for peaks.",
                "裝置忙碌 %1，超過你設定的上限 %2：尖峰時沒有餘裕。" } },
        { "warning.sizing_speed_estimated",
            { "The speeds are estimates from the device's memory bandwidth and compute, fitted to published "
              "measurements; your own llama-bench runs (local.sizing.measured_runs) replace them.",
                "速度是依裝置的記憶體頻寬與運算能力推估，並以公開的實測校正；加入你自己的 llama-bench 實測"
                "（local.sizing.measured_runs）即可取代。" } },
        { "warning.sizing_fit_not_checked",
            { "No model is given, so whether it fits is not checked; the speed is that of an 8B model at Q4_K_M.",
                "未指定模型，因此不檢查是否放得下；速度以 80 億參數模型、Q4_K_M 估計。" } },
        { "products.vllm_why",
            { "Your setup needs %1; the guide names vLLM for several GPUs and many concurrent requests.",
                "你的設備需要%1；指南建議多張 GPU 與大量並行請求時使用 vLLM。" } },
        { "products.vllm_gpus", { "several GPUs in one replica", "一組多張 GPU" } },
        { "products.vllm_streams", { "%1 concurrent streams", " %1 個並行請求" } },
        { "label.why", { "Why here", "為什麼列出" } },
        { "fig.same_model", { "The same model in the cloud, a month", "同一模型在雲端的每月費用" } },
        { "sizing.same_model",
            { "The same model in the cloud costs %2 a month at your usage (%1), against %3 a month and %4 up front "
              "for the local setup.",
                "依你的用量，同一模型在雲端每月 %2，本地設備則是每月 %3，另加前期投入 %4。雲端方案：%1。" } },
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
        { "by.not_given", { "not given", "未提供" } },
        { "by.not_answered", { "not answered", "未回答" } },
        { "by.off_path", { "off the path: counts only for the warnings", "不在判斷路徑上：只影響警示" } },
        { "in.monthly_tokens", { "Monthly tokens", "每月 tokens" } },
        { "in.input_share", { "Input share", "輸入占比" } },
        { "in.cloud_input", { "Cloud input price per 1M tokens", "雲端輸入價格（每 100 萬 tokens）" } },
        { "in.cloud_output", { "Cloud output price per 1M tokens", "雲端輸出價格（每 100 萬 tokens）" } },
        { "in.hardware", { "Local hardware, up front", "本地硬體前期投入" } },
        { "in.electricity", { "Electricity a month", "每月電費" } },
        { "in.device", { "Local device", "本地裝置" } },
        { "in.model", { "Open model", "開源模型" } },
        { "in.context", { "Context a stream", "每個請求的上下文長度" } },
        { "in.concurrency", { "Concurrent streams", "並行請求數" } },
        { "in.engine", { "Serving engine", "推論引擎" } },
        { "in.powered", { "Powered on a month", "每月開機時數" } },
        { "in.per_usd", { "Exchange rate", "匯率" } },
        { "in.usage_growth", { "Usage growth a month", "每月用量成長率" } },
        { "in.cached_share", { "Cached share of input", "輸入中快取的占比" } },
        { "in.per_usd_value", { "NT$%1 to the US dollar (%2)", "1 美元兌新臺幣 %1 元（%2）" } },
        { "fig.per_usd", { "NT$ to the US dollar", "1 美元兌新臺幣" } },
        { "in.kwh", { "Electricity price per kWh", "每 kWh 電價" } },
        { "in.max_utilisation", { "Maximum utilisation", "使用率上限" } },
        { "in.units", { "Devices (your count)", "裝置數（你指定）" } },
        { "in.measured", { "Measured throughput", "實測吞吐量" } },
        { "in.measured_runs", { "Measured runs (llama-bench)", "實測結果（llama-bench）" } },
        { "in.setup_hours", { "Setup hours, once", "一次性架設時數" } },
        { "in.maintenance", { "Maintenance hours a month", "每月維護時數" } },
        { "in.hourly_rate", { "Hourly rate", "時薪" } },
        { "in.horizon", { "Horizon", "評估期間" } },
        { "in.threshold", { "Breakeven threshold", "回本期門檻" } },
    };
    return words;
}

// Every table of words, the outcome's own first.
const detail::OutcomeWords* findWords(std::string_view key)
{
    for (const auto* words : { &table(), &VerdictText::words(), &detail::sensitivityWords(), &detail::priceWords(),
             &detail::offerWords(), &detail::speedWords() })
        if (words->count(key) > 0)
            return words;
    return nullptr;
}

} // namespace

bool OutcomeText::has(std::string_view key)
{
    return findWords(key) != nullptr;
}

std::string OutcomeText::get(std::string_view key, Lang lang)
{
    const auto* words = findWords(key);
    if (!words)
        return std::string(key);
    const auto& pair = words->at(key);
    return std::string(lang == Lang::ZhHant ? pair.second : pair.first);
}

namespace {

// Whether the last (first) character of `s` is Han or full-width punctuation: U+3000 and above,
// which UTF-8 leads with a byte from 0xE3.
bool wideBefore(const std::string& s)
{
    std::size_t i = s.size();
    while (i > 0 && (static_cast<unsigned char>(s[i - 1]) & 0xC0) == 0x80)
        --i;
    return i > 0 && static_cast<unsigned char>(s[i - 1]) >= 0xE3;
}

bool wideAfter(const std::string& s)
{
    return !s.empty() && static_cast<unsigned char>(s.front()) >= 0xE3;
}

} // namespace

std::string OutcomeText::format(std::string_view key, Lang lang, std::initializer_list<std::string> args)
{
    // One pass, left to right, so that an argument holding "%2" (a model's name) stays as it is.
    // A Chinese text spaces a placeholder off for a figure that starts or ends with a digit
    // ("在 %1內"); next to one that starts or ends with a Han character ("約 437 萬", "美元") the
    // space goes, as Chinese puts none between two Han characters.
    const std::string text = get(key, lang);
    const std::vector<std::string> values(args);
    const bool zh = lang == Lang::ZhHant;
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char next = i + 1 < text.size() ? text[i + 1] : '\0';
        if (text[i] == '%' && next >= '1' && next <= '9' && std::size_t(next - '1') < values.size()) {
            const std::string& value = values[std::size_t(next - '1')];
            if (zh && !out.empty() && out.back() == ' ' && wideAfter(value)
                && wideBefore(out.substr(0, out.size() - 1)))
                out.pop_back();
            out += value;
            ++i;
            if (zh && i + 1 < text.size() && text[i + 1] == ' ' && wideBefore(value) && wideAfter(text.substr(i + 2)))
                ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string OutcomeText::parenthesized(const std::string& text, Lang lang)
{
    return lang == Lang::ZhHant ? "（" + text + "）" : " (" + text + ")";
}

} // namespace lowregret
