#include "wizard/CostsSummary.h"

#include "widgets/UiText.h"

#include <QCoreApplication>

QString CostsSummary::text(double monthlyTokens, const lowregret::CostModel::Summary& c)
{
    if (!c.localRuns)
        return QCoreApplication::translate("CostsPage",
            "At %1 a month: the cloud API costs %2 a month. The local setup cannot run this model on this "
            "device, so no local cost is counted.")
            .arg(UiText::tokens(monthlyTokens), UiText::money(c.cloudMonthly));
    // When the months move, the monthly figures are the first month's.
    return (c.steady ? QCoreApplication::translate("CostsPage",
                "At %1 a month: the cloud API costs %2 a month; local costs %3 up front and %4 "
                "a month. Breakeven: %5.")
                     : QCoreApplication::translate("CostsPage",
                         "At %1 in the first month: the cloud API costs %2 that month; local costs %3 up "
                         "front and %4 that month. Breakeven, with the months as they move: %5."))
        .arg(UiText::tokens(monthlyTokens), UiText::money(c.cloudMonthly), UiText::money(c.localUpfront),
            UiText::money(c.localMonthly), UiText::months(c.breakevenMonths));
}
