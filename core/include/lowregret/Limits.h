#pragma once

namespace lowregret::limits {

// The sane ranges of a scenario's inputs (docs/scenario-format.md).
inline constexpr double maxMonthlyTokens = 1e12;
inline constexpr double maxUsdPerMtok = 10'000.0;
inline constexpr double maxMoneyUsd = 1e9;
inline constexpr double maxHoursPerMonth = 744.0; // 31 days × 24 h
inline constexpr int minMonths = 1;
inline constexpr int maxMonths = 240;

} // namespace lowregret::limits
