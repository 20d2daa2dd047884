#include "lowregret/CostCsv.h"

#include <cmath>
#include <cstdio>

namespace lowregret {

namespace {

std::string fixed(double v, int decimals)
{
    if (std::fabs(v) < 0.5 * std::pow(10.0, -decimals))
        v = 0.0; // never "-0.00"
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
    return buffer;
}

} // namespace

std::string CostCsv::header()
{
    return "month,tokens,cloud,local,hybrid,cloud_cumulative,local_cumulative,hybrid_cumulative\r\n";
}

std::string CostCsv::series(const CostModel::Summary& c)
{
    std::string out = header();
    const bool hybrid = c.hybrid.has_value();
    for (const auto& p : c.series) {
        out += std::to_string(p.month);
        out += ',' + fixed(p.tokens, 0);
        out += ',' + fixed(p.cloudMonth, 2);
        out += ',' + fixed(p.localMonth, 2);
        out += ',' + (hybrid ? fixed(p.hybridMonth, 2) : std::string());
        out += ',' + fixed(p.cloud, 2);
        out += ',' + fixed(p.local, 2);
        out += ',' + (hybrid ? fixed(p.hybrid, 2) : std::string());
        out += "\r\n";
    }
    return out;
}

} // namespace lowregret
