// The Compare Models dialog: the catalog's monthly costs at a usage, sorting, filters, stale
// prices and taking an offer as the cloud option.
#include "catalog/CompareModelsDialog.h"
#include "catalog/OfferFilterModel.h"
#include "catalog/OfferTableModel.h"
#include "widgets/UiText.h"

#include "lowregret/Catalog.h"

#include <QApplication>
#include <QBarSet>
#include <QComboBox>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <set>
#include <string>

using lowregret::Catalog;
using lowregret::Offer;

namespace {

constexpr double kTolerance = 1e-9;

const char* const kR1Nscale = "nscale/deepseek-r1-distill-llama-8b";
const char* const kR1OpenRouter = "openrouter/deepseek-r1-distill-llama-8b";
const char* const kVisionVertex = "vertex-ai/llama-3.2-90b-vision-instruct";
const char* const kCoderOpenRouter = "openrouter/qwen2.5-coder-32b-instruct";
const char* const kGroq8b = "groq/llama-3.1-8b-instant";

int rowOf(const QAbstractItemModel& model, const QString& id)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, 0).data(OfferTableModel::OfferIdRole).toString() == id)
            return r;
    return -1;
}

QVariant cell(const QAbstractItemModel& model, const QString& id, int column, int role)
{
    const int row = rowOf(model, id);
    EXPECT_GE(row, 0) << id.toStdString();
    return row < 0 ? QVariant() : model.index(row, column).data(role);
}

double monthlyCost(const QAbstractItemModel& model, const char* id)
{
    return cell(model, QString::fromLatin1(id), OfferTableModel::MonthlyCostColumn, OfferTableModel::SortRole)
        .toDouble();
}

std::set<std::string> shownIds(const OfferFilterModel& model)
{
    std::set<std::string> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.index(r, 0).data(OfferTableModel::OfferIdRole).toString().toStdString());
    return ids;
}

Offer testOffer(const std::string& id, const std::string& asOf, double inputPrice, double outputPrice)
{
    Offer o;
    o.id = id;
    o.model = id.substr(id.find('/') + 1);
    o.provider = "Test";
    o.inputUsdPerMtok = inputPrice;
    o.outputUsdPerMtok = outputPrice;
    o.contextTokens = 32'768;
    o.useCases = { "chat" };
    o.asOf = asOf;
    o.source = "test";
    return o;
}

// The offers these tests count and price, fixed in tests/data/compare-fixture.json so that a
// price update in the built-in catalog changes no expected figure here.
const Catalog& fixture()
{
    static const Catalog catalog = [] {
        auto r = Catalog::fromFile(LOWREGRET_SOURCE_DIR "/tests/data/compare-fixture.json", Offer::Origin::BuiltIn);
        EXPECT_TRUE(r.catalog.has_value()) << (r.errors.empty() ? "" : r.errors.front().describe(lowregret::Lang::En));
        return r.catalog.value_or(Catalog {});
    }();
    return catalog;
}

class CompareModelsTest : public ::testing::Test {
protected:
    void SetUp() override { UiText::setLang(lowregret::Lang::En); }

    void TearDown() override
    {
        UiText::setLang(lowregret::Lang::En);
        m_dialog.reset();
        QApplication::processEvents();
    }

    // The dialog on the fixture catalog at the report's budget case: 10M input, 5M output.
    CompareModelsDialog& open(const Catalog& catalog = fixture(), double in = 10e6, double out = 5e6)
    {
        m_dialog = std::make_unique<CompareModelsDialog>(catalog, in, out);
        m_dialog->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(m_dialog.get()));
        QApplication::processEvents();
        return *m_dialog;
    }

    template <typename T> T* find(const char* name) const
    {
        T* w = m_dialog->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }

    void typeMaxPrice(const QString& text)
    {
        auto* edit = find<QLineEdit>("maxPriceLineEdit");
        ASSERT_NE(edit, nullptr);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
        QApplication::processEvents();
    }

    std::unique_ptr<CompareModelsDialog> m_dialog;
};

} // namespace

