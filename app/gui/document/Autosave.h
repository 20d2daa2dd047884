#pragma once

#include "document/AutosaveSlot.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

class ScenarioDocument;

// Keeps a copy of unsaved work a couple of seconds behind the user's edits, so that a crash
// loses at most those seconds. The copy is removed when the work is saved or discarded.
//
// Each running instance has its own copy (AutosaveSlot), so a second instance never offers,
// nor removes, the first one's. The copy records the wizard page the user was on. A copy that
// cannot be restored is kept aside as autosave-damaged-DATE.json in the same folder, and the
// message says where.
class Autosave final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Autosave)

public:
    static constexpr int delayMs = 2000;
    static constexpr int formatVersion = 1;

    // Takes a slot in `folder` (the app's data folder).
    Autosave(ScenarioDocument& document, const QString& folder, QObject* parent = nullptr);
    ~Autosave() override;

    // This instance's copy; empty when no autosave file could be taken.
    [[nodiscard]] QString file() const { return m_slot.file(); }
    // A copy left by a run that ended without saving, there to offer.
    [[nodiscard]] bool hasRecovery() const;
    // Loads the copy into the document (marked modified, with its original file name). On
    // failure the copy is kept aside and the message, which names where, is returned.
    [[nodiscard]] QString restore();
    // The page the restored copy was on (a WizardPageId), when it said.
    [[nodiscard]] std::optional<int> restoredPage() const { return m_restoredPage; }
    // The page the user is on, written with the copy.
    void setPage(int page);
    void discard();
    // Writes now if anything is pending (also called on a clean quit's way out).
    void flush();
    // The last problem reported, for tests.
    [[nodiscard]] QString lastProblem() const { return m_lastProblem; }

Q_SIGNALS:
    // Autosave cannot go on as it was (a folder in the way, a failed write): said once.
    void problemReported(const QString& text);

private:
    void onChanged();
    void write();
    [[nodiscard]] bool writeTo(const QString& file, QString& error) const;
    [[nodiscard]] QString keepAside();
    void report(const QString& text);
    void reportBlocked();

    ScenarioDocument& m_document;
    AutosaveSlot m_slot;
    QTimer m_timer;
    int m_page = -1;
    std::optional<int> m_restoredPage;
    bool m_writeFailureReported = false;
    QString m_lastProblem;
};
