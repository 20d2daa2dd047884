// The 'cmap' half of SfntFont.h: reading formats 4 and 12, writing them, and the filtered table.
#include "report/SfntBytes.h"
#include "report/SfntFont.h"

#include <algorithm>
#include <map>
#include <utility>

namespace sfnt {

using detail::Malformed;
using detail::put16;
using detail::put32;
using detail::Reader;

namespace {

constexpr char32_t k_lastCodePoint = 0x10FFFF;

struct Record {
    std::uint16_t platform = 0;
    std::uint16_t encoding = 0;
    std::uint32_t offset = 0;
};

std::vector<Record> records(const Reader& r)
{
    if (r.u16(0) != 0)
        r.fail("unknown version");
    const std::uint16_t n = r.u16(2);
    r.need(4, std::size_t(n) * 8);
    std::vector<Record> list;
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t at = 4 + i * 8;
        list.push_back({ r.u16(at), r.u16(at + 2), r.u32(at + 4) });
    }
    return list;
}

// The subtable's length from its own header, checked against the table.
std::size_t subtableLength(const Reader& r, std::size_t offset)
{
    const std::uint16_t format = r.u16(offset);
    std::size_t length = 0;
    switch (format) {
    case 0:
    case 2:
    case 4:
    case 6:
        length = r.u16(offset + 2);
        break;
    case 8:
    case 10:
    case 12:
    case 13:
        length = r.u32(offset + 4);
        break;
    case 14:
        length = r.u32(offset + 2);
        break;
    default:
        r.fail("unknown subtable format " + std::to_string(format));
    }
    r.need(offset, length);
    return length;
}

void readFormat4(const Reader& cmap, std::size_t offset, CharMap& map)
{
    const Reader r(cmap.slice(offset, subtableLength(cmap, offset)), "cmap format 4");
    const std::size_t segX2 = r.u16(6);
    if (segX2 == 0 || segX2 % 2 != 0)
        r.fail("bad segment count");
    const std::size_t ends = 14, starts = 16 + segX2, deltas = 16 + 2 * segX2, rangeOffsets = 16 + 3 * segX2;
    r.need(rangeOffsets, segX2);
    std::uint32_t next = 0; // segments are sorted and do not overlap: at most 65,536 code points
    for (std::size_t i = 0; i < segX2; i += 2) {
        const std::uint16_t start = r.u16(starts + i), end = r.u16(ends + i);
        const std::uint16_t delta = r.u16(deltas + i), rangeOffset = r.u16(rangeOffsets + i);
        if (start > end || start < next)
            r.fail("segments out of order");
        next = std::uint32_t(end) + 1;
        for (std::uint32_t c = start; c <= end; ++c) {
            if (c == 0xFFFF)
                break;
            std::uint32_t glyph = c + delta;
            if (rangeOffset != 0) {
                glyph = r.u16(rangeOffsets + i + rangeOffset + 2 * (c - start));
                if (glyph != 0)
                    glyph += delta;
            }
            if (const auto g = static_cast<std::uint16_t>(glyph & 0xFFFF); g != 0)
                map.push_back({ c, g });
        }
    }
}

void readFormat12(const Reader& cmap, std::size_t offset, CharMap& map)
{
    const Reader r(cmap.slice(offset, subtableLength(cmap, offset)), "cmap format 12");
    const std::uint32_t groups = r.u32(12);
    if (groups > r.size() / 12)
        r.fail("truncated");
    r.need(16, std::size_t(groups) * 12);
    std::uint64_t next = 0; // groups are sorted and do not overlap: at most 0x110000 code points
    for (std::size_t i = 0; i < groups; ++i) {
        const std::size_t at = 16 + i * 12;
        const std::uint32_t start = r.u32(at), end = r.u32(at + 4), glyph = r.u32(at + 8);
        if (start > end || end > k_lastCodePoint || start < next)
            r.fail("groups out of order");
        if (std::uint64_t(glyph) + (end - start) > 0xFFFF)
            r.fail("glyph out of range");
        next = std::uint64_t(end) + 1;
        for (std::uint32_t c = start; c <= end; ++c)
            if (const auto g = static_cast<std::uint16_t>(glyph + (c - start)); g != 0)
                map.push_back({ c, g });
    }
}

CharMap readSubtable(const Reader& cmap, std::size_t offset)
{
    CharMap map;
    const std::uint16_t format = cmap.u16(offset);
    if (format == 4)
        readFormat4(cmap, offset, map);
    else if (format == 12)
        readFormat12(cmap, offset, map);
    else
        cmap.fail("format " + std::to_string(format) + " is not read");
    return map;
}

bool isFullUnicode(const Record& r)
{
    return (r.platform == 3 && r.encoding == 10) || (r.platform == 0 && (r.encoding == 4 || r.encoding == 6));
}

bool isBmpUnicode(const Record& r)
{
    return (r.platform == 3 && r.encoding == 1) || (r.platform == 0 && r.encoding <= 3);
}

CharMap unicodeMap(const Reader& cmap)
{
    const std::vector<Record> list = records(cmap);
    for (const auto& wanted : { Record { 3, 10 }, Record { 0, 4 }, Record { 3, 1 }, Record { 0, 3 } }) {
        for (const Record& rec : list) {
            if (rec.platform != wanted.platform || rec.encoding != wanted.encoding)
                continue;
            const std::uint16_t format = cmap.u16(rec.offset);
            if (format == 4 || format == 12)
                return readSubtable(cmap, rec.offset);
        }
    }
    cmap.fail("no Unicode subtable in format 4 or 12");
}

} // namespace

