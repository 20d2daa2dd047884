#pragma once

#include "lowregret/sizing/Hardware.h"

#include <optional>

namespace lowregret {

// How fast one replica of a model runs on its devices (docs/sizing.md, "Speed"): decode,
// batched throughput, prefill and the time to the first token, each apart from the others.
struct Speed {
    enum class Bound { Streams, Memory, Compute, Engine }; // what holds the aggregate back

    struct Input {
        const Hardware::Device* device = nullptr;
        const Hardware::Model* model = nullptr;
        const Hardware::Quantization* quantization = nullptr;
        const Hardware::Engine* engine = nullptr;
        int devices = 1; // in the replica
        double depth = 0.0; // tokens already in the context while decoding
        int concurrency = 1; // streams decoding together
        double promptTokens = 0.0; // for the time to the first token
        // The share of the weights kept in system memory (an MoE's experts), read at this speed.
        double offloadedShare = 0.0;
        double ramBandwidthGbs = 0.0;
    };

    double singleStream = 0.0; // one stream alone, tokens a second
    double decode = 0.0; // one stream while `concurrency` run together
    double aggregate = 0.0; // every stream together
    double prefill = 0.0; // prompt tokens a second
    double timeToFirstToken = 0.0; // seconds: the prompt, then one token
    Bound bound = Bound::Streams;

    static Speed estimate(const Input& in);
    // The same with a measured one-stream decode (at `measuredDepth`) and prefill standing in
    // for the estimate's: the depth and the concurrency scale them as they scale the estimate.
    static Speed withMeasured(
        const Input& in, std::optional<double> decodeAt, double measuredDepth, std::optional<double> prefill);
    static const char* boundName(Bound bound); // "streams", "memory", "compute", "engine"
};

} // namespace lowregret