TEST_F(CompareModelsTest, BudgetCaseMonthlyCostsFollowThePricesPerMillion)
{
    OfferTableModel model(fixture());
    model.setUsage(10e6, 5e6);
    // 10M input and 5M output tokens at the price per 1M tokens of each.
    EXPECT_NEAR(monthlyCost(model, kR1Nscale), 10 * 0.05 + 5 * 0.05, kTolerance); // 0.75
    EXPECT_NEAR(monthlyCost(model, kVisionVertex), 10 * 5.0 + 5 * 16.0, kTolerance); // 130.00
    EXPECT_NEAR(monthlyCost(model, kCoderOpenRouter), 10 * 0.06 + 5 * 0.20, kTolerance); // 1.60

    const auto shown = [&](const char* id) {
        return cell(model, QString::fromLatin1(id), OfferTableModel::MonthlyCostColumn, Qt::DisplayRole).toString();
    };
    EXPECT_EQ(shown(kR1Nscale), QStringLiteral("$0.75"));
    EXPECT_EQ(shown(kVisionVertex), QStringLiteral("$130.00"));
    EXPECT_EQ(shown(kCoderOpenRouter), QStringLiteral("$1.60"));

    // A new usage changes the cost: 1M in and 1M out on the vision model is 5 + 16.
    model.setUsage(1e6, 1e6);
    EXPECT_NEAR(monthlyCost(model, kVisionVertex), 5.0 + 16.0, kTolerance);
}

TEST_F(CompareModelsTest, SortsByMonthlyCostCheapestFirst)
{
    auto& dialog = open();
    const auto& rows = *dialog.filterModel();
    ASSERT_EQ(rows.rowCount(), static_cast<int>(fixture().offers().size()));
    // The two DeepSeek-R1 distills cost 10 × 0.05 + 5 × 0.05 = 0.75, less than any other offer
    // (the next is Groq's Llama 3.1 8B at 10 × 0.05 + 5 × 0.08 = 0.90); equal costs go by id.
    const auto costAt = [&](int row) {
        return rows.index(row, OfferTableModel::MonthlyCostColumn).data(OfferTableModel::SortRole).toDouble();
    };
    const auto idAt = [&](int row) { return rows.index(row, 0).data(OfferTableModel::OfferIdRole).toString(); };
    EXPECT_NEAR(costAt(0), 10 * 0.05 + 5 * 0.05, kTolerance);
    EXPECT_EQ(idAt(0), QString::fromLatin1(kR1Nscale));
    EXPECT_EQ(idAt(1), QString::fromLatin1(kR1OpenRouter));
    EXPECT_EQ(idAt(2), QString::fromLatin1(kGroq8b));
    for (int r = 1; r < rows.rowCount(); ++r)
        EXPECT_LE(costAt(r - 1), costAt(r)) << "row " << r;

    // The chart has the 12 cheapest, the cheapest last (drawn at the top).
    const auto sets = dialog.barSeries()->barSets();
    ASSERT_EQ(sets.size(), 1);
    ASSERT_EQ(sets.first()->count(), CompareModelsDialog::maxChartBars);
    EXPECT_NEAR(sets.first()->at(CompareModelsDialog::maxChartBars - 1), 10 * 0.05 + 5 * 0.05, kTolerance);

    // A click on the header sorts by another column.
    dialog.table()->sortByColumn(OfferTableModel::MonthlyCostColumn, Qt::DescendingOrder);
    EXPECT_EQ(idAt(0), QStringLiteral("openai/gpt-4")); // 10 × 30 + 5 × 60 = 600, the dearest
}

TEST_F(CompareModelsTest, UseCaseFilterLeavesOnlyThatUseCase)
{
    auto& dialog = open();
    auto* useCase = find<QComboBox>("useCaseComboBox");
    ASSERT_NE(useCase, nullptr);
    EXPECT_EQ(useCase->itemText(0), QStringLiteral("Any use case"));
    const int coding = useCase->findData(QStringLiteral("coding"));
    ASSERT_GT(coding, 0);
    useCase->setCurrentIndex(coding);
    QApplication::processEvents();

    std::set<std::string> expected;
    const Catalog& catalog = fixture();
    for (const auto& offer : catalog.offers())
        if (offer.hasUseCase("coding"))
            expected.insert(offer.id);
    ASSERT_FALSE(expected.empty());
    ASSERT_LT(expected.size(), fixture().offers().size());
    EXPECT_EQ(shownIds(*dialog.filterModel()), expected);
    EXPECT_FALSE(shownIds(*dialog.filterModel()).contains(kR1Nscale)); // reasoning and budget only
    ASSERT_EQ(dialog.barSeries()->barSets().size(), 1);
    EXPECT_EQ(dialog.barSeries()->barSets().first()->count(),
        std::min<int>(static_cast<int>(expected.size()), CompareModelsDialog::maxChartBars));

    useCase->setCurrentIndex(0);
    QApplication::processEvents();
    EXPECT_EQ(dialog.filterModel()->rowCount(), static_cast<int>(fixture().offers().size()));
}

