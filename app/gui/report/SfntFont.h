#pragma once

// A stand-alone copy of one face of an OpenType/TrueType font (or of a collection's face) with
// a character map of its own and a family name of its own. Plain C++, no Qt: the report uses it
// to copy Noto Sans CJK TC without the Kangxi radicals and compatibility ideographs that share
// their glyph with a unified ideograph (ReportFont.h says why).
//
// Every function reads its input bounds-checked and gives up on anything malformed: it returns
// nothing (or false) and says why in `error`; it never reads past its input.
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sfnt {

using View = std::span<const std::uint8_t>;
using Bytes = std::vector<std::uint8_t>;

constexpr std::uint32_t tag(const char (&name)[5])
{
    return std::uint32_t(std::uint8_t(name[0])) << 24 | std::uint32_t(std::uint8_t(name[1])) << 16
        | std::uint32_t(std::uint8_t(name[2])) << 8 | std::uint32_t(std::uint8_t(name[3]));
}

constexpr std::uint32_t k_trueTypeVersion = 0x00010000;
constexpr std::uint32_t k_cffVersion = tag("OTTO");

struct Table {
    std::uint32_t tag = 0;
    View data;
};

struct Face {
    std::uint32_t version = k_trueTypeVersion; // 0x00010000 for TrueType outlines, 'OTTO' for CFF
    std::vector<Table> tables; // views into the font file or other storage

    [[nodiscard]] const Table* find(std::uint32_t t) const;
};

// One face of a font file: an sfnt (index 0) or a collection ('ttcf'). The tables view `file`.
std::optional<Face> readFace(View file, std::uint32_t index, std::string& error);
// The index of the face whose name table (Windows, US English) names this family and style.
std::optional<std::uint32_t> findFace(View file, std::string_view family, std::string_view style, std::string& error);

// The bytes of an sfnt with these tables, sorted by tag, each with its checksum, and head's
// checkSumAdjustment set. `out` must be sfntSize(tables) bytes long.
std::size_t sfntSize(std::span<const Table> tables);
void writeSfnt(std::uint32_t version, std::span<const Table> tables, std::span<std::uint8_t> out);

// ---- cmap ----

struct Mapping {
    char32_t code = 0;
    std::uint16_t glyph = 0;
    friend bool operator==(const Mapping&, const Mapping&) = default;
};
using CharMap = std::vector<Mapping>; // sorted by code point; glyph 0 (no glyph) left out

struct CodeRange {
    char32_t first = 0;
    char32_t last = 0; // inclusive
};

// The map of the subtable the (platform, encoding) record points at, in format 4 or 12.
// Nothing, and an error, when there is no such record or the subtable is damaged.
std::optional<CharMap> readCharMap(View cmap, std::uint16_t platform, std::uint16_t encoding, std::string& error);
// The font's Unicode map: from its full-repertoire subtable (3,10) or (0,4) when it has one,
// else from its BMP one (3,1) or (0,3).
std::optional<CharMap> readUnicodeMap(View cmap, std::string& error);

// Subtable encoders. Format 4 covers U+0000–U+FFFE of the map and has no room for more than
// 64 KiB: nothing when the map does not fit.
Bytes format12(const CharMap& map);
std::optional<Bytes> format4(const CharMap& map);

// A cmap without the code points of `aliases` whose glyph is also mapped from a code point
// outside them (so the glyph is reached from the unified ideograph only). The Unicode subtables
// are written again, format 4 for the BMP records (dropped when over 64 KiB) and format 12 for
// the full-repertoire ones; format 14 (variation sequences) and the other platforms' subtables
// are kept as they are, and format 13 (last resort) is left out.
std::optional<Bytes> withoutAliases(View cmap, std::span<const CodeRange> aliases, std::string& error);

// ---- name ----

// A name table whose family (IDs 1, 16, 21), full name (4) and unique ID (3) name `family`
// (printable ASCII), in every language the font named them in. The PostScript name (6), the
// style (2, 17), the copyright and the licence are kept.
std::optional<Bytes> renameFamily(View name, std::string_view family, std::string& error);

// ---- the whole copy ----

// Writes a stand-alone copy of `face` with withoutAliases' cmap, renameFamily's name and no
// digital signature (DSIG, which would no longer match). `allocate(n)` returns the n bytes to
// write to, so a caller writes straight into its own buffer. False, and an error, when the
// face lacks head, maxp, cmap, name or outlines, or when any of them is damaged.
bool writeCopy(const Face& face, std::string_view family, std::span<const CodeRange> aliases,
    const std::function<std::span<std::uint8_t>(std::size_t)>& allocate, std::string& error);
std::optional<Bytes> copy(
    const Face& face, std::string_view family, std::span<const CodeRange> aliases, std::string& error);

// The same change made in place, in a private (copy-on-write) mapping of the font file, so
// that only the pages it writes are copied: the new cmap and name take the place of the face's
// old ones, the face's directory points at them (without DSIG), and a collection is cut down to
// that one face. head's checkSumAdjustment is left alone (no reader checks it; in a collection
// it is not the file's anyway). When the new tables do not fit where the old ones were, or the
// file is damaged, nothing is written and it returns false with the reason.
bool rewriteInPlace(std::span<std::uint8_t> file, std::uint32_t index, std::string_view family,
    std::span<const CodeRange> aliases, std::string& error);

} // namespace sfnt
