#include "lowregret/sizing/Hardware.h"

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string_view>

namespace lowregret {

namespace embedded {
std::string_view hardwareJson(); // generated from resources/hardware.json
}

namespace {

template <typename T> std::string ids(const T& items)
{
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : ", ") + item.id;
    return out;
}

std::string sourceOf(const nlohmann::json& j)
{
    return j.value("source", std::string());
}

Hardware parse(std::string_view text)
{
    const auto j = nlohmann::json::parse(text);
    Hardware h;
    h.checked = j.at("checked").get<std::string>();
    for (const auto& [id, v] : j.at("hosts").items())
        h.hosts[id] = { id, v.at("name").get<std::string>(), v.at("usd").get<double>(), v.at("active_w").get<double>(),
            v.at("idle_w").get<double>(), v.at("max_devices").get<int>(), sourceOf(v) };
    for (const auto& [id, v] : j.at("kinds").items())
        h.kinds[id] = { v.at("usable_memory").get<double>(), v.at("decode_efficiency").get<double>(), sourceOf(v) };
    for (const auto& v : j.at("devices")) {
        Hardware::Device d;
        d.id = v.at("id").get<std::string>();
        d.name = v.at("name").get<std::string>();
        if (v.contains("matches"))
            d.matches = v.at("matches").get<std::vector<std::string>>();
        d.kind = v.at("kind").get<std::string>();
        d.memoryGb = v.at("memory_gb").get<double>();
        d.bandwidthGbs = v.at("bandwidth_gbs").get<double>();
        d.boardW = v.at("board_w").get<double>();
        d.activeW = v.at("active_w").get<double>();
        d.idleW = v.at("idle_w").get<double>();
        d.usd = v.at("usd").get<double>();
        d.host = v.at("host").is_null() ? std::string() : v.at("host").get<std::string>();
        d.promptTokensPerSecond8b = v.at("prompt_tokens_per_second_8b").get<double>();
        d.sources = v.at("sources").get<std::map<std::string, std::string>>();
        h.devices.push_back(std::move(d));
    }
    for (const auto& [id, v] : j.at("engines").items())
        h.engines[id] = { id, v.at("name").get<std::string>(), v.at("concurrency_exponent").get<double>(),
            v.at("overhead_gb").get<double>(), v.at("splits_bandwidth").get<bool>(), sourceOf(v) };
    for (const auto& v : j.at("quantizations"))
        h.quantizations.push_back({ v.at("id").get<std::string>(), v.at("name").get<std::string>(),
            v.at("bits_per_weight").get<double>(), sourceOf(v) });
    for (const auto& v : j.at("models")) {
        Hardware::Model m;
        m.id = v.at("id").get<std::string>();
        m.name = v.at("name").get<std::string>();
        m.totalB = v.at("total_b").get<double>();
        m.activeB = v.at("active_b").get<double>();
        m.layers = v.at("layers").get<int>();
        m.kvHeads = v.at("kv_heads").get<int>();
        m.headDim = v.at("head_dim").get<int>();
        m.context = v.at("context").get<int>();
        m.quantizations = v.at("quantizations").get<std::vector<std::string>>();
        m.defaultQuantization = v.at("default_quantization").get<std::string>();
        m.source = sourceOf(v);
        h.models.push_back(std::move(m));
    }
    const auto& rate = j.at("twd_per_usd");
    h.twdPerUsd = { rate.at("rate").get<double>(), rate.at("as_of").get<std::string>(), sourceOf(rate) };
    for (const auto& v : j.at("electricity_prices")) {
        Hardware::ElectricityPrice e;
        e.id = v.at("id").get<std::string>();
        e.nameEn = v.at("name").at("en").get<std::string>();
        e.nameZh = v.at("name").at("zh-Hant").get<std::string>();
        e.currency = v.at("currency").get<std::string>();
        e.perKwh = v.at("per_kwh").get<double>();
        e.asOf = v.at("as_of").get<std::string>();
        e.source = sourceOf(v);
        e.marginal = v.value("marginal", false);
        h.electricityPrices.push_back(std::move(e));
    }
    return h;
}

template <typename T> const T* findById(const std::vector<T>& items, const std::string& id)
{
    for (const auto& item : items)
        if (item.id == id)
            return &item;
    return nullptr;
}

template <typename T> const T* findByKey(const std::map<std::string, T>& items, const std::string& id)
{
    const auto it = items.find(id);
    return it == items.end() ? nullptr : &it->second;
}

} // namespace

const Hardware::ElectricityPrice* Hardware::electricityPrice(const std::string& id) const
{
    return findById(electricityPrices, id);
}

double Hardware::usdPerKwh(const ElectricityPrice& price, const Currency& currency) const
{
    if (price.currency == "USD")
        return price.perKwh;
    return price.perKwh / (currency.code == price.currency ? currency.perUsd : twdPerUsd.perUsd);
}

const Hardware& Hardware::builtIn()
{
    // Our own data, checked whole by tests/core/SizingTest.cpp: a mistake in it is a bug.
    static const Hardware hardware = parse(embedded::hardwareJson());
    return hardware;
}

Currency Hardware::twd() const
{
    return Currency::twd(twdPerUsd.perUsd, twdPerUsd.asOf);
}

const Hardware::Device* Hardware::device(const std::string& id) const
{
    return findById(devices, id);
}

const Hardware::Model* Hardware::model(const std::string& id) const
{
    return findById(models, id);
}

const Hardware::Quantization* Hardware::quantization(const std::string& id) const
{
    return findById(quantizations, id);
}

const Hardware::Engine* Hardware::engine(const std::string& id) const
{
    return findByKey(engines, id);
}

const Hardware::Host* Hardware::host(const std::string& id) const
{
    return findByKey(hosts, id);
}

const Hardware::Kind& Hardware::kind(const std::string& id) const
{
    static const Kind none;
    const auto* k = findByKey(kinds, id);
    return k ? *k : none;
}

std::string Hardware::deviceIds() const
{
    return ids(devices);
}

std::string Hardware::modelIds() const
{
    return ids(models);
}

std::string Hardware::quantizationIds() const
{
    return ids(quantizations);
}

std::string Hardware::engineIds() const
{
    std::string out;
    for (const auto& [id, e] : engines)
        out += (out.empty() ? "" : ", ") + id;
    return out;
}

} // namespace lowregret
