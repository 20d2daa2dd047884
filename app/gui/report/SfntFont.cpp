// The file half of SfntFont.h: faces in and out, the name table and the whole copy.
#include "report/SfntFont.h"

#include "report/SfntBytes.h"

#include <algorithm>
#include <tuple>

namespace sfnt {

using detail::checksum;
using detail::Malformed;
using detail::put16;
using detail::Reader;

namespace {

constexpr std::uint32_t k_headMagic = 0x5F0F3CF5;

std::size_t padded(std::size_t n)
{
    return (n + 3) & ~std::size_t(3);
}

// ---- name ----

struct NameRecord {
    std::uint16_t platform = 0, encoding = 0, language = 0, id = 0;
    Bytes text;
};

// `ascii` in the record's encoding, or nothing for an encoding the copy does not write.
std::optional<Bytes> encode(std::uint16_t platform, std::uint16_t encoding, std::string_view ascii)
{
    Bytes out;
    if (platform == 0 || (platform == 3 && (encoding == 0 || encoding == 1 || encoding == 10))) {
        for (const char c : ascii)
            put16(out, std::uint8_t(c)); // UTF-16BE
        return out;
    }
    if (platform == 1 && encoding == 0)
        return Bytes(ascii.begin(), ascii.end()); // Mac Roman, of which ASCII is a part
    return std::nullopt;
}

bool isRenamed(std::uint16_t id)
{
    return id == 1 || id == 3 || id == 4 || id == 16 || id == 21;
}

Bytes renamed(View name, std::string_view family)
{
    const Reader r(name, "name");
    const std::uint16_t format = r.u16(0), count = r.u16(2), storage = r.u16(4);
    if (format > 1)
        r.fail("unknown format");
    r.need(6, std::size_t(count) * 12);
    std::vector<NameRecord> in;
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t at = 6 + i * 12;
        NameRecord rec { r.u16(at), r.u16(at + 2), r.u16(at + 4), r.u16(at + 6), {} };
        const View text = r.slice(std::size_t(storage) + r.u16(at + 10), r.u16(at + 8));
        rec.text.assign(text.begin(), text.end());
        if (rec.language < 0x8000) // format 1's language tags are not carried over
            in.push_back(std::move(rec));
    }
    const auto style = [&in](const NameRecord& like) -> const Bytes* {
        for (const NameRecord& rec : in)
            if (rec.id == 2 && rec.platform == like.platform && rec.encoding == like.encoding
                && rec.language == like.language)
                return &rec.text;
        return nullptr;
    };
    std::vector<NameRecord> out;
    bool hasFamily = false;
    for (const NameRecord& rec : in) {
        if (!isRenamed(rec.id)) {
            out.push_back(rec);
            continue;
        }
        std::optional<Bytes> text = encode(rec.platform, rec.encoding, family);
        if (!text)
            continue;
        const Bytes* sub = style(rec);
        if ((rec.id == 3 || rec.id == 4) && sub && *sub != encode(rec.platform, rec.encoding, "Regular")) {
            *text = *encode(rec.platform, rec.encoding, std::string(family) + ' ');
            text->insert(text->end(), sub->begin(), sub->end());
        }
        hasFamily = hasFamily || rec.id == 1;
        out.push_back({ rec.platform, rec.encoding, rec.language, rec.id, std::move(*text) });
    }
    if (!hasFamily)
        out.push_back({ 3, 1, 0x409, 1, *encode(3, 1, family) });
    std::sort(out.begin(), out.end(), [](const NameRecord& a, const NameRecord& b) {
        return std::tie(a.platform, a.encoding, a.language, a.id) < std::tie(b.platform, b.encoding, b.language, b.id);
    });

    Bytes table;
    put16(table, 0);
    put16(table, static_cast<std::uint32_t>(out.size()));
    put16(table, static_cast<std::uint32_t>(6 + out.size() * 12));
    Bytes strings;
    for (const NameRecord& rec : out) {
        if (rec.text.size() > 0xFFFF || strings.size() > 0xFFFF)
            r.fail("too long");
        for (const std::uint32_t v :
            { std::uint32_t(rec.platform), std::uint32_t(rec.encoding), std::uint32_t(rec.language),
                std::uint32_t(rec.id), std::uint32_t(rec.text.size()), std::uint32_t(strings.size()) })
            put16(table, v);
        strings.insert(strings.end(), rec.text.begin(), rec.text.end());
    }
    table.insert(table.end(), strings.begin(), strings.end());
    return table;
}

} // namespace

const Table* Face::find(std::uint32_t t) const
{
    const auto it = std::find_if(tables.begin(), tables.end(), [t](const Table& table) { return table.tag == t; });
    return it == tables.end() ? nullptr : &*it;
}

std::optional<Face> readFace(View file, std::uint32_t index, std::string& error)
{
    try {
        const Reader r(file, "font file");
        std::size_t offset = 0;
        if (r.u32(0) == tag("ttcf")) {
            const std::uint32_t faces = r.u32(8);
            if (index >= faces)
                r.fail("no face " + std::to_string(index) + " in a collection of " + std::to_string(faces));
            offset = r.u32(12 + std::size_t(index) * 4);
        } else if (index != 0) {
            r.fail("not a collection, so there is no face " + std::to_string(index));
        }
        Face face;
        face.version = r.u32(offset);
        if (face.version != k_trueTypeVersion && face.version != k_cffVersion && face.version != tag("true"))
            r.fail("not an OpenType or TrueType font");
        const std::uint16_t count = r.u16(offset + 4);
        r.need(offset + 12, std::size_t(count) * 16);
        for (std::size_t i = 0; i < count; ++i) {
            const std::size_t at = offset + 12 + i * 16;
            const Table t { r.u32(at), r.slice(r.u32(at + 8), r.u32(at + 12)) };
            if (face.find(t.tag))
                r.fail("a table is listed twice");
            face.tables.push_back(t);
        }
        return face;
    } catch (const Malformed& e) {
        error = e.what();
    }
    return std::nullopt;
}

