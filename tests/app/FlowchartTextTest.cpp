// The flowchart's labels as drawn: whole words on every line, nothing cut off, and text a
// reader can read at the default window size, in both languages.
#include "GuiFixture.h"

#include "flowchart/FlowchartView.h"
#include "widgets/UiText.h"

#include "lowregret/guide/Guide.h"
#include "lowregret/io/LabelBreaks.h"

#include <QApplication>
#include <QFile>

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace {

// Every label key the flowchart draws: a box for each node and leaf, an answer on each edge.
std::vector<std::string> labelKeys(const lowregret::Guide& guide)
{
    std::vector<std::string> keys;
    for (const auto& node : guide.nodes()) {
        keys.push_back(node.id);
        if (node.kind == lowregret::Node::Kind::UsageBand) {
            for (const auto& band : node.bands)
                keys.push_back(node.id + "/" + band.id);
        } else {
            keys.push_back(node.id + "/yes");
            keys.push_back(node.id + "/no");
        }
    }
    for (const auto& leaf : guide.leaves())
        keys.push_back(leaf.id);
    return keys;
}

QString withoutSpaces(QString text)
{
    return text.remove(QLatin1Char(' '));
}

// The lines are whole segments in order: each line is a run of consecutive segments, so no
// line ends inside one.
bool isWholeSegments(const QStringList& lines, const std::vector<std::string>& segments)
{
    std::size_t next = 0;
    for (const auto& line : lines) {
        const QString target = withoutSpaces(line);
        QString run;
        while (next < segments.size() && run.size() < target.size())
            run += withoutSpaces(QString::fromStdString(segments[next++]));
        if (run != target)
            return false;
    }
    return next == segments.size();
}

void expectEveryLabelReadable(const FlowchartView& view, lowregret::Lang lang, const std::string& where)
{
    const auto& guide = lowregret::Guide::builtIn();
    std::vector<std::string> drawn;
    for (const auto& label : view.drawnLabels()) {
        const std::string key = label.key.toStdString();
        drawn.push_back(key);
        const auto segments = guide.labelSegments(key, lang);
        EXPECT_FALSE(label.wrapped.elided) << where << ": " << key << " is cut off";
        EXPECT_FALSE(label.wrapped.overflows) << where << ": " << key << " is wider than its box";
        EXPECT_TRUE(label.wrapped.elided || isWholeSegments(label.wrapped.lines, segments))
            << where << ": " << key << " breaks inside a word: \""
            << label.wrapped.lines.join(QStringLiteral(" / ")).toStdString() << "\"";
        // The lines are the label, nothing left out.
        const auto* text = guide.flowchartLabel(key);
        ASSERT_NE(text, nullptr) << key;
        QString joined = label.wrapped.lines.join(QString());
        QString whole = QString::fromStdString(text->in(lang));
        EXPECT_EQ(joined.remove(QLatin1Char(' ')), whole.remove(QLatin1Char(' '))) << where << ": " << key;
    }
    std::vector<std::string> all = labelKeys(guide);
    std::sort(all.begin(), all.end());
    std::sort(drawn.begin(), drawn.end());
    EXPECT_EQ(drawn, all) << where << ": a label is not drawn";
}

class FlowchartText : public GuiFixture { };

} // namespace

// The rule for a label without a hint: no break inside a run of Han characters.
TEST(LabelBreaks, NoHintNeverSplitsAHanWord)
{
    using lowregret::LabelBreaks;
    EXPECT_EQ(
        LabelBreaks::byRule("本地部署：資料完全自主"), (std::vector<std::string> { "本地部署：", "資料完全自主" }));
    EXPECT_EQ(LabelBreaks::byRule("門檻內無法回本"), (std::vector<std::string> { "門檻內無法回本" }));
    EXPECT_EQ(LabelBreaks::byRule("你是否處理敏感資料（醫療、法律）？"),
        (std::vector<std::string> { "你是否處理敏感資料", "（醫療、", "法律）？" }));
    // A space after a digit joins a number to its unit.
    EXPECT_EQ(LabelBreaks::byRule("Under 1M tokens a month"),
        (std::vector<std::string> { "Under ", "1M tokens ", "a ", "month" }));
    EXPECT_EQ(LabelBreaks::byRule("少於 100 萬 tokens"), (std::vector<std::string> { "少於 ", "100 萬 ", "tokens" }));
    EXPECT_EQ(LabelBreaks::fromHint("門檻內|無法回本"), (std::vector<std::string> { "門檻內", "無法回本" }));
    EXPECT_EQ(LabelBreaks::unmarked("門檻內|無法回本"), "門檻內無法回本");
}

// A hint that is not its label's text (an edit to one and not the other) is refused.
TEST(LabelBreaks, AHintMustBeItsLabelsText)
{
    const std::string leaf = lowregret::Guide::builtIn().leaves().front().id;
    // The built-in guide with one hint that drifted from its label.
    std::string text;
    {
        QFile file(QStringLiteral(LOWREGRET_SOURCE_DIR "/resources/guide.json"));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        text = file.readAll().toStdString();
    }
    auto guide = nlohmann::json::parse(text);
    guide["label_breaks"][leaf]["zh-Hant"] = "雲端 API：|收費額度";
    const auto result = lowregret::Guide::fromJson(guide);
    EXPECT_FALSE(result.guide.has_value());
    ASSERT_FALSE(result.errors.empty());
    EXPECT_NE(result.errors.front().path.find("label_breaks." + leaf), std::string::npos);
    guide["label_breaks"]["no.such.node"]["en"] = "x";
    guide["label_breaks"].erase(leaf);
    EXPECT_FALSE(lowregret::Guide::fromJson(guide).guide.has_value());
}

TEST_F(FlowchartText, EveryLabelIsWholeWordsAndReadableAtTheDefaultSize)
{
    auto* view = m_window->findChild<FlowchartView*>();
    ASSERT_NE(view, nullptr);
    m_window->resize(1280, 860);
    QApplication::processEvents();
    for (const auto lang : { lowregret::Lang::En, lowregret::Lang::ZhHant }) {
        m_window->setLanguage(lang);
        QApplication::processEvents();
        const std::string where = std::string("app, ") + std::string(lowregret::langCode(lang));
        expectEveryLabelReadable(*view, lang, where);
        EXPECT_GE(view->smallestTextPixels(), 10.0) << where;
    }
    m_window->setLanguage(lowregret::Lang::En);
}

// At the smallest window the text keeps its size; the chart scrolls instead of shrinking.
TEST_F(FlowchartText, ASmallWindowScrollsRatherThanShrinksTheText)
{
    auto* view = m_window->findChild<FlowchartView*>();
    ASSERT_NE(view, nullptr);
    m_window->resize(m_window->minimumSizeHint());
    QApplication::processEvents();
    EXPECT_GE(view->smallestTextPixels(), 10.0);
}

// The report draws the same scene, so the same labels: checked in a view of the report's size.
TEST_F(FlowchartText, TheReportsChartHasTheSameWholeLabels)
{
    for (const auto lang : { lowregret::Lang::En, lowregret::Lang::ZhHant }) {
        UiText::setLang(lang);
        FlowchartView view(lowregret::Guide::builtIn());
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.resize(760, 560);
        view.show();
        QApplication::processEvents();
        expectEveryLabelReadable(view, lang, std::string("report, ") + std::string(lowregret::langCode(lang)));
    }
    UiText::setLang(lowregret::Lang::En);
}
