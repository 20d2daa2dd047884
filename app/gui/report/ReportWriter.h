#pragma once

#include "lowregret/Catalog.h"
#include "lowregret/Decision.h"

#include <QCoreApplication>
#include <QString>

// The recommendation report: an A4 PDF with the recommendation, the answers and the path
// drawn through the flowchart, the products, the regret warnings, the assumptions, the costs
// with both charts as vector graphics, and the guide's caveats. The scenario is attached.
class ReportWriter final {
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    struct Input {
        const lowregret::Guide& guide;
        const lowregret::Scenario& scenario;
        const lowregret::Decision::Outcome& outcome;
        const lowregret::Offer* cloudOffer = nullptr;
        QString date; // shown under the title; today when empty
    };

    ReportWriter() = delete;

    // Writes the report in the current UI language. Nothing is left at `path` unless the
    // whole report was written; returns the reason it failed, or an empty string.
    static QString write(const QString& path, const Input& input);
    // The report's HTML for one section, for tests and for the result page's look.
    static QString assumptionsHtml(const Input& input);
};
