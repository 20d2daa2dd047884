#pragma once

#include <QLabel>
#include <QString>

#include <array>

// A word-wrapped label that remembers its height for the last few widths it was asked about.
//
// QLabel measures a wrapped text again on every heightForWidth() call, and for rich text that
// means laying out a whole QTextDocument. Layouts ask the same few widths over and over while a
// window is shown or resized (a wizard page asked 37 times for 14 widths at start-up), so the
// answers are kept until the text, its format, margins or font change.
class WrappedLabel final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappedLabel)

public:
    explicit WrappedLabel(QWidget* parent = nullptr);
    ~WrappedLabel() override;

    [[nodiscard]] int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Entry {
        int width = -1;
        int height = 0;
    };
    mutable std::array<Entry, 6> m_heights {};
    mutable std::size_t m_next = 0;
    // What m_heights were measured for.
    mutable QString m_text;
    mutable Qt::TextFormat m_format = Qt::AutoText;
    mutable int m_margin = 0;
    mutable int m_indent = -1;
};
