#include "lowregret/sizing/Sizing.h"

#include "lowregret/sizing/Speed.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lowregret {

namespace {

constexpr double kSecondsPerHour = 3600.0;
// Without a model, the speed is estimated for the guide's usual local model.
constexpr const char* kReferenceModel = "llama-3.1-8b";

} // namespace

int Sizing::maxDevicesPerReplica(const Hardware::Device& device, const Hardware& hardware)
{
    const auto* host = device.host.empty() ? nullptr : hardware.host(device.host);
    return host ? host->maxDevices : 1;
}

const char* Sizing::limitName(Limit limit)
{
    switch (limit) {
    case Limit::Memory:
        return "memory";
    case Limit::Throughput:
        return "throughput";
    case Limit::Units:
        return "units";
    }
    return "memory";
}

Sizing Sizing::size(const SizingInput& in, double monthlyTokens, double inputShare, const Hardware& hw)
{
    Sizing out;
    out.device = in.device;
    const auto* device = hw.device(in.device);
    if (!device) { // refused when the scenario is read; here only for a caller's own input
        out.fits = false;
        return out;
    }
    const auto& kind = hw.kind(device->kind);
    const auto* engine = hw.engine(in.engine);
    if (!engine)
        engine = hw.engine("ollama");
    const auto* host = device->host.empty() ? nullptr : hw.host(device->host);
    const auto* memoryHost = host; // its memory holds offloaded experts, priced or not

    out.deviceUsd = in.deviceUsd.value_or(device->usd);
    out.hostUsd = in.hostUsd.value_or(host ? host->usd : 0.0);
    if (out.hostUsd == 0.0)
        host = nullptr; // a host price of 0: no host, so no host's draw either
    const double activeW = in.activeW.value_or(device->activeW);
    const double idleW = in.idleW.value_or(device->idleW);

    // Memory: weights + KV cache for the context × concurrent streams + the runtime's overhead.
    const auto* model = in.model.empty() ? nullptr : hw.model(in.model);
    out.fitChecked = model != nullptr;
    const auto* speedModel = model ? model : hw.model(kReferenceModel);
    out.model = model ? model->id : std::string();
    // Without a model the reference runs at its usual quantization, as the result says.
    const std::string qid = model && !in.quantization.empty() ? in.quantization : speedModel->defaultQuantization;
    const auto* quant = hw.quantization(qid);
    if (!quant) // refused when the scenario is read; a caller's own id falls back to FP16
        quant = hw.quantization("fp16");
    const double bits = quant ? quant->bitsPerWeight : 16.0;
    out.quantization = quant ? quant->id : qid;
    const double usablePerDevice = device->memoryGb * kind.usableMemory;
    const int maxPerReplica = maxDevicesPerReplica(*device, hw);
    const double usableRam
        = memoryHost && memoryHost->ramBandwidthGbs > 0 ? memoryHost->ramGb * kind.usableMemory : 0.0;
    if (model) {
        out.weightsGb = model->totalB * bits / 8.0;
        out.kvCacheGb = model->kvGbPerToken() * in.contextTokens * std::max(1, in.concurrency);
        out.overheadGb = engine ? engine->overheadGb : 0.0;
        out.memoryNeededGb = out.weightsGb + out.kvCacheGb + out.overheadGb;
        out.devicesPerReplica = std::max(1, static_cast<int>(std::ceil(out.memoryNeededGb / usablePerDevice - 1e-9)));
        out.fits = out.devicesPerReplica <= maxPerReplica;
        // An MoE too large for the devices may keep experts in the host's memory, when the
        // engine allows: what does not fit there is read from system memory each token.
        // With the user's own count of devices, the experts spill from those; else from as
        // many as one host takes.
        const int cards = in.units ? std::clamp(*in.units, 1, maxPerReplica) : maxPerReplica;
        const double spill = out.memoryNeededGb - usablePerDevice * cards;
        if (!out.fits && model->mixtureOfExperts() && engine && engine->offloadsExperts && spill > 0
            && spill <= usableRam && spill < out.weightsGb) {
            out.devicesPerReplica = cards;
            out.offloadedGb = spill;
            out.fits = true;
            out.warnings.push_back(expertsOffloaded);
        }
    } else {
        // No model: the fixed devices are one replica, as many as one host takes.
        out.devicesPerReplica = in.units ? std::clamp(*in.units, 1, maxPerReplica) : 1;
        out.warnings.push_back(fitNotChecked);
    }
    out.memoryUsableGb = usablePerDevice * out.devicesPerReplica;

    // Speed (docs/sizing.md, "Speed"): decode at the context's depth, the batch of
    // `concurrency` streams, prefill and the time to the first token of a prompt that is the
    // context's input share; a run the team measured stands in for the estimate.
    out.promptTokens = in.contextTokens * std::clamp(inputShare, 0.0, 1.0);
    out.decodeDepth = in.contextTokens;
    out.concurrency = std::max(1, in.concurrency);
    Speed::Input speedIn { .device = device,
        .model = speedModel,
        .quantization = quant,
        .engine = engine,
        .devices = out.devicesPerReplica,
        .depth = in.contextTokens,
        .concurrency = std::max(1, in.concurrency),
        .promptTokens = out.promptTokens,
        .offloadedShare = out.weightsGb > 0 ? out.offloadedGb / out.weightsGb : 0.0,
        .ramBandwidthGbs = memoryHost ? memoryHost->ramBandwidthGbs : 0.0 };
    // llama-bench runs llama.cpp: its runs stand in for the engines that run llama.cpp only. A
    // run of a model of the same shape (a distill of the same base) measures this one too.
    const MeasuredRun* gen = nullptr;
    const MeasuredRun* pp = nullptr;
    if (engine && engine->llamaBenchRuns) {
        for (const auto& m : hw.models) {
            if (m.id != speedModel->id && !m.sameShape(*speedModel))
                continue;
            if (!gen)
                gen = in.measured.generation(
                    m.id, out.quantization, device->id, out.devicesPerReplica, in.contextTokens);
            if (!pp)
                pp = in.measured.prompt(m.id, out.quantization, device->id, out.devicesPerReplica);
        }
    }
    out.decodeMeasured = gen != nullptr;
    out.prefillMeasured = pp != nullptr;
    // Measured as it runs here only for one stream at the run's own depth; otherwise scaled.
    out.decodeScaled = gen
        && (out.concurrency > 1 || std::abs(gen->nDepth - in.contextTokens) > std::max(1.0, 0.01 * in.contextTokens));
    const Speed speed = Speed::withMeasured(speedIn, gen ? std::optional<double>(gen->avgTs) : std::nullopt,
        gen ? gen->nDepth : 0.0, pp ? std::optional<double>(pp->avgTs) : std::nullopt);
    out.decodeTokensPerSecond = speed.decode;
    out.aggregateTokensPerSecond = speed.aggregate;
    out.prefillTokensPerSecond = speed.prefill;
    out.timeToFirstTokenS = speed.timeToFirstToken;
    out.speedBound = Speed::boundName(speed.bound);
    const double share = std::clamp(inputShare, 0.0, 1.0);
    if (in.measuredTokensPerSecond) {
        out.tokensPerSecond = *in.measuredTokensPerSecond;
        out.estimated = false;
    } else {
        // Seconds a token over the mix; a part of none of it costs none (no 0 ÷ 0).
        const double seconds = (share > 0 ? share / out.prefillTokensPerSecond : 0.0)
            + (share < 1 ? (1.0 - share) / out.aggregateTokensPerSecond : 0.0);
        out.tokensPerSecond = seconds > 0 && std::isfinite(seconds) ? 1.0 / seconds : 0.0;
        out.estimated = !(out.decodeMeasured && out.prefillMeasured);
        if (out.estimated)
            out.warnings.push_back(speedEstimated);
    }

    // Capacity: replicas to stay at or under the maximum utilisation, or the user's count.
    const double hours = in.poweredHoursPerMonth;
    const double replicaCapacity = out.tokensPerSecond * hours * kSecondsPerHour;
    // Counts in double first: a hostile file's figures must not overflow an int.
    constexpr double mostUnits = 1'000'000.0;
    if (in.units) {
        out.limitedBy = Limit::Units;
        out.units = std::max(0, *in.units);
        out.replicas = out.units / out.devicesPerReplica; // 0: too few devices to hold one replica
    } else {
        const double usable = replicaCapacity * in.maxUtilisation;
        const double needed = usable > 0 && std::isfinite(usable) ? std::ceil(monthlyTokens / usable - 1e-9) : 1.0;
        const double replicas = std::clamp(needed, 1.0, mostUnits / out.devicesPerReplica);
        out.replicas = static_cast<int>(replicas);
        out.limitedBy = out.replicas > 1 ? Limit::Throughput : Limit::Memory;
        out.units = out.replicas * out.devicesPerReplica;
    }
    if (model && !out.fits) {
        // No count of this device can hold the model: nothing is bought, drawn or priced.
        out.warnings.insert(out.warnings.begin(), modelDoesNotFit);
        out.units = out.replicas = 0;
        out.fits = out.canServe = false;
        out.memoryUsableGb = usablePerDevice * maxPerReplica; // the most one replica can have
        out.utilisation = std::numeric_limits<double>::infinity();
        return out;
    }
    out.capacityTokensPerMonth = std::isfinite(replicaCapacity) ? replicaCapacity * out.replicas : 0.0;
    // No capacity (fixed devices too few for one replica, or no speed): it cannot serve the
    // usage at all, and says so; utilisation is then infinite, and its busy hours all of them.
    if (out.capacityTokensPerMonth > 0)
        out.utilisation = monthlyTokens / out.capacityTokensPerMonth;
    else
        out.utilisation = monthlyTokens > 0 ? std::numeric_limits<double>::infinity() : 0.0;
    out.canServe = out.utilisation <= 1.0 + 1e-9;
    if (!out.canServe)
        out.warnings.push_back(unitsTooFew);
    else if (out.utilisation > in.maxUtilisation * (1.0 + 1e-9))
        out.warnings.push_back(overUtilisation);

    // Money: devices and hosts up front; electricity for the busy hours at the serving draw and
    // the rest of the powered-on hours at idle. A host holds whole replicas only.
    if (host) {
        const int replicasPerHost = std::max(1, host->maxDevices / out.devicesPerReplica);
        const int spare = out.units - out.replicas * out.devicesPerReplica; // fixed units beyond whole replicas
        out.hosts = (out.replicas + replicasPerHost - 1) / replicasPerHost
            + (spare + host->maxDevices - 1) / host->maxDevices;
    } else {
        out.hosts = 0;
    }
    out.servingHoursPerMonth = out.canServe ? std::min(hours, out.utilisation * hours) : hours;
    const double busyW = activeW * out.units + (host ? host->activeW * out.hosts : 0.0);
    const double restW = idleW * out.units + (host ? host->idleW * out.hosts : 0.0);
    out.energyKwhPerMonth = (busyW * out.servingHoursPerMonth + restW * (hours - out.servingHoursPerMonth)) / 1000.0;
    out.electricityUsdPerMonth = out.energyKwhPerMonth * in.electricityUsdPerKwh;
    out.hardwareUsd = out.units * out.deviceUsd + out.hosts * out.hostUsd;
    return out;
}

