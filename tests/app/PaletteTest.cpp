// One palette: cloud is one blue and local one green in the flowchart, the result page, the
// cost chart and the report, and no colour is defined outside app/gui/Palette.cpp.
#include "widgets/Palette.h"
#include "charts/CostChartView.h"
#include "report/ResultHtml.h"

#include "lowregret/analysis/Decision.h"
#include "lowregret/guide/Guide.h"
#include "lowregret/scenario/Scenario.h"

#include <QDirIterator>
#include <QFile>
#include <QLineSeries>
#include <QPen>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace lr = lowregret;

TEST(Palette, CloudAndLocalAreDifferentAndReadable)
{
    EXPECT_NE(Palette::color(Palette::Role::Cloud), Palette::color(Palette::Role::Local));
    EXPECT_EQ(Palette::css(Palette::Role::Cloud), Palette::color(Palette::Role::Cloud).name());
}

TEST(Palette, TheCostChartAndTheResultUseThePalettesCloudAndLocal)
{
    CostChartView chart;
    EXPECT_EQ(chart.cloudSeries()->pen().color(), Palette::color(Palette::Role::Cloud));
    EXPECT_EQ(chart.localSeries()->pen().color(), Palette::color(Palette::Role::Local));

    // A cloud answer (GUIDE.md: under 1M tokens a month is the free tier) is headed in cloud's colour.
    auto s = lr::Scenario::withDefaults(lr::Guide::builtIn().defaults());
    s.answers.monthlyTokens = 500'000;
    const auto result = lr::Decision::decide(lr::Guide::builtIn(), s);
    ASSERT_TRUE(result.outcome);
    ASSERT_EQ(result.outcome->recommendation, lr::Recommendation::Cloud);
    const QString html = ResultHtml::build(lr::Guide::builtIn(), s, *result.outcome, nullptr);
    EXPECT_TRUE(html.contains(QStringLiteral("color:") + Palette::css(Palette::Role::Cloud))) << html.toStdString();
}

TEST(Palette, NoColourIsDefinedOutsideThePalette)
{
    // QColor(0x…), QColor(12, 34, 56) and "#rrggbb" in app/gui, except in Palette.cpp.
    const QRegularExpression literal(QStringLiteral(R"(QColor\(\s*(0x|\d)|#[0-9a-fA-F]{6}\b|QColor::fromRgb\(\s*0x)"));
    QStringList offenders;
    QDirIterator it(QStringLiteral(LOWREGRET_SOURCE_DIR "/app/gui"), { QStringLiteral("*.cpp"), QStringLiteral("*.h") },
        QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        if (path.endsWith(QStringLiteral("/Palette.cpp")))
            continue;
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i)
            if (literal.match(lines[i]).hasMatch())
                offenders << path.section(QLatin1Char('/'), -1) + QLatin1Char(':') + QString::number(i + 1);
    }
    EXPECT_GT(files, 20); // the folder was found
    EXPECT_TRUE(offenders.isEmpty()) << offenders.join(QStringLiteral(", ")).toStdString();
    EXPECT_TRUE(literal.match(QStringLiteral("QColor(0xd9, 0x5f, 0x02)")).hasMatch()); // the check can fail
}
