#pragma once

#include <QColor>
#include <QString>

// Every colour the app and the report draw with, defined once: cloud is blue and local is
// green wherever they appear (flowchart, result page, charts, report); text and marks that
// stand out use the roles below. A colour literal anywhere else is a bug (the test
// gui.Palette.NoColourIsDefinedOutsideThePalette looks for them).
namespace Palette {

enum class Role {
    Local, // the local recommendation, its leaves, its cost line
    Cloud, // the cloud recommendation, its leaves, its cost line and bars
    OutOfScope, // the guide does not apply; the flowchart's pending question
    OutOfScopeText, // the same as text on white
    Highlight, // the user's own point on a chart
    Reference, // thresholds and reference lines
    Mark, // the breakeven point
    Grid, // minor grid lines
    Problem, // invalid input and its message
    Regret, // regret warnings
    Stale, // a price that may be out of date or looks wrong
    Muted, // secondary text (footers, notes)
    TableHeader, // the background of a table's header row
    ThirdSeries, // a third and a fourth scenario compared, beside Local and Cloud
    FourthSeries,
};

[[nodiscard]] QColor color(Role role);
// "#rrggbb", for style sheets and rich text.
[[nodiscard]] QString css(Role role);

// a and b mixed: t = 0 is a, 1 is b.
[[nodiscard]] QColor mix(const QColor& a, const QColor& b, float t);
// WCAG relative luminance, 0 (black) to 1 (white), and the contrast ratio of two colours.
[[nodiscard]] qreal luminance(const QColor& c);
[[nodiscard]] qreal contrast(const QColor& a, const QColor& b);
// The colour moved towards black on a light background (towards white on a dark one) until
// it stands out from it by minContrast.
[[nodiscard]] QColor readableOn(QColor colour, const QColor& background, qreal minContrast = 3.0);

} // namespace Palette
