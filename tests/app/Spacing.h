#pragma once

#include <QChar>
#include <QString>

// Core joins a number and its unit with a no-break space (U+00A0), and a Chinese unit's two
// characters with a word joiner (U+2060). Tests that read a sentence
// for its words treat those as plain spaces (spaced); tests of one formatted figure write the
// expected text with plain spaces and make them no-break (unbroken).
namespace spacing {

inline QString spaced(QString text)
{
    return text.replace(QChar(0x00A0), QLatin1Char(' ')).remove(QChar(0x2060));
}

// The two-character Chinese units are kept whole by a word joiner between their characters.
inline QString unbroken(QString text)
{
    text.replace(QLatin1Char(' '), QChar(0x00A0));
    for (const QString& unit : { QStringLiteral("個月"), QStringLiteral("小時"), QStringLiteral("美元") })
        text.replace(unit, unit.left(1) + QChar(0x2060) + unit.mid(1));
    return text;
}

} // namespace spacing
