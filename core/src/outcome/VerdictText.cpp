#include "outcome/VerdictText.h"

namespace lowregret {

const VerdictText::Words& VerdictText::words()
{
    static const Words table = {
        // RegretGates: the low-regret choice within the guide's gates, and two gates in conflict.
        { "regret.gated.sensitive",
            { "Low-regret choice: %1, the only choice within the guide's gates: your data is sensitive, so the "
              "cloud API is not an option, however little it costs. Over the ranges tested, local could cost you "
              "at most %2 more than the cloud API.",
                "低後悔選擇：%1，也是指南條件下唯一的選擇，因為你處理的是敏感資料，雲端 API 再便宜也不列入考慮。"
                "在測試範圍內，選本地部署，最壞情況比雲端 API 多花 %2。" } },
        { "regret.low_choice.sensitive",
            { "Within the guide's gates the low-regret choice is %1: your data is sensitive, so the cloud API is "
              "left out whatever it costs; the regret below weighs money only.",
                "在指南的條件下，低後悔選擇是%1，因為你處理的是敏感資料，雲端 API 再便宜也不列入考慮；"
                "下方的後悔值只計算金額。" } },
        { "robust.cloud_gated",
            { "A cloud service would still have to meet your data's requirements (retention, region).",
                "即使改用雲端服務，也必須符合你資料的要求（保存期限、存放地區）。" } },
        { "gate.conflict",
            { "Your data needs local control, but nobody on your team can maintain a local setup. Two ways out: "
              "%1; or a managed private deployment, where a provider runs hardware reserved for you under a "
              "contract that keeps the data under your control (not priced here).",
                "你的資料需要留在本地掌控，但團隊裡沒有人能維護本地部署。有兩個做法：%1；"
                "或採用代管的私有部署，由供應商以專屬硬體代為營運，並以合約確保資料仍在你的掌控之下"
                "（此處未計價）。" } },
        { "gate.conflict.paid",
            { "pay for maintenance, %1 hours a month at %2 an hour, %3 a month, as counted in the local costs",
                "付費請人維護，每月 %1 小時、時薪 %2，每月 %3，已計入本地成本" } },
        { "gate.conflict.paid_uncounted",
            { "pay for maintenance, %1 hours a month at %2 an hour, %3 a month",
                "付費請人維護，每月 %1 小時、時薪 %2，每月 %3" } },
        { "gate.conflict.unpaid",
            { "pay for maintenance (your local costs count no maintenance time yet)",
                "付費請人維護（你的本地成本目前未計入任何維護時間）" } },
        // ComparisonInputs: the inputs by the labels the wizard uses.
        { "field.usage_stable", { "Stable usage", "用量穩定" } },
        { "field.data_sensitive", { "Sensitive data", "敏感資料" } },
        { "field.team_can_maintain", { "Team can maintain a local setup", "團隊能維護本地部署" } },
        { "field.exclusions", { "Exclusions", "排除條件" } },
        { "field.cloud_model", { "Cloud offer", "雲端方案" } },
        { "field.quantization", { "Quantization", "量化格式" } },
        { "field.idle_w", { "Draw while idle", "閒置時耗電" } },
        { "field.price_change", { "Cloud price change a year", "雲端價格每年變動" } },
        { "field.cache_read", { "Cache-read price per 1M tokens", "快取讀取價（每 100 萬 tokens）" } },
        { "field.batch_share", { "Batch traffic", "批次流量" } },
        { "field.batch_discount", { "Batch discount", "批次折扣" } },
        { "field.resale", { "Resale at the horizon", "評估期末轉售" } },
        { "field.depreciation", { "Depreciation", "折舊年限" } },
        { "field.hybrid_share", { "Hybrid, served locally", "混合，本地處理" } },
        { "field.currency", { "Currency", "幣別" } },
        { "field.rate_date", { "Exchange rate date", "匯率日期" } },
        { "field.per_hour", { "%1 an hour", "每小時 %1" } },
        { "nofit.setup", { "%1: cannot run the model", "%1：無法執行此模型" } },
        // Sections: the guide's general rules and exclusions beside the user's own case.
        { "caveats.yours",
            { "With your own figures, at %1 a month, local %2.", "以你自己的數字，每月 %1 時，本地部署%2。" } },
        { "caveats.pays_back", { "would pay back in %1", "要 %1才能回本" } },
        { "exclusion.sensitive.label", { "Your data", "你的資料" } },
        { "exclusion.sensitive",
            { "It is sensitive: whatever you choose instead must meet its requirements, such as how long the data "
              "is kept and the region it is stored in, in its contract.",
                "你處理敏感資料：改用的任何服務都必須在合約中符合資料的要求，例如資料保存期限與存放地區。" } },
        // LocalCannotRun: a sized setup whose model no count of its device holds.
        { "nofit.headline",
            { "The local side cannot run %1 on %2: it needs %3 of memory, and %4 in one %5 hold at most %6. "
              "No local cost is counted.",
                "本地端無法在 %2 上執行 %1：需要 %3 記憶體，而一台%5最多裝 %4，只有 %6。"
                "因此不計算任何本地成本。" } },
        { "nofit.nearest", { "The nearest device that runs it: %1.", "最接近、能執行它的裝置：%1。" } },
        { "nofit.none",
            { "No device in LowRegret's list runs it: choose a smaller model or quantization, or a shorter "
              "context.",
                "LowRegret 清單中沒有裝置能執行它：請改選較小的模型或量化方式，或縮短上下文長度。" } },
        { "payback.cannot_run",
            { "could not pay back at all, since the local setup cannot run the model",
                "根本無法回本，因為本地設備無法執行此模型" } },
        { "nofit.one_machine", { "machine", "機器" } },
        { "nofit.row", { "cannot run the model", "無法執行此模型" } },
        { "nofit.hybrid",
            { "A hybrid is not costed: the local setup cannot run the model, so no local share of the tokens "
              "can be served.",
                "無法估算混合做法的成本：本地設備無法執行此模型，沒有任何 tokens 能在本地處理。" } },
        { "nofit.no_breakeven",
            { "Breakeven: none, because the local setup cannot run the model.",
                "回本期：無，因為本地設備無法執行此模型。" } },
    };
    return table;
}

} // namespace lowregret
