// SfntFont.h's in-place half: finding a face by its names and rewriting it where it lies.
#include "report/SfntBytes.h"
#include "report/SfntFont.h"

#include <algorithm>

namespace sfnt {

using detail::Malformed;
using detail::Reader;

namespace {

// Name `id` of the Windows Unicode US English records, as ASCII ('?' for anything else).
std::optional<std::string> windowsName(View name, std::uint16_t id)
{
    const Reader r(name, "name");
    const std::uint16_t count = r.u16(2), storage = r.u16(4);
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t at = 6 + i * 12;
        if (r.u16(at) != 3 || r.u16(at + 2) != 1 || r.u16(at + 4) != 0x409 || r.u16(at + 6) != id)
            continue;
        const View text = r.slice(std::size_t(storage) + r.u16(at + 10), r.u16(at + 8));
        std::string ascii;
        for (std::size_t k = 0; k + 1 < text.size(); k += 2)
            ascii += text[k] == 0 && text[k + 1] < 0x80 ? char(text[k + 1]) : '?';
        return ascii;
    }
    return std::nullopt;
}

struct Span {
    std::size_t offset = 0, size = 0;
    [[nodiscard]] std::size_t end() const { return offset + size; }
    [[nodiscard]] bool overlaps(const Span& o) const { return offset < o.end() && o.offset < end(); }
};

} // namespace

std::optional<std::uint32_t> findFace(View file, std::string_view family, std::string_view style, std::string& error)
{
    try {
        const Reader r(file, "font file");
        const std::uint32_t faces = r.u32(0) == tag("ttcf") ? r.u32(8) : 1;
        for (std::uint32_t i = 0; i < faces && i < 1024; ++i) {
            const std::optional<Face> face = readFace(file, i, error);
            const Table* name = face ? face->find(tag("name")) : nullptr;
            if (name && windowsName(name->data, 1) == family && windowsName(name->data, 2) == style)
                return i;
        }
        error = "no face named " + std::string(family) + " " + std::string(style);
    } catch (const Malformed& e) {
        error = e.what();
    }
    return std::nullopt;
}

namespace {

bool rewrite(std::span<std::uint8_t> file, std::uint32_t index, std::string_view family,
    std::span<const CodeRange> aliases, std::string& error)
{
    const std::optional<Face> face = readFace(file, index, error);
    if (!face)
        return false;
    const Table* cmap = face->find(tag("cmap"));
    const Table* name = face->find(tag("name"));
    if (!cmap || !name) {
        error = "the face has no cmap or no name";
        return false;
    }
    const std::optional<Bytes> newCmap = withoutAliases(cmap->data, aliases, error);
    const std::optional<Bytes> newName = newCmap ? renameFamily(name->data, family, error) : std::nullopt;
    if (!newCmap || !newName)
        return false;

    // Where the new tables go: each in its old place, or both, one after the other, in one.
    const auto spanOf = [&file](const Table& t) {
        return Span { std::size_t(t.data.data() - file.data()), t.data.size() };
    };
    const auto after = [](const Span& s, std::size_t size) { return Span { (s.end() + 3) & ~std::size_t(3), size }; };
    const Span oldCmap = spanOf(*cmap), oldName = spanOf(*name);
    Span cmapAt { oldCmap.offset, newCmap->size() }, nameAt { oldName.offset, newName->size() };
    if (cmapAt.size > oldCmap.size || nameAt.size > oldName.size) {
        if (const Span s = after(cmapAt, nameAt.size); cmapAt.size <= oldCmap.size && s.end() <= oldCmap.end()) {
            nameAt = s;
        } else if (const Span c = after(nameAt, cmapAt.size); nameAt.size <= oldName.size && c.end() <= oldName.end()) {
            cmapAt = c;
        } else {
            error = "the new cmap and name do not fit where the old ones were";
            return false;
        }
    }
    // The old tables' room is cleared and written: it must not hold any other table of the face,
    // its directory or the collection's header (a damaged font may have them overlap).
    const Reader r(file, "font file");
    const bool collection = r.u32(0) == tag("ttcf");
    const std::size_t directory = collection ? r.u32(12 + std::size_t(index) * 4) : 0;
    std::vector<Span> others { { directory, 12 + face->tables.size() * 16 } };
    if (collection)
        others.push_back({ 0, 16 });
    for (const Table& t : face->tables)
        if (t.tag != tag("cmap") && t.tag != tag("name"))
            others.push_back(spanOf(t));
    bool overlap = oldCmap.overlaps(oldName);
    for (const Span& o : others)
        overlap = overlap || o.overlaps(oldCmap) || o.overlaps(oldName);
    if (overlap) {
        error = "the face's tables overlap";
        return false;
    }

    // Everything is checked: now write.
    for (const Span& s : { oldCmap, oldName })
        std::fill_n(file.begin() + std::ptrdiff_t(s.offset), s.size, std::uint8_t(0));
    std::copy(newCmap->begin(), newCmap->end(), file.begin() + std::ptrdiff_t(cmapAt.offset));
    std::copy(newName->begin(), newName->end(), file.begin() + std::ptrdiff_t(nameAt.offset));

    // The directory again, without DSIG; the tables left as they were keep their checksums.
    std::vector<Bytes> records;
    for (std::size_t i = 0; i < face->tables.size(); ++i) {
        const std::size_t at = directory + 12 + i * 16;
        const std::uint32_t t = r.u32(at);
        if (t == tag("DSIG"))
            continue;
        Bytes rec(file.begin() + std::ptrdiff_t(at), file.begin() + std::ptrdiff_t(at + 16));
        if (t == tag("cmap") || t == tag("name")) {
            const Span s = t == tag("cmap") ? cmapAt : nameAt;
            rec.clear();
            for (const std::uint32_t v : { t, detail::checksum(View(file.data() + s.offset, s.size)),
                     std::uint32_t(s.offset), std::uint32_t(s.size) })
                detail::put32(rec, v);
        }
        records.push_back(std::move(rec));
    }
    std::sort(records.begin(), records.end());
    std::uint32_t entrySelector = 0;
    while ((std::size_t(2) << entrySelector) <= records.size())
        ++entrySelector;
    const std::uint32_t searchRange = std::uint32_t(16) << entrySelector;
    const std::span<std::uint8_t> dir = file.subspan(directory, 12 + face->tables.size() * 16);
    detail::set16(dir, 4, std::uint32_t(records.size()));
    detail::set16(dir, 6, searchRange);
    detail::set16(dir, 8, entrySelector);
    detail::set16(dir, 10, std::uint32_t(records.size() * 16 - searchRange));
    std::fill(dir.begin() + 12, dir.end(), std::uint8_t(0));
    for (std::size_t i = 0; i < records.size(); ++i)
        std::copy(records[i].begin(), records[i].end(), dir.begin() + std::ptrdiff_t(12 + i * 16));
    if (collection) { // version 1 (no signature fields), this face alone
        detail::set32(file, 4, 0x00010000);
        detail::set32(file, 8, 1);
        detail::set32(file, 12, std::uint32_t(directory));
    }
    return true;
}

} // namespace

bool rewriteInPlace(std::span<std::uint8_t> file, std::uint32_t index, std::string_view family,
    std::span<const CodeRange> aliases, std::string& error)
{
    try {
        return rewrite(file, index, family, aliases, error);
    } catch (const Malformed& e) { // only ever before anything is written: readFace checked the reads
        error = e.what();
    }
    return false;
}

} // namespace sfnt
