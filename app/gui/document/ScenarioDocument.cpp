#include "document/ScenarioDocument.h"

#include "document/OutputFile.h"
#include "widgets/UiText.h"

#include "lowregret/outcome/Evaluation.h"

#include <QFile>
#include <QFileInfo>
#include <QUndoCommand>
#include <QUndoStack>

#include <spdlog/spdlog.h>

#include <utility>

ScenarioDocument::ScenarioDocument(const lowregret::Guide& guide, QObject* parent)
    : QObject(parent)
    , m_guide(guide)
    , m_scenario(lowregret::Scenario::withDefaults(guide.defaults()))
    , m_undo(new QUndoStack(this))
{
}

namespace {

class DocumentEdit final : public QUndoCommand {
public:
    using Change = std::function<void(lowregret::Scenario&)>;
    DocumentEdit(ScenarioDocument& document, const QString& text, Change change, Change revert)
        : QUndoCommand(text)
        , m_document(document)
        , m_change(std::move(change))
        , m_revert(std::move(revert))
    {
    }
    void redo() override { apply(m_change); }
    void undo() override { apply(m_revert); }

private:
    void apply(const Change& c)
    {
        m_document.edit(c);
        if (m_pushed)
            Q_EMIT m_document.undoneOrRedone();
        m_pushed = true;
    }
    ScenarioDocument& m_document;
    Change m_change;
    Change m_revert;
    bool m_pushed = false; // the first redo() is the edit itself, made by its caller
};

} // namespace

void ScenarioDocument::editUndoably(const QString& text, const std::function<void(lowregret::Scenario&)>& change,
    const std::function<void(lowregret::Scenario&)>& revert)
{
    m_undo->push(new DocumentEdit(*this, text, change, revert));
}

ScenarioDocument::~ScenarioDocument() = default;

lowregret::Decision::Walk ScenarioDocument::walk() const
{
    return lowregret::Decision::walk(m_guide, m_scenario);
}

lowregret::Decision::Result ScenarioDocument::decide() const
{
    return lowregret::Decision::decide(m_guide, m_scenario);
}

const lowregret::Offer* ScenarioDocument::cloudOffer() const
{
    if (!m_catalog || m_scenario.cloud.model.empty())
        return nullptr;
    return m_catalog->find(m_scenario.cloud.model);
}

void ScenarioDocument::edit(const std::function<void(lowregret::Scenario&)>& change)
{
    const lowregret::Scenario before = m_scenario;
    change(m_scenario);
    if (!m_scenario.noteEditsSince(before))
        return;
    // The chosen offer's figures the user did not type follow it, as `decide` and Compare
    // Scenarios resolve them: a cached share set here is billed at the offer's cache-read price,
    // and another offer brings its own.
    if (m_scenario.cloud.model != before.cloud.model && !m_scenario.isUserSet("time.cache_read_usd_per_mtok"))
        m_scenario.time.cacheReadUsdPerMtok.reset();
    if (m_catalog && !m_scenario.cloud.model.empty())
        (void)m_scenario.resolveOffer(*m_catalog);
    UiText::setCurrency(m_scenario.currency);
    setModified(true);
    Q_EMIT changed();
}

void ScenarioDocument::refreshOffer()
{
    if (!m_catalog || m_scenario.cloud.model.empty())
        return;
    (void)m_scenario.resolveOffer(*m_catalog);
    Q_EMIT changed();
}

void ScenarioDocument::replace(const lowregret::Scenario& scenario, const QString& filePath, bool modified)
{
    m_scenario = scenario;
    m_undo->clear();
    UiText::setCurrency(m_scenario.currency);
    if (m_filePath != filePath) {
        m_filePath = filePath;
        Q_EMIT filePathChanged(m_filePath);
    }
    setModified(modified);
    Q_EMIT reloaded();
    Q_EMIT changed();
}

void ScenarioDocument::reset()
{
    replace(lowregret::Scenario::withDefaults(m_guide.defaults()), QString(), false);
}

void ScenarioDocument::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(m_modified);
}

QString ScenarioDocument::load(const QString& path)
{
    // File names are bytes on Linux: encodeName keeps names that are not valid UTF-8 intact.
    // The same steps as the CLI; a scenario the flowchart cannot decide yet still opens.
    const auto evaluation = lowregret::Evaluation::run(
        { .file = QFile::encodeName(path).toStdString() }, m_guide, [this] { return m_catalog; }, /*decide=*/false);
    for (const auto& w : evaluation.warnings)
        spdlog::warn("{}: {}", path.toStdString(), w.describe(lowregret::Lang::En));
    if (!evaluation.ok()) {
        QStringList lines;
        for (const auto& p : evaluation.errors)
            lines << QString::fromStdString(p.describe(UiText::lang()));
        return lines.join(QLatin1Char('\n'));
    }
    replace(*evaluation.scenario, QFileInfo(path).absoluteFilePath(), false);
    return {};
}

QByteArray ScenarioDocument::toJson() const
{
    return QByteArray::fromStdString(m_scenario.toJson().dump(2) + "\n");
}

QString ScenarioDocument::save(const QString& path)
{
    const QString error = OutputFile::writeAll(path, toJson());
    if (!error.isEmpty()) {
        spdlog::error("saving {} failed: {}", path.toStdString(), error.toStdString());
        return error;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_filePath != absolute) {
        m_filePath = absolute;
        Q_EMIT filePathChanged(m_filePath);
    }
    setModified(false);
    spdlog::info("saved {}", absolute.toStdString());
    return {};
}
