// `lowregret-cli usage FILE...`: the usage exports read month by month (docs/cli.md).
#include "CliApp.h"
#include "CliText.h"
#include "TextLayout.h"

#include "lowregret/io/Format.h"
#include "lowregret/io/TextFile.h"
#include "lowregret/scenario/Scenario.h"
#include "lowregret/usage/UsageImport.h"

#include <cmath>

namespace lowregret::cli {

namespace {

std::string count(double v)
{
    return Format::number(v, 0);
}

std::string signedPercent(double share)
{
    return (share > 0 ? "+" : "") + Format::percent(share);
}

} // namespace

int CliApp::usage()
{
    UsageImport import;
    bool failed = false;
    for (const auto& file : m_files) {
        const auto& report = import.addFile(file);
        for (const auto& e : report.errors) {
            // File-level problems name the file in their path.
            fail(e.describe(m_lang));
            failed = true;
        }
        for (const auto& n : report.notes)
            warn(report.file,
                n.describe(m_lang) + CliText::get(":", m_lang) + CliText::get("usage_skipped_row", m_lang));
        if (report.skipped > static_cast<long long>(report.notes.size()))
            warn(report.file,
                "… (" + std::to_string(report.skipped - static_cast<long long>(report.notes.size())) + ")");
    }
    const auto result = import.result();

    // With --output, the scenario is written only when every file was read.
    std::string filledText;
    if (!m_output.empty() && !failed) {
        const Guide* guide = this->guide();
        if (!guide)
            return BadInput;
        Scenario scenario = Scenario::withDefaults(guide->defaults());
        if (!m_into.empty()) {
            auto loaded = Scenario::fromFile(m_into, *guide);
            for (const auto& p : loaded.warnings)
                warn(m_into, p.describe(m_lang));
            if (!loaded.scenario) {
                for (const auto& p : loaded.errors)
                    failIn(m_into, p);
                return BadInput;
            }
            scenario = std::move(*loaded.scenario);
        }
        const auto filled = UsageImport::fill(scenario, result);
        if (filled.empty())
            return fail(CliText::get("usage_nothing_to_fill", m_lang));
        if (const auto error = writeTextFileAtomically(m_output, scenario.toJson().dump(2) + "\n"); !error.empty())
            return fail(CliText::format("usage_write_failed", m_lang, { m_output, error }));
        for (const auto& f : filled)
            filledText += (filledText.empty() ? "" : ", ") + f;
    }

    if (m_format == "json") {
        m_out << UsageImport::toJson(result).dump(2) << "\n";
    } else {
        m_out << CliText::get("usage_files", m_lang) << "\n";
        std::size_t nameWidth = 0;
        std::size_t layoutWidth = 1;
        for (const auto& f : result.files) {
            nameWidth = std::max(nameWidth, TextLayout::displayWidth(f.file));
            layoutWidth = std::max(layoutWidth, f.layout.size());
        }
        for (const auto& f : result.files)
            m_out << "  "
                  << CliText::format("usage_file_line", m_lang,
                         { TextLayout::padRight(f.file, nameWidth),
                             TextLayout::padRight(f.layout.empty() ? "?" : f.layout, layoutWidth),
                             count(double(f.rows)), count(double(f.skipped)) })
                  << "\n";
        if (!result.months.empty()) {
            const std::vector<std::string> heads { CliText::get("usage_month", m_lang),
                CliText::get("usage_input", m_lang), CliText::get("usage_cached", m_lang),
                CliText::get("usage_output", m_lang), CliText::get("usage_requests", m_lang),
                CliText::get("usage_spend", m_lang) };
            std::vector<std::vector<std::string>> rows;
            for (const auto& m : result.months) {
                std::string note;
                if (m.local)
                    note = CliText::get("usage_local", m_lang);
                if (m.partial)
                    note += (note.empty() ? "" : CliText::get(";", m_lang)) + CliText::get("usage_partial", m_lang);
                rows.push_back({ m.key(), count(m.totals.inputTokens), count(m.totals.cachedInputTokens),
                    count(m.totals.outputTokens), count(m.totals.requests),
                    m.totals.spendUsd ? Format::number(*m.totals.spendUsd, 2) : "–", note });
            }
            std::vector<std::size_t> widths(heads.size(), 0);
            for (std::size_t c = 0; c < heads.size(); ++c) {
                widths[c] = TextLayout::displayWidth(heads[c]);
                for (const auto& r : rows)
                    widths[c] = std::max(widths[c], TextLayout::displayWidth(r[c]));
            }
            m_out << "\n";
            for (std::size_t c = 0; c < heads.size(); ++c)
                m_out << (c == 0 ? TextLayout::padRight(heads[c], widths[c])
                                 : "  " + TextLayout::padLeft(heads[c], widths[c]));
            m_out << "\n";
            for (const auto& r : rows) {
                for (std::size_t c = 0; c < heads.size(); ++c)
                    m_out << (c == 0 ? TextLayout::padRight(r[c], widths[c])
                                     : "  " + TextLayout::padLeft(r[c], widths[c]));
                m_out << (r.back().empty() ? "" : "  " + r.back()) << "\n";
            }
        }
        m_out << "\n";
        if (!result.monthlyTokens) {
            m_out << CliText::get("usage_no_full_month", m_lang) << "\n";
        } else {
            const auto span = [&](const std::string& a, const std::string& b) {
                return Scenario::Provenance::monthSpan(a, b, m_lang);
            };
            m_out << CliText::format("usage_figures", m_lang,
                { std::to_string(result.fullMonths), span(*result.firstFullMonth, *result.lastFullMonth) })
                  << "\n";
            std::vector<std::pair<std::string, std::string>> lines;
            const auto line
                = [&](const std::string& label, const std::string& value) { lines.emplace_back(label, value); };
            const auto unknown = CliText::get("usage_not_available", m_lang);
            const std::string window
                = span(result.meanFirstMonth.value_or(*result.lastFullMonth), *result.lastFullMonth);
            line(CliText::format("usage_monthly_tokens", m_lang, { window }),
                Format::tokens(*result.monthlyTokens, m_lang));
            line(CliText::get("usage_input_share", m_lang),
                result.inputShare ? Format::percent(*result.inputShare) : unknown);
            line(CliText::get("usage_cached_share", m_lang),
                result.cachedShare ? Format::percent(*result.cachedShare) : unknown);
            line(CliText::get("usage_local_share", m_lang),
                result.localShare ? Format::percent(*result.localShare) : unknown);
            line(CliText::get("usage_cv", m_lang),
                result.coefficientOfVariation ? Format::number(*result.coefficientOfVariation, 2) : unknown);
            line(CliText::get("usage_growth", m_lang),
                result.growthPerMonth
                    ? CliText::format("usage_growth_value", m_lang, { signedPercent(*result.growthPerMonth) })
                    : unknown);
            line(CliText::get("usage_stable", m_lang),
                result.usageStable
                    ? CliText::get(*result.usageStable ? "usage_stable_yes" : "usage_stable_no", m_lang)
                    : CliText::format("usage_stable_none", m_lang,
                        { std::to_string(UsageImport::minMonthsForStability), std::to_string(result.fullMonths) }));
            std::size_t labelWidth = 0;
            for (const auto& [label, value] : lines)
                labelWidth = std::max(labelWidth, TextLayout::displayWidth(label));
            for (const auto& [label, value] : lines)
                m_out << "  " << TextLayout::padRight(label, labelWidth + 1) << value << "\n";
            m_out << "  "
                  << CliText::format("usage_rule", m_lang, { Format::number(UsageImport::maxStableVariation, 2) })
                  << "\n";
        }
        if (!filledText.empty())
            m_out << "\n" << CliText::format("usage_filled", m_lang, { filledText, m_output }) << "\n";
    }
    return failed ? BadInput : Ok;
}

} // namespace lowregret::cli
