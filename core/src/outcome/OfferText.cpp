#include "outcome/OutcomeText.h"

// The outcome's words about an offer's line: retired, sources that disagree.
namespace lowregret::detail {

const OutcomeWords& offerWords()
{
    static const OutcomeWords words = {
        { "offer.retired", { "retired: no longer sold", "已停售" } },
        { "offer.sources_disagree",
            { "another source, %3 on %4, says %1 / %2 USD per 1M tokens",
                "另一來源 %3 於 %4 列為每 100 萬 tokens %1／%2 美元" } },
    };
    return words;
}

} // namespace lowregret::detail
