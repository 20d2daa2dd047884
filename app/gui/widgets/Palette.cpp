#include "widgets/Palette.h"

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

} // namespace Palette
