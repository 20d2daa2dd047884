#include "catalog/PriceUpdateCheck.h"

#include "lowregret/scenario/Scenario.h"

#include <QFile>
#include <QFileInfo>

#include <set>

namespace lr = lowregret;

std::string PriceUpdateCheck::sourcePrefix(lr::PriceImport::Format format)
{
    return format == lr::PriceImport::Format::GenaiPrices ? "genai-prices" : "LiteLLM price file";
}

PriceUpdateCheck PriceUpdateCheck::run(
    const QString& file, const lr::Catalog& current, const QStringList& recentFiles, const lr::Guide& guide)
{
    PriceUpdateCheck check;
    check.file = file;
    // Nothing thrown on the pool thread may reach the slot that takes the result: a file that
    // cannot be held in memory is a file that cannot be read.
    try {
        check.read = lr::PriceImport::fromFile(std::filesystem::path(QFile::encodeName(file).toStdString()));
    } catch (const std::exception& e) {
        check.read = {};
        check.read.result.errors.push_back({ .path = QFileInfo(file).fileName().toStdString(),
            .kind = lr::Problem::Kind::Unreadable,
            .value = e.what() });
    }
    if (!check.usable())
        return check;
    check.diff = lr::CatalogDiff::between(current, check.read.result.offers, sourcePrefix(*check.read.format));
    std::set<std::string> changed, gone;
    for (const auto& c : check.diff.changed)
        changed.insert(c.after.id);
    for (const auto& o : check.diff.gone)
        gone.insert(o.id);
    if (changed.empty() && gone.empty())
        return check;
    for (const auto& path : recentFiles) {
        try {
            const auto loaded = lr::Scenario::fromFile(QFile::encodeName(path).toStdString(), guide);
            // A scenario that cannot be read names nothing here; opening it says why.
            if (!loaded.scenario)
                continue;
            const std::string& id = loaded.scenario->cloud.model;
            if (changed.count(id) || gone.count(id))
                check.scenarios.push_back({ path, id, gone.count(id) > 0 });
        } catch (const std::exception&) {
            continue;
        }
    }
    return check;
}
