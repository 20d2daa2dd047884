#pragma once

// The fixture of the Compare Models tests: the dialog on a catalog of fixed prices.
#include "catalog/CompareModelsDialog.h"
#include "catalog/OfferFilterModel.h"
#include "catalog/OfferTableModel.h"
#include "widgets/UiText.h"

#include "lowregret/catalog/Catalog.h"

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

namespace compare_test {

inline constexpr double kTolerance = 1e-9;

inline const char* const kR1Nscale = "nscale/deepseek-r1-distill-llama-8b";
inline const char* const kR1OpenRouter = "openrouter/deepseek-r1-distill-llama-8b";
inline const char* const kVisionVertex = "vertex-ai/llama-3.2-90b-vision-instruct";
inline const char* const kCoderOpenRouter = "openrouter/qwen2.5-coder-32b-instruct";
inline const char* const kGroq8b = "groq/llama-3.1-8b-instant";

inline int rowOf(const QAbstractItemModel& model, const QString& id)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, 0).data(OfferTableModel::OfferIdRole).toString() == id)
            return r;
    return -1;
}

inline QVariant cell(const QAbstractItemModel& model, const QString& id, int column, int role)
{
    const int row = rowOf(model, id);
    EXPECT_GE(row, 0) << id.toStdString();
    return row < 0 ? QVariant() : model.index(row, column).data(role);
}

inline double monthlyCost(const QAbstractItemModel& model, const char* id)
{
    return cell(model, QString::fromLatin1(id), OfferTableModel::MonthlyCostColumn, OfferTableModel::SortRole)
        .toDouble();
}

inline std::set<std::string> shownIds(const OfferFilterModel& model)
{
    std::set<std::string> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.index(r, 0).data(OfferTableModel::OfferIdRole).toString().toStdString());
    return ids;
}

inline Offer testOffer(const std::string& id, const std::string& asOf, double inputPrice, double outputPrice)
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
inline const Catalog& fixture()
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

} // namespace compare_test
