// Switching the language at run time retranslates everything a user can see: every page's
// widgets, the wizard's buttons, menus, tooltips, the flowchart and the charts.
#include "GuiFixture.h"
#include "Spacing.h"

#include "flowchart/FlowchartView.h"
#include "widgets/UiText.h"
#include "wizard/DecisionWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGroupBox>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTextBrowser>
#include <QValueAxis>

#include <set>

namespace {

struct Text {
    QString where;
    QString text;
};

QString plain(const QString& s)
{
    QString t = s;
    t.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    t.remove(QLatin1Char('&'));
    return t;
}

void collectChart(QChart* chart, const QString& where, std::vector<Text>& out)
{
    out.push_back({ where + QStringLiteral(" title"), chart->title() });
    for (auto* axis : chart->axes())
        out.push_back({ where + QStringLiteral(" axis"), axis->titleText() });
    for (auto* marker : chart->legend()->markers())
        if (marker->isVisible())
            out.push_back({ where + QStringLiteral(" legend"), marker->label() });
}

std::vector<Text> visibleTexts(MainWindow& window)
{
    std::vector<Text> out;
    out.push_back({ QStringLiteral("window title"), window.windowTitle() });
    for (QWidget* w : window.findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        const QString name
            = w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
        if (!w->toolTip().isEmpty())
            out.push_back({ name + QStringLiteral(" tooltip"), w->toolTip() });
        if (auto* l = qobject_cast<QLabel*>(w); l && !l->parent()->inherits("QStatusBar"))
            out.push_back({ name, l->text() });
        else if (auto* b = qobject_cast<QAbstractButton*>(w))
            out.push_back({ name, b->text() });
        else if (auto* g = qobject_cast<QGroupBox*>(w))
            out.push_back({ name, g->title() });
        else if (auto* c = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < c->count(); ++i)
                out.push_back({ name + QStringLiteral(" item"), c->itemText(i) });
        else if (auto* t = qobject_cast<QTabWidget*>(w))
            for (int i = 0; i < t->count(); ++i)
                out.push_back({ name + QStringLiteral(" tab"), t->tabText(i) });
        else if (auto* e = qobject_cast<QLineEdit*>(w))
            out.push_back({ name + QStringLiteral(" placeholder"), e->placeholderText() });
        else if (auto* tb = qobject_cast<QTextBrowser*>(w))
            out.push_back({ name, tb->toPlainText() });
        if (auto* cv = qobject_cast<QChartView*>(w))
            collectChart(cv->chart(), name, out);
    }
    for (QAction* menu : window.menuBar()->actions()) {
        out.push_back({ QStringLiteral("menu"), menu->text() });
        if (menu->menu())
            for (QAction* a : menu->menu()->actions()) {
                out.push_back({ QStringLiteral("menu item"), a->text() });
                out.push_back({ QStringLiteral("status tip"), a->statusTip() });
            }
    }
    for (QGraphicsItem* item : window.flowchart()->scene()->items()) {
        if (auto* t = dynamic_cast<QGraphicsSimpleTextItem*>(item))
            out.push_back({ QStringLiteral("flowchart"), t->text() });
        else if (auto* rt = dynamic_cast<QGraphicsTextItem*>(item))
            out.push_back({ QStringLiteral("flowchart"), rt->toPlainText() });
        if (!item->toolTip().isEmpty())
            out.push_back({ QStringLiteral("flowchart tooltip"), item->toolTip() });
    }
    return out;
}

// Words that stay in Latin letters in the Chinese UI: names of products, companies, units and
// formats, and the glossary's "tokens".
bool allowedInChinese(const QString& word)
{
    static const std::set<QString> allowed = {
        QStringLiteral("LowRegret"),
        QStringLiteral("Ollama"),
        QStringLiteral("LM"),
        QStringLiteral("Studio"),
        QStringLiteral("OpenAI"),
        QStringLiteral("GPT"),
        QStringLiteral("Turbo"),
        QStringLiteral("Claude"),
        QStringLiteral("Sonnet"),
        QStringLiteral("Groq"),
        QStringLiteral("Together"),
        QStringLiteral("AI"),
        QStringLiteral("vLLM"),
        QStringLiteral("API"),
        QStringLiteral("tokens"),
        QStringLiteral("RTX"),
        QStringLiteral("USD"),
        QStringLiteral("NT"), // NT$12,345: how Taiwan writes an amount (docs/glossary.md)
        QStringLiteral("LLM"),
        QStringLiteral("RAG"),
        QStringLiteral("Llama"),
        QStringLiteral("Mistral"),
        QStringLiteral("Phi"),
        QStringLiteral("Kubernetes"),
        QStringLiteral("GPU"),
        QStringLiteral("JSON"),
        QStringLiteral("PDF"),
        QStringLiteral("GDPR"),
        QStringLiteral("HIPAA"),
        QStringLiteral("EUR"),
        QStringLiteral("English"),
        QStringLiteral("Anthropic"),
        QStringLiteral("OpenRouter"), // the usage exports LowRegret reads (docs/usage-import.md)
        QStringLiteral("LiteLLM"),
        QStringLiteral("UTC"),
        QStringLiteral("CSV"),
        QStringLiteral("CLI"),
        QStringLiteral("SaaS"),
        QStringLiteral("GUI"),
        QStringLiteral("Google"),
        QStringLiteral("Gemini"),
        QStringLiteral("WebUI"),
        QStringLiteral("LocalAI"),
        QStringLiteral("Docker"),
        QStringLiteral("LLMs"),
        QStringLiteral("Mac"),
        QStringLiteral("Windows"),
        QStringLiteral("Linux"),
        QStringLiteral("macOS"),
        QStringLiteral("Text"),
        QStringLiteral("Generation"),
        QStringLiteral("json"),
    };
    return allowed.count(word) > 0;
}

} // namespace

