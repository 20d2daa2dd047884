#include "outcome/OutcomeText.h"

// The outcome's words about an offer's line: retired, sources that disagree.
namespace lowregret::detail {

const OutcomeWords& offerWords()
{
    static const OutcomeWords words = {
        { "offer.retired", { "retired: no longer sold", "已停售" } },
        { "offer.sources_disagree", { "another source says %1 / %2 (%3, %4)", "另一來源為 %1／%2（%3，%4）" } },
    };
    return words;
}

} // namespace lowregret::detail
