#pragma once

#include <string>

namespace lowregret {

// The currency the user sees, types and exports amounts in (`currency`, scenario version 3).
// Every amount is kept in US dollars, as the catalog and the hardware data are; this says how
// to show it. "USD" is the identity; "TWD" shows New Taiwan dollars at `perUsd`, a rate that
// carries the day it was read (`asOf`) so a report says which rate it used.
struct Currency {
    std::string code = "USD"; // "USD" or "TWD"
    double perUsd = 1.0; // units of this currency per US dollar
    std::string asOf; // YYYY-MM-DD of the rate; empty for USD

    static Currency twd(double perUsd, std::string asOf);
    // The codes a scenario may name.
    static bool isKnownCode(const std::string& code);

    [[nodiscard]] bool isUsd() const { return code == "USD"; }
    [[nodiscard]] double fromUsd(double usd) const { return usd * perUsd; }
    [[nodiscard]] double toUsd(double amount) const { return amount / perUsd; }
    bool operator==(const Currency&) const = default;
};

} // namespace lowregret
