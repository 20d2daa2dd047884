// SfntFont: the copy of a face without the radicals' and compatibility ideographs' aliases, on
// a small font written out in SfntTestFont.h, and its refusal of damaged input.
#include "report/SfntFont.h"
#include "SfntTestFont.h"

#include <QByteArray>
#include <QRawFont>

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <random>

using namespace sfnt_test;
using sfnt::tag;

namespace {

constexpr sfnt::CodeRange k_aliases[] = { { 0x2E80, 0x2FDF }, { 0xF900, 0xFAFF } };

std::uint32_t be32(const Bytes& b, std::size_t at)
{
    return std::uint32_t(b[at]) << 24 | std::uint32_t(b[at + 1]) << 16 | std::uint32_t(b[at + 2]) << 8 | b[at + 3];
}

std::uint32_t sum(sfnt::View data)
{
    std::uint32_t s = 0;
    for (std::size_t i = 0; i < data.size(); i += 4)
        for (std::size_t k = 0; k < 4; ++k)
            s += std::uint32_t(i + k < data.size() ? data[i + k] : 0) << (24 - 8 * k);
    return s;
}

Bytes bytes(sfnt::View v)
{
    return Bytes(v.begin(), v.end());
}

std::optional<Bytes> copyOf(const Bytes& file, std::uint32_t index, std::string& error)
{
    const auto face = sfnt::readFace(file, index, error);
    return face ? sfnt::copy(*face, "Copy Sans", k_aliases, error) : std::nullopt;
}

// The raw subtable a (platform, encoding) record points at, `length` bytes of it.
Bytes subtable(sfnt::View cmap, int platform, int encoding, std::size_t length)
{
    const Bytes c = bytes(cmap);
    for (std::size_t i = 0; i < (std::size_t(c[2]) << 8 | c[3]); ++i) {
        const std::size_t at = 4 + i * 8;
        if ((c[at] << 8 | c[at + 1]) == platform && (c[at + 2] << 8 | c[at + 3]) == encoding)
            return Bytes(c.begin() + be32(c, at + 4), c.begin() + be32(c, at + 4) + std::ptrdiff_t(length));
    }
    return {};
}

// The text of a name record, decoded from UTF-16BE (or Mac Roman on platform 1).
std::string nameText(sfnt::View name, int platform, int language, int id)
{
    const Bytes n = bytes(name);
    const std::size_t count = std::size_t(n[2]) << 8 | n[3], storage = std::size_t(n[4]) << 8 | n[5];
    for (std::size_t i = 0; i < count; ++i) {
        const auto field = [&](std::size_t k) { return n[6 + i * 12 + k * 2] << 8 | n[6 + i * 12 + k * 2 + 1]; };
        if (field(0) != platform || field(2) != language || field(3) != id)
            continue;
        std::string text;
        const std::size_t from = storage + std::size_t(field(5)), length = std::size_t(field(4));
        for (std::size_t k = 0; k < length; k += platform == 1 ? 1 : 2)
            text += char(platform == 1 ? n[from + k] : n[from + k + 1]);
        return text;
    }
    return "<none>";
}

} // namespace

