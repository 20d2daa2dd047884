#pragma once

#include <QString>

#include <string>

class QLabel;
class QMessageBox;
class QWidget;

// Text from a file (a model, provider or file name, a provenance line, a message that quotes
// one) is shown as the text it is, never as markup: `<img src="/dev/zero">` in a name must
// not make a label read a device until memory runs out. The one way the app shows such text.
class PlainText final {
public:
    PlainText() = delete;

    // One line, as core's SafeText makes it: control and bidirectional characters dropped,
    // invalid UTF-8 replaced, at most SafeText::maxNameChars characters.
    static QString name(const QString& text);
    static QString name(const std::string& text);
    // The same for each line of a text (a message, a list of reasons), at most
    // SafeText::maxTextChars characters a line.
    static QString lines(const QString& text);
    // For a context that takes rich text (a rich-text label, a QTextDocument, a chart's legend
    // or axis labels, which Qt Charts lays out as HTML): lines(), escaped.
    static QString plain(const QString& text);
    // For a tooltip or a message box's informative text, which Qt reads as rich text whenever
    // Qt::mightBeRichText guesses so: rich text that says the plain text (lines()), line
    // breaks kept.
    static QString toolTip(const QString& text);
    // The label shows `text` as plain text, whatever it holds (lines()).
    static void setPlain(QLabel* label, const QString& text);
    // A warning box whose title (name()) and text (lines()) are plain text.
    static QMessageBox* warningBox(QWidget* parent, const QString& title, const QString& text);
};
