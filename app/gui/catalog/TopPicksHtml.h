#pragma once

#include "lowregret/catalog/Catalog.h"

#include <QCoreApplication>
#include <QString>

// Compare Models' top picks as rich text: the first offer of core's ranking for each priority
// (lowest cost, coding, images and text, reasoning) at a usage, with its monthly cost and any
// stale or suspect price marked.
class TopPicksHtml final {
    Q_DECLARE_TR_FUNCTIONS(TopPicksHtml)

public:
    TopPicksHtml() = delete;

    [[nodiscard]] static QString build(const lowregret::Catalog& catalog, double inputTokens, double outputTokens);
};
