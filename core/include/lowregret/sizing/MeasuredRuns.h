#pragma once

#include "lowregret/io/Problem.h"
#include "lowregret/sizing/Hardware.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace lowregret {

// One row of `llama-bench -o json`: a model run on a device at one prompt or generation
// length (docs/sizing.md, "Measured runs"). A row with `n_gen` 0 measures prompt processing,
// a row with `n_prompt` 0 generation.
struct MeasuredRun {
    // As the row gives them.
    std::string modelFilename;
    std::string modelType; // "llama 8B Q4_K - Medium"
    double modelParams = 0.0; // model_n_params
    double modelSizeBytes = 0.0; // model_size
    std::string backends; // "CUDA", "Metal,BLAS"
    std::string gpuInfo; // "NVIDIA GeForce RTX 4090"
    int gpuLayers = 0; // n_gpu_layers; -1 when the row does not say (or llama-bench's -1, all layers)
    int nPrompt = 0;
    int nGen = 0;
    int nDepth = 0; // tokens already in the context when the test ran; 0 in older versions
    double avgTs = 0.0; // tokens a second
    double stddevTs = 0.0;
    nlohmann::json row; // the row as llama-bench wrote it, saved back unchanged

    // Matched against the hardware data; empty when nothing there matches.
    std::string model; // a Hardware model id
    std::string quantization; // a Hardware quantization id
    std::string device; // a Hardware device id
    int devices = 1; // how many of that device the run used (the cards gpu_info names)

    [[nodiscard]] bool isPrompt() const { return nGen == 0 && nPrompt > 0; }
    [[nodiscard]] bool isGeneration() const { return nPrompt == 0 && nGen > 0; }
    // Model, quantization and device all matched: the run can stand in for an estimate.
    [[nodiscard]] bool matched() const { return !model.empty() && !quantization.empty() && !device.empty(); }
    bool operator==(const MeasuredRun&) const = default;
};

// The runs of one or more llama-bench files, or of a scenario's `local.sizing.measured_runs`.
struct MeasuredRuns {
    // The limits a file is read with: a llama-bench file of a thousand rows is about 1 MiB,
    // and the runs are saved in a scenario, whose limit is the same.
    static constexpr std::size_t maxFileBytes = 1024 * 1024;
    static constexpr int maxDepth = 16;
    // A hostile file can hold a problem in each of thousands of rows; the first ones say enough.
    static constexpr std::size_t maxProblems = 100;

    std::vector<MeasuredRun> runs;
    Problems problems; // what kept a file or a row from being read, located by path
    std::size_t problemsLeftOut = 0; // problems past `maxProblems`, counted only

    // `text` as `llama-bench -o json` prints it (an array of rows); `path` names the file in
    // problems. A row that is not a run is a problem; the other rows are still read.
    static MeasuredRuns fromText(const std::string& text, const std::string& path, const Hardware& hw);
    static MeasuredRuns fromJson(const nlohmann::json& rows, const std::string& path, const Hardware& hw);
    // A file read with the usual limits (size, UTF-8, depth).
    static MeasuredRuns readFile(const std::string& fileName, const Hardware& hw);
    // The hardware data's names for one run's model, quantization and device, as `run` gives
    // them (docs/sizing.md, "Measured runs"); empty where nothing matches.
    static void match(MeasuredRun& run, const Hardware& hw);

    // The generation run for this model, quantization, device and count whose depth is
    // nearest `depth`; none when there is none.
    [[nodiscard]] const MeasuredRun* generation(const std::string& model, const std::string& quantization,
        const std::string& device, int devices, double depth) const;
    // The prompt run of the longest prompt for this model, quantization, device and count.
    [[nodiscard]] const MeasuredRun* prompt(
        const std::string& model, const std::string& quantization, const std::string& device, int devices) const;
    // The rows as written, to save in a scenario.
    [[nodiscard]] nlohmann::json rows() const;
    void append(const MeasuredRuns& other);
    // Equal when the runs are: problems are what reading found, not what a scenario holds.
    bool operator==(const MeasuredRuns& other) const { return runs == other.runs; }
};

} // namespace lowregret
