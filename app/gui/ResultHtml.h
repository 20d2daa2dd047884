#pragma once

#include "lowregret/Decision.h"

#include <QCoreApplication>
#include <QString>

// The result as rich text: recommendation, path, key figures, products, warnings and advice,
// in the current language. The result page shows it; the report will print it.
class ResultHtml final {
    Q_DECLARE_TR_FUNCTIONS(ResultHtml)

public:
    ResultHtml() = delete;

    static QString build(const lowregret::Guide& guide, const lowregret::Scenario& scenario,
                         const lowregret::Decision::Outcome& outcome);
    static QString recommendationName(lowregret::Recommendation recommendation);
};
