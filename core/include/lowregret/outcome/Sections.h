#pragma once

#include "lowregret/analysis/Decision.h"
#include "lowregret/catalog/Offer.h"
#include "lowregret/io/Lang.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace lowregret {

// The outcome of one scenario as the user reads it: ordered sections, each with its heading,
// its texts in one language and the figures behind them. The result page, the PDF report, the
// CLI's text and its JSON only lay these out (docs/architecture.md), so the four never disagree.
struct Sections {
    // A number the section states, with its text exactly as every output prints it.
    struct Figure {
        std::string id; // stable key: "cloud_monthly_usd", or a scenario field name
        std::string label;
        std::optional<double> value; // none: "never" (no breakeven) or not given
        std::string unit; // "usd", "months", "tokens", "share", "usd_per_mtok", "hours", "usd_per_hour"
        std::string text;
        // assumptions only: "user", "default", "catalog" or "usage_import" (the scenario's
        // provenance says which files)
        std::string source;
    };
    struct Detail {
        std::string label;
        std::string text;
        bool link = false; // `text` is an address
    };
    // One entry of a list: a step of the path, a product, a warning.
    struct Entry {
        std::string id; // the guide's id of what it shows
        std::string title;
        std::string text;
        std::vector<Detail> details;
    };
    struct Table {
        std::vector<std::string> header;
        std::vector<std::vector<std::string>> rows;
        // Cells from this column on hold amounts, which line up on the right; 0: none does.
        std::size_t firstNumericColumn = 0;
    };
    struct Block {
        enum class Kind {
            Lead, // the answer in a few words
            Summary, // the answer in a sentence
            Paragraph,
            Steps, // numbered entries: title → text
            Items, // titled entries with details
            Bullets, // entries' titles only
            Table,
        };
        Kind kind = Kind::Paragraph;
        std::string text; // Lead, Summary, Paragraph
        std::vector<Entry> entries; // Steps, Items, Bullets
        Table table; // Table
    };
    struct Section {
        std::string id; // "recommendation", "exclusions", "path", "products", "warnings", "advice",
                        // "costs", "sensitivity", "assumptions", "caveats"
        std::string heading;
        std::vector<Block> blocks;
        std::vector<Figure> figures;
    };

    Lang lang = Lang::En;
    Recommendation recommendation = Recommendation::Cloud;
    std::vector<Section> sections;

    [[nodiscard]] const Section* find(const std::string& id) const;
    // The heading as the outputs print it: a section that opens with its answer (a lead block)
    // says it there, "Recommendation: Cloud API", and its lead block is not printed again.
    [[nodiscard]] std::string title(const Section& section) const;
    // The same data for scripts: `decide --format json` prints it as "sections" (docs/cli.md).
    [[nodiscard]] nlohmann::json toJson() const;

    // `cloudOffer` is the catalog offer the cloud prices come from, when the scenario names one.
    static Sections build(const Guide& guide, const Scenario& scenario, const Decision::Outcome& outcome,
        const Offer* cloudOffer, Lang lang);

    static std::string recommendationName(Recommendation recommendation, Lang lang);
    // "GPT-4o at OpenAI, price checked 2025-06-01 (possibly out of date)"
    static std::string offerLine(const Offer& offer, Lang lang);
    // "That price is 15 months old." (the date is on the offer's line) and, past Catalog::staleAfterDays, the
    // suggestion to update the prices; empty when the offer's date is not a date or is ahead of
    // `today` (YYYY-MM-DD).
    static std::string priceAge(const Offer& offer, const std::string& today, Lang lang);
    // What the guide's advice `id` means in this scenario's figures, to follow its text: the
    // hybrid advice with the hybrid's total beside the two pure choices. Empty for the others.
    static std::string adviceFigures(
        const std::string& id, const Scenario& scenario, const Decision::Outcome& outcome, Lang lang);
};

} // namespace lowregret