std::optional<CharMap> readCharMap(View cmap, std::uint16_t platform, std::uint16_t encoding, std::string& error)
{
    try {
        const Reader r(cmap, "cmap");
        for (const Record& rec : records(r))
            if (rec.platform == platform && rec.encoding == encoding)
                return readSubtable(r, rec.offset);
        error = "cmap: no subtable for platform " + std::to_string(platform) + " encoding " + std::to_string(encoding);
    } catch (const Malformed& e) {
        error = e.what();
    }
    return std::nullopt;
}

std::optional<CharMap> readUnicodeMap(View cmap, std::string& error)
{
    try {
        return unicodeMap(Reader(cmap, "cmap"));
    } catch (const Malformed& e) {
        error = e.what();
    }
    return std::nullopt;
}

Bytes format12(const CharMap& map)
{
    std::vector<std::pair<std::size_t, std::size_t>> groups; // [first, last] indices into map
    for (std::size_t i = 0; i < map.size(); ++i) {
        if (!groups.empty()) {
            const Mapping& prev = map[groups.back().second];
            if (map[i].code == prev.code + 1 && map[i].glyph == prev.glyph + 1) {
                groups.back().second = i;
                continue;
            }
        }
        groups.emplace_back(i, i);
    }
    Bytes out;
    put16(out, 12);
    put16(out, 0);
    put32(out, static_cast<std::uint32_t>(16 + groups.size() * 12));
    put32(out, 0); // language
    put32(out, static_cast<std::uint32_t>(groups.size()));
    for (const auto& [first, last] : groups) {
        put32(out, map[first].code);
        put32(out, map[last].code);
        put32(out, map[first].glyph);
    }
    return out;
}

std::optional<Bytes> format4(const CharMap& map)
{
    // A segment maps [start, end] either by a constant delta or through the glyph array.
    struct Segment {
        std::uint32_t start = 0, end = 0;
        std::uint16_t delta = 0;
        std::vector<std::uint16_t> glyphs; // empty: mapped by delta
    };
    std::vector<Segment> segments;
    std::size_t arrayLength = 0;
    const auto deltaOf = [&map](std::size_t i) { return static_cast<std::uint16_t>(map[i].glyph - map[i].code); };
    const auto addArray = [&](std::size_t from, std::size_t to) {
        if (from == to)
            return;
        Segment s { map[from].code, map[to - 1].code, 0, {} };
        for (std::size_t k = from; k < to; ++k)
            s.glyphs.push_back(map[k].glyph);
        arrayLength += s.glyphs.size();
        segments.push_back(std::move(s));
    };
    std::size_t i = 0;
    while (i < map.size() && map[i].code < 0xFFFF) {
        std::size_t end = i + 1; // [i, end): consecutive code points
        while (end < map.size() && map[end].code < 0xFFFF && map[end].code == map[end - 1].code + 1)
            ++end;
        // Runs with one delta get a segment of their own when that is shorter than listing them:
        // 8 bytes a segment against 2 a glyph, a split costing one segment at an end, two inside.
        std::size_t pending = i;
        for (std::size_t k = i; k < end;) {
            std::size_t m = k + 1;
            while (m < end && deltaOf(m) == deltaOf(k))
                ++m;
            const bool atEdge = k == i || m == end;
            if ((k == i && m == end) || m - k >= (atEdge ? 4u : 8u)) {
                addArray(pending, k);
                segments.push_back({ map[k].code, map[m - 1].code, deltaOf(k), {} });
                pending = m;
            }
            k = m;
        }
        addArray(pending, end);
        i = end;
    }
    segments.push_back({ 0xFFFF, 0xFFFF, 1, {} });

    const std::size_t segCount = segments.size();
    const std::size_t length = 16 + segCount * 8 + arrayLength * 2;
    if (length > 0xFFFF)
        return std::nullopt;
    std::uint32_t entrySelector = 0;
    while ((std::size_t(2) << entrySelector) <= segCount)
        ++entrySelector;
    const auto searchRange = std::uint32_t(2) << entrySelector;
    Bytes out;
    put16(out, 4);
    put16(out, static_cast<std::uint32_t>(length));
    put16(out, 0); // language
    put16(out, static_cast<std::uint32_t>(segCount * 2));
    put16(out, searchRange);
    put16(out, entrySelector);
    put16(out, static_cast<std::uint32_t>(segCount * 2 - searchRange));
    for (const Segment& s : segments)
        put16(out, s.end);
    put16(out, 0); // reservedPad
    for (const Segment& s : segments)
        put16(out, s.start);
    for (const Segment& s : segments)
        put16(out, s.delta);
    std::size_t arrayAt = 0;
    for (std::size_t k = 0; k < segCount; ++k) {
        if (segments[k].glyphs.empty()) {
            put16(out, 0);
        } else {
            put16(out, static_cast<std::uint32_t>(2 * (segCount - k) + 2 * arrayAt));
            arrayAt += segments[k].glyphs.size();
        }
    }
    for (const Segment& s : segments)
        for (const std::uint16_t g : s.glyphs)
            put16(out, g);
    return out;
}

