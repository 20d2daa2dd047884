#pragma once

#include "lowregret/analysis/Decision.h"
#include "lowregret/catalog/Offer.h"
#include "lowregret/io/Lang.h"
#include "lowregret/io/LocalizedText.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace lowregret {

// The guide's texts with this scenario's figures in them. A leaf's or a rule's text may write
// {cloud_monthly}, {local_total}, … (FigureNames), which become the user's own amounts, so that a
// sentence with a number is true for the user's figures rather than the guide's example.
// {cloud} is the user's catalog offer ("GPT-4o at OpenAI") or, with none, the guide's
// cloud_example.
class TextFigures final {
public:
    TextFigures(const Guide& guide, const Scenario& scenario, const Decision::Outcome& outcome, const Offer* cloudOffer,
        Lang lang);

    [[nodiscard]] std::string fill(const LocalizedText& text) const;
    // A text outside any scenario (the flowchart's tooltips): {cloud} is the guide's example.
    static std::string generic(const Guide& guide, const LocalizedText& text, Lang lang);

private:
    static std::string substitute(const std::string& text, const std::map<std::string, std::string>& values);

    std::map<std::string, std::string> m_values;
    Lang m_lang;
};

} // namespace lowregret
