#include "outcome/OutcomeText.h"

// The outcome's words about dated prices, the start month and how old a price is.
namespace lowregret::detail {

const OutcomeWords& priceWords()
{
    static const OutcomeWords words = {
        { "price.start_given",
            { "The months are counted from %1, the scenario's start month.", "月份從情境的起始月份 %1 起算。" } },
        { "price.start_now",
            { "The months are counted from %1, the month this was decided: the scenario gives no start month.",
                "月份從做出判斷的 %1 起算：情境沒有指定起始月份。" } },
        { "price.step_rise",
            { "From %1 %2 costs %3 / %4 per 1M tokens (input / output): the same tokens cost %5 more.",
                "%1起，%2 的價格為每 100 萬 tokens %3／%4（輸入／輸出）：同樣的用量貴 %5。" } },
        { "price.step_cut",
            { "From %1 %2 costs %3 / %4 per 1M tokens (input / output): the same tokens cost %5 less.",
                "%1起，%2 的價格為每 100 萬 tokens %3／%4（輸入／輸出）：同樣的用量便宜 %5。" } },
        { "price.step_mixed",
            { "From %1 %2 costs %3 / %4 per 1M tokens (input / output).",
                "%1起，%2 的價格為每 100 萬 tokens %3／%4（輸入／輸出）。" } },
        { "price.age", { "The cloud price was checked %1 ago.", "雲端價格是 %1前查核的。" } },
        { "price.age_today", { "The cloud price was checked today.", "雲端價格是今天查核的。" } },
        { "price.update_suggested",
            { "This price is more than %1 days old: update the prices (File → Update Prices…) before relying on it.",
                "這個價格已超過 %1 天：請先更新價格（檔案 → 更新價格…）再依此做決定。" } },
    };
    return words;
}

} // namespace lowregret::detail
