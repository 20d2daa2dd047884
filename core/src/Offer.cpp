#include "lowregret/Offer.h"

#include <algorithm>

namespace lowregret {

bool Offer::hasUseCase(const std::string& useCase) const
{
    return std::find(useCases.begin(), useCases.end(), useCase) != useCases.end();
}

} // namespace lowregret
