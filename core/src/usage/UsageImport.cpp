// The import itself: a file in, its layout told from its first bytes, its rows read by
// UsageCsv or UsageJsonReader, and what it adds kept only if the whole file could be read. The
// months and their figures are in UsageFigures.cpp; the scenario filled from them in
// UsageFill.cpp.
#include "lowregret/usage/UsageImport.h"

#include "lowregret/io/SafeText.h"

#include "usage/UsageCsv.h"
#include "usage/UsageImportImpl.h"
#include "usage/UsageJsonReader.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

namespace lowregret {

namespace {

std::string fileNameOf(const std::string& name)
{
    return SafeText::name(std::filesystem::path(name).filename().string()); // shown: plain, capped
}

} // namespace

void UsageImport::Totals::add(const Totals& other)
{
    inputTokens += other.inputTokens;
    cachedInputTokens += other.cachedInputTokens;
    outputTokens += other.outputTokens;
    requests += other.requests;
    if (other.spendUsd)
        spendUsd = spendUsd.value_or(0.0) + *other.spendUsd;
}

std::string UsageImport::RowNote::reasonId() const
{
    switch (reason) {
    case Reason::NotANumber:
        return "not_a_number";
    case Reason::NoDate:
        return "no_date";
    case Reason::NotADate:
        return "not_a_date";
    case Reason::NotUsd:
        return "not_usd";
    case Reason::MoreCachedThanInput:
        return "more_cached_than_input";
    case Reason::NotAnObject:
        return "not_an_object";
    }
    return "unknown";
}

std::string UsageImport::RowNote::describe(Lang lang) const
{
    const bool zh = lang == Lang::ZhHant;
    std::string why;
    switch (reason) {
    case Reason::NotANumber:
        why = zh ? "不是數字" : "not a number";
        break;
    case Reason::NoDate:
        why = zh ? "沒有日期" : "no date";
        break;
    case Reason::NotADate:
        why = zh ? "不是日期" : "not a date";
        break;
    case Reason::NotUsd:
        why = zh ? "金額不是美元" : "the amount is not in US dollars";
        break;
    case Reason::MoreCachedThanInput:
        why = zh ? "快取的輸入 tokens 比全部輸入 tokens 還多" : "more cached input tokens than input tokens";
        break;
    case Reason::NotAnObject:
        why = zh ? "不是物件" : "not an object";
        break;
    }
    if (!value.empty())
        why += zh ? "：「" + value + "」" : ": \"" + value + "\"";
    std::string where = zh ? "第 " + std::to_string(line) + " 行" : "line " + std::to_string(line);
    if (!column.empty())
        where += zh ? "，欄位 " + column : ", column " + column;
    return where + (zh ? "：" : ": ") + why;
}

std::string UsageImport::Month::key() const
{
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d", year, month);
    return text;
}

const std::vector<std::string>& UsageImport::layouts()
{
    static const std::vector<std::string> all { "openai-usage-json", "openai-usage-csv", "openai-cost-csv",
        "anthropic-usage-json", "anthropic-cost-json", "anthropic-usage-csv", "anthropic-cost-csv",
        "openrouter-activity-csv", "openrouter-generations-csv", "litellm-spend-logs-csv" };
    return all;
}

bool UsageImport::Result::ok() const
{
    return !empty() && std::any_of(files.begin(), files.end(), [](const FileReport& f) { return f.errors.empty(); });
}

std::vector<std::string> UsageImport::Result::readFiles() const
{
    std::vector<std::string> names;
    for (const auto& f : files)
        if (f.errors.empty() && f.rows > 0 && std::find(names.begin(), names.end(), f.file) == names.end())
            names.push_back(f.file);
    return names;
}

const UsageImport::FileReport& UsageImport::addFile(const std::filesystem::path& file)
{
    std::error_code ec;
    const std::string name = fileNameOf(file.string());
    const auto status = std::filesystem::status(file, ec);
    if (ec || !std::filesystem::exists(status)) {
        FileReport report { name, {}, 0, 0, {}, { Problem { name, Problem::Kind::FileNotFound } } };
        m_files.push_back(std::move(report));
        return m_files.back();
    }
    if (!std::filesystem::is_regular_file(status)) {
        m_files.push_back(FileReport { name, {}, 0, 0, {}, { Problem { name, Problem::Kind::NotAFile } } });
        return m_files.back();
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        m_files.push_back(FileReport { name, {}, 0, 0, {}, { Problem { name, Problem::Kind::Unreadable } } });
        return m_files.back();
    }
    return addStream(in, name);
}

const UsageImport::FileReport& UsageImport::addText(std::string_view text, const std::string& name)
{
    std::istringstream in { std::string(text) };
    return addStream(in, name);
}

const UsageImport::FileReport& UsageImport::addStream(std::istream& in, const std::string& fullName)
{
    const std::string name = fileNameOf(fullName);
    // What the file adds is kept apart until it is known to be readable: a file that fails
    // adds nothing.
    UsageImport scratch;
    scratch.m_files.push_back(FileReport { name });
    FileReport& report = scratch.m_files.back();
    Impl impl { scratch, report };

    std::array<char, 64 * 1024> buffer {};
    in.read(buffer.data(), buffer.size());
    std::size_t got = static_cast<std::size_t>(in.gcount());
    // The first non-blank byte, past a BOM, tells JSON from CSV.
    std::size_t first = got >= 3 && std::memcmp(buffer.data(), "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    while (first < got && std::isspace(static_cast<unsigned char>(buffer[first])))
        ++first;
    const bool json = first < got && (buffer[first] == '{' || buffer[first] == '[');

    const auto unknownLayout = [&] {
        std::string known;
        for (const auto& l : layouts())
            known += (known.empty() ? "" : ", ") + l;
        report.errors.push_back(Problem { name, Problem::Kind::UnknownLayout, known });
    };

    if (json) {
        std::string text(buffer.data() + first, got - first);
        while (in && got == buffer.size()) {
            in.read(buffer.data(), buffer.size());
            got = static_cast<std::size_t>(in.gcount());
            text.append(buffer.data(), got);
            if (text.size() > maxJsonBytes) {
                Problem p { name, Problem::Kind::TooLarge };
                p.limit = double(maxJsonBytes);
                report.errors.push_back(p);
                break;
            }
        }
        if (report.errors.empty()) {
            const auto root = nlohmann::json::parse(text, nullptr, false);
            if (root.is_discarded()) {
                report.errors.push_back(Problem { name, Problem::Kind::NotJson });
            } else {
                UsageJsonReader::read(root, impl);
                if (report.layout.empty())
                    unknownLayout();
            }
        }
    } else if (auto problem = UsageCsv::read(in, buffer, got, impl, name)) {
        report.errors.push_back(std::move(*problem));
    } else if (report.layout.empty()) {
        unknownLayout();
    }
    if (in.bad() && report.errors.empty())
        report.errors.push_back(Problem { name, Problem::Kind::Unreadable });
    if (report.errors.empty() && report.rows == 0)
        report.errors.push_back(Problem { name, Problem::Kind::NoUsage, "", report.layout });

    if (report.errors.empty()) {
        for (auto& [key, models] : scratch.m_usage)
            for (auto& [id, totals] : models) {
                auto& mine = m_usage[key];
                auto target = id;
                if (mine.size() >= maxModelsPerMonth && !mine.count(target))
                    target.second = "(other)";
                mine[target].add(totals);
            }
        // Cost exports say what was spent, not how much was used: their days cover no usage.
        const bool tokens = report.layout.find("-cost-") == std::string::npos;
        if (scratch.m_firstDay && tokens) {
            const auto [it, added] = m_coverage.try_emplace(report.layout, *scratch.m_firstDay, *scratch.m_lastDay);
            if (!added) {
                it->second.first = std::min(it->second.first, *scratch.m_firstDay);
                it->second.second = std::max(it->second.second, *scratch.m_lastDay);
            }
        }
    }
    m_files.push_back(std::move(report));
    return m_files.back();
}

} // namespace lowregret
