#pragma once

#include "lowregret/usage/UsageImport.h"

#include "usage/UsageDates.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace lowregret {

// The JSON exports: the providers' API pages, one page or an array of them, each a `data[]` of
// time buckets whose `results` hold the usage (docs/usage-import.md#the-layouts). The buckets
// are walked here; each result is read by its provider family's reader.
class UsageJsonReader final {
public:
    UsageJsonReader() = delete;

    // One result of a bucket, as its family's reader reads it.
    struct Entry {
        UsageImport::Totals totals;
        bool bad = false; // a count that is not one: the result is skipped
        std::string otherCurrency; // not empty: an amount in this currency, skipped
    };

    // Reads the file's pages into the import, and sets the report's layout (empty: none known).
    static void read(const nlohmann::json& root, UsageImport::Impl& impl);

    // The pages of a file: one page object or an array of them.
    static std::vector<const nlohmann::json*> pagesOf(const nlohmann::json& root);
    // A count: a number or a numeric string, 0 when null; anything else sets `bad`.
    static double count(const nlohmann::json& v, bool& bad);
    // The count `name` of the object `o`, 0 when it has none.
    static double field(const nlohmann::json& o, const char* name, bool& bad);
    // The string `name` of `o`, empty when it has none.
    static std::string textField(const nlohmann::json& o, const char* name);
    // The moment `name` of `o`, a date string or Unix seconds.
    static std::optional<UsageDates::Moment> moment(const nlohmann::json& o, const char* name);
};

} // namespace lowregret
