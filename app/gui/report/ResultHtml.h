#pragma once

#include "lowregret/Decision.h"
#include "lowregret/Offer.h"

#include <QCoreApplication>
#include <QString>

// The result as rich text: recommendation, path, key figures, products, warnings and advice,
// in the current language, for the result page. The report lays out its own sections
// (ReportWriter) from the same outcome and shares the path list (pathHtml) and offerLine.
class ResultHtml final {
    Q_DECLARE_TR_FUNCTIONS(ResultHtml)

public:
    ResultHtml() = delete;

    // `cloudOffer` is the catalog offer the cloud prices come from, when the scenario names one.
    static QString build(const lowregret::Guide& guide, const lowregret::Scenario& scenario,
        const lowregret::Decision::Outcome& outcome, const lowregret::Offer* cloudOffer = nullptr);
    // "GPT-4o at OpenAI, price of 2025-06-01 (possibly out of date)"
    static QString offerLine(const lowregret::Offer& offer);
    // The path through the flowchart as a numbered list: each question and the answer given.
    static QString pathHtml(const lowregret::Guide& guide, const lowregret::Scenario& scenario,
        const lowregret::Decision::Outcome& outcome);
    static QString recommendationName(lowregret::Recommendation recommendation);
};
