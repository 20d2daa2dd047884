// The team's own llama-bench runs (docs/sizing.md, "Measured runs"): read with the usual limits,
// checked row by row, and matched to the hardware data's models, quantizations and devices.
#include "lowregret/sizing/MeasuredRuns.h"

#include "lowregret/io/JsonReader.h"
#include "lowregret/io/Limits.h"
#include "lowregret/io/ObjectReader.h"
#include "lowregret/io/SafeText.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <string_view>

namespace lowregret {

namespace {

// The most parameters a row may claim: ten times the largest open model there is.
constexpr long long maxParams = 10'000'000'000'000;
constexpr double maxModelBytes = 1e15;
constexpr long long maxGpuLayers = 1'000'000;
// A model matches when its parameters are within this share of the data's total.
constexpr double paramsTolerance = 0.04;

std::string lower(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool isWordChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// How often `needle` stands in `haystack` as words of its own ("RTX 4090" in "NVIDIA GeForce
// RTX 4090", not "A100" in "GA1000"), ignoring the letter case.
int occurrences(const std::string& haystack, const std::string& needle)
{
    if (needle.empty())
        return 0;
    const std::string h = lower(haystack);
    const std::string n = lower(needle);
    int count = 0;
    for (auto at = h.find(n); at != std::string::npos; at = h.find(n, at + n.size())) {
        const bool before = at == 0 || !isWordChar(h[at - 1]);
        const bool after = at + n.size() == h.size() || !isWordChar(h[at + n.size()]);
        if (before && after)
            ++count;
    }
    return count;
}

std::vector<std::string> words(const std::string& text)
{
    std::vector<std::string> out;
    std::string word;
    for (const char c : text) {
        if (c == ' ') {
            if (!word.empty())
                out.push_back(std::move(word));
            word.clear();
        } else {
            word.push_back(c);
        }
    }
    if (!word.empty())
        out.push_back(std::move(word));
    return out;
}

// "llama 8B Q4_K - Medium": the architecture, the size, then llama.cpp's name of the file type.
std::string quantizationOf(const std::string& modelType)
{
    auto w = words(modelType);
    if (w.size() < 3)
        return {};
    if (w.back() == "(guessed)") // llama.cpp's mark for a type it inferred from the tensors
        w.pop_back();
    std::string type;
    for (std::size_t i = 2; i < w.size(); ++i)
        type += (type.empty() ? "" : " ") + w[i];
    static const std::pair<const char*, const char*> names[] = {
        { "Q4_K - Medium", "q4_k_m" },
        { "Q5_K - Medium", "q5_k_m" },
        { "Q8_0", "q8_0" },
        { "F16", "fp16" },
        { "BF16", "fp16" },
        { "MXFP4", "mxfp4" },
        { "MXFP4 MoE", "mxfp4" },
    };
    for (const auto& [name, id] : names)
        if (type == name)
            return id;
    return {};
}

// Whether the architecture word of the row ("llama", "qwen3moe", "gpt-oss") names the model:
// the word, without llama.cpp's "moe" ending, is part of the model's id or name.
bool architectureAgrees(const std::string& modelType, const Hardware::Model& model)
{
    const auto w = words(modelType);
    if (w.empty())
        return false;
    std::string family = lower(w.front());
    if (family.size() > 3 && family.ends_with("moe"))
        family.resize(family.size() - 3);
    if (family.empty())
        return false;
    // "gemma3" names gemma-3-27b, "qwen2" Qwen2.5-Coder, "gpt-oss" gpt-oss-20b: compared
    // without hyphens, dots and spaces.
    const auto bare = [](std::string text) {
        std::erase_if(text, [](char c) { return c == '-' || c == '.' || c == ' ' || c == '_'; });
        return text;
    };
    family = bare(family);
    return !family.empty()
        && (bare(lower(model.id)).find(family) != std::string::npos
            || bare(lower(model.name)).find(family) != std::string::npos);
}

std::string modelOf(const MeasuredRun& run, const Hardware& hw)
{
    // Of the models of about this size, the first whose architecture agrees; none when none
    // does: a Qwen3 8B's speed is no measure of a Llama of the same size.
    for (const auto& m : hw.models) {
        const double total = m.totalB * 1e9;
        if (!(total > 0.0) || std::abs(run.modelParams - total) > paramsTolerance * total)
            continue;
        if (architectureAgrees(run.modelType, m))
            return m.id;
    }
    return {};
}

// Only the CPU ran it: no backend but "CPU", or the CPU libraries "BLAS" and "ZenDNN" (as
// llama-bench itself tells a CPU build). A row without `backends` does not say.
bool cpuOnly(const std::string& backends)
{
    if (backends.find_first_not_of(' ') == std::string::npos)
        return false;
    std::size_t start = 0;
    while (start <= backends.size()) {
        const auto end = std::min(backends.find(',', start), backends.size());
        std::string name = backends.substr(start, end - start);
        const auto first = name.find_first_not_of(' ');
        name = first == std::string::npos ? std::string() : name.substr(first, name.find_last_not_of(' ') - first + 1);
        const auto n = lower(name);
        if (!n.empty() && n != "cpu" && n != "blas" && n != "zendnn")
            return false;
        start = end + 1;
    }
    return true;
}

void matchDevice(MeasuredRun& run, const Hardware& hw)
{
    run.device.clear();
    run.devices = 1;
    if (run.gpuLayers == 0 || cpuOnly(run.backends))
        return;
    std::string found;
    int count = 0;
    for (const auto& d : hw.devices) {
        // The name and the other names each count the same cards: the most any of them finds.
        int most = occurrences(run.gpuInfo, d.name);
        for (const auto& name : d.matches)
            most = std::max(most, occurrences(run.gpuInfo, name));
        if (most == 0)
            continue;
        if (!found.empty())
            return; // cards of two kinds: no setup the sizing knows
        found = d.id;
        count = most;
    }
    run.device = found;
    run.devices = std::max(count, 1);
}

void keep(MeasuredRuns& out, Problems&& problems)
{
    for (auto& p : problems) {
        if (out.problems.size() < MeasuredRuns::maxProblems)
            out.problems.push_back(std::move(p));
        else
            ++out.problemsLeftOut;
    }
}

std::optional<MeasuredRun> readRow(const nlohmann::json& row, const std::string& path, Problems& errors)
{
    const auto before = errors.size();
    ObjectReader r(row, path, errors);
    if (!row.is_object())
        return std::nullopt;
    const auto type = r.string("model_type", true, true);
    const auto params = r.integer("model_n_params", 1, maxParams, true);
    const auto nPrompt = r.integer("n_prompt", 0, limits::maxContextTokens, true);
    const auto nGen = r.integer("n_gen", 0, limits::maxContextTokens, true);
    const auto avgTs = r.number("avg_ts", 0.001, limits::maxTokensPerSecond, true);
    // What llama-bench always writes but a row may leave out: a field that is there is checked.
    const auto fileName = r.string("model_filename", false, false);
    const auto size = r.number("model_size", 0.0, maxModelBytes, false);
    const auto backends = r.string("backends", false, false);
    const auto gpuInfo = r.string("gpu_info", false, false);
    const auto layers = r.integer("n_gpu_layers", -1, maxGpuLayers, false);
    const auto depth = r.integer("n_depth", 0, limits::maxContextTokens, false);
    const auto stddev = r.number("stddev_ts", 0.0, limits::maxTokensPerSecond, false);
    // Any field that is there but wrong keeps the row out: it is never read as a zero.
    if (errors.size() != before)
        return std::nullopt;
    if (*nPrompt == 0 && *nGen == 0) {
        // Neither a prompt nor a generation: no speed of anything.
        errors.push_back({ .path = r.pathOf("n_gen"),
            .kind = Problem::Kind::OutOfRange,
            .value = "0",
            .min = 1,
            .max = double(limits::maxContextTokens) });
        return std::nullopt;
    }
    MeasuredRun run;
    // Texts from the file are kept as plain text; the row itself is kept as it was written.
    run.modelType = SafeText::name(*type);
    run.modelFilename = SafeText::name(fileName.value_or(""), SafeText::maxTextChars);
    run.backends = SafeText::name(backends.value_or(""));
    run.gpuInfo = SafeText::name(gpuInfo.value_or(""), SafeText::maxTextChars);
    run.modelParams = double(*params);
    run.modelSizeBytes = size.value_or(0.0);
    run.gpuLayers = layers ? int(*layers) : -1;
    run.nPrompt = int(*nPrompt);
    run.nGen = int(*nGen);
    run.nDepth = depth ? int(*depth) : 0;
    run.avgTs = *avgTs;
    run.stddevTs = stddev.value_or(0.0);
    run.row = row;
    return run;
}

// A row for a run that was made in code rather than read: the fields a run is read from.
nlohmann::json rowOf(const MeasuredRun& run)
{
    return { { "model_filename", run.modelFilename }, { "model_type", run.modelType },
        { "model_size", run.modelSizeBytes }, { "model_n_params", run.modelParams }, { "backends", run.backends },
        { "gpu_info", run.gpuInfo }, { "n_gpu_layers", run.gpuLayers }, { "n_prompt", run.nPrompt },
        { "n_gen", run.nGen }, { "n_depth", run.nDepth }, { "avg_ts", run.avgTs }, { "stddev_ts", run.stddevTs } };
}

} // namespace

void MeasuredRuns::match(MeasuredRun& run, const Hardware& hw)
{
    run.model = modelOf(run, hw);
    run.quantization = quantizationOf(run.modelType);
    if (!run.quantization.empty() && !hw.quantization(run.quantization))
        run.quantization.clear();
    matchDevice(run, hw);
}

MeasuredRuns MeasuredRuns::fromJson(const nlohmann::json& rows, const std::string& path, const Hardware& hw)
{
    MeasuredRuns out;
    if (!rows.is_array()) {
        out.problems.push_back({ .path = path, .kind = Problem::Kind::NotLlamaBench });
        return out;
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        Problems errors;
        auto run = readRow(rows[i], path + "[" + std::to_string(i) + "]", errors);
        keep(out, std::move(errors));
        if (!run)
            continue;
        match(*run, hw);
        out.runs.push_back(std::move(*run));
    }
    if (out.runs.empty())
        keep(out, { { .path = path, .kind = Problem::Kind::NotLlamaBench, .value = "empty" } });
    return out;
}

MeasuredRuns MeasuredRuns::fromText(const std::string& text, const std::string& path, const Hardware& hw)
{
    Problems errors;
    const auto json = JsonReader::parse(text, path, { .maxBytes = maxFileBytes, .maxDepth = maxDepth }, errors);
    if (!json) {
        MeasuredRuns out;
        out.problems = std::move(errors);
        return out;
    }
    return fromJson(*json, path, hw);
}

MeasuredRuns MeasuredRuns::readFile(const std::string& fileName, const Hardware& hw)
{
    Problems errors;
    const auto json = JsonReader::readFile(fileName, { .maxBytes = maxFileBytes, .maxDepth = maxDepth }, errors);
    if (!json) {
        MeasuredRuns out;
        out.problems = std::move(errors);
        return out;
    }
    return fromJson(*json, fileName, hw);
}

const MeasuredRun* MeasuredRuns::generation(const std::string& model, const std::string& quantization,
    const std::string& device, int devices, double depth) const
{
    const MeasuredRun* best = nullptr;
    for (const auto& r : runs) {
        if (!r.isGeneration() || !r.matched() || r.model != model || r.quantization != quantization
            || r.device != device || r.devices != devices)
            continue;
        // The first of those equally near.
        if (!best || std::abs(r.nDepth - depth) < std::abs(best->nDepth - depth))
            best = &r;
    }
    return best;
}

const MeasuredRun* MeasuredRuns::prompt(
    const std::string& model, const std::string& quantization, const std::string& device, int devices) const
{
    const MeasuredRun* best = nullptr;
    for (const auto& r : runs) {
        if (!r.isPrompt() || !r.matched() || r.model != model || r.quantization != quantization || r.device != device
            || r.devices != devices)
            continue;
        // The longest prompt; of those, the one with the least context before it, then the first.
        if (!best || r.nPrompt > best->nPrompt || (r.nPrompt == best->nPrompt && r.nDepth < best->nDepth))
            best = &r;
    }
    return best;
}

nlohmann::json MeasuredRuns::rows() const
{
    nlohmann::json out = nlohmann::json::array();
    for (const auto& r : runs)
        out.push_back(r.row.is_object() ? r.row : rowOf(r));
    return out;
}

void MeasuredRuns::append(const MeasuredRuns& other)
{
    runs.insert(runs.end(), other.runs.begin(), other.runs.end());
    for (const auto& p : other.problems) {
        if (problems.size() < maxProblems)
            problems.push_back(p);
        else
            ++problemsLeftOut;
    }
    problemsLeftOut += other.problemsLeftOut;
}

} // namespace lowregret
