#pragma once

#include <QChar>
#include <QString>

// Core joins a number and its unit with a no-break space (U+00A0). Tests that read a sentence
// for its words treat those as plain spaces (spaced); tests of one formatted figure write the
// expected text with plain spaces and make them no-break (unbroken).
namespace spacing {

inline QString spaced(QString text)
{
    return text.replace(QChar(0x00A0), QLatin1Char(' '));
}

inline QString unbroken(QString text)
{
    return text.replace(QLatin1Char(' '), QChar(0x00A0));
}

} // namespace spacing
