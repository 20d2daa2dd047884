// The wizard as a keyboard and wheel user meets it: every Alt shortcut on a page does one
// thing, Enter answers a question and goes on, the result takes the keys, and the wheel over a
// drop-down the user is not in scrolls the page instead of changing a price.
#include "GuiFixture.h"

#include "wizard/DecisionWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabBar>
#include <QTest>
#include <QTextBrowser>
#include <QWheelEvent>

#include <cstdio>
#include <qtestspontaneevent.h>

namespace {

QString plain(QString text)
{
    return text.replace(QStringLiteral("&&"), QString());
}

// Alt+letter → the texts that claim it, for every visible widget in `window` that registers a
// mnemonic: buttons, labels with a buddy, group boxes, tab bars and the menu bar.
QMap<QString, QStringList> mnemonics(QWidget* window)
{
    QMap<QString, QStringList> out;
    const auto add = [&out](const QString& text) {
        const QKeySequence key = QKeySequence::mnemonic(plain(text));
        if (!key.isEmpty())
            out[key.toString()] << text;
    };
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            add(b->text());
        else if (auto* l = qobject_cast<QLabel*>(w); l && l->buddy())
            add(l->text());
        else if (auto* g = qobject_cast<QGroupBox*>(w))
            add(g->title());
        else if (auto* t = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < t->count(); ++i)
                add(t->tabText(i));
        else if (auto* m = qobject_cast<QMenuBar*>(w))
            for (QAction* a : m->actions())
                add(a->text());
    }
    return out;
}

} // namespace

class Keyboard : public GuiFixture {
protected:
    void expectNoClash(const char* where)
    {
        QApplication::processEvents();
        if (qEnvironmentVariableIsSet("PRINT_MNEMONICS"))
            for (auto [key, texts] : mnemonics(m_window.get()).asKeyValueRange())
                std::printf("%s\t%s\t%s\n", where, qPrintable(key), qPrintable(texts.join(QStringLiteral(" | "))));
        for (auto [key, texts] : mnemonics(m_window.get()).asKeyValueRange())
            EXPECT_EQ(texts.size(), 1) << where << ": " << key.toStdString() << " is claimed by "
                                       << texts.join(QStringLiteral(" | ")).toStdString();
    }
    void checkEveryPage(const char* language)
    {
        ASSERT_TRUE(m_window->openFile(QStringLiteral(LOWREGRET_SOURCE_DIR "/docs/examples/gpt4-12m.json")));
        const std::pair<WizardPageId, const char*> pages[] = { { WizardPageId::Welcome, "welcome" },
            { WizardPageId::Usage, "usage" }, { WizardPageId::Stability, "stability" },
            { WizardPageId::Sensitivity, "sensitivity" }, { WizardPageId::Skill, "skill" },
            { WizardPageId::Costs, "costs" }, { WizardPageId::Result, "result" } };
        for (const auto& [pageId, name] : pages) {
            m_window->wizard()->restart();
            ASSERT_TRUE(m_window->wizard()->goTo(pageId)) << name;
            const std::string where = std::string(language) + " " + name;
            if (pageId != WizardPageId::Costs) {
                expectNoClash(where.c_str());
                continue;
            }
            // Each way of costing the local side shows its own fields.
            auto* mode = find<QComboBox>(QStringLiteral("localModeComboBox"));
            const int was = mode->currentIndex();
            for (int i = 0; i < mode->count(); ++i) {
                mode->setCurrentIndex(i);
                Q_EMIT mode->activated(i);
                expectNoClash((where + ", local side " + std::to_string(i)).c_str());
            }
            // A model the device cannot hold shows the button that picks the nearest device.
            sizeForModel(QStringLiteral("llama-3.3-70b"), QStringLiteral("q5_k_m"));
            EXPECT_TRUE(find<QWidget>(QStringLiteral("sizingNearestDevicePushButton"))->isVisible()) << where;
            expectNoClash((where + ", a model that does not fit").c_str());
            mode->setCurrentIndex(was);
            Q_EMIT mode->activated(was);
        }
    }
};

