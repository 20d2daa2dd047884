#include "catalog/GenaiPriceShape.h"

#include "lowregret/catalog/Catalog.h"
#include "lowregret/io/Limits.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>

namespace lowregret::GenaiPriceShape {

namespace {

// A price per 1M tokens, possibly tiered: `base` up to the first tier, then the tier's price
// for a request whose input is above its start.
struct Tiered {
    double base = 0.0;
    std::map<long long, double> tiers; // start -> price

    [[nodiscard]] double above(long long start) const
    {
        double price = base;
        for (const auto& [from, value] : tiers)
            if (from <= start)
                price = value;
        return price;
    }
};

bool inRange(const nlohmann::json& v)
{
    if (!v.is_number())
        return false;
    const double d = v.get<double>();
    return std::isfinite(d) && d >= 0.0 && d <= limits::maxUsdPerMtok;
}

// A number, or { base, tiers: [{ start, price }] }.
std::string readValue(const nlohmann::json& v, Tiered& out)
{
    if (v.is_number()) {
        if (!inRange(v))
            return "bad_entry";
        out.base = v.get<double>();
        return {};
    }
    if (!v.is_object() || v.size() != 2 || !v.contains("base") || !v.contains("tiers") || !v["base"].is_number()
        || !v["tiers"].is_array())
        return "unknown_shape";
    if (!inRange(v["base"]))
        return "bad_entry";
    out.base = v["base"].get<double>();
    for (const auto& tier : v["tiers"]) {
        if (!tier.is_object() || tier.size() != 2 || !tier.contains("start") || !tier.contains("price")
            || !tier["start"].is_number_integer() || !tier["price"].is_number())
            return "unknown_shape";
        const auto start = tier["start"].get<long long>();
        if (start < 1 || start > Catalog::maxContextTokens || !inRange(tier["price"]))
            return "bad_entry";
        if (!out.tiers.emplace(start, tier["price"].get<double>()).second)
            return "unknown_shape"; // two prices above the same start
    }
    return {};
}

// Prices for other kinds of input and output than text: LowRegret counts text tokens only.
bool otherModality(const std::string& key)
{
    for (const char* kind : { "_audio_", "_image_", "_video_" })
        if (key.find(kind) != std::string::npos)
            return true;
    return false;
}

std::string readPrices(const nlohmann::json& prices, Entry& e)
{
    if (!prices.is_object())
        return "unknown_shape";
    static const std::array<const char*, 4> keys
        = { "input_mtok", "output_mtok", "cache_read_mtok", "cache_write_mtok" };
    std::array<std::optional<Tiered>, 4> values;
    for (const auto& [key, value] : prices.items()) {
        if (key == "requests_kcount") {
            if (!inRange(value))
                return value.is_number() ? "bad_entry" : "unknown_shape";
            e.perRequest = true;
            continue;
        }
        if (otherModality(key))
            continue;
        std::size_t slot = 0;
        while (slot < keys.size() && key != keys[slot])
            ++slot;
        if (slot == keys.size())
            return "unknown_shape";
        Tiered t;
        if (auto reason = readValue(value, t); !reason.empty())
            return reason;
        values[slot] = std::move(t);
    }
    e.hasInput = values[0].has_value();
    e.hasOutput = values[1].has_value();
    std::set<long long> starts;
    for (const auto& v : values)
        if (v)
            for (const auto& tier : v->tiers)
                starts.insert(tier.first);
    const auto at = [&values](long long start) {
        OfferPrices p;
        p.inputUsdPerMtok = values[0] ? values[0]->above(start) : 0.0;
        p.outputUsdPerMtok = values[1] ? values[1]->above(start) : 0.0;
        if (values[2])
            p.cacheReadUsdPerMtok = values[2]->above(start);
        if (values[3])
            p.cacheWriteUsdPerMtok = values[3]->above(start);
        return p;
    };
    e.prices = at(0);
    for (const long long start : starts)
        e.tiers.push_back({ .aboveInputTokens = start, .prices = at(start) });
    return {};
}

} // namespace

Read read(const nlohmann::json& prices)
{
    Read r;
    if (prices.is_object()) {
        r.reason = readPrices(prices, r.base);
        return r;
    }
    if (!prices.is_array() || prices.empty()) {
        r.reason = "unknown_shape";
        return r;
    }
    bool haveBase = false;
    std::set<std::string> days;
    for (const auto& item : prices) {
        if (!item.is_object() || !item.contains("prices")) {
            r.reason = "unknown_shape";
            return r;
        }
        for (const auto& [key, value] : item.items())
            if (key != "prices" && key != "constraint")
                r.reason = "unknown_shape";
        Entry e;
        const auto c = item.find("constraint");
        if (c != item.end() && !c->is_null()) {
            if (!c->is_object()) {
                r.reason = "unknown_shape";
                return r;
            }
            if (c->contains("start_time") || c->contains("end_time")) {
                r.reason = "time_of_day"; // a price by the hour of the day: the whole model
                return r;
            }
            if (c->size() != 1 || !c->contains("start_date") || !(*c)["start_date"].is_string()) {
                r.reason = "unknown_shape";
                return r;
            }
            const auto day = (*c)["start_date"].get<std::string>();
            if (!Catalog::isDate(day)) {
                r.reason = "bad_entry";
                return r;
            }
            if (!days.insert(day).second)
                r.reason = "unknown_shape"; // two prices from the same day
            e.from = day;
        } else if (haveBase) {
            r.reason = "unknown_shape"; // two base prices
        } else {
            haveBase = true;
        }
        if (!r.reason.empty())
            return r;
        if (auto reason = readPrices(item["prices"], e); !reason.empty()) {
            r.reason = reason;
            return r;
        }
        if (e.from)
            r.dated.push_back(std::move(e));
        else
            r.base = std::move(e);
    }
    if (!haveBase)
        r.reason = "unknown_shape"; // no price before the first date
    std::sort(r.dated.begin(), r.dated.end(), [](const Entry& a, const Entry& b) { return *a.from < *b.from; });
    return r;
}

} // namespace lowregret::GenaiPriceShape