TEST(SfntFont, CopyLeavesOutTheAliasesAndKeepsTheRest)
{
    const Bytes file = fontFile({ defaultTables() });
    std::string error;
    const auto out = copyOf(file, 0, error);
    ASSERT_TRUE(out) << error;
    const auto original = sfnt::readFace(file, 0, error);
    const auto copy = sfnt::readFace(*out, 0, error);
    ASSERT_TRUE(original && copy) << error;

    EXPECT_EQ(copy->version, sfnt::k_trueTypeVersion);
    EXPECT_EQ(copy->find(tag("DSIG")), nullptr); // a signature of the original would not match
    EXPECT_EQ(copy->tables.size(), original->tables.size() - 1);
    constexpr char unchanged[][5] = { "OS/2", "glyf", "hhea", "hmtx", "loca", "maxp", "post" };
    for (const auto& t : unchanged)
        EXPECT_EQ(bytes(copy->find(tag(t))->data), bytes(original->find(tag(t))->data)) << t;

    const sfnt::View cmap = copy->find(tag("cmap"))->data;
    for (const auto& [platform, encoding] : { std::pair(3, 10), std::pair(0, 4) })
        EXPECT_EQ(sfnt::readCharMap(cmap, std::uint16_t(platform), std::uint16_t(encoding), error), copiedMap())
            << error;
    CharMap bmp = copiedMap();
    bmp.pop_back(); // U+20000
    for (const auto& [platform, encoding] : { std::pair(3, 1), std::pair(0, 3) })
        EXPECT_EQ(sfnt::readCharMap(cmap, std::uint16_t(platform), std::uint16_t(encoding), error), bmp) << error;
    EXPECT_EQ(subtable(cmap, 0, 5, 21), format14()); // variation sequences as they were
    EXPECT_EQ(subtable(cmap, 1, 0, 12), macFormat6()); // and the Mac subtable
    EXPECT_EQ(sfnt::readUnicodeMap(cmap, error), copiedMap());

    const sfnt::View name = copy->find(tag("name"))->data;
    EXPECT_EQ(nameText(name, 3, 0x409, 1), "Copy Sans");
    EXPECT_EQ(nameText(name, 3, 0x404, 1), "Copy Sans");
    EXPECT_EQ(nameText(name, 1, 0, 1), "Copy Sans");
    EXPECT_EQ(nameText(name, 3, 0x409, 2), "Bold");
    EXPECT_EQ(nameText(name, 3, 0x409, 3), "Copy Sans Bold");
    EXPECT_EQ(nameText(name, 3, 0x409, 4), "Copy Sans Bold");
    EXPECT_EQ(nameText(name, 3, 0x409, 6), "TestSans-Bold");
    EXPECT_EQ(nameText(name, 3, 0x409, 0), "(c) nobody");

    // Checksums: each table's, and the whole file's through head's adjustment.
    EXPECT_EQ(sum(*out), 0xB1B0AFBAu);
    for (std::size_t i = 0; i < copy->tables.size(); ++i) {
        const sfnt::Table& t = copy->tables[i];
        Bytes data = bytes(t.data);
        if (t.tag == tag("head"))
            std::fill(data.begin() + 8, data.begin() + 12, std::uint8_t(0));
        EXPECT_EQ(be32(*out, 12 + i * 16 + 4), sum(data)) << i;
    }
}

TEST(SfntFont, QtLoadsTheCopyWithItsOwnFamilyAndNoAliases)
{
    const Bytes file = fontFile({ defaultTables() });
    std::string error;
    const auto out = copyOf(file, 0, error);
    ASSERT_TRUE(out) << error;
    const QRawFont before(QByteArray(reinterpret_cast<const char*>(file.data()), qsizetype(file.size())), 12);
    const QRawFont after(QByteArray(reinterpret_cast<const char*>(out->data()), qsizetype(out->size())), 12);
    ASSERT_TRUE(before.isValid() && after.isValid());
    EXPECT_EQ(before.familyName(), QStringLiteral("Test Sans"));
    EXPECT_EQ(after.familyName(), QStringLiteral("Copy Sans"));
    EXPECT_TRUE(before.supportsCharacter(0x2F49u));
    for (const char32_t c : { U'A', U'月', U'長', U'更', U'\U00020000', char32_t(0x2F00), char32_t(0xF900) })
        EXPECT_TRUE(after.supportsCharacter(uint(c))) << std::hex << uint(c);
    for (const char32_t c : { char32_t(0x2F49), char32_t(0x2ED1), char32_t(0xF901) })
        EXPECT_FALSE(after.supportsCharacter(uint(c))) << std::hex << uint(c);
}

