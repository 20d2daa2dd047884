#pragma once

#include "lowregret/analysis/Decision.h"
#include "lowregret/catalog/Catalog.h"
#include "lowregret/outcome/Comparison.h"

#include <QCoreApplication>
#include <QString>

// The recommendation report: an A4 PDF of core's sections of the result (lowregret::Sections),
// numbered, with the path drawn through the flowchart and both cost charts as vector graphics
// between them. The scenario is attached.
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
    // The comparison of scenarios (core's Comparison): its sections and the chart of every
    // scenario's cumulative costs. The scenarios are attached.
    static QString writeComparison(
        const QString& path, const lowregret::Guide& guide, const lowregret::Comparison& comparison);
};
