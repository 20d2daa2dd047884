#pragma once

#include "lowregret/catalog/Catalog.h"
#include "lowregret/catalog/CatalogDiff.h"
#include "lowregret/catalog/PriceImport.h"
#include "lowregret/guide/Guide.h"

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

// What Update Prices finds before anything is written: the price file read, what it would change
// in the catalog, and which saved scenarios name an offer whose prices change or that the file
// no longer has. Run on a pool thread: it reads the price file and every recent scenario.
struct PriceUpdateCheck {
    // A saved scenario whose cloud option is one of the offers changed or gone.
    struct NamedIn {
        QString file;
        std::string offerId;
        bool gone = false;
    };

    QString file;
    lowregret::PriceImport::Read read;
    lowregret::CatalogDiff diff;
    std::vector<NamedIn> scenarios;

    // The file could be read as a price file (format known, no error): the diff is meaningful.
    [[nodiscard]] bool usable() const { return read.format.has_value() && read.result.errors.empty(); }

    static PriceUpdateCheck run(const QString& file, const lowregret::Catalog& current, const QStringList& recentFiles,
        const lowregret::Guide& guide);
    // What an offer's source starts with when it came from a price file of this format.
    static std::string sourcePrefix(lowregret::PriceImport::Format format);
};
