#include "lowregret/catalog/Offer.h"

#include <algorithm>

namespace lowregret {

bool Offer::hasUseCase(const std::string& useCase) const
{
    return std::find(useCases.begin(), useCases.end(), useCase) != useCases.end();
}

std::optional<double> Offer::statedBillions(const std::string& model)
{
    // A size is a run "<n>[.<n>]b" or "<n>x<n>b" that starts the name or follows a separator,
    // and ends it or is followed by one: "8b" in "llama-3.1-8b-instant", not "b" in "gpt-4o-mini".
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    const auto isSeparator
        = [](char c) { return c == '-' || c == '_' || c == '/' || c == ':' || c == ' ' || c == '@'; };
    std::optional<double> found;
    std::size_t i = 0;
    while (i < model.size()) {
        if (!isDigit(model[i]) || (i > 0 && !isSeparator(model[i - 1]))) {
            ++i;
            continue;
        }
        const auto readNumber = [&](std::size_t& at) {
            double value = 0.0;
            while (at < model.size() && isDigit(model[at]))
                value = value * 10.0 + (model[at++] - '0');
            if (at + 1 < model.size() && model[at] == '.' && isDigit(model[at + 1])) {
                double scale = 0.1;
                for (++at; at < model.size() && isDigit(model[at]); ++at, scale /= 10.0)
                    value += (model[at] - '0') * scale;
            }
            return value;
        };
        std::size_t at = i;
        double billions = readNumber(at);
        if (at < model.size() && (model[at] == 'x' || model[at] == 'X') && at + 1 < model.size()
            && isDigit(model[at + 1])) {
            ++at;
            billions *= readNumber(at);
        }
        if (at < model.size() && (model[at] == 'b' || model[at] == 'B')
            && (at + 1 == model.size() || isSeparator(model[at + 1]) || model[at + 1] == '.')) {
            found = billions;
            break;
        }
        i = at + 1;
    }
    return found;
}

bool Offer::hasSuspectPrice() const
{
    const double highest = std::max(inputUsdPerMtok, outputUsdPerMtok);
    if (highest > suspectAnyUsdPerMtok)
        return true;
    const auto billions = statedBillions(model);
    return billions && *billions <= smallModelBillions && highest > suspectSmallUsdPerMtok;
}

double Offer::tokensUsd(double inputTokens, double outputTokens, double inputUsdPerMtok, double outputUsdPerMtok)
{
    return inputTokens / 1e6 * inputUsdPerMtok + outputTokens / 1e6 * outputUsdPerMtok;
}

} // namespace lowregret
