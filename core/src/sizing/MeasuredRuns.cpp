#include "lowregret/sizing/MeasuredRuns.h"

#include <cmath>

namespace lowregret {

const MeasuredRun* MeasuredRuns::generation(const std::string& model, const std::string& quantization,
    const std::string& device, int devices, double depth) const
{
    const MeasuredRun* best = nullptr;
    for (const auto& r : runs)
        if (r.isGeneration() && r.model == model && r.quantization == quantization && r.device == device
            && r.devices == devices
            && (!best || std::abs(r.nDepth - depth) < std::abs(best->nDepth - depth)))
            best = &r;
    return best;
}

const MeasuredRun* MeasuredRuns::prompt(
    const std::string& model, const std::string& quantization, const std::string& device, int devices) const
{
    const MeasuredRun* best = nullptr;
    for (const auto& r : runs)
        if (r.isPrompt() && r.model == model && r.quantization == quantization && r.device == device
            && r.devices == devices && (!best || r.nPrompt > best->nPrompt))
            best = &r;
    return best;
}

} // namespace lowregret
