#pragma once

#include "lowregret/analysis/Decision.h"
#include "lowregret/catalog/Offer.h"
#include "lowregret/outcome/Sections.h"

#include <QString>

// Core's sections of the result (lowregret::Sections) as rich text, laid out for the screen
// (the result page) or for print (the PDF report, which adds its drawings between sections).
class ResultHtml final {
public:
    enum class Medium { Screen, Print };

    ResultHtml() = delete;

    // The whole result in the current UI language. `cloudOffer` is the catalog offer the cloud
    // prices come from, when the scenario names one.
    static QString build(const lowregret::Guide& guide, const lowregret::Scenario& scenario,
        const lowregret::Decision::Outcome& outcome, const lowregret::Offer* cloudOffer = nullptr);
    static QString build(const lowregret::Sections& sections, Medium medium);
    // One section; a `number` above 0 numbers its heading ("3. Recommended products").
    static QString section(const lowregret::Sections& sections, const lowregret::Sections::Section& section,
        Medium medium, int number = 0);
    // "GPT-4o at OpenAI, price checked 2025-06-01 (possibly out of date)", in the UI language.
    static QString offerLine(const lowregret::Offer& offer);
};
