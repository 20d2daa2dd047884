#pragma once

#include "lowregret/io/Problem.h"
#include "lowregret/usage/UsageImport.h"

#include "usage/UsageCsvRow.h"
#include "usage/UsageLayout.h"

#include <cstddef>
#include <istream>
#include <optional>
#include <span>
#include <string>

namespace lowregret {

// The CSV exports, read as a stream (CsvRows, libcsv): the header picks the layout, and each
// data row is read by its layout's reader and added to the import. Only the months are kept,
// so memory stays bounded whatever the file's size (docs/usage-import.md#reading-csv).
class UsageCsv final {
public:
    UsageCsv() = delete;

    // Reads the file `name` from `in`, whose first `got` bytes are already in `buffer` (a
    // whole buffer: more may follow), into the import; sets the report's layout (empty: none
    // known). Returns why the file cannot be read as CSV, if it cannot.
    static std::optional<Problem> read(
        std::istream& in, std::span<char> buffer, std::size_t got, UsageImport::Impl& impl, const std::string& name);

private:
    // One data row: read by the layout's reader, then checked, covered and added.
    static void readRow(const UsageLayout::Csv& layout, UsageCsvRow& r);
};

} // namespace lowregret