TEST_F(CompareModelsTest, MaximumPriceHidesDearerOffers)
{
    auto& dialog = open();
    typeMaxPrice(QStringLiteral("1"));
    // At most $1 a month: the DeepSeek-R1 distills (10 × 0.05 + 5 × 0.05 = 0.75) and Groq's
    // Llama 3.1 8B (10 × 0.05 + 5 × 0.08 = 0.90); the Qwen coder (10 × 0.06 + 5 × 0.20 = 1.60) is out.
    EXPECT_EQ(shownIds(*dialog.filterModel()), (std::set<std::string> { kR1Nscale, kR1OpenRouter, kGroq8b }));
    EXPECT_FALSE(find<QLabel>("filterMessageLabel")->isVisible());
    ASSERT_EQ(dialog.barSeries()->barSets().size(), 1);
    EXPECT_EQ(dialog.barSeries()->barSets().first()->count(), 3);

    typeMaxPrice(QString());
    EXPECT_EQ(dialog.filterModel()->rowCount(), static_cast<int>(fixture().offers().size()));
}

TEST_F(CompareModelsTest, InvalidMaximumPriceSaysSoAndDoesNotFilter)
{
    auto& dialog = open();
    const int all = static_cast<int>(fixture().offers().size());
    auto* message = find<QLabel>("filterMessageLabel");
    ASSERT_NE(message, nullptr);

    typeMaxPrice(QStringLiteral("cheap"));
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().contains(QStringLiteral("Maximum monthly cost"))) << message->text().toStdString();
    EXPECT_EQ(dialog.filterModel()->rowCount(), all);
    EXPECT_FALSE(dialog.filterModel()->maxMonthlyUsd().has_value());

    // Below zero is refused, not clamped to 0 (which would hide every offer).
    typeMaxPrice(QStringLiteral("-5"));
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().contains(QStringLiteral("Maximum monthly cost")));
    EXPECT_EQ(dialog.filterModel()->rowCount(), all);

    typeMaxPrice(QStringLiteral("2"));
    EXPECT_FALSE(message->isVisible());
    EXPECT_LT(dialog.filterModel()->rowCount(), all);
}

