#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

// Short labels wrapped for a box: at most maxLines lines of the given width, the last one
// elided if the text goes on, with the lines evened out ("ab / cd" rather than "abc / d").
namespace TextWrap {

[[nodiscard]] QStringList wrap(const QString& text, const QFont& font, qreal width, int maxLines);

} // namespace TextWrap
