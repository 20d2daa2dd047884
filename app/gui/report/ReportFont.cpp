#include "report/ReportFont.h"

#include "report/SfntFont.h"

#include <QByteArray>
#include <QFile>
#include <QFont>
#include <QFontDatabase>
#include <QRawFont>

#include <spdlog/spdlog.h>

#include <deque>
#include <memory>
#include <vector>

namespace {

const char* const k_system = "Noto Sans CJK TC";
const char* const k_copy = "LowRegret Report CJK TC";

// Where Debian's fonts-noto-cjk puts the faces (Qt does not say which file a font came from).
struct Source {
    QFont::Weight weight;
    const char* style;
    const char* file;
};
constexpr Source k_sources[] = {
    { QFont::Normal, "Regular", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc" },
    { QFont::Bold, "Bold", "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc" },
};

// Left out of the copy when their glyph is also a unified ideograph's: the CJK radicals
// supplement and the Kangxi radicals, and the compatibility ideographs.
constexpr sfnt::CodeRange k_aliases[] = { { 0x2E80, 0x2FDF }, { 0xF900, 0xFAFF } };

// Qt hands out a face's tables one tag at a time and does not list them, so the copy asks for
// every table OpenType, TrueType, AAT and Graphite define (DSIG is left out on purpose).
constexpr char k_tags[][5] = { "BASE", "CBDT", "CBLC", "CFF ", "CFF2", "COLR", "CPAL", "EBDT", "EBLC", "EBSC", "GDEF",
    "GPOS", "GSUB", "HVAR", "JSTF", "LTSH", "MATH", "MERG", "MVAR", "OS/2", "PCLT", "STAT", "SVG ", "VDMX", "VORG",
    "VVAR", "avar", "cmap", "cvar", "cvt ", "fpgm", "fvar", "gasp", "glyf", "gvar", "hdmx", "head", "hhea", "hmtx",
    "kern", "loca", "maxp", "meta", "name", "post", "prep", "sbix", "vhea", "vmtx", "acnt", "ankr", "bdat", "bhed",
    "bloc", "bsln", "cidg", "feat", "fmtx", "fond", "gcid", "just", "kerx", "lcar", "ltag", "mort", "morx", "opbd",
    "prop", "trak", "xref", "Zapf", "Feat", "Glat", "Gloc", "Silf", "Sill" };

const Source& source(bool bold)
{
    return k_sources[bold ? 1 : 0];
}

QByteArray fromSystemFile(const Source& source, std::string& error)
{
    auto file = std::make_unique<QFile>(QString::fromLatin1(source.file));
    uchar* data = file->open(QIODevice::ReadOnly) ? file->map(0, file->size(), QFileDevice::MapPrivateOption) : nullptr;
    if (!data) {
        error = std::string(source.file) + ": " + file->errorString().toStdString();
        return {};
    }
    const std::span<std::uint8_t> bytes(data, std::size_t(file->size()));
    file->close(); // the mapping stays
    const std::optional<std::uint32_t> index = sfnt::findFace(bytes, k_system, source.style, error);
    if (!index || !sfnt::rewriteInPlace(bytes, *index, k_copy, k_aliases, error)) {
        error = std::string(source.file) + ": " + error;
        return {}; // unmapped with the file
    }
    // Qt draws from the mapping until the process ends, so it is never unmapped: the files stay
    // reachable from here (not a leak) and are never destroyed. The list itself is never
    // destroyed either: a static vector's destructor would free the only pointers to them at
    // exit, and LeakSanitizer would then report the files as leaked.
    static auto* const s_mapped = new std::vector<QFile*>;
    s_mapped->push_back(file.release());
    return QByteArray::fromRawData(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
}

QByteArray fromQtTables(const Source& source, std::string& error)
{
    QFont font(QString::fromLatin1(k_system));
    font.setWeight(source.weight);
    font.setStyleStrategy(QFont::NoFontMerging);
    const QRawFont raw = QRawFont::fromFont(font, QFontDatabase::TraditionalChinese);
    if (!raw.isValid() || raw.familyName() != QLatin1String(k_system)) {
        error = std::string(k_system) + " is not installed (fonts-noto-cjk)";
        return {};
    }
    if (raw.weight() != source.weight) {
        error = std::string(k_system) + " has no " + source.style + " face";
        return {};
    }
    std::deque<QByteArray> kept; // the face's tables, which `face` views
    sfnt::Face face;
    for (const auto& t : k_tags) {
        QByteArray data = raw.fontTable(t);
        if (data.isEmpty())
            continue;
        kept.push_back(std::move(data));
        const auto* bytes = reinterpret_cast<const std::uint8_t*>(kept.back().constData());
        face.tables.push_back({ sfnt::tag(t), sfnt::View(bytes, std::size_t(kept.back().size())) });
    }
    face.version
        = face.find(sfnt::tag("CFF ")) || face.find(sfnt::tag("CFF2")) ? sfnt::k_cffVersion : sfnt::k_trueTypeVersion;
    QByteArray copy;
    const auto allocate = [&copy](std::size_t n) {
        copy.resize(qsizetype(n));
        return std::span<std::uint8_t>(reinterpret_cast<std::uint8_t*>(copy.data()), std::size_t(copy.size()));
    };
    if (!sfnt::writeCopy(face, k_copy, k_aliases, allocate, error))
        return {};
    return copy;
}

// Registers the copy of the system face of this weight; false, with the reason, when it cannot.
bool registerCopy(const Source& source, std::string& error)
{
    QByteArray font = fromSystemFile(source, error);
    if (font.isEmpty()) {
        spdlog::info("{}; copying the face from Qt instead", error);
        font = fromQtTables(source, error);
        if (font.isEmpty())
            return false;
    }
    const int id = QFontDatabase::addApplicationFontFromData(font);
    if (id < 0 || !QFontDatabase::applicationFontFamilies(id).contains(QLatin1String(k_copy))) {
        error = "Qt did not take the copy";
        if (id >= 0)
            QFontDatabase::removeApplicationFont(id);
        return false;
    }
    spdlog::debug("{} {} registered ({} bytes)", k_copy, source.style, font.size());
    return true;
}

QString makeCopy()
{
    std::string error;
    if (!registerCopy(k_sources[0], error)) {
        spdlog::warn("the report draws Han text with the system's {}, so its text layer may have Kangxi radicals for "
                     "ideographs: {}",
            k_system, error);
        return ReportFont::systemFamily();
    }
    if (!registerCopy(k_sources[1], error))
        spdlog::warn("the report's bold Han text is emboldened from the regular face: {}", error);
    spdlog::debug("the report draws Han text with {}, a copy of {} without its radicals' aliases", k_copy, k_system);
    return ReportFont::copyFamily();
}

} // namespace

QString ReportFont::systemFamily()
{
    return QString::fromLatin1(k_system);
}

QString ReportFont::copyFamily()
{
    return QString::fromLatin1(k_copy);
}

QString ReportFont::hanFamily()
{
    static const QString family = makeCopy();
    return family;
}

QByteArray ReportFont::fromSystemFile(bool bold, QString& error)
{
    std::string why;
    QByteArray font = ::fromSystemFile(source(bold), why);
    error = QString::fromStdString(why);
    return font;
}

QByteArray ReportFont::fromQtTables(bool bold, QString& error)
{
    std::string why;
    QByteArray font = ::fromQtTables(source(bold), why);
    error = QString::fromStdString(why);
    return font;
}
