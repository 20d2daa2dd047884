#include "WrappedLabel.h"

#include <QEvent>

WrappedLabel::WrappedLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

WrappedLabel::~WrappedLabel() = default;

int WrappedLabel::heightForWidth(int width) const
{
    if (text() != m_text || textFormat() != m_format || margin() != m_margin || indent() != m_indent) {
        m_heights.fill(Entry {});
        m_text = text();
        m_format = textFormat();
        m_margin = margin();
        m_indent = indent();
    }
    for (const Entry& e : m_heights)
        if (e.width == width)
            return e.height;
    const int height = QLabel::heightForWidth(width);
    m_heights[m_next] = Entry { width, height };
    m_next = (m_next + 1) % m_heights.size();
    return height;
}

void WrappedLabel::changeEvent(QEvent* event)
{
    // Anything that changes how the text is drawn changes its height.
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LanguageChange:
    case QEvent::ContentsRectChange:
        m_heights.fill(Entry {});
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}
