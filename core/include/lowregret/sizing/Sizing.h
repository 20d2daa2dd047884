#pragma once

#include "lowregret/sizing/Hardware.h"
#include "lowregret/sizing/MeasuredRuns.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace lowregret {

// What the user says about a local setup to be sized from the usage (scenario `local.sizing`,
// docs/scenario-format.md, version 2). Every field but the device is optional; the defaults
// are here and in docs/sizing.md.
struct SizingInput {
    std::string device; // a Hardware device id
    std::optional<int> units; // fixed number of devices; unset: as many as needed
    std::optional<double> deviceUsd; // overrides of the device's data
    std::optional<double> hostUsd; // 0: no host
    std::optional<double> activeW;
    std::optional<double> idleW;
    std::string model; // empty: the fit is not checked
    std::string quantization; // empty: the model's default
    double contextTokens = 8192;
    int concurrency = 1;
    std::string engine = "ollama";
    std::optional<double> measuredTokensPerSecond; // one replica, input and output together
    // The team's own llama-bench runs (`measured_runs`): a run of this model, quantization
    // and device replaces the estimated speed it measures.
    MeasuredRuns measured;
    double poweredHoursPerMonth = 730; // 24 h × 365 / 12
    double maxUtilisation = 0.8;
    double electricityUsdPerKwh = 0.1648; // United States residential average, 2024

    bool operator==(const SizingInput&) const = default;
};

// The local setup sized for a usage: how many devices, whether the model fits, how busy they
// are, and what they cost. Every formula is in docs/sizing.md.
struct Sizing {
    enum class Limit { Memory, Throughput, Units };

    // Warnings, by their stable ids (the JSON's `warnings`).
    static constexpr const char* modelDoesNotFit = "sizing_model_does_not_fit";
    static constexpr const char* unitsTooFew = "sizing_units_cannot_serve";
    static constexpr const char* overUtilisation = "sizing_over_max_utilisation";
    static constexpr const char* speedEstimated = "sizing_speed_estimated";
    static constexpr const char* fitNotChecked = "sizing_fit_not_checked";
    static constexpr const char* expertsOffloaded = "sizing_experts_in_system_memory";

    std::string device;
    std::string model; // empty when none was given
    std::string quantization;
    bool fits = true; // false: no supported count of this device holds the model
    bool fitChecked = true; // false: no model given
    double memoryNeededGb = 0.0; // one replica: weights + KV cache + the runtime's overhead
    double memoryUsableGb = 0.0; // one replica's devices together
    double weightsGb = 0.0;
    double kvCacheGb = 0.0;
    double overheadGb = 0.0;
    int devicesPerReplica = 1;
    int replicas = 1;
    int units = 1; // devices in all
    int hosts = 0;
    Limit limitedBy = Limit::Memory;
    double decodeTokensPerSecond = 0.0; // one stream while `concurrency` decode together, at the context's depth
    double aggregateTokensPerSecond = 0.0; // one replica, every stream together
    double prefillTokensPerSecond = 0.0; // one replica, prompt tokens
    double promptTokens = 0.0; // the prompt the time to the first token is for: context × input share
    double decodeDepth = 0.0; // the context's tokens, the depth decode is estimated at
    int concurrency = 1;
    double timeToFirstTokenS = 0.0;
    const char* speedBound = "memory"; // what holds the aggregate back: Speed::boundName
    double tokensPerSecond = 0.0; // one replica, over input and output at the usage's mix
    bool estimated = true; // false: the user measured it
    bool decodeMeasured = false; // a llama-bench run of this model, quantization and device
    bool prefillMeasured = false;
    bool decodeScaled = false; // measured at another depth or for one stream: moved here by the formula
    double offloadedGb = 0.0; // an MoE's experts kept in the host's memory, not the device's
    double capacityTokensPerMonth = 0.0; // all replicas, powered on the whole time
    double utilisation = 0.0; // usage ÷ capacity; infinite when there is no capacity
    bool canServe = true; // false: the usage is more than the setup's whole capacity
    double servingHoursPerMonth = 0.0; // how long the devices are busy
    double energyKwhPerMonth = 0.0;
    double electricityUsdPerMonth = 0.0;
    double hardwareUsd = 0.0;
    double deviceUsd = 0.0; // the price used for one device
    double hostUsd = 0.0; // the price used for one host
    std::vector<std::string> warnings;

    // The setup for `monthlyTokens` a month, `inputShare` of them input.
    static Sizing size(const SizingInput& input, double monthlyTokens, double inputShare,
        const Hardware& hardware = Hardware::builtIn());
    // The limits a replica's size is held to: the devices one host takes, or one for a Mac.
    static int maxDevicesPerReplica(const Hardware::Device& device, const Hardware& hardware);
    static const char* limitName(Limit limit); // "memory", "throughput", "units"
    // The speed fields of the `hardware` and `decide` JSON (docs/cli.md): decode per stream,
    // aggregate, prefill, the time to the first token and which of them were measured.
    static void addSpeedJson(nlohmann::json& row, const Sizing& sizing);
    // `base` sized on every device, cheapest first over `months` (hardware + electricity);
    // the devices the model does not fit come last. The device overrides of `base` (price,
    // draw, units) are dropped: each device's own data is used.
    // The cheapest device over `months` that runs `base`'s model (everyDevice's first that
    // fits); none when no device does.
    static std::optional<Sizing> nearestFitting(const SizingInput& base, double monthlyTokens, double inputShare,
        int months, const Hardware& hardware = Hardware::builtIn());
    static std::vector<Sizing> everyDevice(const SizingInput& base, double monthlyTokens, double inputShare, int months,
        const Hardware& hardware = Hardware::builtIn());
};

} // namespace lowregret
