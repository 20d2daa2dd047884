#include "widgets/WrappedLabel.h"

#include <QEvent>
#include <QPicture>
#include <QStyle>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextFrameFormat>
#include <QTextOption>

#include <cmath>

WrappedLabel::WrappedLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

WrappedLabel::~WrappedLabel() = default;

void WrappedLabel::forget() const
{
    m_heights.fill(Entry {});
    m_sizeHint.reset();
    m_minimumSizeHint.reset();
    m_measure.reset();
}

WrappedLabel::Source WrappedLabel::source() const
{
    return { text(), textFormat(), margin(), indent(), contentsMargins(), alignment(), minimumSize(), wordWrap(),
        buddy() };
}

void WrappedLabel::forgetIfChanged() const
{
    Source now = source();
    if (now == m_source)
        return;
    forget();
    m_source = std::move(now);
}

bool WrappedLabel::measuresRichText() const
{
    // Text only: a picture, a movie or a buddy's shortcut is left to QLabel.
    return wordWrap() && pixmap().isNull() && picture().isNull() && movie() == nullptr && buddy() == nullptr
        && (textFormat() == Qt::RichText || (textFormat() == Qt::AutoText && Qt::mightBeRichText(text())));
}

QSize WrappedLabel::richSizeForWidth(int width) const
{
    // The document QLabel draws, set up as QLabel sets it up (Qt 6.4, QLabelPrivate).
    if (!m_measure) {
        m_measure = std::make_unique<QTextDocument>();
        m_measure->setUndoRedoEnabled(false);
        m_measure->setDefaultFont(font());
        m_measure->setHtml(text());
        QTextOption option = m_measure->defaultTextOption();
        option.setAlignment(QFlag(int(alignment()) | Qt::TextWordWrap));
        option.setWrapMode(QTextOption::WordWrap);
        m_measure->setDefaultTextOption(option);
        QTextFrameFormat frame = m_measure->rootFrame()->frameFormat();
        frame.setMargin(0);
        m_measure->rootFrame()->setFrameFormat(frame);
    }
    if (minimumWidth() > 0)
        width = std::max(width, minimumWidth());
    const QMargins cm = contentsMargins();
    int hextra = 2 * margin();
    int vextra = hextra;
    int m = indent();
    if (m < 0 && frameWidth() > 0)
        m = fontMetrics().horizontalAdvance(u'x') - margin() * 2;
    if (m > 0) {
        const auto align = QStyle::visualAlignment(layoutDirection(), alignment());
        if ((align & Qt::AlignLeft) || (align & Qt::AlignRight))
            hextra += m;
        if ((align & Qt::AlignTop) || (align & Qt::AlignBottom))
            vextra += m;
    }
    if (width >= 0)
        m_measure->setTextWidth(std::max(width - hextra - cm.left() - cm.right(), 0));
    else
        m_measure->adjustSize();
    const QSizeF size = m_measure->size();
    const QSize contents(int(std::ceil(size.width())) + hextra, int(std::ceil(size.height())) + vextra);
    return (contents + QSize(cm.left() + cm.right(), cm.top() + cm.bottom())).expandedTo(minimumSize());
}

QSize WrappedLabel::sizeHint() const
{
    forgetIfChanged();
    if (!measuresRichText())
        return QLabel::sizeHint();
    if (!m_sizeHint) {
        ensurePolished();
        m_sizeHint = richSizeForWidth(-1); // QTextDocument::adjustSize's width
    }
    return *m_sizeHint;
}

QSize WrappedLabel::minimumSizeHint() const
{
    forgetIfChanged();
    if (!measuresRichText())
        return QLabel::minimumSizeHint();
    if (!m_minimumSizeHint) {
        const QSize preferred = sizeHint();
        // As QLabel: as narrow as the widest word, as low as the text on one line.
        QSize least(richSizeForWidth(0).width(), richSizeForWidth(QWIDGETSIZE_MAX).height());
        if (preferred.height() < least.height())
            least.setHeight(preferred.height());
        m_minimumSizeHint = least;
    }
    return *m_minimumSizeHint;
}

int WrappedLabel::heightForWidth(int width) const
{
    forgetIfChanged();
    for (const Entry& e : m_heights)
        if (e.width == width)
            return e.height;
    const int height = measuresRichText() ? richSizeForWidth(width).height() : QLabel::heightForWidth(width);
    m_heights[m_next] = Entry { width, height };
    m_next = (m_next + 1) % m_heights.size();
    return height;
}

void WrappedLabel::changeEvent(QEvent* event)
{
    // Anything that changes how the text is drawn changes its size.
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LanguageChange:
    case QEvent::ContentsRectChange:
    case QEvent::LayoutDirectionChange:
        forget();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}
