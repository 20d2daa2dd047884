// File → Update Prices… through the real dialog: a price catalog and a LiteLLM price file written
// here, what the dialog says the file would change, and what Cancel and Update Prices write.
#include "GuiFixture.h"

#include "app/PriceActions.h"
#include "catalog/PriceDiffTree.h"
#include "catalog/UpdatePricesDialog.h"
#include "document/ScenarioDocument.h"

#include "lowregret/catalog/Catalog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <algorithm>

namespace {

// The catalog the user has: three offers imported from an earlier LiteLLM file, checked on
// 2026-01-01. "a" changes in the new file, "same" does not, "gone" is not in it.
const char* const importedJson = R"({"lowregret_catalog": 1, "offers": [
 {"id": "openai/test-model-a", "model": "test-model-a", "provider": "openai",
  "input_usd_per_mtok": 1.0, "output_usd_per_mtok": 2.0, "as_of": "2026-01-01",
  "source": "LiteLLM price file old.json"},
 {"id": "openai/test-model-same", "model": "test-model-same", "provider": "openai",
  "input_usd_per_mtok": 1.0, "output_usd_per_mtok": 1.0, "as_of": "2026-01-01",
  "source": "LiteLLM price file old.json"},
 {"id": "openai/test-model-gone", "model": "test-model-gone", "provider": "openai",
  "input_usd_per_mtok": 3.0, "output_usd_per_mtok": 4.0, "as_of": "2026-01-01",
  "source": "LiteLLM price file old.json"}]})";

// The new file: "a" at 0.5 / 1.5 per 1M tokens (5e-7 and 1.5e-6 a token), "same" as before,
// "new" at 2 / 8, and an embedding model that is skipped.
const char* const priceFile = R"({
 "test-model-a": {"litellm_provider": "openai", "mode": "chat",
  "input_cost_per_token": 5e-7, "output_cost_per_token": 1.5e-6},
 "test-model-same": {"litellm_provider": "openai", "mode": "chat",
  "input_cost_per_token": 1e-6, "output_cost_per_token": 1e-6},
 "test-model-new": {"litellm_provider": "openai", "mode": "chat",
  "input_cost_per_token": 2e-6, "output_cost_per_token": 8e-6},
 "test-embedding": {"litellm_provider": "openai", "mode": "embedding", "input_cost_per_token": 1e-7}
})";

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class UpdatePricesGui : public GuiFixture {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        // Where GuiFixture points XDG_DATA_HOME: the catalog must be there before the window reads it.
        writeFile(imported(), importedJson);
        GuiFixture::SetUp();
        writeFile(tempPath(QStringLiteral("new-prices.json")), priceFile);
        // A saved scenario whose cloud option is the offer that changes.
        writeFile(tempPath(QStringLiteral("team.json")),
            R"({"lowregret": 1, "cloud": {"model": "openai/test-model-a"}, "horizon_months": 12})");
        writeFile(tempPath(QStringLiteral("other.json")),
            R"({"lowregret": 1, "cloud": {"model": "openai/test-model-same"}, "horizon_months": 12})");
    }

    QString imported() const { return m_dir.filePath(QStringLiteral("data/lowregret/catalog/imported.json")); }

    UpdatePricesDialog* openAndWait(const QString& file)
    {
        // A dialog closed before is deleted later: it must not be the one found here.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_window->prices().updatePricesFrom(file);
        auto* dialog = m_window->findChild<UpdatePricesDialog*>();
        if (dialog && dialog->isReading()) {
            QSignalSpy done(dialog, &UpdatePricesDialog::finishedReading);
            done.wait(10000);
        }
        return dialog;
    }
};

