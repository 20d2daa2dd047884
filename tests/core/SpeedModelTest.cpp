// The speed model checked against published measurements (tests/data/speed-measurements.json):
// every case of the calibration half within ±25 %, every held-out case within ±35 %.
#include "lowregret/sizing/Hardware.h"
#include "lowregret/sizing/Speed.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>

using lowregret::Hardware;
using lowregret::Speed;

namespace {

const std::filesystem::path table = std::filesystem::path(LOWREGRET_SOURCE_DIR) / "tests/data/speed-measurements.json";

nlohmann::json cases()
{
    std::ifstream in(table);
    return nlohmann::json::parse(in).at("cases");
}

// A device the data does not list, as the case gives it.
Hardware::Device inlineDevice(const nlohmann::json& j)
{
    Hardware::Device d;
    d.name = j.at("name").get<std::string>();
    d.kind = j.at("kind").get<std::string>();
    d.bandwidthGbs = j.at("bandwidth_gbs").get<double>();
    d.tflops = j.at("tflops").get<std::map<std::string, double>>();
    return d;
}

Hardware::Model inlineModel(const nlohmann::json& j)
{
    Hardware::Model m;
    m.name = j.at("name").get<std::string>();
    m.totalB = j.at("total_b").get<double>();
    m.activeB = j.at("active_b").get<double>();
    m.layers = j.at("layers").get<int>();
    m.kvLayers = j.value("kv_layers", m.layers);
    m.kvHeads = j.at("kv_heads").get<int>();
    m.headDim = j.at("head_dim").get<int>();
    return m;
}

double predicted(const nlohmann::json& c)
{
    const Hardware& hw = Hardware::builtIn();
    Hardware::Device device;
    Hardware::Model model;
    if (c.at("device").is_string())
        device = *hw.device(c.at("device").get<std::string>());
    else
        device = inlineDevice(c.at("device"));
    if (c.at("model").is_string())
        model = *hw.model(c.at("model").get<std::string>());
    else
        model = inlineModel(c.at("model"));
    Speed::Input in { .device = &device,
        .model = &model,
        .quantization = hw.quantization(c.at("quantization").get<std::string>()),
        .engine = hw.engine(c.at("engine").get<std::string>()),
        .devices = c.at("devices").get<int>(),
        .depth = c.value("depth", 0.0),
        .concurrency = c.value("concurrency", 1),
        .promptTokens = c.value("prompt", 0.0) };
    const Speed s = Speed::estimate(in);
    const auto metric = c.at("metric").get<std::string>();
    return metric == "prefill" ? s.prefill : metric == "aggregate" ? s.aggregate : s.decode;
}

void checkHalf(const std::string& half, double tolerance)
{
    int checked = 0;
    for (const auto& c : cases()) {
        if (c.at("half") != half)
            continue;
        const double measured = c.at("measured").get<double>();
        const double ratio = predicted(c) / measured;
        const auto id = c.at("id").get<std::string>();
        if (c.contains("model_misses")) {
            // Only a held-out case may be a known miss: the calibration half holds, every case.
            EXPECT_EQ(half, "b") << id << ": a calibration case marked model_misses";
            // A known miss stays a miss: when the model holds it, the mark must go.
            EXPECT_GT(std::abs(ratio - 1.0), tolerance) << id << " now holds: drop its model_misses";
            continue;
        }
        EXPECT_NEAR(ratio, 1.0, tolerance) << id << ": measured " << measured << " (" << c.at("source") << ")";
        ++checked;
    }
    EXPECT_GE(checked, 20) << half;
}

} // namespace

TEST(SpeedModel, TheCalibrationHalfHoldsWithinAQuarter)
{
    checkHalf("a", 0.25);
}

TEST(SpeedModel, TheHeldOutHalfHoldsWithinThirtyFivePercent)
{
    checkHalf("b", 0.35);
}

TEST(SpeedModel, EveryCaseNamesItsSourceDateAndADeviceAndModelTheModelKnows)
{
    const Hardware& hw = Hardware::builtIn();
    for (const auto& c : cases()) {
        const auto id = c.at("id").get<std::string>();
        EXPECT_FALSE(c.at("source").get<std::string>().empty()) << id;
        EXPECT_GE(c.at("date").get<std::string>().size(), 7u) << id;
        if (c.at("device").is_string())
            EXPECT_NE(hw.device(c.at("device").get<std::string>()), nullptr) << id;
        if (c.at("model").is_string())
            EXPECT_NE(hw.model(c.at("model").get<std::string>()), nullptr) << id;
        EXPECT_NE(hw.quantization(c.at("quantization").get<std::string>()), nullptr) << id;
        EXPECT_GT(c.at("measured").get<double>(), 0) << id;
    }
}
