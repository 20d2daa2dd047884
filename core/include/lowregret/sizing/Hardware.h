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
        std::string source;
    };
    struct Kind {
        double usableMemory = 1.0; // the share of a device's memory a model may take
        double decodeEfficiency = 0.5; // measured decode ÷ (bandwidth ÷ bytes read per token)
        std::string source;
    };
    struct Device {
        std::string id;
        std::string name;
        // How llama-bench's `gpu_info` names the device besides `name` ("A100" in "NVIDIA
        // A100-SXM4-80GB", "M2 Ultra" in "Apple M2 Ultra"; resources/hardware.json's "matches").
        std::vector<std::string> matches;
        std::string kind; // "gpu" or "apple"
        double memoryGb = 0.0;
        double bandwidthGbs = 0.0;
        double boardW = 0.0;
        double activeW = 0.0; // typical draw while serving
        double idleW = 0.0;
        double usd = 0.0;
        std::string host; // a key of `hosts`; empty: a computer of its own (a Mac)
        double promptTokensPerSecond8b = 0.0; // prompt processing of an 8B model at Q4_K_M
        std::map<std::string, std::string> sources; // field -> where its figure comes from
    };
    struct Engine {
        std::string id;
        std::string name;
        double concurrencyExponent = 0.5; // n streams give n^exponent × one stream's throughput
        double overheadGb = 1.0; // the runtime's own memory per replica
        bool splitsBandwidth = false; // tensor parallel: the devices of a replica read at once
        std::string source;
    };
    struct Quantization {
        std::string id;
        std::string name;
        double bitsPerWeight = 16.0;
        std::string source;
    };
    struct Model {
        std::string id;
        std::string name;
        double totalB = 0.0; // parameters, billions
        double activeB = 0.0; // read per token: fewer than total for a mixture of experts
        int layers = 0;
        int kvHeads = 0;
        int headDim = 0;
        int context = 0; // native context, tokens
        std::vector<std::string> quantizations;
        std::string defaultQuantization;
        std::string source;
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
