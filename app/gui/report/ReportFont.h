#pragma once

#include <QByteArray>
#include <QString>

// The Han face of the PDF report. Qt's PDF writer gives each embedded glyph, in the text layer,
// the first code point below U+10000 that the font maps to it. Noto Sans CJK maps the Kangxi
// radicals (U+2F00…), the radicals supplement (U+2E80…) and most compatibility ideographs
// (U+F900…) to the very glyphs of 月, 用, 門 …, and they come first, so a reader searching the
// report for 月 found ⽉ instead. The report therefore draws Han text with a copy of Noto Sans
// CJK TC, Regular and Bold, whose character map leaves out those look-alikes (SfntFont.h):
// the same glyphs and metrics, so the report looks the same, and the text layer says what was
// drawn. The screen keeps the system font.
class ReportFont final {
public:
    ReportFont() = delete;

    // The family to draw the report's Han text with: the copy, made and registered with Qt the
    // first time it is asked for, or the system's "Noto Sans CJK TC" when it cannot be made
    // (the reason is logged).
    static QString hanFamily();

    // The system face that is copied, and the copy's family.
    static QString systemFamily();
    static QString copyFamily();

    // The copy of the Regular or the Bold face, as font data, made the two ways hanFamily tries
    // in turn. The quick way maps Debian's collection file (fonts-noto-cjk) copy-on-write and
    // rewrites the face where it lies: only the pages of the new character map and name are
    // copied, and the outlines stay in the page cache (Qt keeps drawing from the mapping, which
    // is never unmapped). The general way, for a face elsewhere, writes the tables Qt reads from
    // the face it draws "Noto Sans CJK TC" with out again as a new font in memory (about 17 MB).
    // Empty, with the reason, when that way fails. Public for the tests.
    static QByteArray fromSystemFile(bool bold, QString& error);
    static QByteArray fromQtTables(bool bold, QString& error);
};
