#include "flowchart/TextWrap.h"

#include <QFontMetricsF>
#include <QHash>

#include <algorithm>
#include <utility>
#include <vector>

namespace TextWrap {

namespace {

// The width of a line, each distinct line shaped once: evening the lines out fills the same
// segments again and again, and shaping text is what a first window spends most on here.
class Advance {
public:
    explicit Advance(const QFont& font)
        : m_metrics(font)
    {
    }
    qreal operator()(const QString& text)
    {
        const auto found = m_widths.constFind(text);
        if (found != m_widths.constEnd())
            return *found;
        const qreal w = m_metrics.horizontalAdvance(text);
        m_widths.insert(text, w);
        return w;
    }
    [[nodiscard]] const QFontMetricsF& metrics() const { return m_metrics; }

private:
    QFontMetricsF m_metrics;
    QHash<QString, qreal> m_widths;
};

// Greedy fill: each line takes whole segments while they fit in width; a segment wider than
// the width gets a line of its own.
QStringList fill(const QStringList& segments, Advance& advance, qreal width)
{
    QStringList lines;
    QString line;
    for (const auto& segment : segments) {
        const QString longer = line + segment;
        if (!line.isEmpty() && advance(longer.trimmed()) > width) {
            lines << line.trimmed();
            line = segment;
        } else {
            line = longer;
        }
    }
    if (!line.trimmed().isEmpty())
        lines << line.trimmed();
    return lines;
}

qreal widest(const QStringList& lines, Advance& advance)
{
    qreal w = 0;
    for (const auto& line : lines)
        w = std::max(w, advance(line));
    return w;
}

} // namespace

Wrapped wrap(const QStringList& segments, const QFont& font, qreal width, int maxLines)
{
    Advance advance(font);
    Wrapped result;
    result.lines = fill(segments, advance, width);
    // Even the lines out: the narrowest width that needs no more of them.
    if (result.lines.size() >= 2) {
        const auto count = result.lines.size();
        qreal low = 0;
        qreal high = width;
        for (int i = 0; i < 10; ++i) {
            const qreal mid = (low + high) / 2;
            QStringList tried = fill(segments, advance, mid);
            if (tried.size() > count || widest(tried, advance) > width) {
                low = mid;
            } else {
                high = mid;
                result.lines = std::move(tried);
            }
        }
    }
    result.overflows = widest(result.lines, advance) > width + 0.5;
    if (maxLines >= 1 && result.lines.size() > maxLines) {
        QString rest;
        for (const auto& line : result.lines.mid(maxLines - 1)) {
            // Latin words were apart where the line broke; Han characters were not.
            if (!rest.isEmpty() && rest.back().unicode() < 0x2E80 && line.front().unicode() < 0x2E80)
                rest += QLatin1Char(' ');
            rest += line;
        }
        result.lines = result.lines.mid(0, maxLines - 1);
        result.lines << advance.metrics().elidedText(rest, Qt::ElideRight, width);
        result.elided = true;
    }
    return result;
}

} // namespace TextWrap
