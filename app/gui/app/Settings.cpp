#include "app/Settings.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <functional>
#include <map>
#include <string_view>

namespace {

struct KeySpec {
    QVariant defaultValue;
    std::function<bool(const QVariant&)> valid;
};

bool isBytes(const QVariant& v)
{
    return v.canConvert<QByteArray>();
}

const std::map<std::string_view, KeySpec>& table()
{
    static const std::map<std::string_view, KeySpec> keys = {
        { "window/geometry", { QByteArray(), isBytes } },
        { "window/splitter", { QByteArray(), isBytes } },
        { "ui/language",
            { QString(),
                [](const QVariant& v) {
                    const QString s = v.toString();
                    return s.isEmpty() || s == QLatin1String("en") || s == QLatin1String("zh-Hant");
                } } },
        { "files/lastFolder", { QString(), [](const QVariant& v) { return v.canConvert<QString>(); } } },
        { "files/recent", { QStringList(), [](const QVariant& v) { return v.canConvert<QStringList>(); } } },
    };
    return keys;
}

} // namespace

Settings::Settings(const QString& iniPath)
{
    const auto open = [&iniPath] {
        return iniPath.isEmpty() ? std::make_unique<QSettings>()
                                 : std::make_unique<QSettings>(iniPath, QSettings::IniFormat);
    };
    m_settings = open();
    (void)m_settings->allKeys(); // reads the file, so status() knows
    if (m_settings->status() == QSettings::FormatError) {
        // A damaged file is kept for inspection, not overwritten, and the app starts on defaults.
        const QString file = m_settings->fileName();
        m_settings.reset();
        const QString aside = file + QStringLiteral(".damaged-")
            + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (QFile::rename(file, aside))
            m_setAside = aside;
        else
            QFile::remove(file);
        m_settings = open();
    }
}

Settings::~Settings() = default;

QVariant Settings::value(const char* key) const
{
    const auto& spec = table().at(key);
    const QVariant v = m_settings->value(QLatin1String(key), spec.defaultValue);
    // A value a hand edit or an old version left malformed reads as the default.
    return spec.valid(v) ? v : spec.defaultValue;
}

void Settings::setValue(const char* key, const QVariant& value)
{
    const auto& spec = table().at(key);
    m_settings->setValue(QLatin1String(key), spec.valid(value) ? value : spec.defaultValue);
}

QByteArray Settings::windowGeometry() const
{
    return value("window/geometry").toByteArray();
}
void Settings::setWindowGeometry(const QByteArray& geometry)
{
    setValue("window/geometry", geometry);
}
QByteArray Settings::splitterState() const
{
    return value("window/splitter").toByteArray();
}
void Settings::setSplitterState(const QByteArray& state)
{
    setValue("window/splitter", state);
}
QString Settings::language() const
{
    return value("ui/language").toString();
}
void Settings::setLanguage(const QString& code)
{
    setValue("ui/language", code);
}

QString Settings::lastFolder() const
{
    const QString folder = value("files/lastFolder").toString();
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

void Settings::setLastFolder(const QString& folder)
{
    setValue("files/lastFolder", folder);
}

QStringList Settings::recentFiles() const
{
    return value("files/recent").toStringList();
}

void Settings::addRecentFile(const QString& file)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(file).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    setValue("files/recent", files);
}

void Settings::removeRecentFile(const QString& file)
{
    QStringList files = recentFiles();
    files.removeAll(file);
    setValue("files/recent", files);
}

void Settings::clearRecentFiles()
{
    setValue("files/recent", QStringList());
}
void Settings::sync()
{
    m_settings->sync();
}
