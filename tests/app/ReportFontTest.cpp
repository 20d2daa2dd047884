// ReportFont: the report's copy of Noto Sans CJK TC draws exactly what the system face draws,
// but no longer maps the radicals and compatibility ideographs that share those glyphs.
#include "report/ReportFont.h"

#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QPainterPath>
#include <QRawFont>

#include <gtest/gtest.h>

namespace {

const QString k_text = QStringLiteral("月用門長大本地部署回本期，個月");
constexpr char32_t k_aliases[] = { 0x2F49, 0x2F64, 0x2FA8, 0x2ED1, 0x2F24, 0xF901 }; // ⽉ ⽤ ⾨ ⻑ ⼤, 更's

QRawFont systemFace(bool bold)
{
    QFont font(ReportFont::systemFamily());
    font.setBold(bold);
    font.setStyleStrategy(QFont::NoFontMerging);
    QRawFont raw = QRawFont::fromFont(font, QFontDatabase::TraditionalChinese);
    raw.setPixelSize(24);
    return raw;
}

// The copy maps the text to the system face's glyphs, with the same advances and outlines.
void expectSameGlyphs(const QRawFont& copy, const QRawFont& system)
{
    ASSERT_TRUE(copy.isValid());
    EXPECT_EQ(copy.familyName(), ReportFont::copyFamily());
    EXPECT_EQ(copy.styleName(), system.styleName());
    const QList<quint32> glyphs = copy.glyphIndexesForString(k_text);
    EXPECT_EQ(glyphs, system.glyphIndexesForString(k_text));
    EXPECT_FALSE(glyphs.contains(0u));
    EXPECT_EQ(copy.advancesForGlyphIndexes(glyphs), system.advancesForGlyphIndexes(glyphs));
    for (const quint32 g : glyphs)
        EXPECT_EQ(copy.pathForGlyph(g), system.pathForGlyph(g)) << g;
    for (const char32_t c : k_aliases) {
        EXPECT_TRUE(system.supportsCharacter(uint(c))) << std::hex << uint(c);
        EXPECT_FALSE(copy.supportsCharacter(uint(c))) << std::hex << uint(c);
    }
}

} // namespace

TEST(ReportFont, TheRewrittenSystemFileDrawsTheSameGlyphs)
{
    if (!QFileInfo::exists(QStringLiteral("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")))
        GTEST_SKIP() << "Debian's fonts-noto-cjk is not installed";
    for (const bool bold : { false, true }) {
        QString error;
        const QByteArray data = ReportFont::fromSystemFile(bold, error);
        ASSERT_FALSE(data.isEmpty()) << error.toStdString();
        expectSameGlyphs(QRawFont(data, 24), systemFace(bold));
    }
}

TEST(ReportFont, TheCopyOfQtsTablesDrawsTheSameGlyphs)
{
    for (const bool bold : { false, true }) {
        QString error;
        const QByteArray data = ReportFont::fromQtTables(bold, error);
        ASSERT_FALSE(data.isEmpty()) << error.toStdString();
        expectSameGlyphs(QRawFont(data, 24), systemFace(bold));
    }
}

TEST(ReportFont, TheReportDrawsHanTextWithTheCopyInBothWeights)
{
    ASSERT_EQ(ReportFont::hanFamily(), ReportFont::copyFamily());
    for (const bool bold : { false, true }) {
        QFont font(ReportFont::hanFamily());
        font.setBold(bold);
        font.setStyleStrategy(QFont::NoFontMerging);
        const QRawFont raw = QRawFont::fromFont(font, QFontDatabase::TraditionalChinese);
        EXPECT_EQ(raw.familyName(), ReportFont::copyFamily());
        EXPECT_EQ(raw.weight(), bold ? QFont::Bold : QFont::Normal);
        EXPECT_TRUE(raw.supportsCharacter(uint(U'月')));
        EXPECT_FALSE(raw.supportsCharacter(0x2F49u));
    }
}
