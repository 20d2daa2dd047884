// SfntFont's in-place rewrite, as the report does it to a mapped font collection.
#include "SfntTestFont.h"
#include "report/SfntFont.h"

#include <QByteArray>
#include <QRawFont>

#include <gtest/gtest.h>

#include <algorithm>

using namespace sfnt_test;
using sfnt::tag;

namespace {

constexpr sfnt::CodeRange k_aliases[] = { { 0x2E80, 0x2FDF }, { 0xF900, 0xFAFF } };

std::vector<Name> namedOther()
{
    std::vector<Name> names = defaultNames();
    for (Name& n : names)
        if (n.id == 1 || n.id == 4)
            n.text = n.id == 1 ? "Other Sans" : "Other Sans Bold";
    return names;
}

Bytes twoFaces()
{
    return fontFile({ defaultTables(), defaultTables(defaultCmap(), nameTable(namedOther())) });
}

QRawFont load(const Bytes& b)
{
    return QRawFont(QByteArray(reinterpret_cast<const char*>(b.data()), qsizetype(b.size())), 12);
}

} // namespace

TEST(SfntPatch, FindsAFaceByFamilyAndStyle)
{
    std::string error;
    EXPECT_EQ(sfnt::findFace(twoFaces(), "Other Sans", "Bold", error), 1u) << error;
    EXPECT_EQ(sfnt::findFace(twoFaces(), "Test Sans", "Bold", error), 0u) << error;
    EXPECT_EQ(sfnt::findFace(fontFile({ defaultTables() }), "Test Sans", "Bold", error), 0u) << error;
    EXPECT_FALSE(sfnt::findFace(twoFaces(), "Test Sans", "Regular", error));
    EXPECT_NE(error.find("no face named Test Sans Regular"), std::string::npos) << error;
}

TEST(SfntPatch, RewritesOneFaceOfACollectionWhereItLies)
{
    Bytes file = twoFaces();
    const Bytes before = file;
    std::string error;
    ASSERT_TRUE(sfnt::rewriteInPlace(file, 1, "Copy Sans", k_aliases, error)) << error;
    ASSERT_EQ(file.size(), before.size());

    // A collection of that face alone, with the new map and family and the other tables as they were.
    const auto face = sfnt::readFace(file, 0, error);
    ASSERT_TRUE(face) << error;
    EXPECT_FALSE(sfnt::readFace(file, 1, error));
    EXPECT_EQ(face->find(tag("DSIG")), nullptr);
    EXPECT_EQ(sfnt::readUnicodeMap(face->find(tag("cmap"))->data, error), copiedMap()) << error;
    EXPECT_EQ(sfnt::findFace(file, "Copy Sans", "Bold", error), 0u) << error;
    const auto original = sfnt::readFace(before, 1, error);
    ASSERT_TRUE(original) << error;
    constexpr char unchanged[][5] = { "OS/2", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "post" };
    for (const auto& t : unchanged)
        EXPECT_EQ(face->find(tag(t))->data.data() - file.data(), original->find(tag(t))->data.data() - before.data())
            << t; // not moved

    const QRawFont font = load(file);
    ASSERT_TRUE(font.isValid());
    EXPECT_EQ(font.familyName(), QStringLiteral("Copy Sans"));
    EXPECT_TRUE(font.supportsCharacter(uint(U'月')));
    EXPECT_FALSE(font.supportsCharacter(0x2F49u));
}

TEST(SfntPatch, RewritesAPlainFontToo)
{
    // A hundred more radicals drawn as 月: the cmap shrinks enough for the longer name to go
    // after it, in the old cmap's room.
    CharMap map = sourceMap();
    for (char32_t c = 0x2F60; c < 0x2F60 + 100; ++c)
        map.push_back({ c, 3 });
    std::sort(map.begin(), map.end(), [](const auto& a, const auto& b) { return a.code < b.code; });
    const Bytes cmap = cmapTable({ { { 3, 1 }, 0 }, { { 3, 10 }, 1 } }, { plainFormat4(map), plainFormat12(map) });
    Bytes file = fontFile({ defaultTables(cmap) });
    std::string error;
    ASSERT_TRUE(sfnt::rewriteInPlace(file, 0, "Copy Sans Two", k_aliases, error)) << error;
    const auto face = sfnt::readFace(file, 0, error);
    ASSERT_TRUE(face) << error;
    const sfnt::View newCmap = face->find(tag("cmap"))->data, name = face->find(tag("name"))->data;
    EXPECT_GT(name.size(), nameTable(defaultNames()).size());
    EXPECT_EQ(name.data(), newCmap.data() + ((newCmap.size() + 3) & ~std::size_t(3)));
    EXPECT_EQ(sfnt::readUnicodeMap(newCmap, error), copiedMap());
    EXPECT_EQ(sfnt::findFace(file, "Copy Sans Two", "Bold", error), 0u) << error;
    EXPECT_EQ(load(file).familyName(), QStringLiteral("Copy Sans Two"));
}

