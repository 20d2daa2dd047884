#include "app/PriceActions.h"

#include "app/Settings.h"
#include "catalog/UpdatePricesDialog.h"
#include "document/ScenarioDocument.h"
#include "widgets/PlainText.h"
#include "widgets/UiText.h"

#include "lowregret/catalog/CatalogUpdate.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

#include <spdlog/spdlog.h>

namespace lr = lowregret;

PriceActions::PriceActions(lr::Catalog& catalog, ScenarioDocument& document, Settings& settings, QWidget* window)
    : QObject(window)
    , m_catalog(catalog)
    , m_document(document)
    , m_settings(settings)
    , m_window(window)
{
    m_action = new QAction(this);
    m_action->setObjectName(QStringLiteral("updatePricesAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    connect(m_action, &QAction::triggered, this, &PriceActions::updatePrices);
    retranslate();
}

PriceActions::~PriceActions() = default;

void PriceActions::retranslate()
{
    m_action->setText(tr("Update &Prices…"));
    const QString tip = tr("Read a LiteLLM or genai-prices price file you downloaded, see what it would change, "
                           "and update your price catalog from it");
    m_action->setToolTip(tip);
    m_action->setStatusTip(tip);
}

void PriceActions::updatePrices()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Update Prices"), m_settings.lastFolder(), tr("Price files (*.json);;All files (*)"));
    if (!path.isEmpty())
        updatePricesFrom(path);
}

void PriceActions::updatePricesFrom(const QString& file)
{
    m_settings.setLastFolder(QFileInfo(file).absolutePath());
    auto* dialog = new UpdatePricesDialog(file, m_catalog, m_settings.recentFiles(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->check() && dialog->check()->usable())
            write(dialog->check()->read.result.offers);
    });
    dialog->open();
}

void PriceActions::write(const std::vector<lr::Offer>& offers)
{
    const auto file = lr::Catalog::userDirectory() / "imported.json";
    const auto result = lr::CatalogUpdate::addOffers(file, offers, lr::Offer::Origin::Imported);
    if (!result.errors.empty()) {
        QStringList reasons;
        for (const auto& p : result.errors)
            reasons << QString::fromStdString(p.describe(UiText::lang()));
        m_lastError = tr("Your prices were not updated; the price catalog is as it was.\n%1")
                          .arg(reasons.join(QLatin1Char('\n')));
        spdlog::warn("update prices: {}", PlainText::lines(m_lastError).toStdString());
        if (m_interactive)
            PlainText::warningBox(m_window, tr("Cannot update prices"), m_lastError)->exec();
        return;
    }
    reloadCatalog();
    Q_EMIT statusMessage(tr("Prices updated: %n offer(s) from the file.", nullptr, int(offers.size())), 6000);
}

void PriceActions::reloadCatalog()
{
    lr::Problems problems;
    m_catalog = lr::Catalog::load(lr::Catalog::userDirectory(), problems);
    for (const auto& p : problems)
        spdlog::warn("price catalog: {}", p.describe(lr::Lang::En));
    m_document.refreshOffer();
    Q_EMIT catalogReloaded();
}
