#pragma once

#include "lowregret/io/Lang.h"

#include <string>
#include <vector>

namespace lowregret {

// One thing wrong with an input, located by the field it concerns. Messages are built from
// the kind and parameters at display time so that they come out in the user's language.
struct Problem {
    enum class Kind {
        FileNotFound, // the file does not exist
        NotAFile, // a directory or a device
        Unreadable, // exists but cannot be read
        TooLarge, // over the size limit; `limit` holds the limit in bytes
        TooLargeToWrite, // a file that would be over the size it is read back with (`limit`); `max` its bytes
        CannotWrite, // a file that cannot be written; `value` holds the system's reason
        Locked, // another program kept the file locked for the whole wait, `limit` seconds
        InvalidUtf8, // `value` holds the byte offset
        TooDeep, // nesting over the limit; `limit` holds it
        NotJson, // `value` holds the parser's explanation
        WrongType, // `expected` holds number|integer|boolean|string|object|array
        OutOfRange, // `min` .. `max`
        NotFinite, // NaN or infinity
        Missing, // a required field is absent
        UnknownValue, // `value` is not one of the allowed ids
        Duplicate, // `value` appears twice
        UnsupportedVersion, // `value` is the file's version, `limit` the newest understood
        UnknownReference, // `value` names a node, leaf or product that does not exist
        RequiredForPath, // an answer the flowchart needs at `value` (node id) is absent
        UnknownField, // a warning: the field is ignored
        Empty, // a text or list that must not be empty
        NumberTooLarge, // `value` holds the number as written (1e400)
        Cycle, // the flowchart loops back to this node
        UnknownLayout, // a usage export of no known layout; `expected` lists the known ones
        NotCsv, // CSV that cannot be read; `value` holds the line, `expected` the reason
        TooManyFields, // a CSV record of more than `limit` fields; `value` holds the line it starts on
        NoUsage, // a usage export of a known layout (`value`) with no row of usage in it
        UnknownPriceFile, // JSON that is no price file LowRegret reads; `expected` lists those it reads
        NotLlamaBench, // JSON that is not `llama-bench -o json`'s list of runs; `value` "empty": no run in it
    };

    std::string path; // "answers.monthly_tokens", or the file name for file-level problems
    Kind kind = Kind::NotJson;
    std::string expected;
    std::string value;
    double min = 0.0;
    double max = 0.0;
    double limit = 0.0;

    // "answers.monthly_tokens: must be a number from 0 to 1,000,000,000,000"
    [[nodiscard]] std::string describe(Lang lang) const;
    bool operator==(const Problem&) const = default;
};

using Problems = std::vector<Problem>;

} // namespace lowregret
