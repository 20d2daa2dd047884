#include "lowregret/sizing/Speed.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lowregret {

namespace {

// How many devices of a replica work at once: all under tensor parallelism (vLLM), one at a
// time when layers are split across them (llama.cpp).
double parallelOf(const Speed::Input& in)
{
    return in.engine->splitsBandwidth ? std::max(1, in.devices) : 1.0;
}

// What one decoding step of `c` streams costs, in seconds, read at the engine's efficiency.
struct Step {
    double weightsGb = 0.0; // the weights `c` streams read together (an MoE's experts they route to)
    double kvGbPerStream = 0.0; // each stream's cache at the depth
    double weightsGbs = 0.0; // bandwidth the weights are read at, device memory
    double kvGbs = 0.0; // bandwidth the cache is read at
    double offloadedShare = 0.0;
    double ramGbs = 0.0;

    [[nodiscard]] double seconds(int c) const
    {
        const double inDevice = weightsGb * (1.0 - offloadedShare) / weightsGbs;
        const double inRam = offloadedShare > 0 && ramGbs > 0 ? weightsGb * offloadedShare / ramGbs : 0.0;
        return inDevice + inRam + c * kvGbPerStream / kvGbs;
    }
};

// The weights `c` streams read in one step: all of a dense model's; of an MoE's, the experts
// at least one stream routes to, each expert taken with the active share's chance.
double weightsReadGb(const Hardware::Model& model, double bits, int c)
{
    const double total = model.totalB * bits / 8.0;
    const double share = std::clamp(model.activeB / model.totalB, 0.0, 1.0);
    return total * (1.0 - std::pow(1.0 - share, std::max(1, c)));
}

Step stepOf(const Speed::Input& in, int c)
{
    const auto& d = *in.device;
    const double parallel = parallelOf(in);
    const double engine = in.engine->decodeOn(d.kind) * d.decodeFactor;
    const double moe = in.model->mixtureOfExperts() ? in.engine->moeDecodeEfficiency : 1.0;
    Step s;
    s.weightsGb = weightsReadGb(*in.model, in.quantization->bitsPerWeight, c);
    s.kvGbPerStream = in.model->kvGbPerToken() * std::max(0.0, in.depth);
    s.kvGbs = engine * d.bandwidthGbs * parallel;
    s.weightsGbs = s.kvGbs * in.quantization->decodeEfficiency * moe;
    s.offloadedShare = std::clamp(in.offloadedShare, 0.0, 1.0);
    s.ramGbs = in.ramBandwidthGbs;
    return s;
}

// Tokens a second every stream of a batch together can reach: what the device computes.
double computeCeiling(const Speed::Input& in)
{
    const double parallel = parallelOf(in);
    return in.engine->batchComputeEfficiency * in.device->fp16Tflops() * 1e12 * parallel
        / (2.0 * in.model->activeB * 1e9);
}

// The engine's own work per stream and step (scheduling, sampling) caps a batch too: the same
// for every device and model. None: no ceiling of its own.
double engineCeiling(const Speed::Input& in)
{
    return in.engine->perStreamStepMs > 0 ? 1000.0 / in.engine->perStreamStepMs
                                          : std::numeric_limits<double>::infinity();
}

// The batch from one stream's speed: it grows as c^exponent until the memory or the compute
// bounds it.
void compose(Speed& out, const Speed::Input& in, double memoryAggregate)
{
    const int c = std::max(1, in.concurrency);
    if (c == 1) {
        out.aggregate = out.singleStream;
        out.bound = Speed::Bound::Memory;
    } else {
        const double streams = out.singleStream * std::pow(c, in.engine->concurrencyExponent);
        const double compute = computeCeiling(in);
        out.aggregate = streams;
        out.bound = Speed::Bound::Streams;
        if (memoryAggregate < out.aggregate) {
            out.aggregate = memoryAggregate;
            out.bound = Speed::Bound::Memory;
        }
        if (compute < out.aggregate) {
            out.aggregate = compute;
            out.bound = Speed::Bound::Compute;
        }
        if (const double engine = engineCeiling(in); engine < out.aggregate) {
            out.aggregate = engine;
            out.bound = Speed::Bound::Engine;
        }
    }
    out.decode = out.aggregate / c;
    out.timeToFirstToken = (out.prefill > 0 ? std::max(0.0, in.promptTokens) / out.prefill : 0.0)
        + (out.decode > 0 ? 1.0 / out.decode : 0.0);
}

double prefillOf(const Speed::Input& in)
{
    const double parallel = parallelOf(in);
    const double moe = in.model->mixtureOfExperts() ? in.engine->moePrefillEfficiency : 1.0;
    return in.engine->prefillOn(in.device->kind) * in.device->prefillFactor * moe * in.device->fp16Tflops() * 1e12
        * parallel / (2.0 * in.model->activeB * 1e9);
}

// Every figure a speed is made from is there: without one, every speed is 0.
bool complete(const Speed::Input& in)
{
    return in.device && in.model && in.quantization && in.engine && in.model->activeB > 0;
}

} // namespace

Speed Speed::estimate(const Input& in)
{
    Speed out;
    if (!complete(in))
        return out;
    const int c = std::max(1, in.concurrency);
    out.singleStream = 1.0 / stepOf(in, 1).seconds(1);
    out.prefill = prefillOf(in);
    compose(out, in, c / stepOf(in, c).seconds(c));
    return out;
}

Speed Speed::withMeasured(
    const Input& in, std::optional<double> decodeAt, double measuredDepth, std::optional<double> prefill)
{
    Speed out = estimate(in);
    if (!complete(in))
        return out;
    const int c = std::max(1, in.concurrency);
    double scale = 1.0;
    if (decodeAt && *decodeAt > 0) {
        // The run's speed at its depth, moved to this depth as the estimate moves.
        Input atRun = in;
        atRun.depth = measuredDepth;
        atRun.concurrency = 1;
        const double estimatedAtRun = estimate(atRun).singleStream;
        scale = estimatedAtRun > 0 ? *decodeAt / estimatedAtRun : 1.0;
    }
    if (prefill && *prefill > 0)
        out.prefill = *prefill;
    out.singleStream *= scale;
    compose(out, in, scale * c / stepOf(in, c).seconds(c));
    return out;
}

const char* Speed::boundName(Bound bound)
{
    switch (bound) {
    case Bound::Streams:
        return "streams";
    case Bound::Memory:
        return "memory";
    case Bound::Compute:
        return "compute";
    case Bound::Engine:
        return "engine";
    }
    return "streams";
}

} // namespace lowregret
