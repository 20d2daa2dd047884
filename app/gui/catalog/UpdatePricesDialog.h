#pragma once

#include "catalog/PriceUpdateCheck.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QStringList>

#include <optional>

class PriceDiffTree;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

// File → Update Prices…: reads a LiteLLM or genai-prices price file away from the interface
// thread, then shows what it would change before anything is written: the file and its format,
// the counts, the offers new, changed and gone (old price → new price), and the saved
// scenarios that name a changed or gone offer. Accepting is the caller's cue to write the
// offers (CatalogUpdate); Cancel writes nothing.
class UpdatePricesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdatePricesDialog)

public:
    UpdatePricesDialog(const QString& file, const lowregret::Catalog& current, const QStringList& recentFiles,
        QWidget* parent = nullptr);
    ~UpdatePricesDialog() override;

    // What was found, once read; none while the file is being read.
    [[nodiscard]] const std::optional<PriceUpdateCheck>& check() const { return m_check; }
    [[nodiscard]] bool isReading() const { return !m_check.has_value(); }
    [[nodiscard]] PriceDiffTree* tree() const { return m_tree; }
    [[nodiscard]] QPushButton* updateButton() const { return m_update; }
    [[nodiscard]] QLabel* messageLabel() const { return m_intro; }
    [[nodiscard]] QLabel* scenariosLabel() const { return m_scenarios; }

Q_SIGNALS:
    void finishedReading();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void show(const PriceUpdateCheck& check);
    [[nodiscard]] QString problemText(const PriceUpdateCheck& check) const;
    [[nodiscard]] QString countsText(const PriceUpdateCheck& check) const;
    [[nodiscard]] QString scenariosText(const PriceUpdateCheck& check) const;

    QString m_file;
    QFutureWatcher<PriceUpdateCheck> m_watcher;
    std::optional<PriceUpdateCheck> m_check;
    QLabel* m_intro = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_counts = nullptr;
    PriceDiffTree* m_tree = nullptr;
    QLabel* m_goneNote = nullptr;
    QLabel* m_scenarios = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_update = nullptr;
};