std::size_t sfntSize(std::span<const Table> tables)
{
    std::size_t size = 12 + tables.size() * 16;
    for (const Table& t : tables)
        size += padded(t.data.size());
    return size;
}

void writeSfnt(std::uint32_t version, std::span<const Table> tables, std::span<std::uint8_t> out)
{
    std::vector<Table> sorted(tables.begin(), tables.end());
    std::sort(sorted.begin(), sorted.end(), [](const Table& a, const Table& b) { return a.tag < b.tag; });
    const std::size_t directoryEnd = 12 + sorted.size() * 16;
    std::fill(out.begin(), out.begin() + std::ptrdiff_t(directoryEnd), std::uint8_t(0));
    std::uint32_t entrySelector = 0;
    while ((std::size_t(2) << entrySelector) <= sorted.size())
        ++entrySelector;
    const std::uint32_t searchRange = std::uint32_t(16) << entrySelector;
    detail::set32(out, 0, version);
    detail::set16(out, 4, static_cast<std::uint32_t>(sorted.size()));
    detail::set16(out, 6, searchRange);
    detail::set16(out, 8, entrySelector);
    detail::set16(out, 10, static_cast<std::uint32_t>(sorted.size() * 16 - searchRange));
    std::size_t at = directoryEnd;
    std::optional<std::size_t> head;
    std::uint32_t total = 0; // the file's checksum: the directory's and every (padded) table's
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        const Table& t = sorted[i];
        const auto where = out.begin() + std::ptrdiff_t(at);
        std::fill(std::copy(t.data.begin(), t.data.end(), where), where + std::ptrdiff_t(padded(t.data.size())),
            std::uint8_t(0));
        if (t.tag == tag("head") && t.data.size() >= 12) {
            head = at;
            detail::set32(out, at + 8, 0); // checkSumAdjustment counts as 0 in the sums
        }
        const std::uint32_t sum = checksum(View(out.data() + at, t.data.size()));
        total += sum;
        const std::size_t record = 12 + i * 16;
        detail::set32(out, record, t.tag);
        detail::set32(out, record + 4, sum);
        detail::set32(out, record + 8, static_cast<std::uint32_t>(at));
        detail::set32(out, record + 12, static_cast<std::uint32_t>(t.data.size()));
        at += padded(t.data.size());
    }
    total += checksum(View(out.data(), directoryEnd));
    if (head)
        detail::set32(out, *head + 8, 0xB1B0AFBA - total);
}

std::optional<Bytes> renameFamily(View name, std::string_view family, std::string& error)
{
    if (family.empty() || family.size() > 63
        || !std::all_of(family.begin(), family.end(), [](char c) { return c >= 0x20 && c < 0x7F; })) {
        error = "name: the family must be 1 to 63 printable ASCII characters";
        return std::nullopt;
    }
    try {
        return renamed(name, family);
    } catch (const Malformed& e) {
        error = e.what();
    }
    return std::nullopt;
}

bool writeCopy(const Face& face, std::string_view family, std::span<const CodeRange> aliases,
    const std::function<std::span<std::uint8_t>(std::size_t)>& allocate, std::string& error)
{
    const Table* head = face.find(tag("head"));
    const Table* maxp = face.find(tag("maxp"));
    const Table* cmap = face.find(tag("cmap"));
    const Table* name = face.find(tag("name"));
    const bool outlines
        = face.find(tag("CFF ")) || face.find(tag("CFF2")) || (face.find(tag("glyf")) && face.find(tag("loca")));
    if (!head || !maxp || !cmap || !name || !outlines) {
        error = "the face lacks one of head, maxp, cmap, name and its outlines";
        return false;
    }
    if (head->data.size() < 54 || Reader(head->data, "head").u32(12) != k_headMagic || maxp->data.size() < 6) {
        error = "head or maxp is damaged";
        return false;
    }
    const std::optional<Bytes> newCmap = withoutAliases(cmap->data, aliases, error);
    const std::optional<Bytes> newName = newCmap ? renameFamily(name->data, family, error) : std::nullopt;
    if (!newCmap || !newName)
        return false;
    std::vector<Table> tables;
    for (const Table& t : face.tables) {
        if (t.tag == tag("DSIG"))
            continue;
        tables.push_back(t.tag == tag("cmap") ? Table { t.tag, *newCmap }
                : t.tag == tag("name")        ? Table { t.tag, *newName }
                                              : t);
    }
    if (tables.size() > 0xFFF) {
        error = "too many tables";
        return false;
    }
    const std::size_t size = sfntSize(tables);
    if (size > 0xFFFFFFFFu) {
        error = "the copy would be over 4 GiB";
        return false;
    }
    const std::span<std::uint8_t> out = allocate(size);
    if (out.size() != size) {
        error = "no memory for the copy";
        return false;
    }
    writeSfnt(face.version, tables, out);
    return true;
}

std::optional<Bytes> copy(
    const Face& face, std::string_view family, std::span<const CodeRange> aliases, std::string& error)
{
    Bytes out;
    const auto allocate = [&out](std::size_t n) {
        out.resize(n);
        return std::span<std::uint8_t>(out);
    };
    if (!writeCopy(face, family, aliases, allocate, error))
        return std::nullopt;
    return out;
}

} // namespace sfnt