TEST(SfntPatch, LeavesTheFileAloneWhenTheNewTablesDoNotFit)
{
    // One format 12 group that the rewrite splits in two (U+2F01 goes, its glyph being 一's),
    // and a family that makes the name longer: neither table fits where the old one was.
    const CharMap map = { { 0x2F00, 1 }, { 0x2F01, 2 }, { 0x2F02, 3 }, { 0x4E00, 2 } };
    Out fmt12;
    fmt12.u16(12).u16(0).u32(16 + 24).u32(0).u32(2).u32(0x2F00).u32(0x2F02).u32(1).u32(0x4E00).u32(0x4E00).u32(2);
    const Bytes cmap = cmapTable({ { { 3, 10 }, 0 } }, { fmt12.b });
    std::string error;
    ASSERT_EQ(sfnt::readUnicodeMap(cmap, error), map) << error;
    Bytes file = fontFile({ defaultTables(cmap) });
    const Bytes before = file;
    EXPECT_FALSE(sfnt::rewriteInPlace(file, 0, "Copy Sans With A Longer Name", k_aliases, error));
    EXPECT_NE(error.find("do not fit"), std::string::npos) << error;
    EXPECT_EQ(file, before);
    // The whole copy has room for anything.
    const auto face = sfnt::readFace(file, 0, error);
    ASSERT_TRUE(face);
    EXPECT_TRUE(sfnt::copy(*face, "Copy Sans With A Longer Name", k_aliases, error)) << error;
}

TEST(SfntPatch, RefusesDamageAndWritesNothing)
{
    std::string error;
    // glyf listed inside cmap: clearing the old cmap would wipe it.
    Bytes overlapping = fontFile({ defaultTables() });
    const std::size_t cmapRecord = 12 + 2 * 16, glyfRecord = 12 + 3 * 16;
    std::copy(overlapping.begin() + cmapRecord + 8, overlapping.begin() + cmapRecord + 12,
        overlapping.begin() + glyfRecord + 8);
    ASSERT_TRUE(sfnt::readFace(overlapping, 0, error)) << error;
    const Bytes before = overlapping;
    EXPECT_FALSE(sfnt::rewriteInPlace(overlapping, 0, "Copy Sans", k_aliases, error));
    EXPECT_NE(error.find("overlap"), std::string::npos) << error;
    EXPECT_EQ(overlapping, before);

    // Every byte of a two-face collection broken in turn: refused or rewritten, never a crash,
    // and what is rewritten still reads as a font.
    const Bytes file = twoFaces();
    for (std::size_t at = 0; at < file.size(); ++at) {
        for (const std::uint8_t v : { std::uint8_t(0x00), std::uint8_t(0xFF) }) {
            Bytes damaged = file;
            damaged[at] = v;
            (void)sfnt::findFace(damaged, "Other Sans", "Bold", error);
            if (sfnt::rewriteInPlace(damaged, 1, "Copy Sans", k_aliases, error)) {
                EXPECT_TRUE(sfnt::readFace(damaged, 0, error)) << at << ": " << error;
            }
        }
    }
    for (std::size_t n = 0; n < file.size(); n += 7) {
        Bytes cut(file.begin(), file.begin() + std::ptrdiff_t(n));
        EXPECT_FALSE(sfnt::rewriteInPlace(cut, 1, "Copy Sans", k_aliases, error)) << n;
        EXPECT_FALSE(sfnt::findFace(cut, "Other Sans", "Bold", error)) << n;
    }
}
