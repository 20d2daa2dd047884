#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

// Short labels wrapped for a box. A label comes cut into segments that a line holds whole
// (Guide::labelSegments: at the guide's break hints, or after spaces and punctuation), so a
// line never breaks inside a word such as 資料 or 門檻.
namespace TextWrap {

struct Wrapped {
    QStringList lines;
    bool elided = false; // more lines were needed than allowed: the last one ends in "…"
    bool overflows = false; // a segment alone is wider than the width
};

// At most maxLines lines of the given width, the fewest the segments allow, evened out
// ("ab / cd" rather than "abc / d").
[[nodiscard]] Wrapped wrap(const QStringList& segments, const QFont& font, qreal width, int maxLines);

} // namespace TextWrap
