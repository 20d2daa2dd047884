#pragma once

// A small TrueType font written out byte by byte for the SfntFont tests: nine empty glyphs and
// a character map in which a Kangxi radical, a radical of the supplement and a compatibility
// ideograph share their glyph with a unified ideograph, as in Noto Sans CJK.
#include "report/SfntFont.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace sfnt_test {

using sfnt::Bytes;
using sfnt::CharMap;

struct Out {
    Bytes b;
    Out& u16(std::uint32_t v)
    {
        b.push_back(std::uint8_t(v >> 8));
        b.push_back(std::uint8_t(v));
        return *this;
    }
    Out& u32(std::uint32_t v) { return u16(v >> 16).u16(v & 0xFFFF); }
    Out& bytes(const Bytes& more)
    {
        b.insert(b.end(), more.begin(), more.end());
        return *this;
    }
    Out& zeros(std::size_t n)
    {
        b.insert(b.end(), n, 0);
        return *this;
    }
};

// What the font maps: ⽉ U+2F49 and 月, ⻑ U+2ED1 and 長, and U+F901 and 更 share a glyph;
// ⼀ U+2F00 and U+F900 have glyphs of their own; U+20000 is beyond the BMP.
inline CharMap sourceMap()
{
    return { { 0x41, 1 }, { 0x42, 2 }, { 0x2ED1, 4 }, { 0x2F00, 7 }, { 0x2F49, 3 }, { 0x66F4, 6 }, { 0x6708, 3 },
        { 0x9577, 4 }, { 0xF900, 5 }, { 0xF901, 6 }, { 0x20000, 8 } };
}

// The map once the aliases are gone.
inline CharMap copiedMap()
{
    return { { 0x41, 1 }, { 0x42, 2 }, { 0x2F00, 7 }, { 0x66F4, 6 }, { 0x6708, 3 }, { 0x9577, 4 }, { 0xF900, 5 },
        { 0x20000, 8 } };
}

// Format 4 the plain way: a segment for each code point below U+FFFF, then the last one.
inline Bytes plainFormat4(const CharMap& map)
{
    CharMap bmp;
    for (const auto& m : map)
        if (m.code < 0xFFFF)
            bmp.push_back(m);
    const std::size_t segs = bmp.size() + 1;
    Out o;
    o.u16(4).u16(std::uint32_t(16 + segs * 8)).u16(0).u16(std::uint32_t(segs * 2)).u16(2).u16(0).u16(0);
    for (const auto& m : bmp)
        o.u16(m.code);
    o.u16(0xFFFF).u16(0);
    for (const auto& m : bmp)
        o.u16(m.code);
    o.u16(0xFFFF);
    for (const auto& m : bmp)
        o.u16((m.glyph - m.code) & 0xFFFF);
    o.u16(1);
    o.zeros(segs * 2);
    return o.b;
}

inline Bytes plainFormat12(const CharMap& map)
{
    Out o;
    o.u16(12).u16(0).u32(std::uint32_t(16 + map.size() * 12)).u32(0).u32(std::uint32_t(map.size()));
    for (const auto& m : map)
        o.u32(m.code).u32(m.code).u32(m.glyph);
    return o.b;
}

// A variation-sequence subtable (one selector, U+FE00, with no sequences) and a Mac one.
inline Bytes format14()
{
    return Out().u16(14).u32(21).u32(1).bytes({ 0x00, 0xFE, 0x00 }).u32(0).u32(0).b;
}

inline Bytes macFormat6()
{
    return Out().u16(6).u16(12).u16(0).u16(0x41).u16(1).u16(1).b;
}

// A cmap with these subtables, each (platform, encoding) pointing at one of them.
inline Bytes cmapTable(
    const std::vector<std::pair<std::pair<int, int>, int>>& records, const std::vector<Bytes>& subtables)
{
    Out o;
    o.u16(0).u16(std::uint32_t(records.size()));
    std::vector<std::uint32_t> offsets;
    std::uint32_t at = std::uint32_t(4 + records.size() * 8);
    for (const Bytes& s : subtables) {
        offsets.push_back(at);
        at += std::uint32_t(s.size());
    }
    for (const auto& [pe, index] : records)
        o.u16(std::uint32_t(pe.first)).u16(std::uint32_t(pe.second)).u32(offsets[std::size_t(index)]);
    for (const Bytes& s : subtables)
        o.bytes(s);
    return o.b;
}

