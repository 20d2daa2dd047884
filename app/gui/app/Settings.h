#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

// The app's persistent preferences, typed. Every key, its default and its check live in one
// table in Settings.cpp; nothing else touches QSettings.
class Settings final {
public:
    static constexpr int maxRecentFiles = 8;

    // The user's settings file; `iniPath` overrides it (tests, or a settings file given by hand).
    explicit Settings(const QString& iniPath = {});
    ~Settings();
    Q_DISABLE_COPY_MOVE(Settings)

    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    [[nodiscard]] QByteArray splitterState() const;
    void setSplitterState(const QByteArray& state);

    // "en", "zh-Hant", or empty for "follow the system".
    [[nodiscard]] QString language() const;
    void setLanguage(const QString& code);

    [[nodiscard]] QString lastFolder() const;
    void setLastFolder(const QString& folder);

    [[nodiscard]] QStringList recentFiles() const;
    void addRecentFile(const QString& file);
    void removeRecentFile(const QString& file);
    void clearRecentFiles();

    void sync();
    // Where a damaged settings file was moved to when it was found unreadable at start-up
    // (the app then starts with defaults); empty when the file was fine.
    [[nodiscard]] QString setAside() const { return m_setAside; }

private:
    [[nodiscard]] QVariant value(const char* key) const;
    void setValue(const char* key, const QVariant& value);

    std::unique_ptr<QSettings> m_settings;
    QString m_setAside;
};
