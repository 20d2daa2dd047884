// The words of "How sure is this" (SensitivitySection.cpp) in both languages: the flip points,
// the regret, the tornado and the inputs' names. OutcomeText looks them up beside its own.
#include "outcome/OutcomeText.h"

namespace lowregret::detail {

const OutcomeWords& sensitivityWords()
{
    static const OutcomeWords words = {
        // How sure is this (SensitivitySection.cpp): %1 the threshold, %2 the input's noun,
        // %3 "falls below" and the flip value, %5 "you said" and the user's value, %6 the answer
        // after. A count in these sentences is rounded (Format::roundedTokens).
        { "heading.sensitivity", { "How sure is this", "這個答案有多可靠" } },
        { "flip.below", { "falls below", "低於" } },
        { "flip.above", { "rises above", "高於" } },
        { "flip.said", { "you said", "你填的是" } },
        { "flip.stops",
            { "Local stops paying back within %1 if %2 %3 (%5).", "若%2%3（%5），本地部署就無法在 %1內回本。" } },
        { "flip.starts",
            { "Local would pay back within %1 if %2 %3 (%5).", "若%2%3（%5），本地部署就能在 %1內回本。" } },
        { "flip.becomes", { "The recommendation becomes %6 if %2 %3 (%5).", "若%2%3（%5），建議就會改為%6。" } },
        { "flip.fall", { "That is a fall of %1, %2.", "也就是比你的數字少 %1，%2。" } },
        { "flip.rise", { "That is a rise of %1, %2.", "也就是比你的數字多 %1，%2。" } },
        { "flip.where", { "It is %1.", "%1。" } },
        { "flip.inside",
            { "inside the range tested (%1): the answer is not robust to it",
                "落在測試範圍（%1）內，答案對這一項並不穩固" } },
        { "flip.outside", { "outside the range tested (%1)", "超出測試範圍（%1）" } },
        { "flip.held", { "an input held fixed in the ranges", "這一項在測試中固定不變" } },
        { "robust.label", { "How sure", "可靠程度" } },
        { "robust.none",
            { "No single input, moved anywhere in its valid range with the others held, changes the "
              "recommendation.",
                "任何一項輸入在有效範圍內單獨變動（其他不變），建議都不會改變。" } },
        { "regret.line",
            { "Low-regret choice: %1. Over the ranges tested, local could cost you at most %2 more than "
              "the cheaper option, and the cloud API at most %3.",
                "低後悔選擇：%1。在測試範圍內，選本地部署，最壞情況比另一方多花 %2；選雲端 API，"
                "最壞情況多花 %3。" } },
        { "regret.differs.gate",
            { "The flowchart still answers %1, because %2: the guide weighs that, cost alone "
              "does not.",
                "流程圖仍建議%1，因為%2：指南會把這一點納入考量，只看成本則不會。" } },
        { "regret.differs.threshold",
            { "The flowchart answers %1 because it asks whether local pays back within %2; "
              "the regret compares the totals over %3 across the ranges.",
                "流程圖建議%1，是看本地部署能否在 %2內回本；後悔值比較的則是整個測試範圍內 "
                "%3的總成本。" } },
        { "reason.sensitive", { "your data is sensitive", "你處理敏感資料" } },
        { "reason.skill", { "your team cannot maintain a local setup", "你的團隊無法維護本地部署" } },
        { "reason.unstable", { "your usage is not stable", "你的用量不穩定" } },
        { "reason.usage", { "your usage is in the guide's lowest band", "你的用量落在指南的最低區間" } },
        { "sens.intro",
            { "Each input below was moved alone over its whole valid range, the others held at your "
              "figures. A flip point is where the recommendation changes.",
                "以下每一項輸入都在有效範圍內單獨變動，其他維持你的數字。翻轉點就是建議開始改變的值。" } },
        { "band.change",
            { "If %1 %2, the usage band becomes “%4”; the recommendation stays %5.",
                "若%1%2，用量區間會變成「%4」，但建議仍是%5。" } },
        { "col.choice", { "Choice", "選擇" } },
        { "col.max_regret", { "Most regret", "最大後悔值" } },
        { "col.mean_regret", { "Mean regret", "平均後悔值" } },
        { "col.where", { "Where the most is", "最大值出現在" } },
        { "col.range", { "Range tested", "測試範圍" } },
        { "col.difference", { "Local − cloud, low → high", "本地減雲端，低 → 高" } },
        { "col.breakeven_range", { "Breakeven, low → high", "回本期，低 → 高" } },
        // The inputs where a choice's regret is largest: "Monthly tokens: 6,000,000 tokens; …" /
        // 「每月 tokens 為 600 萬 tokens、…」.
        { "regret.is", { ": ", "為" } },
        { "punct.enum", { "; ", "、" } },
        { "regret.nowhere", { "nowhere: never the dearer", "無（從來不是較貴的一方）" } },
        { "regret.low_choice",
            { "The low-regret choice, the one with the smaller most regret, is %1.",
                "低後悔選擇是%1，也就是最大後悔值較小的一方。" } },
        { "regret.how",
            { "Regret is a choice's total over %1 minus the cheaper of the two. The most is searched at "
              "the %2 corners of the box of ranges and at %3 points spread through it (a Halton "
              "sequence); the mean is over those points.",
                "後悔值是某個選擇在 %1內的總成本，減去兩者中較便宜一方的總成本。最大值是在各測試範圍"
                "組成的 %2 個角落，以及其中均勻分布的 %3 個點（低差異序列）上搜尋；平均值取自這些點。" } },
        { "regret.how_fixed",
            { "Regret is a choice's total over %1 minus the cheaper of the two; every input is held "
              "fixed, so it is taken at your figures alone.",
                "後悔值是某個選擇在 %1內的總成本，減去兩者中較便宜一方的總成本；所有輸入都固定不變，"
                "因此只以你的數字計算。" } },
        { "sens.tornado",
            { "Each input alone at either end of its range: local's total minus the cloud's over %1 "
              "(below zero, local costs less), and the breakeven.",
                "每一項輸入單獨取測試範圍的兩端時，%1內本地總成本減去雲端總成本（小於零表示本地較便宜），"
                "以及回本期。" } },
        { "sens.ranges_default",
            { "The ranges are LowRegret's defaults around your figures; a scenario may give "
              "its own.",
                "測試範圍是 LowRegret 依你的數字設定的預設值；情境檔可以自訂。" } },
        { "sens.ranges_own",
            { "The ranges are the scenario's own; the inputs they leave out are held at your "
              "figures.",
                "測試範圍由情境檔自訂；未列出的項目維持你的數字。" } },
        { "unit.a_month", { "%1 a month", "每月 %1" } },
        { "unit.an_hour", { "%1 an hour", "每小時 %1" } },
        { "unit.per_kwh", { "%1 per kWh", "每 kWh %1" } },
        { "noun.answers.monthly_tokens", { "monthly usage", "每月用量" } },
        { "noun.input_share", { "the input share", "輸入占比" } },
        { "noun.cloud.input_usd_per_mtok", { "the cloud input price", "雲端輸入價格" } },
        { "noun.cloud.output_usd_per_mtok", { "the cloud output price", "雲端輸出價格" } },
        { "noun.local.hardware_usd", { "the hardware price", "硬體價格" } },
        { "noun.local.electricity_usd_per_month", { "the electricity bill", "電費" } },
        { "noun.local.maintenance_hours_per_month", { "maintenance", "維護時數" } },
        { "noun.local.hourly_rate_usd", { "the hourly rate", "時薪" } },
        { "noun.local.setup_hours", { "setup", "架設時數" } },
        { "noun.local.sizing.device_usd", { "the device price", "裝置價格" } },
        { "noun.local.sizing.host_usd", { "the host computer's price", "主機價格" } },
        { "noun.local.sizing.active_w", { "the device's draw while serving", "裝置運作時的耗電" } },
        { "noun.local.sizing.measured_tokens_per_second", { "the throughput", "吞吐量" } },
        { "noun.local.sizing.electricity_usd_per_kwh", { "the electricity price", "電價" } },
        { "label.answers.monthly_tokens", { "Monthly tokens", "每月 tokens" } },
        { "label.input_share", { "Input share", "輸入占比" } },
        { "label.cloud.input_usd_per_mtok", { "Cloud input price", "雲端輸入價格" } },
        { "label.cloud.output_usd_per_mtok", { "Cloud output price", "雲端輸出價格" } },
        { "label.local.hardware_usd", { "Local hardware", "本地硬體" } },
        { "label.local.electricity_usd_per_month", { "Electricity", "電費" } },
        { "label.local.maintenance_hours_per_month", { "Maintenance", "維護時數" } },
        { "label.local.hourly_rate_usd", { "Hourly rate", "時薪" } },
        { "label.local.setup_hours", { "Setup", "架設時數" } },
        { "label.local.sizing.device_usd", { "Device price", "裝置價格" } },
        { "label.local.sizing.host_usd", { "Host price", "主機價格" } },
        { "label.local.sizing.active_w", { "Draw while serving", "運作時耗電" } },
        { "label.local.sizing.measured_tokens_per_second", { "Throughput", "吞吐量" } },
        { "label.local.sizing.electricity_usd_per_kwh", { "Electricity price", "電價" } },
    };
    return words;
}

} // namespace lowregret::detail
