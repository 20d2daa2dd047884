#include "lowregret/costs/CostCsv.h"

#include "lowregret/io/PlainNumber.h"
#include "lowregret/io/SafeText.h"

#include <cmath>

namespace lowregret {

namespace {

std::string fixed(double v, int decimals)
{
    if (std::fabs(v) < 0.5 * std::pow(10.0, -decimals))
        v = 0.0; // never "-0.00"
    return PlainNumber::fixed(v, decimals);
}

} // namespace

std::string CostCsv::header()
{
    return "month,tokens,cloud,local,hybrid,cloud_cumulative,local_cumulative,hybrid_cumulative,currency\r\n";
}

std::string CostCsv::series(const CostModel::Summary& c, const Currency& currency)
{
    const auto money = [&](double usd) { return fixed(currency.fromUsd(usd), 2); };
    std::string out = header();
    const bool hybrid = c.hybrid.has_value();
    // A setup that cannot run its model is not priced: its cells are empty, as JSON's are null.
    const auto local = [&](double usd) { return c.localRuns ? money(usd) : std::string(); };
    for (const auto& p : c.series) {
        out += std::to_string(p.month);
        out += ',' + fixed(p.tokens, 0);
        out += ',' + money(p.cloudMonth);
        out += ',' + local(p.localMonth);
        out += ',' + (hybrid ? money(p.hybridMonth) : std::string());
        out += ',' + money(p.cloud);
        out += ',' + local(p.local);
        out += ',' + (hybrid ? money(p.hybrid) : std::string());
        out += ',' + SafeText::csvField(currency.code);
        out += "\r\n";
    }
    return out;
}

} // namespace lowregret
