#include "document/Autosave.h"

#include "document/OutputFile.h"
#include "document/ScenarioDocument.h"
#include "widgets/UiText.h"

#include "lowregret/io/JsonReader.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <spdlog/spdlog.h>

Autosave::Autosave(ScenarioDocument& document, const QString& folder, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_slot(folder)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::write);
    connect(&m_document, &ScenarioDocument::changed, this, &Autosave::onChanged);
    connect(&m_document, &ScenarioDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();
    });
    // Said once the window is there to listen.
    if (!m_slot.blocked().isEmpty() || m_slot.file().isEmpty())
        QMetaObject::invokeMethod(this, &Autosave::reportBlocked, Qt::QueuedConnection);
}

Autosave::~Autosave() = default;

bool Autosave::hasRecovery() const
{
    return !file().isEmpty() && QFileInfo(file()).isFile();
}

void Autosave::onChanged()
{
    if (m_document.isModified())
        m_timer.start();
}

void Autosave::setPage(int page)
{
    if (page == m_page)
        return;
    m_page = page;
    if (m_document.isModified())
        m_timer.start();
}

void Autosave::flush()
{
    if (m_timer.isActive()) {
        m_timer.stop();
        write();
    }
}

bool Autosave::writeTo(const QString& file, QString& error) const
{
    nlohmann::json wrapper = {
        { "autosave", formatVersion },
        { "file", m_document.filePath().toStdString() },
        { "scenario", m_document.scenario().toJson() },
    };
    if (m_page >= 0)
        wrapper["page"] = m_page;
    error = OutputFile::writeAll(file, QByteArray::fromStdString(wrapper.dump(2)));
    return error.isEmpty();
}

void Autosave::write()
{
    if (!m_document.isModified() || file().isEmpty())
        return;
    QString error;
    if (writeTo(file(), error))
        return;
    // Something took the copy's place (a folder): go on in the next free slot.
    if (!QFileInfo(file()).isFile() && QFileInfo::exists(file())) {
        m_slot.moveOn();
        reportBlocked();
        if (file().isEmpty() || writeTo(file(), error))
            return;
    }
    spdlog::warn("autosave to {} failed: {}", file().toStdString(), error.toStdString());
    if (!m_writeFailureReported) {
        m_writeFailureReported = true;
        report(tr("Unsaved work could not be autosaved to %1: %2").arg(QDir::toNativeSeparators(file()), error));
    }
}

void Autosave::reportBlocked()
{
    if (file().isEmpty()) {
        report(tr("Unsaved work is not autosaved: no autosave file can be written in %1.")
                   .arg(QDir::toNativeSeparators(m_slot.folder())));
        return;
    }
    if (!m_slot.blocked().isEmpty())
        report(tr("%1 is not a file, so unsaved work is autosaved to %2 instead.")
                   .arg(QDir::toNativeSeparators(m_slot.blocked().last()), QDir::toNativeSeparators(file())));
}

void Autosave::report(const QString& text)
{
    if (text == m_lastProblem)
        return;
    m_lastProblem = text;
    spdlog::warn("{}", text.toStdString());
    Q_EMIT problemReported(text);
}

QString Autosave::keepAside()
{
    const QString stamp = QLocale::c().toString(QDateTime::currentDateTime(), QStringLiteral("yyyyMMdd-HHmmss"));
    const QDir dir = QFileInfo(file()).absoluteDir();
    QString target = dir.filePath(QStringLiteral("autosave-damaged-%1.json").arg(stamp));
    for (int n = 2; QFileInfo::exists(target) && n < 100; ++n)
        target = dir.filePath(QStringLiteral("autosave-damaged-%1-%2.json").arg(stamp).arg(n));
    if (!QFile::rename(file(), target))
        return {};
    return target;
}

QString Autosave::restore()
{
    m_restoredPage.reset();
    lowregret::Problems errors;
    const auto json = lowregret::JsonReader::readFile(file().toStdString(), {}, errors);
    QStringList lines;
    std::optional<lowregret::Scenario> scenario;
    if (!json || !json->is_object() || !json->contains("scenario")) {
        for (const auto& p : errors)
            lines << QString::fromStdString(p.describe(UiText::lang()));
        if (lines.isEmpty())
            lines << tr("The autosaved copy is damaged.");
    } else if (const auto v = json->find("autosave"); v != json->end() && v->is_number() && *v > formatVersion) {
        lines << tr("The autosaved copy was written by a newer version of LowRegret.");
    } else {
        const auto loaded = lowregret::Scenario::fromJson((*json)["scenario"], m_document.guide());
        for (const auto& p : loaded.errors)
            lines << QString::fromStdString(p.describe(UiText::lang()));
        scenario = loaded.scenario;
    }
    if (!scenario) {
        const QString aside = keepAside();
        if (!aside.isEmpty())
            lines << tr("The copy has been kept as %1.").arg(QDir::toNativeSeparators(aside));
        return lines.join(QLatin1Char('\n'));
    }
    QString original;
    if (const auto it = json->find("file"); it != json->end() && it->is_string())
        original = QString::fromStdString(it->get<std::string>());
    if (const auto it = json->find("page"); it != json->end() && it->is_number_integer())
        m_restoredPage = it->get<int>();
    m_document.replace(*scenario, original, true);
    return {};
}

void Autosave::discard()
{
    m_timer.stop();
    if (!file().isEmpty() && QFileInfo(file()).isFile() && !QFile::remove(file()))
        spdlog::warn("could not remove the autosaved copy {}", file().toStdString());
}
