#include "scenario/ScenarioJson.h"

#include "lowregret/catalog/Catalog.h"
#include "lowregret/io/Limits.h"
#include "lowregret/io/ObjectReader.h"

#include <cmath>

namespace lowregret::scenario_json {

nlohmann::json number(double v)
{
    if (std::trunc(v) == v && std::fabs(v) < 9.0e15)
        return static_cast<long long>(v);
    return v;
}

nlohmann::json optionalNumber(const std::optional<double>& v)
{
    return v ? number(*v) : nlohmann::json(nullptr);
}

Scenario::Time readTime(
    const nlohmann::json& json, Problems& errors, Problems& warnings, std::set<std::string>& userSet)
{
    Scenario::Time t;
    ObjectReader r(json, "time", errors);
    const auto read = [&](const char* key, double& target, double min, double max) {
        if (const auto v = r.number(key, min, max, false)) {
            target = *v;
            userSet.insert(std::string("time.") + key);
        }
    };
    // A usage may halve or double every month; a price fall by 95 % or grow fivefold a year.
    read("usage_growth_per_month", t.usageGrowthPerMonth, -0.5, 1.0);
    read("cloud_price_change_per_year", t.cloudPriceChangePerYear, -0.95, 5.0);
    read("hardware_resale_share", t.hardwareResaleShare, 0.0, 1.0);
    read("hardware_depreciation_years", t.hardwareDepreciationYears, 0.0, 50.0);
    read("cached_input_share", t.cachedInputShare, 0.0, 1.0);
    if (r.has("cache_read_usd_per_mtok") && !json["cache_read_usd_per_mtok"].is_null()) {
        if (const auto v = r.number("cache_read_usd_per_mtok", 0.0, limits::maxUsdPerMtok, false)) {
            t.cacheReadUsdPerMtok = *v;
            userSet.insert("time.cache_read_usd_per_mtok");
        }
    }
    read("batch_share", t.batchShare, 0.0, 1.0);
    read("batch_discount", t.batchDiscount, 0.0, 1.0);
    r.reportUnknown({ "usage_growth_per_month", "cloud_price_change_per_year", "hardware_resale_share",
                        "hardware_depreciation_years", "cached_input_share", "cache_read_usd_per_mtok", "batch_share",
                        "batch_discount" },
        warnings);
    return t;
}

Scenario::Hybrid readHybrid(
    const nlohmann::json& json, Problems& errors, Problems& warnings, std::set<std::string>& userSet)
{
    Scenario::Hybrid h;
    ObjectReader r(json, "hybrid", errors);
    if (const auto v = r.number("local_share", 0.0, 1.0, false)) {
        h.localShare = *v;
        userSet.insert("hybrid.local_share");
    }
    r.reportUnknown({ "local_share" }, warnings);
    return h;
}

Currency readCurrency(const nlohmann::json& json, Problems& errors, Problems& warnings, std::set<std::string>& userSet)
{
    Currency c;
    ObjectReader r(json, "currency", errors);
    const auto code = r.string("code", true);
    if (code && !Currency::isKnownCode(*code)) {
        errors.push_back(
            { .path = r.pathOf("code"), .kind = Problem::Kind::UnknownValue, .expected = "USD, TWD", .value = *code });
        return c;
    }
    if (!code)
        return c;
    c.code = *code;
    userSet.insert("currency.code");
    if (c.isUsd()) {
        r.reportUnknown({ "code", "per_usd", "as_of" }, warnings);
        return c; // a dollar is a dollar: a rate given with it changes nothing
    }
    // A rate and its day belong together: a report names the day of the rate it used.
    if (const auto v = r.number("per_usd", 0.0001, 1e6, true)) {
        c.perUsd = *v;
        userSet.insert("currency.per_usd");
    }
    if (const auto d = r.string("as_of", true)) {
        if (Catalog::isDate(*d)) {
            c.asOf = *d;
            userSet.insert("currency.as_of");
        } else {
            errors.push_back({ .path = r.pathOf("as_of"),
                .kind = Problem::Kind::UnknownValue,
                .expected = "YYYY-MM-DD",
                .value = *d });
        }
    }
    r.reportUnknown({ "code", "per_usd", "as_of" }, warnings);
    return c;
}

nlohmann::json currencyJson(const Currency& c)
{
    return { { "code", c.code }, { "per_usd", number(c.perUsd) }, { "as_of", c.asOf } };
}

nlohmann::json timeJson(const Scenario::Time& t)
{
    return { { "usage_growth_per_month", number(t.usageGrowthPerMonth) },
        { "cloud_price_change_per_year", number(t.cloudPriceChangePerYear) },
        { "hardware_resale_share", number(t.hardwareResaleShare) },
        { "hardware_depreciation_years", number(t.hardwareDepreciationYears) },
        { "cached_input_share", number(t.cachedInputShare) },
        { "cache_read_usd_per_mtok", optionalNumber(t.cacheReadUsdPerMtok) }, { "batch_share", number(t.batchShare) },
        { "batch_discount", number(t.batchDiscount) } };
}

nlohmann::json hybridJson(const Scenario::Hybrid& h)
{
    return { { "local_share", number(h.localShare) } };
}

} // namespace lowregret::scenario_json