using Language = GuiFixture;

TEST_F(Language, ChineseLeavesNoEnglishOnAnyPage)
{
    ASSERT_TRUE(m_window->openFile(QStringLiteral(LOWREGRET_SOURCE_DIR "/docs/examples/gpt4-12m.json")));
    m_window->setLanguage(lowregret::Lang::ZhHant);
    QApplication::processEvents();
    const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    for (const auto page : { WizardPageId::Welcome, WizardPageId::Usage, WizardPageId::Stability,
             WizardPageId::Sensitivity, WizardPageId::Skill, WizardPageId::Costs, WizardPageId::Result }) {
        m_window->wizard()->restart();
        ASSERT_TRUE(m_window->wizard()->goTo(page));
        QApplication::processEvents();
        for (const auto& [where, raw] : visibleTexts(*m_window)) {
            QString text = plain(raw);
            text.remove(QRegularExpression(QStringLiteral("https?://\\S+")));
            text.remove(QRegularExpression(QStringLiteral("\\b[a-z0-9._-]+\\.json\\b")));
            // The price file format Update Prices reads, named as its project names itself.
            text.remove(QStringLiteral("genai-prices"));
            for (auto it = word.globalMatch(text); it.hasNext();) {
                const QString w = it.next().captured();
                EXPECT_TRUE(allowedInChinese(w))
                    << "page " << static_cast<int>(page) << ", " << where.toStdString() << ": \"" << w.toStdString()
                    << "\" in \"" << raw.toStdString() << "\"";
            }
        }
    }
    EXPECT_EQ(m_window->wizard()->button(QWizard::NextButton)->text().contains(QStringLiteral("Next")), false);
}

TEST_F(Language, EnglishLeavesNoChineseOnAnyPage)
{
    ASSERT_TRUE(m_window->openFile(QStringLiteral(LOWREGRET_SOURCE_DIR "/docs/examples/gpt4-12m.json")));
    // There and back: what Chinese put on screen must be gone.
    m_window->setLanguage(lowregret::Lang::ZhHant);
    QApplication::processEvents();
    m_window->setLanguage(lowregret::Lang::En);
    QApplication::processEvents();
    const QRegularExpression han(QStringLiteral("[\\x{3000}-\\x{9fff}\\x{ff00}-\\x{ffef}]"));
    for (const auto page : { WizardPageId::Welcome, WizardPageId::Usage, WizardPageId::Costs, WizardPageId::Result }) {
        m_window->wizard()->restart();
        ASSERT_TRUE(m_window->wizard()->goTo(page));
        QApplication::processEvents();
        for (const auto& [where, raw] : visibleTexts(*m_window)) {
            if (raw == QStringLiteral("繁體中文")) // the language menu names each language in itself
                continue;
            EXPECT_FALSE(raw.contains(han)) << where.toStdString() << ": " << raw.toStdString();
        }
    }
}

TEST_F(Language, TheChoicePersistsAndNumbersFollowTheLocale)
{
    m_window->setLanguage(lowregret::Lang::ZhHant);
    QApplication::processEvents();
    EXPECT_EQ(m_settings->language(), QStringLiteral("zh-Hant"));
    EXPECT_EQ(UiText::money(2360), spacing::unbroken(QStringLiteral("2,360.00 美元")));
    m_window->setLanguage(lowregret::Lang::En);
    QApplication::processEvents();
    EXPECT_EQ(m_settings->language(), QStringLiteral("en"));
    EXPECT_EQ(UiText::money(2360), QStringLiteral("$2,360.00"));
}
