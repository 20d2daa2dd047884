#include "document/Autosave.h"

#include "document/OutputFile.h"
#include "document/ScenarioDocument.h"
#include "widgets/UiText.h"

#include "lowregret/JsonReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

Autosave::Autosave(ScenarioDocument& document, const QString& file, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_file(file)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::write);
    connect(&m_document, &ScenarioDocument::changed, this, &Autosave::onChanged);
    connect(&m_document, &ScenarioDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();
    });
}

Autosave::~Autosave() = default;

bool Autosave::hasRecovery() const
{
    return QFileInfo::exists(m_file);
}

void Autosave::onChanged()
{
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

void Autosave::write()
{
    if (!m_document.isModified())
        return;
    nlohmann::json wrapper = {
        { "autosave", 1 },
        { "file", m_document.filePath().toStdString() },
        { "scenario", m_document.scenario().toJson() },
    };
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    const QString error = OutputFile::writeAll(m_file, QByteArray::fromStdString(wrapper.dump(2)));
    if (!error.isEmpty())
        spdlog::warn("autosave to {} failed: {}", m_file.toStdString(), error.toStdString());
}

QString Autosave::restore()
{
    lowregret::Problems errors;
    const auto json = lowregret::JsonReader::readFile(m_file.toStdString(), {}, errors);
    if (!json || !json->is_object() || !json->contains("scenario")) {
        QStringList lines;
        for (const auto& p : errors)
            lines << QString::fromStdString(p.describe(UiText::lang()));
        return lines.isEmpty() ? tr("The autosaved copy is damaged.") : lines.join(QLatin1Char('\n'));
    }
    const auto loaded = lowregret::Scenario::fromJson((*json)["scenario"], m_document.guide());
    if (!loaded.scenario) {
        QStringList lines;
        for (const auto& p : loaded.errors)
            lines << QString::fromStdString(p.describe(UiText::lang()));
        return lines.join(QLatin1Char('\n'));
    }
    QString original;
    if (const auto it = json->find("file"); it != json->end() && it->is_string())
        original = QString::fromStdString(it->get<std::string>());
    m_document.replace(*loaded.scenario, original, true);
    return {};
}

void Autosave::discard()
{
    m_timer.stop();
    if (QFileInfo::exists(m_file) && !QFile::remove(m_file))
        spdlog::warn("could not remove the autosaved copy {}", m_file.toStdString());
}
