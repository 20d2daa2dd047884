#pragma once

#include "lowregret/analysis/Decision.h"
#include "lowregret/catalog/Catalog.h"
#include "lowregret/guide/Guide.h"
#include "lowregret/scenario/Scenario.h"

#include <QObject>
#include <QString>

#include <functional>

// The scenario being edited: what the wizard's pages write into, what is saved and what core
// decides on. It knows its file and whether it has unsaved changes.
class QUndoStack;

class ScenarioDocument final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioDocument)

public:
    explicit ScenarioDocument(const lowregret::Guide& guide, QObject* parent = nullptr);
    ~ScenarioDocument() override;

    [[nodiscard]] const lowregret::Guide& guide() const { return m_guide; }
    // The price catalog that `cloud.model` names resolve against; may be null.
    void setCatalog(const lowregret::Catalog* catalog) { m_catalog = catalog; }
    [[nodiscard]] const lowregret::Catalog* catalog() const { return m_catalog; }
    // The catalog offer the scenario's cloud prices come from, if it names one.
    [[nodiscard]] const lowregret::Offer* cloudOffer() const;
    // Everything the user entered. An answer that Back has taken off the path stays: it no
    // longer changes the leaf, but it is still true (and may still warrant a warning).
    [[nodiscard]] const lowregret::Scenario& scenario() const { return m_scenario; }
    [[nodiscard]] lowregret::Decision::Walk walk() const;
    [[nodiscard]] lowregret::Decision::Result decide() const;

    void edit(const std::function<void(lowregret::Scenario&)>& change);
    // An edit Edit → Undo can take back: `change` now and on Redo, `revert` on Undo, each
    // through edit(). Opening or starting a scenario clears what can be undone.
    void editUndoably(const QString& text, const std::function<void(lowregret::Scenario&)>& change,
        const std::function<void(lowregret::Scenario&)>& revert);
    [[nodiscard]] QUndoStack* undoStack() const { return m_undo; }
    // After the catalog was read again (Update Prices): the cloud prices the user did not type
    // follow the offer `cloud.model` names, as they would on opening the file.
    void refreshOffer();
    // Replaces everything (open, restore) and emits reloaded().
    void replace(const lowregret::Scenario& scenario, const QString& filePath, bool modified);
    void reset();

    [[nodiscard]] QString filePath() const { return m_filePath; }
    [[nodiscard]] bool isModified() const { return m_modified; }
    void setModified(bool modified);

    // Reads a scenario file; on failure leaves the document untouched and returns the reason.
    [[nodiscard]] QString load(const QString& path);
    // Writes atomically (OutputFile): the old file stays intact when anything fails.
    [[nodiscard]] QString save(const QString& path);
    [[nodiscard]] QByteArray toJson() const;

Q_SIGNALS:
    void changed();
    void reloaded();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);
    // Undo or Redo changed the scenario: what the pages show is to be read from it again.
    void undoneOrRedone();

private:
    const lowregret::Guide& m_guide;
    const lowregret::Catalog* m_catalog = nullptr;
    lowregret::Scenario m_scenario;
    QString m_filePath;
    bool m_modified = false;
    QUndoStack* m_undo = nullptr;
};