TEST_F(UpdatePricesGui, TheDialogShowsNewChangedAndGoneOffersWithTheirPrices)
{
    m_settings->addRecentFile(tempPath(QStringLiteral("team.json")));
    m_settings->addRecentFile(tempPath(QStringLiteral("other.json")));
    auto* dialog = openAndWait(tempPath(QStringLiteral("new-prices.json")));
    ASSERT_NE(dialog, nullptr);
    ASSERT_FALSE(dialog->isReading());
    ASSERT_TRUE(dialog->check()->usable());
    auto* tree = dialog->tree();
    ASSERT_EQ(tree->group(PriceDiffTree::NewGroup)->childCount(), 1);
    EXPECT_EQ(tree->group(PriceDiffTree::NewGroup)->child(0)->text(0), QStringLiteral("openai/test-model-new"));
    EXPECT_TRUE(tree->group(PriceDiffTree::NewGroup)
                    ->child(0)
                    ->text(PriceDiffTree::AfterColumn)
                    .startsWith(QStringLiteral("$2.0000 / $8.0000")));
    ASSERT_EQ(tree->group(PriceDiffTree::ChangedGroup)->childCount(), 1);
    const auto* changed = tree->group(PriceDiffTree::ChangedGroup)->child(0);
    EXPECT_EQ(changed->text(0), QStringLiteral("openai/test-model-a"));
    EXPECT_EQ(changed->text(PriceDiffTree::BeforeColumn), QStringLiteral("$1.0000 / $2.0000 (2026-01-01)"));
    EXPECT_TRUE(changed->text(PriceDiffTree::AfterColumn).startsWith(QStringLiteral("$0.5000 / $1.5000 (")))
        << changed->text(PriceDiffTree::AfterColumn).toStdString();
    ASSERT_EQ(tree->group(PriceDiffTree::GoneGroup)->childCount(), 1);
    EXPECT_EQ(tree->group(PriceDiffTree::GoneGroup)->child(0)->text(0), QStringLiteral("openai/test-model-gone"));
    // Read 4 entries; 1 new, 1 changed, 1 gone, 1 skipped (the embedding model).
    const auto* counts = dialog->findChild<QLabel*>(QStringLiteral("updatePricesCountsLabel"));
    ASSERT_NE(counts, nullptr);
    EXPECT_TRUE(
        counts->text().startsWith(QStringLiteral("Read: 4 entries · new: 1 · changed: 1 · gone: 1 · skipped: 1")))
        << counts->text().toStdString();
    // The scenario naming the changed offer is listed; the one naming the unchanged offer is not.
    const QString scenarios = dialog->scenariosLabel()->text();
    EXPECT_TRUE(scenarios.contains(QStringLiteral("team.json: openai/test-model-a"))) << scenarios.toStdString();
    EXPECT_FALSE(scenarios.contains(QStringLiteral("other.json")));
    EXPECT_TRUE(dialog->updateButton()->isEnabled());
    dialog->reject();
}

TEST_F(UpdatePricesGui, CancelWritesNothing)
{
    const QByteArray before = readFile(imported());
    auto* dialog = openAndWait(tempPath(QStringLiteral("new-prices.json")));
    ASSERT_NE(dialog, nullptr);
    dialog->reject();
    QApplication::processEvents();
    EXPECT_EQ(readFile(imported()), before);
    EXPECT_EQ(m_window->catalog().find("openai/test-model-new"), nullptr);
}

TEST_F(UpdatePricesGui, UpdatePricesWritesTheNewPricesAndTheOpenScenarioFollows)
{
    ASSERT_TRUE(m_window->openFile(tempPath(QStringLiteral("team.json"))));
    EXPECT_DOUBLE_EQ(m_window->document().scenario().cloud.inputUsdPerMtok, 1.0);
    auto* dialog = openAndWait(tempPath(QStringLiteral("new-prices.json")));
    ASSERT_NE(dialog, nullptr);
    dialog->updateButton()->click();
    QApplication::processEvents();

    const auto loaded
        = lowregret::Catalog::fromFile(QFile::encodeName(imported()).toStdString(), lowregret::Offer::Origin::Imported);
    ASSERT_TRUE(loaded.catalog.has_value());
    const lowregret::Offer* a = loaded.catalog->find("openai/test-model-a");
    ASSERT_NE(a, nullptr);
    EXPECT_DOUBLE_EQ(a->inputUsdPerMtok, 0.5);
    EXPECT_DOUBLE_EQ(a->outputUsdPerMtok, 1.5);
    const lowregret::Offer* added = loaded.catalog->find("openai/test-model-new");
    ASSERT_NE(added, nullptr);
    EXPECT_DOUBLE_EQ(added->inputUsdPerMtok, 2.0);
    EXPECT_DOUBLE_EQ(added->outputUsdPerMtok, 8.0);
    // Gone offers are kept.
    EXPECT_NE(loaded.catalog->find("openai/test-model-gone"), nullptr);
    // The window's catalog was read again, and the open scenario's prices followed its offer.
    ASSERT_NE(m_window->catalog().find("openai/test-model-new"), nullptr);
    EXPECT_DOUBLE_EQ(m_window->document().scenario().cloud.inputUsdPerMtok, 0.5);
    EXPECT_DOUBLE_EQ(m_window->document().scenario().cloud.outputUsdPerMtok, 1.5);
}

