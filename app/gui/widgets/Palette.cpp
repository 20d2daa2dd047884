#include "widgets/Palette.h"

#include <algorithm>
#include <cmath>

namespace Palette {

namespace {

// Chosen for contrast on white (WCAG AA for the text roles) and to tell cloud from local
// without relying on red and green alone: blue against green, with amber for out of scope.
QRgb rgb(Role role)
{
    switch (role) {
    case Role::Local:
        return 0x2e7d32;
    case Role::Cloud:
        return 0x1f5fa8;
    case Role::OutOfScope:
        return 0xe69f00;
    case Role::OutOfScopeText:
        return 0x8a5a00;
    case Role::Highlight:
        return 0xd95f02;
    case Role::Reference:
        return 0x707070;
    case Role::Mark:
        return 0x2c2c2c;
    case Role::Grid:
        return 0xeeeeee;
    case Role::Problem:
        return 0xc0392b;
    case Role::Regret:
        return 0xa5281b;
    case Role::Stale:
        return 0xb34d00;
    case Role::Muted:
        return 0x555555;
    case Role::TableHeader:
        return 0xe8eef5;
    case Role::ThirdSeries:
        return 0x8e44ad; // purple: apart from green and blue, and darker than them in grey print
    case Role::FourthSeries:
        return 0xd35400; // orange
    }
    return 0x000000;
}

} // namespace

QColor color(Role role)
{
    return QColor::fromRgb(rgb(role));
}

QString css(Role role)
{
    return color(role).name(QColor::HexRgb);
}

QColor mix(const QColor& a, const QColor& b, float t)
{
    return QColor::fromRgbF(
        a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t, a.blueF() * (1 - t) + b.blueF() * t);
}

qreal luminance(const QColor& c)
{
    // WCAG relative luminance.
    const auto channel = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(static_cast<qreal>(c.redF())) + 0.7152 * channel(static_cast<qreal>(c.greenF()))
        + 0.0722 * channel(static_cast<qreal>(c.blueF()));
}

qreal contrast(const QColor& a, const QColor& b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(QColor colour, const QColor& background, qreal minContrast)
{
    const QColor target = luminance(background) > 0.4 ? QColor(Qt::black) : QColor(Qt::white);
    for (int i = 0; i < 10 && contrast(colour, background) < minContrast; ++i)
        colour = mix(colour, target, 0.15f);
    return colour;
}

} // namespace Palette