void Sizing::addSpeedJson(nlohmann::json& row, const Sizing& s)
{
    const auto source = [](bool measured) { return measured ? "measured" : "estimated"; };
    row["decode_tokens_per_second"] = s.decodeTokensPerSecond;
    row["aggregate_tokens_per_second"] = s.aggregateTokensPerSecond;
    row["prefill_tokens_per_second"] = s.prefillTokensPerSecond;
    row["time_to_first_token_s"] = s.timeToFirstTokenS;
    row["prompt_tokens"] = s.promptTokens;
    row["speed_source"] = source(s.decodeMeasured);
    row["decode_source"] = source(s.decodeMeasured);
    row["decode_scaled_from_run"] = s.decodeScaled;
    row["prefill_source"] = source(s.prefillMeasured);
    row["aggregate_bound"] = s.speedBound;
    row["experts_in_system_memory_gb"] = s.offloadedGb;
}

std::vector<Sizing> Sizing::everyDevice(
    const SizingInput& base, double monthlyTokens, double inputShare, int months, const Hardware& hw)
{
    std::vector<Sizing> rows;
    for (const auto& device : hw.devices) {
        SizingInput in = base;
        in.device = device.id;
        in.units.reset();
        in.deviceUsd.reset();
        in.hostUsd.reset();
        in.activeW.reset();
        in.idleW.reset();
        rows.push_back(size(in, monthlyTokens, inputShare, hw));
    }
    const auto total = [months](const Sizing& s) { return s.hardwareUsd + s.electricityUsdPerMonth * months; };
    std::stable_sort(rows.begin(), rows.end(), [&](const Sizing& a, const Sizing& b) {
        if (a.fits != b.fits)
            return a.fits;
        return total(a) < total(b);
    });
    return rows;
}

std::optional<Sizing> Sizing::nearestFitting(
    const SizingInput& base, double monthlyTokens, double inputShare, int months, const Hardware& hw)
{
    auto rows = everyDevice(base, monthlyTokens, inputShare, months, hw);
    if (rows.empty() || !rows.front().fits)
        return std::nullopt;
    return rows.front();
}

} // namespace lowregret
