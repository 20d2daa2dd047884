#pragma once

#include "lowregret/costs/CostModel.h"

#include <QString>

// The costs page's one-line summary of core's figures at the user's usage: both sides with the
// breakeven, or the cloud alone when the local setup cannot run its model (nothing local is
// priced then). Its words are the costs page's (translation context CostsPage).
class CostsSummary final {
public:
    CostsSummary() = delete;

    static QString text(double monthlyTokens, const lowregret::CostModel::Summary& costs);
};
