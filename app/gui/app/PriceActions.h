#pragma once

#include "lowregret/catalog/Catalog.h"

#include <QObject>
#include <QString>

class QAction;
class QWidget;
class ScenarioDocument;
class Settings;

// File → Update Prices…: a price file chosen, what it would change shown (UpdatePricesDialog),
// and on the user's word its offers written into the user's imported.json (CatalogUpdate, under
// a lock, atomically); then the window's catalog is read again and the open scenario's cloud
// prices follow the offer it names. Nothing is fetched over the network.
class PriceActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceActions)

public:
    PriceActions(lowregret::Catalog& catalog, ScenarioDocument& document, Settings& settings, QWidget* window);
    ~PriceActions() override;

    [[nodiscard]] QAction* action() const { return m_action; }
    void retranslate();

    void updatePrices();
    // Opens the dialog on `file`; it reads the file on a pool thread.
    void updatePricesFrom(const QString& file);
    // Reads the catalog again from the built-in offers and the user's files.
    void reloadCatalog();

    [[nodiscard]] QString lastError() const { return m_lastError; }
    void setInteractive(bool interactive) { m_interactive = interactive; }

Q_SIGNALS:
    void statusMessage(const QString& text, int timeoutMs);
    // The catalog was read again and the document's offer resolved against it.
    void catalogReloaded();

private:
    void write(const std::vector<lowregret::Offer>& offers);

    lowregret::Catalog& m_catalog;
    ScenarioDocument& m_document;
    Settings& m_settings;
    QWidget* m_window;
    QAction* m_action = nullptr;
    QString m_lastError;
    bool m_interactive = true;
};
