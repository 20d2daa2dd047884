#pragma once

namespace lowregret::limits {

// The sane ranges of a scenario's inputs (docs/scenario-format.md).
inline constexpr double maxMonthlyTokens = 1e12;
inline constexpr double maxUsdPerMtok = 10'000.0;
inline constexpr double maxMoneyUsd = 1e9;
inline constexpr double maxHoursPerMonth = 744.0; // 31 days × 24 h
inline constexpr double maxSetupHours = 10'000.0; // five working years
inline constexpr long long maxSizingUnits = 1'024; // devices in one setup
inline constexpr double maxWatts = 100'000.0; // one device's draw
inline constexpr double maxTokensPerSecond = 1e7;
inline constexpr long long maxContextTokens = 10'000'000;
inline constexpr long long maxConcurrency = 4'096;
inline constexpr double maxUsdPerKwh = 10.0;
inline constexpr int minMonths = 1;
inline constexpr int maxMonths = 240;

} // namespace lowregret::limits
