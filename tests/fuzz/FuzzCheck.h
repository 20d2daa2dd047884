#pragma once

#include "lowregret/io/Lang.h"
#include "lowregret/io/Problem.h"

#include <cstdio>
#include <cstdlib>

// A broken promise of the loaders (a round trip that does not return, a result that is neither
// a value nor an error) is a bug as much as a crash is: report it and abort, so libFuzzer saves
// the input that caused it.
#define FUZZ_CHECK(condition, what)                                                                                    \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "FUZZ_CHECK failed at %s:%d: %s\n  (%s)\n", __FILE__, __LINE__, what, #condition);    \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace lowregret::fuzz {

// Every message is built in both languages, as the CLI and the app would show it.
inline void describeAll(const Problems& problems)
{
    for (const auto& p : problems) {
        FUZZ_CHECK(!p.describe(Lang::En).empty(), "an empty English message");
        FUZZ_CHECK(!p.describe(Lang::ZhHant).empty(), "an empty Chinese message");
    }
}

// Prints the problems of a round trip that should have had none, before FUZZ_CHECK aborts.
inline void printProblems(const char* heading, const Problems& problems)
{
    for (const auto& p : problems)
        std::fprintf(stderr, "%s: %s\n", heading, p.describe(Lang::En).c_str());
}

} // namespace lowregret::fuzz
