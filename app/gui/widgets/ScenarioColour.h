#pragma once

#include <QColor>

// The colour of each scenario compared: its lines on the chart and its column in the tables
// beside it, so a scenario reads as the same one everywhere. Defined with the palette's roles,
// here on the floor, so a chart and a dialog both take it and neither from the other.
class ScenarioColour final {
public:
    ScenarioColour() = delete;

    // The n-th scenario's colour (0 the first); the four colours repeat after the fourth.
    [[nodiscard]] static QColor of(int index);
};
