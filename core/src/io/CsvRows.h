#pragma once

// CSV rows for the usage import: libcsv does the quoting (RFC 4180: quoted fields, embedded
// commas, quotes and newlines), strictly; this feeds it a line at a time and counts the lines,
// so that a skipped row is named by the line it starts on. Memory stays bounded whatever the
// shape of the file: a field is held up to 16 MiB, a record up to `maxFields` fields. Internal
// to core.
#include "lowregret/io/Problem.h"

#include <csv.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace lowregret {

class CsvRows {
public:
    // Called with each record and the line it starts on; returns false to stop.
    using RowFn = std::function<bool(const std::vector<std::string>&, long long)>;

    // No export has a tenth of this; a line of commas would otherwise hold a string per comma.
    static constexpr std::size_t maxFields = 10'000;

    // A field longer than `maxFieldBytes` is cut to it.
    CsvRows(RowFn fn, std::size_t maxFieldBytes)
        : m_fn(std::move(fn))
        , m_maxFieldBytes(maxFieldBytes)
    {
        csv_init(&m_parser, CSV_APPEND_NULL | CSV_STRICT | CSV_STRICT_FINI);
    }
    ~CsvRows() { csv_free(&m_parser); }
    CsvRows(const CsvRows&) = delete;
    CsvRows& operator=(const CsvRows&) = delete;

    // Feeds a piece of the file; false when the file cannot be read as CSV (`error`).
    bool feed(const char* data, std::size_t size)
    {
        std::size_t at = 0;
        while (at < size && !m_stopped) {
            const void* nl = std::memchr(data + at, '\n', size - at);
            const std::size_t end = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - data) + 1 : size;
            if (!parse(data + at, end - at) || m_tooManyFields)
                return false;
            // libcsv holds a field whole until it ends: an unterminated quote would hold the
            // rest of the file. No real field is this long.
            if (csv_get_buffer_size(&m_parser) > k_maxFieldBuffer) {
                m_error = "a field longer than 16 MiB: a quote that never closes?";
                m_errorLine = m_nextRecordLine;
                return false;
            }
            if (nl)
                ++m_line;
            at = end;
        }
        return true;
    }
    bool finish()
    {
        if (m_stopped)
            return true;
        if (csv_fini(&m_parser, &CsvRows::onField, &CsvRows::onRow, this) != 0) {
            // At the end, what failed is the record still open: name the line it starts on.
            m_error = csv_strerror(csv_error(&m_parser));
            m_errorLine = m_nextRecordLine;
            return false;
        }
        return true;
    }
    [[nodiscard]] const std::string& error() const { return m_error; }
    // The line a failure is on: where the malformed quote is, or where the unterminated
    // record starts.
    [[nodiscard]] long long line() const { return m_errorLine ? m_errorLine : m_line; }
    [[nodiscard]] bool stopped() const { return m_stopped; }
    // Why the file cannot be read, as a problem of the file `name`.
    [[nodiscard]] Problem problem(const std::string& name) const
    {
        if (m_tooManyFields)
            return { .path = name,
                .kind = Problem::Kind::TooManyFields,
                .value = std::to_string(m_errorLine),
                .limit = double(maxFields) };
        return { .path = name, .kind = Problem::Kind::NotCsv, .expected = m_error, .value = std::to_string(line()) };
    }

private:
    bool parse(const char* data, std::size_t size)
    {
        if (csv_parse(&m_parser, data, size, &CsvRows::onField, &CsvRows::onRow, this) != size) {
            if (m_stopped)
                return true;
            m_error = csv_strerror(csv_error(&m_parser));
            m_errorLine = m_line;
            return false;
        }
        return true;
    }
    static void onField(void* data, std::size_t size, void* self)
    {
        auto* rows = static_cast<CsvRows*>(self);
        if (rows->m_stopped)
            return;
        std::string_view field(static_cast<const char*>(data), size);
        if (rows->m_fields.empty())
            rows->m_rowLine = rows->m_line - std::count(field.begin(), field.end(), '\n');
        if (rows->m_fields.size() == maxFields) {
            rows->m_tooManyFields = true;
            rows->m_stopped = true;
            rows->m_error = "more than " + std::to_string(maxFields) + " fields";
            rows->m_errorLine = rows->m_rowLine;
            return;
        }
        if (field.size() > rows->m_maxFieldBytes)
            field = field.substr(0, rows->m_maxFieldBytes);
        rows->m_fields.emplace_back(field);
    }
    static void onRow(int, void* self)
    {
        auto* rows = static_cast<CsvRows*>(self);
        if (rows->m_stopped)
            return;
        if (rows->m_fields.empty())
            rows->m_rowLine = rows->m_line;
        if (!rows->m_fn(rows->m_fields, rows->m_rowLine))
            rows->m_stopped = true;
        rows->m_nextRecordLine = rows->m_line + 1;
        rows->m_fields.clear();
    }

    csv_parser m_parser {};
    RowFn m_fn;
    std::size_t m_maxFieldBytes;
    std::vector<std::string> m_fields;
    static constexpr std::size_t k_maxFieldBuffer = 16 * 1024 * 1024;
    long long m_line = 1;
    long long m_rowLine = 1;
    long long m_nextRecordLine = 1;
    long long m_errorLine = 0;
    bool m_stopped = false;
    bool m_tooManyFields = false;
    std::string m_error;
};

} // namespace lowregret
