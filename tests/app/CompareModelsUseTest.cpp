// Compare Models with the keyboard and the mouse: taking an offer as the cloud option, the tab
// order, the headers and a language change.
#include "CompareModelsFixture.h"
#include "Spacing.h"

using namespace compare_test;

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
        spacing::unbroken(QStringLiteral("0.75 美元")));
    EXPECT_TRUE(find<QLabel>("topPicksLabel")->text().contains(spacing::unbroken(QStringLiteral("0.75 美元"))));
    UiText::setLang(lowregret::Lang::En);
}
