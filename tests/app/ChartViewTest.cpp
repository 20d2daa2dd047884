// The charts are laid out once when first shown, for the size they are shown at; hidden
// charts (the report's) are laid out as soon as they are sized.
#include "charts/BreakevenChartView.h"
#include "charts/CostChartView.h"
#include "widgets/UiText.h"

#include "lowregret/costs/CostModel.h"
#include "lowregret/guide/Guide.h"
#include "lowregret/scenario/Scenario.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

#include <gtest/gtest.h>

#include <memory>

namespace lr = lowregret;

namespace {

lr::Scenario guideExample()
{
    auto loaded = lr::Scenario::fromFile(LOWREGRET_SOURCE_DIR "/docs/examples/gpt4-12m.json", lr::Guide::builtIn());
    EXPECT_TRUE(loaded.scenario.has_value());
    return loaded.scenario.value_or(lr::Scenario {});
}

// How often the chart placed its plot area, and where it last did.
struct LayoutCount {
    explicit LayoutCount(QChart* chart)
    {
        QObject::connect(chart, &QChart::plotAreaChanged, chart, [this](const QRectF& r) {
            ++count;
            last = r;
        });
    }
    int count = 0;
    QRectF last;
};

// The chart fills the view, and its plot area lies inside it with room for the axes.
void expectLaidOutFor(QChartView* view)
{
    const QRectF chartRect(QPointF(0, 0), view->chart()->size());
    EXPECT_EQ(view->chart()->size().toSize(), view->size());
    const QRectF plot = view->chart()->plotArea();
    EXPECT_TRUE(chartRect.contains(plot)) << plot.width() << "x" << plot.height();
    EXPECT_GT(plot.width(), view->width() / 2);
    EXPECT_GT(plot.height(), view->height() / 3);
}

// A tab widget shows its page at the page's minimum size, then at its real size.
void showInTab(QWidget* page, QTabWidget& tabs)
{
    tabs.addTab(page, QStringLiteral("Chart"));
    tabs.resize(760, 520);
    tabs.show();
    QApplication::processEvents();
}

} // namespace

TEST(ChartView, CostChartInATabIsLaidOutOnceForItsShownSize)
{
    QTabWidget tabs;
    auto* view = new CostChartView;
    const lr::Scenario s = guideExample();
    view->setSummary(lr::CostModel::summarize(s, *s.answers.monthlyTokens));
    LayoutCount layouts(view->chart());
    showInTab(view, tabs);
    EXPECT_GT(view->width(), 600); // the tab's page, larger than the view's 320 × 240 minimum
    EXPECT_EQ(layouts.count, 1);
    EXPECT_EQ(layouts.last, view->chart()->plotArea());
    expectLaidOutFor(view);
}

TEST(ChartView, BreakevenChartInATabIsLaidOutOnceForItsShownSize)
{
    QTabWidget tabs;
    auto* view = new BreakevenChartView;
    view->setScenario(guideExample());
    LayoutCount layouts(view->chart());
    showInTab(view, tabs);
    EXPECT_GT(view->width(), 600);
    EXPECT_EQ(layouts.count, 1);
    expectLaidOutFor(view);
}

TEST(ChartView, AShownChartFollowsAResizeAtOnce)
{
    QTabWidget tabs;
    auto* view = new CostChartView;
    view->clearSeries();
    showInTab(view, tabs);
    tabs.resize(900, 640);
    // No event loop: the chart follows within the resize itself, as a user drags a splitter.
    expectLaidOutFor(view);
    EXPECT_GT(view->width(), 800);
}

TEST(ChartView, AHiddenChartIsLaidOutWhenSized)
{
    // As the report draws it: sized, marked never to be shown on screen, shown, then drawn
    // at once.
    CostChartView view;
    const lr::Scenario s = guideExample();
    view.setSummary(lr::CostModel::summarize(s, *s.answers.monthlyTokens));
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.resize(720, 396);
    view.show();
    expectLaidOutFor(&view);
}

TEST(ChartView, AChartAddedToAWindowOnScreenIsLaidOutBeforeItIsDrawn)
{
    // As the breakeven tab: its chart is built when the tab is first chosen, in a window that
    // is already on screen. It must be laid out by the time the events of that click are over.
    QTabWidget tabs;
    auto* first = new CostChartView;
    first->clearSeries();
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    showInTab(first, tabs);
    tabs.addTab(page, QStringLiteral("Later"));
    tabs.setCurrentWidget(page);
    QApplication::processEvents();
    // MainWindow::breakevenChart(): built into the page on show, from currentChanged.
    auto* later = new BreakevenChartView(page);
    later->setScenario(guideExample());
    layout->addWidget(later);
    QApplication::processEvents(); // one pass: the layout shows and sizes the new view
    expectLaidOutFor(later);
}

// The usage axis counts as the language does: 100K … 10B in English, 10 萬 … 100 億 in Chinese,
// and it follows a change of language.
TEST(ChartView, TheUsageAxisCountsInTheLanguagesOwnUnits)
{
    BreakevenChartView view;
    const auto labels = [&] {
        for (auto* axis : view.chart()->axes(Qt::Horizontal))
            if (auto* categories = qobject_cast<QCategoryAxis*>(axis))
                return categories->categoriesLabels();
        return QStringList();
    };
    ASSERT_FALSE(labels().isEmpty());
    EXPECT_EQ(labels().front(), QStringLiteral("100K"));
    EXPECT_EQ(labels().back(), QStringLiteral("10B"));
    UiText::setLang(lowregret::Lang::ZhHant);
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(&view, &change);
    // 10⁵ = 10 萬, 10¹⁰ = 100 億
    EXPECT_EQ(labels().front(), QStringLiteral("10\u00A0萬"));
    EXPECT_EQ(labels().back(), QStringLiteral("100\u00A0億"));
    UiText::setLang(lowregret::Lang::En);
}