TEST(SfntFont, CopiesOneFaceOfACollection)
{
    std::vector<Name> other = defaultNames();
    for (Name& n : other)
        if (n.id == 1)
            n.text = "Other Sans";
    const Bytes ttc = fontFile({ defaultTables(), defaultTables(defaultCmap(), nameTable(other)) });
    std::string error;
    const auto face = sfnt::readFace(ttc, 1, error);
    ASSERT_TRUE(face) << error;
    EXPECT_EQ(nameText(face->find(tag("name"))->data, 3, 0x409, 1), "Other Sans");
    const auto out = copyOf(ttc, 1, error);
    ASSERT_TRUE(out) << error;
    const auto copy = sfnt::readFace(*out, 0, error);
    ASSERT_TRUE(copy) << error;
    EXPECT_EQ(sfnt::readUnicodeMap(copy->find(tag("cmap"))->data, error), copiedMap());

    EXPECT_FALSE(sfnt::readFace(ttc, 2, error));
    EXPECT_NE(error.find("no face 2"), std::string::npos) << error;
    EXPECT_FALSE(sfnt::readFace(fontFile({ defaultTables() }), 1, error));
}

TEST(SfntFont, Format4TakesWhatFitsIn64KiB)
{
    // Runs of consecutive glyphs, scattered glyphs and gaps, read back as written.
    CharMap map;
    std::mt19937 random(7);
    for (char32_t c = 0x20; c < 0x7F; ++c)
        map.push_back({ c, std::uint16_t(c - 0x1D) });
    for (char32_t c = 0x4E00; c < 0x4E00 + 20000; c += (c % 97 == 0) ? 3 : 1)
        map.push_back({ c, std::uint16_t(c % 5 == 0 ? random() % 60000 + 1 : c - 0x4000) });
    const auto small = sfnt::format4(map);
    ASSERT_TRUE(small);
    EXPECT_LE(small->size(), 0xFFFFu);
    std::string error;
    EXPECT_EQ(sfnt::readCharMap(cmapTable({ { { 3, 1 }, 0 } }, { *small }), 3, 1, error), map) << error;

    // 40,000 code points with glyphs in no order need 80,000 bytes of glyph array.
    CharMap big;
    for (char32_t c = 0x4E00; c < 0x4E00 + 40000; ++c)
        big.push_back({ c, std::uint16_t(random() % 60000 + 1) });
    EXPECT_FALSE(sfnt::format4(big));
    // The filtered cmap then keeps the map in format 12 only, under (3,10).
    const auto cmap = sfnt::withoutAliases(cmapTable({ { { 3, 1 }, 0 } }, { plainFormat12(big) }), k_aliases, error);
    ASSERT_TRUE(cmap) << error;
    EXPECT_EQ(sfnt::readCharMap(*cmap, 3, 10, error), big) << error;
    EXPECT_FALSE(sfnt::readCharMap(*cmap, 3, 1, error));
}

