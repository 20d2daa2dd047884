#pragma once

#include "lowregret/analysis/Decision.h"
#include "lowregret/catalog/Catalog.h"
#include "lowregret/guide/Guide.h"
#include "lowregret/scenario/Scenario.h"

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>

namespace lowregret {

// A scenario taken from its file to a decision, the same way in the CLI, the app and the
// headless report: read and checked, its catalog offer (cloud.model) resolved, then decided.
// It stops at the first step that fails, with that step's problems.
struct Evaluation {
    // A hostile file can hold thousands of mistakes; the first few say enough.
    static constexpr std::size_t maxProblemsShown = 20;

    enum class Step { Read, Offer, Decide };
    struct Source {
        std::filesystem::path file; // read when `stream` is null
        std::istream* stream = nullptr;
        std::string name; // how messages name a stream ("standard input")
    };
    // The catalog is asked for only when the scenario names an offer, so a damaged user
    // catalog troubles no one who does not use it. May return null: then no offer is resolved.
    using CatalogSource = std::function<const Catalog*()>;

    std::optional<Scenario> scenario; // once read, even when a later step fails
    const Offer* offer = nullptr;
    std::optional<Decision::Outcome> outcome;
    std::optional<Step> failedAt;
    Problems errors; // at most maxProblemsShown; errorsLeftOut says how many more
    std::size_t errorsLeftOut = 0;
    Problems warnings;

    [[nodiscard]] bool ok() const { return !failedAt.has_value(); }

    // `decide` false stops after the offer: the app opens a scenario the flowchart cannot
    // decide yet (a question still open).
    static Evaluation run(const Source& source, const Guide& guide, const CatalogSource& catalog, bool decide = true);
};

} // namespace lowregret