TEST_F(CompareModelsTest, ProviderAndContextFilters)
{
    auto& dialog = open();
    auto* provider = find<QComboBox>("providerComboBox");
    auto* context = find<QComboBox>("minContextComboBox");
    ASSERT_NE(provider, nullptr);
    ASSERT_NE(context, nullptr);

    provider->setCurrentIndex(provider->findData(QStringLiteral("nscale")));
    QApplication::processEvents();
    EXPECT_EQ(
        shownIds(*dialog.filterModel()), (std::set<std::string> { kR1Nscale, "nscale/qwen2.5-coder-32b-instruct" }));

    // The R1 distill reads 8,192 tokens, short of 32,000; the Qwen coder reads 131,072.
    context->setCurrentIndex(context->findData(QVariant(32'000LL)));
    QApplication::processEvents();
    EXPECT_EQ(shownIds(*dialog.filterModel()), (std::set<std::string> { "nscale/qwen2.5-coder-32b-instruct" }));
}

TEST_F(CompareModelsTest, StalePriceIsMarkedAndFreshIsNot)
{
    Catalog catalog;
    catalog.add(testOffer("test/fresh-model", Catalog::today(), 1.0, 2.0));
    catalog.add(testOffer("test/old-model", "2020-01-01", 0.5, 0.5));
    OfferTableModel model(catalog);
    model.setUsage(1e6, 1e6);

    const auto dateCell = [&](const char* id, int role) {
        return cell(model, QString::fromLatin1(id), OfferTableModel::PriceDateColumn, role);
    };
    const QString stale = dateCell("test/old-model", Qt::DisplayRole).toString();
    EXPECT_TRUE(stale.startsWith(QStringLiteral("2020-01-01"))) << stale.toStdString();
    EXPECT_TRUE(stale.contains(QStringLiteral("possibly stale"))) << stale.toStdString();
    EXPECT_TRUE(dateCell("test/old-model", Qt::ForegroundRole).isValid());
    EXPECT_TRUE(dateCell("test/old-model", Qt::ToolTipRole).toString().contains(QStringLiteral("days ago")));
    EXPECT_EQ(dateCell("test/old-model", OfferTableModel::SortRole).toString(), QStringLiteral("2020-01-01"));

    EXPECT_EQ(dateCell("test/fresh-model", Qt::DisplayRole).toString(), QString::fromStdString(Catalog::today()));
    EXPECT_FALSE(dateCell("test/fresh-model", Qt::ForegroundRole).isValid());
    EXPECT_FALSE(dateCell("test/fresh-model", Qt::ToolTipRole).toString().contains(QStringLiteral("days ago")));

    // The old offer is also the cheapest (0.5 + 0.5 against 1 + 2), so it is the lowest-cost
    // pick, and the pick says its price may be stale.
    open(catalog, 1e6, 1e6);
    auto* picks = find<QLabel>("topPicksLabel");
    ASSERT_NE(picks, nullptr);
    EXPECT_TRUE(picks->text().contains(QStringLiteral("old-model"))) << picks->text().toStdString();
    EXPECT_TRUE(picks->text().contains(QStringLiteral("possibly stale")));
    EXPECT_TRUE(picks->text().contains(QStringLiteral("$1.00")));
}

TEST_F(CompareModelsTest, UseButtonEmitsTheChosenOffer)
{
    auto& dialog = open();
    auto* use = find<QPushButton>("useOfferPushButton");
    ASSERT_NE(use, nullptr);
    EXPECT_FALSE(use->isEnabled());

    QSignalSpy chosen(&dialog, &CompareModelsDialog::offerChosen);
    dialog.table()->selectRow(2);
    QApplication::processEvents();
    ASSERT_TRUE(use->isEnabled());
    const QString expected = dialog.filterModel()->index(2, 0).data(OfferTableModel::OfferIdRole).toString();
    EXPECT_EQ(expected, QString::fromLatin1(kGroq8b));
    QTest::mouseClick(use, Qt::LeftButton);
    QApplication::processEvents();
    ASSERT_EQ(chosen.count(), 1);
    EXPECT_EQ(chosen.first().first().toString(), expected);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

TEST_F(CompareModelsTest, EnterOnARowUsesIt)
{
    auto& dialog = open();
    QSignalSpy chosen(&dialog, &CompareModelsDialog::offerChosen);
    dialog.table()->setFocus();
    dialog.table()->selectRow(0);
    QTest::keyClick(dialog.table(), Qt::Key_Return);
    QApplication::processEvents();
    ASSERT_EQ(chosen.count(), 1);
    EXPECT_EQ(chosen.first().first().toString(), QString::fromLatin1(kR1Nscale));
}

TEST_F(CompareModelsTest, EnterInTheMaximumPriceDoesNotChooseAnOffer)
{
    auto& dialog = open();
    QSignalSpy chosen(&dialog, &CompareModelsDialog::offerChosen);
    dialog.table()->selectRow(0);
    typeMaxPrice(QStringLiteral("5"));
    QTest::keyClick(find<QLineEdit>("maxPriceLineEdit"), Qt::Key_Return);
    QApplication::processEvents();
    EXPECT_EQ(chosen.count(), 0);
    EXPECT_TRUE(dialog.isVisible());
}

TEST_F(CompareModelsTest, TabReachesTheFiltersAndTheTable)
{
    auto& dialog = open();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto* useCase = find<QComboBox>("useCaseComboBox");
    useCase->setFocus();
    QApplication::processEvents();
    const char* order[]
        = { "providerComboBox", "maxPriceLineEdit", "minContextComboBox", "offersTableView", "useOfferPushButton" };
    dialog.table()->selectRow(0); // so the use button is enabled and takes focus
    for (const char* name : order) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QApplication::processEvents();
        ASSERT_NE(QApplication::focusWidget(), nullptr);
        EXPECT_EQ(QApplication::focusWidget()->objectName(), QString::fromLatin1(name));
    }
}

TEST_F(CompareModelsTest, HeadersAndTitle)
{
    auto& dialog = open();
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Compare Models"));
    const auto* model = dialog.filterModel();
    EXPECT_EQ(model->headerData(OfferTableModel::MonthlyCostColumn, Qt::Horizontal).toString(),
        QStringLiteral("Monthly cost"));
    EXPECT_EQ(
        model->headerData(OfferTableModel::PriceDateColumn, Qt::Horizontal).toString(), QStringLiteral("Price date"));
    // The vision model's context: 128,000 tokens, written short.
    EXPECT_EQ(
        cell(*model, QString::fromLatin1(kVisionVertex), OfferTableModel::ContextColumn, Qt::DisplayRole).toString(),
        QStringLiteral("128K"));
    EXPECT_DOUBLE_EQ(
        cell(*model, QString::fromLatin1(kVisionVertex), OfferTableModel::ContextColumn, OfferTableModel::SortRole)
            .toDouble(),
        128'000.0);
}

TEST_F(CompareModelsTest, LanguageChangeRedoesNumbersAndHeaders)
{
    auto& dialog = open();
    QSignalSpy headers(dialog.tableModel(), &QAbstractItemModel::headerDataChanged);
    QSignalSpy cells(dialog.tableModel(), &QAbstractItemModel::dataChanged);
    UiText::setLang(lowregret::Lang::ZhHant);
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(&dialog, &change);
    EXPECT_GE(headers.count(), 1);
    EXPECT_GE(cells.count(), 1);
    // Amounts follow the language: 10 × 0.05 + 5 × 0.05 = 0.75, written the Chinese way.
    EXPECT_EQ(
        cell(*dialog.filterModel(), QString::fromLatin1(kR1Nscale), OfferTableModel::MonthlyCostColumn, Qt::DisplayRole)
            .toString(),
        QStringLiteral("0.75 美元"));
    EXPECT_TRUE(find<QLabel>("topPicksLabel")->text().contains(QStringLiteral("0.75 美元")));
    UiText::setLang(lowregret::Lang::En);
}

TEST_F(CompareModelsTest, EqualCostsKeepTheRankingsOrderWhicheverWayTheTableIsSorted)
{
    // Three offers at 1 / 1 (2 USD for 1M + 1M): the fresher price first, then the id, as in
    // core's ranking, both ascending and descending; a dearer one shows the sort is applied.
    Catalog catalog;
    catalog.add(testOffer("b/old", "2025-01-01", 1, 1));
    catalog.add(testOffer("a/old", "2025-01-01", 1, 1));
    catalog.add(testOffer("c/new", "2026-01-01", 1, 1));
    catalog.add(testOffer("d/dear", "2026-01-01", 5, 5));
    auto& dialog = open(catalog, 1e6, 1e6);
    const auto& rows = *dialog.filterModel();
    const auto idAt = [&](int row) { return rows.index(row, 0).data(OfferTableModel::OfferIdRole).toString(); };
    dialog.table()->sortByColumn(OfferTableModel::MonthlyCostColumn, Qt::AscendingOrder);
    EXPECT_EQ(idAt(0), QStringLiteral("c/new"));
    EXPECT_EQ(idAt(1), QStringLiteral("a/old"));
    EXPECT_EQ(idAt(2), QStringLiteral("b/old"));
    EXPECT_EQ(idAt(3), QStringLiteral("d/dear"));
    dialog.table()->sortByColumn(OfferTableModel::MonthlyCostColumn, Qt::DescendingOrder);
    EXPECT_EQ(idAt(0), QStringLiteral("d/dear"));
    EXPECT_EQ(idAt(1), QStringLiteral("c/new"));
    EXPECT_EQ(idAt(2), QStringLiteral("a/old"));
    EXPECT_EQ(idAt(3), QStringLiteral("b/old"));
}
