#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class ScenarioDocument;

// Keeps a copy of unsaved work a couple of seconds behind the user's edits, so that a crash
// loses at most those seconds. The copy is removed when the work is saved or discarded.
class Autosave final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Autosave)

public:
    static constexpr int delayMs = 2000;

    Autosave(ScenarioDocument& document, const QString& file, QObject* parent = nullptr);
    ~Autosave() override;

    [[nodiscard]] QString file() const { return m_file; }
    [[nodiscard]] bool hasRecovery() const;
    // Loads the copy into the document (marked modified, with its original file name).
    [[nodiscard]] QString restore();
    void discard();
    // Writes now if anything is pending (also called on a clean quit's way out).
    void flush();

private:
    void onChanged();
    void write();

    ScenarioDocument& m_document;
    QString m_file;
    QTimer m_timer;
};
