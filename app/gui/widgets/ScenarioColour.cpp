#include "widgets/ScenarioColour.h"

#include "widgets/Palette.h"

#include <algorithm>

QColor ScenarioColour::of(int index)
{
    // The app's two colours first, then two that read apart from them and in grey print.
    static constexpr Palette::Role roles[]
        = { Palette::Role::Local, Palette::Role::Cloud, Palette::Role::ThirdSeries, Palette::Role::FourthSeries };
    return Palette::color(roles[std::max(0, index) % 4]);
}
