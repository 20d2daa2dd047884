#include "outcome/OutcomeText.h"

// The outcome's words about an offer's line: its name and date, stale, suspect, retired, sources
// that disagree.
namespace lowregret::detail {

const OutcomeWords& offerWords()
{
    static const OutcomeWords words = {
        { "offer.line", { "%1 at %2, price checked %3", "%2 的 %1，價格查核日期 %3" } },
        { "offer.name", { "%1 at %2", "%2 的 %1" } },
        { "offer.stale", { "possibly out of date", "可能已過時" } },
        { "offer.suspect", { "the price looks wrong: check it", "價格看起來有誤，請再確認" } },
        { "offer.retired", { "retired: no longer sold", "已停售" } },
        { "offer.sources_disagree",
            { "another source, %3 on %4, says %1 / %2 USD per 1M tokens",
                "另一來源 %3 於 %4 列為每 100 萬 tokens %1／%2 美元" } },
    };
    return words;
}

} // namespace lowregret::detail
