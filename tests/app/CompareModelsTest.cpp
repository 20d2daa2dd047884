// The Compare Models dialog: the catalog's monthly costs at a usage, sorting, filters and stale
// prices.
#include "CompareModelsFixture.h"

using namespace compare_test;

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