inline Bytes defaultCmap()
{
    return cmapTable(
        { { { 0, 3 }, 0 }, { { 0, 4 }, 1 }, { { 0, 5 }, 2 }, { { 1, 0 }, 3 }, { { 3, 1 }, 0 }, { { 3, 10 }, 1 } },
        { plainFormat4(sourceMap()), plainFormat12(sourceMap()), format14(), macFormat6() });
}

struct Name {
    std::uint16_t platform, encoding, language, id;
    std::string text;
};

inline Bytes nameTable(const std::vector<Name>& names)
{
    Out o, strings;
    o.u16(0).u16(std::uint32_t(names.size())).u16(std::uint32_t(6 + names.size() * 12));
    for (const Name& n : names) {
        Out text;
        for (const char c : n.text)
            n.platform == 1 ? (void)text.b.push_back(std::uint8_t(c)) : (void)text.u16(std::uint8_t(c));
        o.u16(n.platform).u16(n.encoding).u16(n.language).u16(n.id);
        o.u16(std::uint32_t(text.b.size())).u16(std::uint32_t(strings.b.size()));
        strings.bytes(text.b);
    }
    return o.bytes(strings.b).b;
}

inline std::vector<Name> defaultNames()
{
    return { { 1, 0, 0, 1, "Test Sans" }, { 3, 1, 0x404, 1, "Test Sans" }, { 3, 1, 0x404, 2, "Bold" },
        { 3, 1, 0x409, 0, "(c) nobody" }, { 3, 1, 0x409, 1, "Test Sans" }, { 3, 1, 0x409, 2, "Bold" },
        { 3, 1, 0x409, 3, "1.0;Test Sans Bold" }, { 3, 1, 0x409, 4, "Test Sans Bold" },
        { 3, 1, 0x409, 6, "TestSans-Bold" } };
}

using Tables = std::vector<std::pair<std::uint32_t, Bytes>>;

inline Tables defaultTables(Bytes cmap = defaultCmap(), Bytes name = nameTable(defaultNames()))
{
    using sfnt::tag;
    constexpr std::uint32_t glyphs = 9;
    Out head;
    head.u32(0x00010000).u32(0x00010000).u32(0).u32(0x5F0F3CF5).u16(0).u16(1000).zeros(16);
    head.u16(0).u16(0).u16(500).u16(800).u16(1).u16(8).u16(2).u16(0).u16(0); // bbox, style, ppem, loca
    Out hhea;
    hhea.u32(0x00010000).u16(800).u16(0x10000 - 200).u16(0).u16(500).zeros(22).u16(1);
    Out maxp;
    maxp.u32(0x00010000).u16(glyphs).zeros(26);
    Out hmtx;
    hmtx.u16(500).u16(0).zeros((glyphs - 1) * 2);
    Out os2;
    os2.u16(4).u16(500).u16(700).u16(5).zeros(88);
    Out post;
    post.u32(0x00030000).zeros(28);
    return { { tag("DSIG"), Out().u32(1).u32(0).b }, { tag("OS/2"), os2.b }, { tag("cmap"), std::move(cmap) },
        { tag("glyf"), Out().zeros(4).b }, { tag("head"), head.b }, { tag("hhea"), hhea.b }, { tag("hmtx"), hmtx.b },
        { tag("loca"), Out().zeros((glyphs + 1) * 2).b }, { tag("maxp"), maxp.b }, { tag("name"), std::move(name) },
        { tag("post"), post.b } };
}

// Fonts of these tables: one sfnt, or a collection when there are several.
inline Bytes fontFile(const std::vector<Tables>& faces)
{
    const bool collection = faces.size() > 1;
    std::size_t at = collection ? 12 + faces.size() * 4 : 0;
    std::vector<std::size_t> directories;
    for (const Tables& t : faces) {
        directories.push_back(at);
        at += 12 + t.size() * 16;
    }
    Out o;
    if (collection) {
        o.u32(sfnt::tag("ttcf")).u32(0x00010000).u32(std::uint32_t(faces.size()));
        for (const std::size_t d : directories)
            o.u32(std::uint32_t(d));
    }
    Out data;
    for (const Tables& t : faces) {
        o.u32(0x00010000).u16(std::uint32_t(t.size())).u16(0).u16(0).u16(0);
        for (const auto& [name, bytes] : t) {
            o.u32(name).u32(0).u32(std::uint32_t(at + data.b.size())).u32(std::uint32_t(bytes.size()));
            data.bytes(bytes).zeros((4 - bytes.size() % 4) % 4);
        }
    }
    return o.bytes(data.b).b;
}

} // namespace sfnt_test
