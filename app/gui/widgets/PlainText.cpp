#include "widgets/PlainText.h"

#include "lowregret/io/SafeText.h"

#include <QLabel>
#include <QMessageBox>
#include <QStringList>
#include <QTextDocument>

QString PlainText::name(const QString& text)
{
    return name(text.toStdString());
}

QString PlainText::name(const std::string& text)
{
    return QString::fromStdString(lowregret::SafeText::name(text));
}

QString PlainText::lines(const QString& text)
{
    QStringList out;
    for (const auto& line : text.split(u'\n'))
        out << QString::fromStdString(lowregret::SafeText::name(line.toStdString(), lowregret::SafeText::maxTextChars));
    return out.join(u'\n');
}

QString PlainText::plain(const QString& text)
{
    return lines(text).toHtmlEscaped();
}

QString PlainText::toolTip(const QString& text)
{
    if (text.isEmpty())
        return text; // no tooltip at all
    // "<p>…</p>", escaped, each line break a <br>: always read as rich text, so never guessed.
    return Qt::convertFromPlainText(lines(text), Qt::WhiteSpaceNormal);
}

void PlainText::setPlain(QLabel* label, const QString& text)
{
    label->setTextFormat(Qt::PlainText);
    label->setText(lines(text));
}

QMessageBox* PlainText::warningBox(QWidget* parent, const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, name(title), QString(), QMessageBox::Ok, parent);
    box->setTextFormat(Qt::PlainText);
    box->setText(lines(text));
    box->setAttribute(Qt::WA_DeleteOnClose);
    return box;
}