TEST(SfntFont, DamagedInputIsRefusedWithAReason)
{
    const Bytes file = fontFile({ defaultTables() });
    std::string error;
    // Every truncation: the directory and the tables lie past the end.
    for (std::size_t n = 0; n < file.size(); ++n) {
        error.clear();
        const Bytes cut(file.begin(), file.begin() + std::ptrdiff_t(n));
        EXPECT_FALSE(copyOf(cut, 0, error)) << n;
        EXPECT_FALSE(error.empty()) << n;
    }
    // Hand-made damage, one field at a time.
    const auto refused = [](const Bytes& cmap) {
        std::string why;
        return !sfnt::withoutAliases(cmap, k_aliases, why) && !why.empty();
    };
    const auto group = [](std::uint32_t a, std::uint32_t b, std::uint32_t g) { return Out().u32(a).u32(b).u32(g).b; };
    const auto fmt12 = [](std::uint32_t groups, const Bytes& data) {
        return Out().u16(12).u16(0).u32(std::uint32_t(16 + data.size())).u32(0).u32(groups).bytes(data).b;
    };
    EXPECT_TRUE(refused(cmapTable({ { { 3, 10 }, 0 } }, { fmt12(0xFFFFFFFF, group(0x41, 0x42, 1)) })));
    EXPECT_TRUE(refused(cmapTable(
        { { { 3, 10 }, 0 } }, { fmt12(2, Out().bytes(group(0x41, 0x50, 1)).bytes(group(0x45, 0x46, 1)).b) })));
    EXPECT_TRUE(refused(cmapTable({ { { 3, 10 }, 0 } }, { fmt12(1, group(0, 0x7FFFFFFF, 1)) })));
    EXPECT_TRUE(refused(cmapTable({ { { 3, 10 }, 0 } }, { fmt12(1, group(0x41, 0x42, 0xFFFF)) })));
    Bytes oddSegments = plainFormat4(sourceMap());
    oddSegments[7] = 3;
    EXPECT_TRUE(refused(cmapTable({ { { 3, 1 }, 0 } }, { oddSegments })));
    Bytes farRange = plainFormat4(sourceMap()); // every idRangeOffset points past the subtable
    const std::size_t segs = (std::size_t(farRange[6]) << 8 | farRange[7]) / 2;
    std::fill(farRange.end() - std::ptrdiff_t(segs * 2), farRange.end(), std::uint8_t(0x7F));
    EXPECT_TRUE(refused(cmapTable({ { { 3, 1 }, 0 } }, { farRange })));
    EXPECT_TRUE(refused(cmapTable({ { { 3, 1 }, 0 } }, { Out().u16(99).u16(6).u16(0).b })));
    EXPECT_TRUE(refused(Out().u16(0).u16(1).u16(3).u16(1).u32(0x10000).b)); // record past the end
    EXPECT_TRUE(refused(Out().u16(1).u16(0).b));

    EXPECT_FALSE(sfnt::renameFamily(
        Out().u16(0).u16(1).u16(18).u16(3).u16(1).u16(0x409).u16(1).u16(40).u16(0).b, "Copy Sans", error));
    EXPECT_FALSE(sfnt::renameFamily(nameTable(defaultNames()), "", error));
    EXPECT_FALSE(sfnt::renameFamily(nameTable(defaultNames()), "Copy\nSans", error));
    Tables badHead = defaultTables();
    badHead[4].second[12] = 0; // head's magic number
    EXPECT_FALSE(copyOf(fontFile({ badHead }), 0, error));
    Tables noCmap = defaultTables();
    noCmap.erase(noCmap.begin() + 2);
    EXPECT_FALSE(copyOf(fontFile({ noCmap }), 0, error));
    EXPECT_FALSE(copyOf(Out().u32(sfnt::tag("ttcf")).u32(0x10000).u32(0xFFFFFFFF).b, 7, error));
}

TEST(SfntFont, GarbageNeverCrashes)
{
    const Bytes file = fontFile({ defaultTables() });
    std::mt19937 random(20240611);
    std::string error;
    // Every byte of the font set to values that break offsets, counts and lengths.
    for (std::size_t at = 0; at < file.size(); ++at) {
        for (const std::uint8_t v : { std::uint8_t(0x00), std::uint8_t(0x7F), std::uint8_t(0xFF) }) {
            Bytes damaged = file;
            damaged[at] = v;
            if (const auto out = copyOf(damaged, 0, error)) {
                EXPECT_TRUE(sfnt::readFace(*out, 0, error)) << at;
            }
        }
    }
    // Random bytes, with and without a plausible header.
    for (int round = 0; round < 2000; ++round) {
        Bytes junk(random() % 400);
        std::generate(junk.begin(), junk.end(), [&random] { return std::uint8_t(random()); });
        if (round % 2 == 0 && junk.size() >= 12)
            std::copy(file.begin(), file.begin() + 12, junk.begin());
        (void)copyOf(junk, 0, error);
        (void)sfnt::withoutAliases(junk, k_aliases, error);
        (void)sfnt::renameFamily(junk, "Copy Sans", error);
    }
}
