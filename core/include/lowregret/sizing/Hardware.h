#pragma once

#include "lowregret/io/Currency.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lowregret {

// The facts a local deployment is sized from (resources/hardware.json): devices, open models,
// quantizations, serving engines and the hosts GPUs go in, each figure with its source.
struct Hardware {
    struct Host {
        std::string id;
        std::string name;
        double usd = 0.0;
        double activeW = 0.0; // the host's own draw while serving: CPU, board, PSU losses
        double idleW = 0.0;
        int maxDevices = 1;
        double ramGb = 0.0; // system memory an engine may put a model's experts in
        double ramBandwidthGbs = 0.0; // what reading it achieves
        std::string source;
    };
    struct Kind {
        double usableMemory = 1.0; // the share of a device's memory a model may take
        std::string source;
    };
    // A price a device sells for, new or used, on a day: a range, not one figure.
    struct PriceRange {
        std::string condition; // "new" or "used"
        double low = 0.0;
        double high = 0.0;
        std::string asOf;
        std::string source;
        [[nodiscard]] double middle() const { return (low + high) / 2.0; }
    };
    struct Device {
        std::string id;
        std::string name;
        // How llama-bench's `gpu_info` names the device besides `name` ("A100" in "NVIDIA
        // A100-SXM4-80GB", "M2 Ultra" in "Apple M2 Ultra"; resources/hardware.json's "matches").
        std::vector<std::string> matches;
        std::string kind; // "gpu", "hbm", "apple" or "unified"
        double memoryGib = 0.0; // as the maker states it: its "GB" of a power of two are GiB
        double memoryGb = 0.0; // the same in 10⁹ bytes, as model files are sized
        double bandwidthGbs = 0.0;
        std::map<std::string, double> tflops; // dense tensor throughput by format: "fp16", "fp8", "fp4"
        double boardW = 0.0;
        double activeW = 0.0; // typical draw while serving
        double idleW = 0.0;
        std::vector<PriceRange> prices; // the first is the one a scenario starts from
        double usd = 0.0; // the middle of the first price range
        std::string host; // a key of `hosts`; empty: a computer of its own (a Mac)
        std::map<std::string, std::string> sources; // field -> where its figure comes from
        double decodeFactor = 1.0; // this device's own efficiency against its kind's, where measured
        double prefillFactor = 1.0;
        [[nodiscard]] double fp16Tflops() const;
    };
    // How fast an engine runs a model on a kind of device: each efficiency is measured speed
    // over the bound the device's bandwidth or compute sets (docs/sizing.md, "Speed").
    struct Engine {
        std::string id;
        std::string name;
        double overheadGb = 1.0; // the runtime's own memory per replica
        bool splitsBandwidth = false; // tensor parallel: the devices of a replica read at once
        bool offloadsExperts = false; // may keep an MoE's experts in system memory
        bool llamaBenchRuns = false; // runs llama.cpp: llama-bench measures it
        std::map<std::string, double> decodeEfficiency; // by device kind
        std::map<std::string, double> prefillEfficiency; // by device kind
        double moeDecodeEfficiency = 1.0; // a mixture of experts against a dense model
        double moePrefillEfficiency = 1.0;
        double concurrencyExponent = 0.5; // c streams give up to c^exponent × one stream
        double batchComputeEfficiency = 0.5; // the share of peak compute batched decoding reaches
        double perStreamStepMs = 0.0; // the engine's own cost per stream and step: a batch's ceiling
        std::string source;
        [[nodiscard]] double decodeOn(const std::string& kind) const;
        [[nodiscard]] double prefillOn(const std::string& kind) const;
    };
    struct Quantization {
        std::string id;
        std::string name;
        double bitsPerWeight = 16.0;
        double decodeEfficiency = 1.0; // dequantizing costs: decode speed against FP16's
        std::string source;
    };
    struct Model {
        std::string id;
        std::string name;
        double totalB = 0.0; // parameters, billions
        double activeB = 0.0; // read per token: fewer than total for a mixture of experts
        int layers = 0;
        int kvLayers = 0; // layers that keep a full-length KV cache (sliding-window ones do not)
        int kvHeads = 0;
        int headDim = 0;
        int context = 0; // native context, tokens
        std::string licence;
        std::vector<std::string> quantizations;
        std::string defaultQuantization;
        std::string source;
        [[nodiscard]] bool mixtureOfExperts() const { return activeB < totalB; }
        // The same parameters and layout: a distill of this base runs at its speed.
        [[nodiscard]] bool sameShape(const Model& other) const
        {
            return totalB == other.totalB && activeB == other.activeB && layers == other.layers
                && kvLayers == other.kvLayers && kvHeads == other.kvHeads && headDim == other.headDim;
        }
        // FP16 K and V of one token at every full-attention layer, in 10⁹ bytes.
        [[nodiscard]] double kvGbPerToken() const;
    };

    // A price of a kWh to start the sizing from, in the currency its source quotes it in.
    struct ElectricityPrice {
        std::string id;
        std::string nameEn;
        std::string nameZh;
        std::string currency; // "USD" or "TWD"
        double perKwh = 0.0;
        std::string asOf;
        std::string source;
        bool marginal = false; // a tier of a progressive tariff: what one more kWh costs
    };
    // A rate of exchange with the day it was read.
    struct Rate {
        double perUsd = 1.0;
        std::string asOf;
        std::string source;
    };

    std::string checked; // the day the figures were checked, YYYY-MM-DD
    std::map<std::string, Host> hosts;
    std::map<std::string, Kind> kinds;
    std::vector<Device> devices;
    std::map<std::string, Engine> engines;
    std::vector<Quantization> quantizations;
    std::vector<Model> models;
    std::vector<ElectricityPrice> electricityPrices;
    Rate twdPerUsd;

    // The data compiled in from resources/hardware.json.
    static const Hardware& builtIn();
    // NT$ at `twdPerUsd`, the Taipei interbank close of 2025-12-31 (`twd_per_usd`): the rate a
    // scenario starts from when the user picks NT$ and types none.
    [[nodiscard]] Currency twd() const;

    [[nodiscard]] const Device* device(const std::string& id) const;
    [[nodiscard]] const Model* model(const std::string& id) const;
    [[nodiscard]] const Quantization* quantization(const std::string& id) const;
    [[nodiscard]] const Engine* engine(const std::string& id) const;
    [[nodiscard]] const Host* host(const std::string& id) const;
    [[nodiscard]] const Kind& kind(const std::string& id) const;
    [[nodiscard]] const ElectricityPrice* electricityPrice(const std::string& id) const;
    // A preset's price in US dollars a kWh: an NT$ price at the scenario's rate when it shows
    // NT$, else at `twdPerUsd`.
    [[nodiscard]] double usdPerKwh(const ElectricityPrice& price, const Currency& currency) const;
    // "rtx3090, rtx4090, …": for messages that list what is allowed.
    [[nodiscard]] std::string deviceIds() const;
    [[nodiscard]] std::string modelIds() const;
    [[nodiscard]] std::string quantizationIds() const;
    [[nodiscard]] std::string engineIds() const;
};

} // namespace lowregret
