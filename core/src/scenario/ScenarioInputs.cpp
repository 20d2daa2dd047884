#include "lowregret/scenario/ScenarioInputs.h"

#include "lowregret/io/Limits.h"
#include "lowregret/sizing/Hardware.h"
#include "lowregret/sizing/Sizing.h"

#include <algorithm>
#include <functional>
#include <optional>

namespace lowregret {

namespace {

// How an input is read from and written to a scenario, and its default range around a value.
struct Access {
    std::function<double(const Scenario&)> get;
    std::function<void(Scenario&, double)> set;
    double lowFactor = 0.5;
    double highFactor = 1.5;
    double highAtLeast = 0.0; // the default high end is at least this
    bool sized = false; // only with local.sizing; the flat figure it replaces is then left out
    bool flat = false; // only without local.sizing
    // A range of its own (a device's published price range) instead of the factors' range.
    std::function<std::optional<Scenario::Range>(const Scenario&)> range = {};
};

struct Entry {
    ScenarioInputs::Input input;
    Access access;
};

const Hardware::Device* deviceOf(const Scenario& s)
{
    return s.local.sizing ? Hardware::builtIn().device(s.local.sizing->device) : nullptr;
}

Sizing sizingNow(const Scenario& s)
{
    return Sizing::size(*s.local.sizing, s.answers.monthlyTokens.value_or(0.0), s.inputShare);
}

// A device's price varies as its published range does (the low and high of the range a
// scenario starts from, docs/sensitivity.md), stretched to the price the scenario uses when
// the user's own is outside it; a range of one figure says nothing, and the factors apply.
std::optional<Scenario::Range> devicePriceRange(const Scenario& s)
{
    const auto* d = deviceOf(s);
    if (!d || d->prices.empty() || !(d->prices.front().low < d->prices.front().high))
        return std::nullopt;
    const double v = sizingNow(s).deviceUsd;
    return Scenario::Range { std::min(d->prices.front().low, v), std::max(d->prices.front().high, v) };
}

const std::vector<Entry>& entries()
{
    using L = Scenario;
    static const std::vector<Entry> list = {
        { { "answers.monthly_tokens", "tokens", 0.0, limits::maxMonthlyTokens },
            { [](const L& s) { return s.answers.monthlyTokens.value_or(0.0); },
                [](L& s, double v) { s.answers.monthlyTokens = v; }, 0.5, 1.5 } },
        { { "input_share", "share", 0.0, 1.0 },
            { [](const L& s) { return s.inputShare; }, [](L& s, double v) { s.inputShare = v; } } },
        { { "cloud.input_usd_per_mtok", "usd_per_mtok", 0.0, limits::maxUsdPerMtok },
            { [](const L& s) { return s.cloud.inputUsdPerMtok; }, [](L& s, double v) { s.cloud.inputUsdPerMtok = v; },
                0.5, 1.25 } },
        { { "cloud.output_usd_per_mtok", "usd_per_mtok", 0.0, limits::maxUsdPerMtok },
            { [](const L& s) { return s.cloud.outputUsdPerMtok; }, [](L& s, double v) { s.cloud.outputUsdPerMtok = v; },
                0.5, 1.25 } },
        { { "local.hardware_usd", "usd", 0.0, limits::maxMoneyUsd },
            { [](const L& s) { return s.local.hardwareUsd; }, [](L& s, double v) { s.local.hardwareUsd = v; }, 0.8, 1.3,
                0.0, false, true } },
        { { "local.electricity_usd_per_month", "usd_per_month", 0.0, limits::maxMoneyUsd },
            { [](const L& s) { return s.local.electricityUsdPerMonth; },
                [](L& s, double v) { s.local.electricityUsdPerMonth = v; }, 0.5, 2.0, 0.0, false, true } },
        { { "local.maintenance_hours_per_month", "hours_per_month", 0.0, limits::maxHoursPerMonth },
            { [](const L& s) { return s.local.maintenanceHoursPerMonth; },
                [](L& s, double v) { s.local.maintenanceHoursPerMonth = v; }, 0.5, 2.0, 8.0 } },
        { { "local.hourly_rate_usd", "usd_per_hour", 0.0, limits::maxMoneyUsd },
            { [](const L& s) { return s.local.hourlyRateUsd; }, [](L& s, double v) { s.local.hourlyRateUsd = v; }, 0.75,
                1.5 } },
        { { "local.setup_hours", "hours", 0.0, limits::maxSetupHours },
            { [](const L& s) { return s.local.setupHours; }, [](L& s, double v) { s.local.setupHours = v; }, 0.5,
                2.0 } },
        { { "local.sizing.device_usd", "usd", 0.0, limits::maxMoneyUsd },
            { [](const L& s) { return sizingNow(s).deviceUsd; }, [](L& s, double v) { s.local.sizing->deviceUsd = v; },
                0.8, 1.3, 0.0, true, false, devicePriceRange } },
        { { "local.sizing.host_usd", "usd", 0.0, limits::maxMoneyUsd },
            { [](const L& s) { return sizingNow(s).hostUsd; }, [](L& s, double v) { s.local.sizing->hostUsd = v; }, 0.8,
                1.3, 0.0, true } },
        { { "local.sizing.active_w", "watts", 0.0, limits::maxWatts },
            { [](const L& s) {
                 const auto* d = deviceOf(s);
                 return s.local.sizing->activeW.value_or(d ? d->activeW : 0.0);
             },
                [](L& s, double v) { s.local.sizing->activeW = v; }, 0.8, 1.2, 0.0, true } },
        { { "local.sizing.measured_tokens_per_second", "tokens_per_second", 0.001, limits::maxTokensPerSecond },
            { [](const L& s) { return sizingNow(s).tokensPerSecond; },
                [](L& s, double v) { s.local.sizing->measuredTokensPerSecond = v; }, 0.5, 1.5, 0.0, true } },
        { { "local.sizing.electricity_usd_per_kwh", "usd_per_kwh", 0.0, limits::maxUsdPerKwh },
            { [](const L& s) { return s.local.sizing->electricityUsdPerKwh; },
                [](L& s, double v) { s.local.sizing->electricityUsdPerKwh = v; }, 0.5, 2.0, 0.0, true } },
    };
    return list;
}

const Entry* entryOf(std::string_view path)
{
    for (const auto& e : entries())
        if (e.input.path == path)
            return &e;
    return nullptr;
}

// An input of inputs() is found by its place, any other by its path.
const Access& accessOf(const ScenarioInputs::Input& input)
{
    const auto& all = ScenarioInputs::inputs();
    const std::less<const ScenarioInputs::Input*> before; // a total order, even for another array
    if (!before(&input, all.data()) && before(&input, all.data() + all.size()))
        return entries()[static_cast<std::size_t>(&input - all.data())].access;
    return entryOf(input.path)->access;
}

bool applies(const Entry& e, const Scenario& s)
{
    return (!e.access.sized || s.local.sizing) && (!e.access.flat || !s.local.sizing);
}

} // namespace

const std::vector<ScenarioInputs::Input>& ScenarioInputs::inputs()
{
    static const std::vector<Input> list = [] {
        std::vector<Input> out;
        for (const auto& e : entries())
            out.push_back(e.input);
        return out;
    }();
    return list;
}

const ScenarioInputs::Input* ScenarioInputs::input(std::string_view path)
{
    const Entry* e = entryOf(path);
    return e ? &e->input : nullptr;
}

std::vector<const ScenarioInputs::Input*> ScenarioInputs::inputsOf(const Scenario& s)
{
    std::vector<const Input*> out;
    for (const auto& e : entries())
        if (applies(e, s))
            out.push_back(&e.input);
    return out;
}

double ScenarioInputs::value(const Scenario& s, const Input& input)
{
    const Entry* e = entryOf(input.path);
    return e && applies(*e, s) ? e->access.get(s) : 0.0;
}

void ScenarioInputs::setValue(Scenario& s, const Input& input, double v)
{
    if (const Entry* e = entryOf(input.path); e && applies(*e, s))
        e->access.set(s, std::clamp(v, input.min, input.max));
}

std::map<std::string, Scenario::Range> ScenarioInputs::defaultRanges(const Scenario& s)
{
    std::map<std::string, Scenario::Range> out;
    for (const auto& e : entries()) {
        if (!applies(e, s))
            continue;
        const double v = e.access.get(s);
        Scenario::Range r;
        if (e.input.unit == "share") {
            r = { v - 0.2, v + 0.2 };
        } else if (const auto own = e.access.range ? e.access.range(s) : std::nullopt) {
            r = *own;
        } else {
            r = { v * e.access.lowFactor, std::max(v * e.access.highFactor, e.access.highAtLeast) };
        }
        r.low = std::clamp(r.low, e.input.min, e.input.max);
        r.high = std::clamp(r.high, e.input.min, e.input.max);
        out[e.input.path] = r;
    }
    return out;
}

bool ScenarioInputs::appliesTo(const Input& input, const Scenario& s)
{
    const Entry* e = entryOf(input.path);
    return e && applies(*e, s);
}

double ScenarioInputs::get(const Scenario& s, const Input& input)
{
    return accessOf(input).get(s);
}

void ScenarioInputs::set(Scenario& s, const Input& input, double v)
{
    accessOf(input).set(s, v);
}

} // namespace lowregret
