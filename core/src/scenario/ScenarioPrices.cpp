#include "lowregret/scenario/Scenario.h"

#include "lowregret/catalog/Catalog.h"

// The months of a scenario's series and the offer's dated prices in them
// (docs/cost-model.md, "Dated prices").
namespace lowregret {

bool Scenario::isMonthKey(const std::string& text)
{
    return text.size() == 7 && Catalog::isDate(text + "-01");
}

std::string Scenario::addMonths(const std::string& key, int months)
{
    if (!isMonthKey(key))
        return key;
    const int index = std::stoi(key.substr(0, 4)) * 12 + std::stoi(key.substr(5, 2)) - 1 + months;
    const int year = index / 12;
    const int month = index % 12 + 1;
    std::string out = std::to_string(year);
    while (out.size() < 4)
        out.insert(out.begin(), '0');
    return out + (month < 10 ? "-0" : "-") + std::to_string(month);
}

std::string Scenario::firstMonth() const
{
    if (startMonth && isMonthKey(*startMonth))
        return *startMonth;
    return Catalog::today().substr(0, 7);
}

std::string Scenario::monthKey(int month) const
{
    return addMonths(firstMonth(), month - 1);
}

namespace {

// The resolved offer, while the scenario still names it (typed prices drop the name).
const Offer* datedOffer(const Scenario& s)
{
    return s.cloud.offer && !s.cloud.model.empty() && s.cloud.offer->id == s.cloud.model ? &*s.cloud.offer : nullptr;
}

double ratio(double now, double first)
{
    return first > 0.0 ? now / first : 1.0;
}

Scenario::PriceFactors factorsBetween(const OfferPrices& now, const OfferPrices& first)
{
    Scenario::PriceFactors f;
    f.input = ratio(now.inputUsdPerMtok, first.inputUsdPerMtok);
    f.output = ratio(now.outputUsdPerMtok, first.outputUsdPerMtok);
    f.cacheRead = now.cacheReadUsdPerMtok && first.cacheReadUsdPerMtok
        ? ratio(*now.cacheReadUsdPerMtok, *first.cacheReadUsdPerMtok)
        : f.input;
    return f;
}

} // namespace

const Offer* Scenario::namedOffer() const
{
    return datedOffer(*this);
}

Scenario::PriceFactors Scenario::priceFactorsIn(int month) const
{
    const Offer* offer = datedOffer(*this);
    if (!offer || offer->priceHistory.empty() || month <= 1)
        return {};
    const std::string first = firstMonth();
    // A price dated within a month is in force from the next: each month pays the price of its
    // first day.
    return factorsBetween(offer->pricesOn(addMonths(first, month - 1) + "-01"), offer->pricesOn(first + "-01"));
}

std::vector<Scenario::PriceStep> Scenario::priceSteps(int months) const
{
    std::vector<PriceStep> steps;
    const Offer* offer = datedOffer(*this);
    if (!offer)
        return steps;
    const std::string first = firstMonth();
    for (const auto& change : offer->changesAfter(first + "-01")) {
        // The month whose first day is the change's or the first after it.
        std::string key = change.from.substr(0, 7);
        if (change.from.substr(8, 2) != "01")
            key = addMonths(key, 1);
        const int index = (std::stoi(key.substr(0, 4)) - std::stoi(first.substr(0, 4))) * 12
            + std::stoi(key.substr(5, 2)) - std::stoi(first.substr(5, 2)) + 1;
        if (index < 2 || index > months)
            continue;
        // Two changes in one month: the later one is in force.
        if (!steps.empty() && steps.back().month == index)
            steps.pop_back();
        const PriceFactors before = steps.empty() ? PriceFactors {} : steps.back().factors;
        const PriceFactors factors = priceFactorsIn(index);
        if (factors != before)
            steps.push_back({ index, key, change, factors });
    }
    return steps;
}

bool Scenario::pricesScheduled() const
{
    const Offer* offer = datedOffer(*this);
    return offer && !offer->changesAfter(firstMonth() + "-01").empty();
}

bool Scenario::pricesRiseLater() const
{
    const Offer* offer = datedOffer(*this);
    if (!offer)
        return false;
    const OfferPrices first = offer->pricesOn(firstMonth() + "-01");
    for (const auto& change : offer->changesAfter(firstMonth() + "-01")) {
        const auto& p = change.prices;
        if (p.inputUsdPerMtok > first.inputUsdPerMtok || p.outputUsdPerMtok > first.outputUsdPerMtok
            || p.cacheReadUsdPerMtok.value_or(0.0) > first.cacheReadUsdPerMtok.value_or(0.0))
            return true;
    }
    return false;
}

} // namespace lowregret