TEST_F(UpdatePricesGui, TheSameFileAgainIsUpToDate)
{
    // The catalog as the new file has it: an import of it changes nothing.
    writeFile(tempPath(QStringLiteral("same.json")),
        R"({"test-model-a": {"litellm_provider": "openai", "mode": "chat",
             "input_cost_per_token": 1e-6, "output_cost_per_token": 2e-6},
            "test-model-same": {"litellm_provider": "openai", "mode": "chat",
             "input_cost_per_token": 1e-6, "output_cost_per_token": 1e-6},
            "test-model-gone": {"litellm_provider": "openai", "mode": "chat",
             "input_cost_per_token": 3e-6, "output_cost_per_token": 4e-6}})");
    auto* dialog = openAndWait(tempPath(QStringLiteral("same.json")));
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->messageLabel()->text().startsWith(QStringLiteral("Your prices are up to date with this file")));
    EXPECT_FALSE(dialog->updateButton()->isVisible());
    dialog->reject();
}

TEST_F(UpdatePricesGui, AFileThatIsNotAPriceFileIsNamedWithItsProblem)
{
    writeFile(tempPath(QStringLiteral("notes.json")), "[1, 2, 3]");
    auto* dialog = openAndWait(tempPath(QStringLiteral("notes.json")));
    ASSERT_NE(dialog, nullptr);
    const QString text = dialog->messageLabel()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("notes.json"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("is not a price file LowRegret reads"))) << text.toStdString();
    EXPECT_FALSE(dialog->updateButton()->isVisible());
    dialog->reject();

    writeFile(tempPath(QStringLiteral("broken.json")), "{ not json");
    dialog = openAndWait(tempPath(QStringLiteral("broken.json")));
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->messageLabel()->text().contains(QStringLiteral("broken.json")));
    EXPECT_TRUE(dialog->messageLabel()->text().contains(QStringLiteral("cannot be read as a price file")));
    EXPECT_FALSE(dialog->updateButton()->isVisible());
    dialog->reject();
}

TEST_F(UpdatePricesGui, TheCommandIsInTheFileMenuWithAShortcutAndSpeaksChinese)
{
    auto* action = m_window->findChild<QAction*>(QStringLiteral("updatePricesAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    EXPECT_FALSE(action->statusTip().isEmpty());
    EXPECT_FALSE(action->toolTip().isEmpty());
    const auto menus = action->associatedObjects();
    EXPECT_TRUE(std::any_of(menus.begin(), menus.end(), [](QObject* o) {
        auto* menu = qobject_cast<QMenu*>(o);
        return menu && menu->title() == QStringLiteral("&File");
    }));
    m_window->setLanguage(lowregret::Lang::ZhHant);
    QApplication::processEvents();
    EXPECT_EQ(action->text(), QStringLiteral("更新價格(&P)…"));
    auto* dialog = openAndWait(tempPath(QStringLiteral("new-prices.json")));
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->updateButton()->text(), QStringLiteral("更新價格(&U)"));
    EXPECT_EQ(dialog->tree()->group(PriceDiffTree::ChangedGroup)->text(0), QStringLiteral("價格變動：1"));
    // At 900 × 600 every line of text has its height, and the table takes the room left.
    dialog->resize(900, 600);
    QApplication::processEvents();
    EXPECT_EQ(dialog->size(), QSize(900, 600));
    for (auto* label : dialog->findChildren<QLabel*>())
        if (label->isVisible() && label->wordWrap())
            EXPECT_GE(label->height(), label->heightForWidth(label->width())) << label->text().toStdString();
    EXPECT_GE(dialog->tree()->height(), 200);
    dialog->reject();
}

TEST_F(UpdatePricesGui, AScenarioNamingAGoneOfferIsListedAsKept)
{
    writeFile(tempPath(QStringLiteral("old-team.json")),
        R"({"lowregret": 1, "cloud": {"model": "openai/test-model-gone"}, "horizon_months": 12})");
    m_settings->addRecentFile(tempPath(QStringLiteral("old-team.json")));
    auto* dialog = openAndWait(tempPath(QStringLiteral("new-prices.json")));
    ASSERT_NE(dialog, nullptr);
    const QString scenarios = dialog->scenariosLabel()->text();
    EXPECT_TRUE(scenarios.contains(QStringLiteral("old-team.json: openai/test-model-gone (gone, kept)")))
        << scenarios.toStdString();
    dialog->reject();
}
