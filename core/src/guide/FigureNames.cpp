#include "lowregret/guide/FigureNames.h"

#include <algorithm>

namespace lowregret {

namespace {

// {name} tokens of `text`, in order.
std::vector<std::string> tokens(std::string_view text)
{
    std::vector<std::string> out;
    for (auto open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
        const auto close = text.find('}', open);
        if (close == std::string_view::npos)
            break;
        out.emplace_back(text.substr(open + 1, close - open - 1));
    }
    return out;
}

} // namespace

const std::vector<std::string>& FigureNames::names()
{
    static const std::vector<std::string> names = { "cloud", "monthly_tokens", "cloud_monthly", "cloud_yearly",
        "cloud_total", "local_upfront", "local_monthly", "local_total", "horizon", "breakeven", "threshold", "payback",
        "technician_rate", "technician_hours", "technician_total" };
    return names;
}

std::vector<std::string> FigureNames::unknownNames(std::string_view text)
{
    std::vector<std::string> out;
    for (const auto& name : tokens(text))
        if (std::find(names().begin(), names().end(), name) == names().end())
            out.push_back(name);
    return out;
}

bool FigureNames::usesFigures(std::string_view text)
{
    const auto found = tokens(text);
    return std::any_of(found.begin(), found.end(), [](const std::string& name) { return name != "cloud"; });
}

} // namespace lowregret
