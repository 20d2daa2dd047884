// lowregret-cli hardware: which device serves a model at a usage, and what it costs.
#include "CliApp.h"
#include "CliText.h"
#include "TextLayout.h"

#include "lowregret/costs/CostModel.h"
#include "lowregret/io/Format.h"
#include "lowregret/outcome/Evaluation.h"
#include "lowregret/sizing/Hardware.h"
#include "lowregret/sizing/MeasuredRuns.h"
#include "lowregret/sizing/Sizing.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <ostream>

namespace lowregret::cli {

int CliApp::hardware()
{
    const Hardware& hw = Hardware::builtIn();
    if (m_model.empty())
        return usageError("--model" + CliText::get(":", m_lang) + CliText::get("missing_value", m_lang)
            + CliText::get("(", m_lang) + hw.modelIds() + CliText::get(")", m_lang));
    const auto refuse = [&](const std::string& option, const std::string& value, const std::string& allowed) {
        return usageError(option + " " + value + CliText::get(":", m_lang) + CliText::get("bad_value", m_lang)
            + CliText::get("(", m_lang) + allowed + CliText::get(")", m_lang));
    };
    const auto* model = hw.model(m_model);
    if (!model)
        return refuse("--model", m_model, hw.modelIds());
    if (!m_quantization.empty() && !hw.quantization(m_quantization))
        return refuse("--quantization", m_quantization, hw.quantizationIds());
    if (!m_engine.empty() && !hw.engine(m_engine))
        return refuse("--engine", m_engine, hw.engineIds());

    // The scenario, when given, brings its cloud price, its horizon and the sizing's other
    // inputs (hours on, electricity price…); the options override it.
    const Guide* guide = this->guide();
    if (!guide)
        return BadInput;
    std::optional<Scenario> scenario;
    if (!m_sizingScenario.empty()) {
        std::optional<Catalog> catalog;
        const auto evaluation = Evaluation::run(
            { .file = m_sizingScenario }, *guide,
            [&]() -> const Catalog* {
                catalog = loadCatalog();
                return &*catalog;
            },
            false);
        if (!evaluation.scenario || evaluation.failedAt) {
            for (const auto& p : evaluation.errors)
                fail(m_sizingScenario + CliText::get(":", m_lang) + p.describe(m_lang));
            return BadInput;
        }
        scenario = evaluation.scenario;
    }
    const auto& d = guide->defaults();
    SizingInput base = scenario && scenario->local.sizing ? *scenario->local.sizing : SizingInput {};
    base.model = m_model;
    if (!m_quantization.empty())
        base.quantization = m_quantization;
    else if (base.quantization.empty()
        || !std::count(model->quantizations.begin(), model->quantizations.end(), base.quantization))
        base.quantization = model->defaultQuantization;
    if (!m_engine.empty())
        base.engine = m_engine;
    if (m_context)
        base.contextTokens = *m_context;
    if (m_concurrency)
        base.concurrency = static_cast<int>(*m_concurrency);
    base.measuredTokensPerSecond.reset(); // a measurement is one device's, not every device's
    // The team's llama-bench runs, after those the scenario saved: each run stands for its own
    // device only. A file with no run is refused; a bad row is warned of and left out.
    for (const auto& file : m_measuredFiles) {
        const auto runs = MeasuredRuns::readFile(file, hw);
        if (runs.runs.empty()) {
            for (const auto& p : runs.problems)
                failIn(file, p);
            return BadInput;
        }
        for (const auto& p : runs.problems)
            warn({}, p.describe(m_lang));
        if (runs.problemsLeftOut > 0)
            warn(file,
                "…" + CliText::get("(", m_lang) + std::to_string(runs.problemsLeftOut) + CliText::get(")", m_lang));
        base.measured.append(runs);
    }
    const double tokens = m_monthlyTokens.value_or(
        scenario && scenario->answers.monthlyTokens ? *scenario->answers.monthlyTokens : d.exampleMonthlyTokens);
    const double share = m_inputShare.value_or(scenario ? scenario->inputShare : d.inputShare);
    const int months = scenario ? scenario->horizonMonths : 12;
    const auto rows = Sizing::everyDevice(base, tokens, share, months, hw);

    const auto breakeven = [&](const Sizing& s) {
        return scenario ? CostModel::breakevenOfSetup(*scenario, s, tokens, share) : std::nullopt;
    };

    if (m_format == "json") {
        nlohmann::json devices = nlohmann::json::array();
        for (const auto& s : rows) {
            nlohmann::json j { { "device", s.device }, { "fits", s.fits },
                { "devices_per_replica", s.devicesPerReplica }, { "replicas", s.replicas }, { "units", s.units },
                { "hosts", s.hosts }, { "limited_by", Sizing::limitName(s.limitedBy) },
                { "memory_needed_gb", s.memoryNeededGb }, { "memory_usable_gb", s.memoryUsableGb },
                { "tokens_per_second", s.tokensPerSecond }, { "estimated", s.estimated },
                { "capacity_tokens_per_month", s.capacityTokensPerMonth }, { "utilisation", s.utilisation },
                { "hardware_usd", s.hardwareUsd }, { "electricity_usd_per_month", s.electricityUsdPerMonth },
                { "energy_kwh_per_month", s.energyKwhPerMonth }, { "warnings", s.warnings } };
            Sizing::addSpeedJson(j, s);
            if (scenario) {
                const auto b = breakeven(s);
                j["breakeven_months"] = b ? nlohmann::json(*b) : nlohmann::json(nullptr);
            }
            devices.push_back(std::move(j));
        }
        m_out << nlohmann::json { { "model", m_model }, { "quantization", base.quantization },
            { "engine", base.engine }, { "monthly_tokens", tokens }, { "input_share", share },
            { "context_tokens", static_cast<long long>(base.contextTokens) }, { "concurrency", base.concurrency },
            { "hardware_checked", hw.checked }, { "devices", std::move(devices) } }
                     .dump(2)
              << "\n";
        return Ok;
    }

    const auto wrapped = [this](const std::string& text) {
        for (const auto& line : TextLayout::wrap(text, 80))
            m_out << line << "\n";
    };
    wrapped(CliText::format("hardware_heading", m_lang,
        { model->name, hw.quantization(base.quantization)->name, Format::tokens(tokens, m_lang), Format::percent(share),
            hw.engine(base.engine)->name }));
    m_out << "\n";
    std::size_t nameWidth = 12;
    for (const auto& s : rows)
        if (const auto* device = hw.device(s.device))
            nameWidth = std::max(nameWidth, TextLayout::displayWidth(device->name) + 2);
    m_out << TextLayout::padRight(CliText::get("hw.device", m_lang), nameWidth)
          << TextLayout::padLeft(CliText::get("hw.units", m_lang), 6)
          << TextLayout::padLeft(CliText::get("hw.busy", m_lang), 8)
          << TextLayout::padLeft(CliText::get("hw.decode", m_lang), 8)
          << TextLayout::padLeft(CliText::get("hw.ttft", m_lang), 10)
          << TextLayout::padLeft(CliText::get("hw.upfront", m_lang), 14)
          << TextLayout::padLeft(CliText::get("hw.power", m_lang), 13)
          << (scenario ? TextLayout::padLeft(CliText::get("hw.breakeven", m_lang), 14) : std::string()) << "\n";
    for (const auto& s : rows) {
        const auto* device = hw.device(s.device);
        std::string line = TextLayout::padRight(device ? device->name : s.device, nameWidth);
        if (!s.fits) {
            line += "  " + CliText::format("hw.no_fit", m_lang, { Format::compactNumber(s.memoryNeededGb, 1) });
            m_out << line << "\n";
            continue;
        }
        const std::string measured = s.decodeMeasured ? "*" : "";
        line += TextLayout::padLeft(Format::number(s.units, 0), 6)
            + TextLayout::padLeft(Format::percent(s.utilisation), 8)
            + TextLayout::padLeft(
                measured + Format::number(s.decodeTokensPerSecond, s.decodeTokensPerSecond < 100 ? 1 : 0), 8)
            + TextLayout::padLeft(Format::number(s.timeToFirstTokenS, s.timeToFirstTokenS < 10 ? 1 : 0) + " s", 10)
            + TextLayout::padLeft(Format::money(s.hardwareUsd, m_lang), 14)
            + TextLayout::padLeft(Format::money(s.electricityUsdPerMonth, m_lang), 13);
        if (scenario)
            line += TextLayout::padLeft(Format::months(breakeven(s), m_lang), 14);
        m_out << line << "\n";
    }
    m_out << "\n";
    wrapped(CliText::format(
        "hw.note", m_lang, { hw.checked, Format::number(rows.empty() ? 0.0 : rows.front().promptTokens, 0) }));
    return Ok;
}

} // namespace lowregret::cli