TEST_F(Keyboard, NoTwoShortcutsOnAnEnglishPage)
{
    checkEveryPage("English");
}

TEST_F(Keyboard, NoTwoShortcutsOnAChinesePage)
{
    m_window->setLanguage(lowregret::Lang::ZhHant);
    QApplication::processEvents();
    checkEveryPage("Chinese");
    m_window->setLanguage(lowregret::Lang::En);
}

TEST_F(Keyboard, EnterOnAnAnsweredQuestionPressesNext)
{
    enterUsage(QStringLiteral("12"));
    clickNext();
    ASSERT_EQ(page(), id(WizardPageId::Stability));
    QWidget* focus = QApplication::focusWidget();
    ASSERT_NE(focus, nullptr);
    QTest::keyClick(focus, Qt::Key_Return); // not answered yet: stays
    EXPECT_EQ(page(), id(WizardPageId::Stability));
    answer(QStringLiteral("usageStable"), true);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    EXPECT_EQ(page(), id(WizardPageId::Sensitivity));
    QApplication::processEvents();
    answer(QStringLiteral("dataSensitive"), false);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Enter, Qt::KeypadModifier);
    EXPECT_EQ(page(), id(WizardPageId::Skill));
}

TEST_F(Keyboard, TheResultOpensWithTheKeysInItAndPageDownScrolls)
{
    m_window->resize(900, 500); // a result longer than its view
    walkToCosts(QStringLiteral("12"));
    clickNext();
    ASSERT_EQ(page(), id(WizardPageId::Result));
    QApplication::processEvents(); // the focus moves once the page shows
    auto* browser = find<QTextBrowser>(QStringLiteral("resultTextBrowser"));
    EXPECT_EQ(QApplication::focusWidget(), browser);
    QScrollBar* bar = browser->verticalScrollBar();
    ASSERT_GT(bar->maximum(), 0);
    EXPECT_EQ(bar->value(), 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown);
    EXPECT_GT(bar->value(), 0);
}

TEST_F(Keyboard, TheWheelOverADropDownItIsNotInScrollsThePage)
{
    m_window->resize(900, 500); // the costs page scrolls
    walkToCosts(QStringLiteral("12"));
    auto* combo = find<QComboBox>(QStringLiteral("hardwarePresetComboBox"));
    auto* scroll = find<QScrollArea>(QStringLiteral("costsPageScrollArea"));
    ASSERT_GT(scroll->verticalScrollBar()->maximum(), 0);
    EXPECT_EQ(combo->focusPolicy(), Qt::StrongFocus);
    find<QWidget>(QStringLiteral("hardwareLineEdit"))->setFocus();
    scroll->ensureWidgetVisible(combo);
    QApplication::processEvents();
    ASSERT_FALSE(combo->hasFocus());
    const int index = combo->currentIndex();
    const int top = scroll->verticalScrollBar()->value();
    const auto wheel = [combo](int steps) {
        const QPointF at = QPointF(combo->rect().center());
        QWheelEvent event(at, combo->mapToGlobal(at), QPoint(), QPoint(0, -120 * steps), Qt::NoButton, Qt::NoModifier,
            Qt::NoScrollPhase, false);
        // As from the window system: only such wheel events travel on to the parents.
        QSpontaneKeyEvent::setSpontaneous(&event);
        QApplication::sendEvent(combo, &event);
        QApplication::processEvents();
    };
    // Two notches, as over an RTX 4090 on the way along the page; up if there is room above.
    wheel(top > 0 ? -2 : 2);
    EXPECT_EQ(combo->currentIndex(), index);
    EXPECT_NE(scroll->verticalScrollBar()->value(), top) << "the page did not scroll";
    EXPECT_FALSE(combo->hasFocus());
    // Once the user is in it, the wheel chooses as usual.
    combo->setFocus();
    QApplication::processEvents();
    combo->setCurrentIndex(0);
    wheel(1);
    EXPECT_EQ(combo->currentIndex(), 1);
}
