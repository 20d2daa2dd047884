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

constexpr double kBytesPerGib = 1073741824.0;

Hardware::Device parseDevice(const nlohmann::json& v)
{
    Hardware::Device d;
    d.id = v.at("id").get<std::string>();
    d.name = v.at("name").get<std::string>();
    if (v.contains("matches"))
        d.matches = v.at("matches").get<std::vector<std::string>>();
    d.kind = v.at("kind").get<std::string>();
    d.memoryGib = v.at("memory_gib").get<double>();
    d.memoryGb = d.memoryGib * kBytesPerGib / 1e9;
    d.bandwidthGbs = v.at("bandwidth_gbs").get<double>();
    d.tflops = v.at("tflops").get<std::map<std::string, double>>();
    d.boardW = v.at("board_w").get<double>();
    d.activeW = v.at("active_w").get<double>();
    d.idleW = v.at("idle_w").get<double>();
    for (const auto& p : v.at("prices"))
        d.prices.push_back({ p.at("condition").get<std::string>(), p.at("low").get<double>(),
            p.at("high").get<double>(), p.at("as_of").get<std::string>(), sourceOf(p) });
    d.usd = d.prices.at(0).middle();
    d.host = v.at("host").is_null() ? std::string() : v.at("host").get<std::string>();
    d.sources = v.at("sources").get<std::map<std::string, std::string>>();
    if (v.contains("efficiency")) {
        d.decodeFactor = v.at("efficiency").value("decode", 1.0);
        d.prefillFactor = v.at("efficiency").value("prefill", 1.0);
    }
    return d;
}

Hardware::Engine parseEngine(const std::string& id, const nlohmann::json& v)
{
    Hardware::Engine e;
    e.id = id;
    e.name = v.at("name").get<std::string>();
    e.overheadGb = v.at("overhead_gb").get<double>();
    e.splitsBandwidth = v.at("splits_bandwidth").get<bool>();
    e.offloadsExperts = v.at("offloads_experts").get<bool>();
    e.llamaBenchRuns = v.value("llama_bench_runs", false);
    e.decodeEfficiency = v.at("decode_efficiency").get<std::map<std::string, double>>();
    e.prefillEfficiency = v.at("prefill_efficiency").get<std::map<std::string, double>>();
    e.moeDecodeEfficiency = v.at("moe_decode_efficiency").get<double>();
    e.moePrefillEfficiency = v.at("moe_prefill_efficiency").get<double>();
    e.concurrencyExponent = v.at("concurrency_exponent").get<double>();
    e.batchComputeEfficiency = v.at("batch_compute_efficiency").get<double>();
    e.perStreamStepMs = v.value("per_stream_step_ms", 0.0);
    e.source = sourceOf(v);
    return e;
}

Hardware parse(std::string_view text)
{
    const auto j = nlohmann::json::parse(text);
    Hardware h;
    h.checked = j.at("checked").get<std::string>();
    for (const auto& [id, v] : j.at("hosts").items())
        h.hosts[id] = { id, v.at("name").get<std::string>(), v.at("usd").get<double>(), v.at("active_w").get<double>(),
            v.at("idle_w").get<double>(), v.at("max_devices").get<int>(), v.value("ram_gb", 0.0),
            v.value("ram_bandwidth_gbs", 0.0), sourceOf(v) };
    for (const auto& [id, v] : j.at("kinds").items())
        h.kinds[id] = { v.at("usable_memory").get<double>(), sourceOf(v) };
    for (const auto& v : j.at("devices"))
        h.devices.push_back(parseDevice(v));
    for (const auto& [id, v] : j.at("engines").items())
        h.engines[id] = parseEngine(id, v);
    for (const auto& v : j.at("quantizations"))
        h.quantizations.push_back({ v.at("id").get<std::string>(), v.at("name").get<std::string>(),
            v.at("bits_per_weight").get<double>(), v.value("decode_efficiency", 1.0), sourceOf(v) });
    for (const auto& v : j.at("models")) {
        Hardware::Model m;
        m.id = v.at("id").get<std::string>();
        m.name = v.at("name").get<std::string>();
        m.totalB = v.at("total_b").get<double>();
        m.activeB = v.at("active_b").get<double>();
        m.layers = v.at("layers").get<int>();
        m.kvLayers = v.value("kv_layers", m.layers);
        m.kvHeads = v.at("kv_heads").get<int>();
        m.headDim = v.at("head_dim").get<int>();
        m.context = v.at("context").get<int>();
        m.licence = v.value("licence", std::string());
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

double Hardware::Device::fp16Tflops() const
{
    const auto it = tflops.find("fp16");
    return it == tflops.end() ? 0.0 : it->second;
}

namespace {

double byKind(const std::map<std::string, double>& values, const std::string& kind)
{
    const auto it = values.find(kind);
    return it != values.end() ? it->second : values.empty() ? 0.5 : values.begin()->second;
}

} // namespace

double Hardware::Engine::decodeOn(const std::string& kind) const
{
    return byKind(decodeEfficiency, kind);
}

double Hardware::Engine::prefillOn(const std::string& kind) const
{
    return byKind(prefillEfficiency, kind);
}

double Hardware::Model::kvGbPerToken() const
{
    constexpr double bytesPerElement = 2.0; // an FP16 cache
    return 2.0 * kvLayers * kvHeads * headDim * bytesPerElement / 1e9;
}

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
