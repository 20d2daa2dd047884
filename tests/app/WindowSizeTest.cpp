// The window at its smallest and at a common laptop size: nothing overlaps, nothing is cut
// off to the side, and long pages scroll.
#include "GuiFixture.h"

#include "flowchart/FlowchartView.h"
#include "wizard/DecisionWizard.h"
#include "wizard/WizardPageIds.h"

#include <QAbstractButton>
#include <QApplication>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>

namespace {

QRect inWindow(const QWidget* w)
{
    return QRect(w->mapTo(w->window(), QPoint(0, 0)), w->size());
}

} // namespace

using WindowSize = GuiFixture;

TEST_F(WindowSize, NothingOverlapsAtTheSmallestSizeOrAt900By600)
{
    ASSERT_TRUE(m_window->openFile(QStringLiteral(LOWREGRET_SOURCE_DIR "/docs/examples/gpt4-12m.json")));
    for (const QSize asked : { QSize(100, 100), QSize(900, 600) }) {
        m_window->resize(asked);
        QApplication::processEvents();
        const QSize got = m_window->size();
        // The smallest size fits a 1024 × 600 netbook screen; 900 × 600 is honoured.
        EXPECT_LE(got.width(), std::max(asked.width(), 900));
        EXPECT_LE(got.height(), std::max(asked.height(), 600));
        for (const auto page :
            { WizardPageId::Welcome, WizardPageId::Usage, WizardPageId::Costs, WizardPageId::Result }) {
            ASSERT_TRUE(m_window->wizard()->goTo(page));
            QApplication::processEvents();
            const QRect wizard = inWindow(m_window->wizard());
            const QRect flowchart = inWindow(m_window->flowchart());
            const QRect charts = inWindow(m_window->chartTabs());
            EXPECT_FALSE(wizard.intersects(flowchart)) << "size " << got.width() << "x" << got.height();
            EXPECT_FALSE(wizard.intersects(charts)) << "size " << got.width() << "x" << got.height();
            EXPECT_FALSE(flowchart.intersects(charts));
            for (auto* button : { nextButton(), backButton() }) {
                if (button->isVisible()) {
                    EXPECT_TRUE(wizard.contains(inWindow(button))) << "a wizard button outside the wizard";
                }
            }
            // A page that scrolls does so up and down only: its contents fit its width.
            for (auto* scroll : m_window->wizard()->currentPage()->findChildren<QScrollArea*>()) {
                if (scroll->widget() && scroll->isVisible()) {
                    EXPECT_LE(scroll->widget()->width(), scroll->viewport()->width())
                        << scroll->objectName().toStdString() << " is cut off at the right";
                }
            }
        }
    }
}