std::optional<Bytes> withoutAliases(View cmap, std::span<const CodeRange> aliases, std::string& error)
{
    try {
        const Reader r(cmap, "cmap");
        const std::vector<Record> list = records(r);
        const auto isAlias = [aliases](char32_t c) {
            return std::any_of(
                aliases.begin(), aliases.end(), [c](const CodeRange& a) { return c >= a.first && c <= a.last; });
        };
        const CharMap all = unicodeMap(r);
        std::vector<bool> reachedOtherwise(0x10000);
        for (const Mapping& m : all)
            if (!isAlias(m.code))
                reachedOtherwise[m.glyph] = true;
        CharMap kept;
        for (const Mapping& m : all)
            if (!isAlias(m.code) || !reachedOtherwise[m.glyph])
                kept.push_back(m);

        const std::optional<Bytes> bmp = format4(kept);
        const Bytes full = format12(kept);
        std::vector<std::pair<Record, const Bytes*>> out; // offset unused until written
        std::map<std::uint32_t, Bytes> copies; // kept subtables by their offset
        bool hasFull = false, hasBmp = false;
        for (const Record& rec : list) {
            const std::uint16_t format = r.u16(rec.offset);
            if (isFullUnicode(rec) && format != 13) {
                out.emplace_back(rec, &full);
                hasFull = true;
            } else if (isBmpUnicode(rec)) {
                if (bmp) {
                    out.emplace_back(rec, &*bmp);
                    hasBmp = true;
                }
            } else if (format != 13) {
                auto [it, added] = copies.try_emplace(rec.offset);
                if (added) {
                    const View sub = r.slice(rec.offset, subtableLength(r, rec.offset));
                    it->second.assign(sub.begin(), sub.end());
                }
                out.emplace_back(rec, &it->second);
            }
        }
        const bool beyondBmp = !kept.empty() && kept.back().code >= 0xFFFF;
        if (!hasFull && (!hasBmp || beyondBmp))
            out.emplace_back(Record { 3, 10, 0 }, &full);
        std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
            return std::pair(a.first.platform, a.first.encoding) < std::pair(b.first.platform, b.first.encoding);
        });
        out.erase(std::unique(out.begin(), out.end(),
                      [](const auto& a, const auto& b) {
                          return a.first.platform == b.first.platform && a.first.encoding == b.first.encoding;
                      }),
            out.end());

        Bytes table;
        put16(table, 0);
        put16(table, static_cast<std::uint32_t>(out.size()));
        table.resize(4 + out.size() * 8);
        std::map<const Bytes*, std::uint32_t> written; // each subtable once, shared by its records
        for (std::size_t k = 0; k < out.size(); ++k) {
            const auto [it, added] = written.try_emplace(out[k].second, static_cast<std::uint32_t>(table.size()));
            if (added) {
                table.insert(table.end(), out[k].second->begin(), out[k].second->end());
                detail::align4(table);
            }
            const std::span<std::uint8_t> rec(table.data() + 4 + k * 8, 8);
            detail::set16(rec, 0, out[k].first.platform);
            detail::set16(rec, 2, out[k].first.encoding);
            detail::set32(rec, 4, it->second);
        }
        return table;
    } catch (const Malformed& e) {
        error = e.what();
    }
    return std::nullopt;
}

} // namespace sfnt
