#pragma once

#include "lowregret/costs/CostModel.h"
#include "lowregret/io/Currency.h"

#include <string>

namespace lowregret {

// `decide --format csv` (docs/cli.md): the monthly series, one row a month from month 0 (what is
// paid up front) to the horizon. Columns: month, tokens, cloud, local, hybrid (spent in the
// month), cloud_cumulative, local_cumulative, hybrid_cumulative, currency; the hybrid columns
// are empty without a hybrid. Amounts in the scenario's currency (the last column: USD or TWD)
// to the cent, tokens whole, '.' as the decimal point; CRLF line ends as RFC 4180 has them.
class CostCsv final {
public:
    CostCsv() = delete;

    static std::string header();
    static std::string series(const CostModel::Summary& summary, const Currency& currency);
};

} // namespace lowregret
