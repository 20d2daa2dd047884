#include "usage/UsageCsv.h"

#include "io/CsvRows.h"

#include "usage/UsageImportImpl.h"
#include "usage/UsageText.h"

#include <cstdint>
#include <cstring>
#include <vector>

namespace lowregret {

std::optional<Problem> UsageCsv::read(
    std::istream& in, std::span<char> buffer, std::size_t got, UsageImport::Impl& impl, const std::string& name)
{
    const UsageLayout::Csv* layout = nullptr;
    UsageCsvRow::Columns columns;
    std::vector<std::string> header;
    bool headerRead = false;
    CsvRows rows(
        [&](const std::vector<std::string>& fields, long long line) {
            if (!headerRead) {
                // Blank lines before the header are nothing.
                if (fields.size() == 1 && UsageText::trim(fields[0]).empty())
                    return true;
                headerRead = true;
                header = fields;
                for (std::size_t i = 0; i < fields.size(); ++i)
                    columns.index.emplace(UsageText::lower(UsageText::trim(fields[i])), i);
                layout = UsageLayout::ofCsv(columns);
                impl.report.layout = layout ? layout->id : "";
                return layout != nullptr;
            }
            if (fields.size() == 1 && UsageText::trim(fields[0]).empty())
                return true; // a blank line
            UsageCsvRow row { fields, columns, header, impl, line };
            readRow(*layout, row);
            return true;
        },
        UsageImport::maxFieldBytes);
    // A UTF-8 BOM before the header is not part of it.
    const std::size_t bom = got >= 3 && std::memcmp(buffer.data(), "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    bool ok = rows.feed(buffer.data() + bom, got - bom);
    while (ok && !rows.stopped() && in && got == buffer.size()) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        got = static_cast<std::size_t>(in.gcount());
        ok = rows.feed(buffer.data(), got);
    }
    ok = ok && rows.finish();
    if (!ok)
        return rows.problem(name);
    return std::nullopt;
}

void UsageCsv::readRow(const UsageLayout::Csv& layout, UsageCsvRow& r)
{
    UsageCsvRow::Reading u;
    if (!layout.read(r, u))
        return;
    const UsageImport::Totals& t = u.totals;
    if (r.bad || !u.when)
        return;
    if (t.cachedInputTokens > t.inputTokens) {
        r.impl.skip(r.line, r.headerName(u.cachedColumn), UsageImport::RowNote::Reason::MoreCachedThanInput);
        return;
    }
    if (u.provider.empty())
        u.provider = "unknown";
    std::int64_t lastDay = u.when->day;
    if (u.until && u.until->day > u.when->day)
        lastDay = u.until->seconds > 0.0 ? u.until->day : u.until->day - 1;
    r.impl.cover(u.when->day, lastDay);
    // An idle day (a row with only its dates) covers the day and adds nothing.
    if (t.tokens() > 0.0 || t.requests > 0.0 || t.cachedInputTokens > 0.0 || t.spendUsd.value_or(0.0) > 0.0)
        r.impl.add(u.when->day, u.local, u.provider, u.model, t);
    ++r.impl.report.rows;
}

} // namespace lowregret
