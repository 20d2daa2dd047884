#include "flowchart/TextWrap.h"

#include <QFontMetricsF>
#include <QTextLayout>

#include <utility>

namespace TextWrap {

namespace {

struct Wrapped {
    QStringList lines;
    bool elided = false;
    bool overflows = false; // a word is wider than the width (word wrap only)
};

// Wraps the layout's text to width in at most maxLines lines, the last one elided if the text
// goes on. The layout is between beginLayout() and endLayout(): each call only breaks lines
// again and reuses the glyphs shaped by the first.
Wrapped wrapOnce(QTextLayout& layout, qreal width, int maxLines, QTextOption::WrapMode mode)
{
    Wrapped result;
    const QString& text = layout.text();
    QTextOption option = layout.textOption();
    option.setWrapMode(mode);
    layout.setTextOption(option);
    layout.clearLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (line.naturalTextWidth() > width)
            result.overflows = true;
        if (result.lines.size() + 1 == maxLines && line.textStart() + line.textLength() < text.size()) {
            const QString rest = text.mid(line.textStart()).simplified();
            result.lines << QFontMetricsF(layout.font()).elidedText(rest, Qt::ElideRight, width);
            result.elided = true;
            break;
        }
        result.lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    return result;
}

// As wrapOnce, with the lines evened out: the narrowest width that needs no more lines and
// breaks no word, so a label breaks as "ab / cd" rather than "abc / d". The text is shaped
// once; the search only breaks its lines again.
} // namespace

QStringList wrap(const QString& text, const QFont& font, qreal width, int maxLines)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    Wrapped best = wrapOnce(layout, width, maxLines, QTextOption::WrapAtWordBoundaryOrAnywhere);
    if (!best.elided && best.lines.size() >= 2) {
        qreal low = width / static_cast<qreal>(best.lines.size());
        qreal high = width;
        for (int i = 0; i < 8; ++i) {
            const qreal mid = (low + high) / 2;
            Wrapped tried = wrapOnce(layout, mid, maxLines, QTextOption::WordWrap);
            if (tried.elided || tried.overflows || tried.lines.size() > best.lines.size()) {
                low = mid;
            } else {
                high = mid;
                best = std::move(tried);
            }
        }
    }
    layout.endLayout();
    return best.lines;
}

} // namespace TextWrap
