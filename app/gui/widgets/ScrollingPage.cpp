#include "widgets/ScrollingPage.h"

#include <QFrame>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace {

// Scrolls up and down only, so it asks for the width its contents need (and the bar's), and
// any height.
class VerticalScrollArea final : public QScrollArea {
public:
    using QScrollArea::QScrollArea;

    [[nodiscard]] QSize minimumSizeHint() const override
    {
        QSize s = QScrollArea::minimumSizeHint();
        if (widget())
            s.setWidth(widget()->minimumSizeHint().width() + extraWidth());
        return s;
    }
    [[nodiscard]] QSize sizeHint() const override
    {
        QSize s = QScrollArea::sizeHint();
        if (widget())
            s = QSize(widget()->sizeHint().width() + extraWidth(), widget()->sizeHint().height() + 2 * frameWidth());
        return s;
    }

private:
    [[nodiscard]] int extraWidth() const { return verticalScrollBar()->sizeHint().width() + 2 * frameWidth(); }
};

} // namespace

QVBoxLayout* ScrollingPage::layout(QWidget* page)
{
    auto* outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new VerticalScrollArea(page);
    scroll->setObjectName(page->objectName() + QStringLiteral("ScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields; the area follows the focus
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    return new QVBoxLayout(content);
}
