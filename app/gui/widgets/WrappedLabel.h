#pragma once

#include <QLabel>
#include <QMargins>
#include <QSize>
#include <QString>

#include <array>
#include <memory>
#include <optional>

class QTextDocument;

// A word-wrapped label that answers the layout's questions about its size cheaply.
//
// QLabel measures a wrapped text again on every heightForWidth() call, and for rich text each
// measurement lays out its whole QTextDocument twice: at the width asked, then back at the
// width it had. Layouts ask the same few widths over and over while a window is shown or
// resized (a wizard page asked 37 times for 14 widths at start-up). This label remembers its
// height for the last widths asked, and measures rich text on a document of its own, so the
// document it draws is laid out only for drawing. The answers are QLabel's own (the tests
// compare them); they are forgotten when the text, its format, the margins or the font change.
class WrappedLabel final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappedLabel)

public:
    explicit WrappedLabel(QWidget* parent = nullptr);
    ~WrappedLabel() override;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;
    [[nodiscard]] int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    // Rich text is measured here; plain text by QLabel, whose measuring is cheap.
    [[nodiscard]] bool measuresRichText() const;
    // As QLabel's sizeForWidth(): -1 for its preferred width, 0 for the narrowest.
    [[nodiscard]] QSize richSizeForWidth(int width) const;
    void forgetIfChanged() const;
    void forget() const;

    // What the answers depend on, besides the font and style (changeEvent).
    struct Source {
        QString text;
        Qt::TextFormat format = Qt::AutoText;
        int margin = 0;
        int indent = -1;
        QMargins contentsMargins;
        Qt::Alignment alignment;
        QSize minimumSize;
        bool wordWrap = true;
        const QWidget* buddy = nullptr;
        bool operator==(const Source&) const = default;
    };
    [[nodiscard]] Source source() const;

    struct Entry {
        std::optional<int> width; // empty: a free slot
        int height = 0;
    };
    mutable std::array<Entry, 6> m_heights {};
    mutable std::size_t m_next = 0;
    mutable std::optional<QSize> m_sizeHint;
    mutable std::optional<QSize> m_minimumSizeHint;
    mutable std::unique_ptr<QTextDocument> m_measure;
    mutable Source m_source; // what the answers above were measured for
};
