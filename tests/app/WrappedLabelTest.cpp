// WrappedLabel remembers heights it measured, and forgets them when what it shows changes.
#include "widgets/WrappedLabel.h"

#include <QFont>
#include <QLabel>

#include <gtest/gtest.h>

#include <functional>

namespace {

const QString k_rich = QStringLiteral(
    "<p>Run the model on your own machine or pay per token?</p><p><b>This guide is for you if all of these "
    "hold:</b></p><ul><li>a small team</li><li>steady monthly usage</li><li>one model or a few</li></ul>");

// The height a plain word-wrapped QLabel gives for the same text, format and font.
int qlabelHeight(const QString& text, Qt::TextFormat format, const QFont& font, int width)
{
    QLabel reference;
    reference.setWordWrap(true);
    reference.setTextFormat(format);
    reference.setFont(font);
    reference.setText(text);
    return reference.heightForWidth(width);
}

// Sets up a label; applied alike to a WrappedLabel and to a plain word-wrapped QLabel.
using Setup = std::function<void(QLabel&)>;

// Every size answer of a WrappedLabel against QLabel's own, set up the same way.
void expectQLabelsAnswers(const Setup& setup)
{
    WrappedLabel label;
    QLabel reference;
    reference.setWordWrap(true);
    setup(label);
    setup(reference);
    EXPECT_EQ(label.sizeHint(), reference.sizeHint());
    EXPECT_EQ(label.minimumSizeHint(), reference.minimumSizeHint());
    for (int round = 0; round < 2; ++round)
        for (const int width : { -1, 0, 40, 120, 300, 600, 200, 451, 1000, 300 })
            EXPECT_EQ(label.heightForWidth(width), reference.heightForWidth(width)) << width;
}

} // namespace

TEST(WrappedLabel, AnswersAsQLabelDoesForRichAndPlainText)
{
    const auto rich = [](QLabel& l) {
        l.setTextFormat(Qt::RichText);
        l.setText(k_rich);
    };
    expectQLabelsAnswers(rich);
    // Rich text recognised by QLabel's automatic format.
    expectQLabelsAnswers([](QLabel& l) { l.setText(k_rich); });
    expectQLabelsAnswers([](QLabel& l) {
        l.setText(QStringLiteral(
            "If one does, the guide's framework does not apply, and the result says what to do instead."));
    });
    expectQLabelsAnswers([&](QLabel& l) {
        rich(l);
        l.setMargin(7);
        l.setIndent(12);
        l.setContentsMargins(3, 5, 11, 2);
    });
    expectQLabelsAnswers([&](QLabel& l) {
        rich(l);
        l.setFrameShape(QFrame::Box); // a frame and no indent: QLabel indents by an "x"
        l.setAlignment(Qt::AlignRight | Qt::AlignTop);
        l.setMinimumWidth(150);
    });
    expectQLabelsAnswers([&](QLabel& l) {
        rich(l);
        QFont f = l.font();
        f.setPointSizeF(f.pointSizeF() * 1.5);
        f.setBold(true);
        l.setFont(f);
    });
}

TEST(WrappedLabel, GivesTheHeightsQLabelGivesAskedAgainAndAgain)
{
    WrappedLabel label;
    label.setTextFormat(Qt::RichText);
    label.setText(k_rich);
    EXPECT_TRUE(label.wordWrap());
    for (int round = 0; round < 3; ++round)
        for (const int width : { 120, 300, 600, 200, 450, 90, 1000, 300 })
            EXPECT_EQ(label.heightForWidth(width), qlabelHeight(k_rich, Qt::RichText, label.font(), width)) << width;
    // Narrower means taller for a text that wraps.
    EXPECT_GT(label.heightForWidth(120), label.heightForWidth(600));
}

TEST(WrappedLabel, ANewTextIsMeasuredAgain)
{
    WrappedLabel label;
    label.setText(QStringLiteral("short"));
    const int oneLine = label.heightForWidth(200);
    const QString longer
        = QStringLiteral("a much longer text that cannot fit on one line of two hundred pixels at all");
    label.setText(longer);
    EXPECT_GT(label.heightForWidth(200), oneLine);
    EXPECT_EQ(label.heightForWidth(200), qlabelHeight(longer, Qt::AutoText, label.font(), 200));
    // The format counts too: as plain text, the markup is text to wrap.
    label.setText(k_rich);
    label.setTextFormat(Qt::RichText);
    const int rich = label.heightForWidth(300);
    label.setTextFormat(Qt::PlainText);
    EXPECT_EQ(label.heightForWidth(300), qlabelHeight(k_rich, Qt::PlainText, label.font(), 300));
    EXPECT_NE(label.heightForWidth(300), rich);
}

TEST(WrappedLabel, ABiggerFontIsMeasuredAgain)
{
    WrappedLabel label;
    label.setText(k_rich);
    label.setTextFormat(Qt::RichText);
    const int before = label.heightForWidth(300);
    QFont big = label.font();
    big.setPointSizeF(big.pointSizeF() * 2);
    label.setFont(big);
    EXPECT_GT(label.heightForWidth(300), before);
    EXPECT_EQ(label.heightForWidth(300), qlabelHeight(k_rich, Qt::RichText, big, 300));
}

TEST(WrappedLabel, AWiderMarginIsMeasuredAgain)
{
    WrappedLabel label;
    label.setText(k_rich);
    label.setTextFormat(Qt::RichText);
    const int before = label.heightForWidth(300);
    label.setMargin(40);
    EXPECT_GT(label.heightForWidth(300), before);
}

TEST(WrappedLabel, TurningWordWrapOffIsMeasuredAgain)
{
    WrappedLabel label;
    label.setTextFormat(Qt::RichText);
    label.setText(k_rich);
    const int wrapped = label.heightForWidth(200);
    label.setWordWrap(false);
    QLabel reference;
    reference.setTextFormat(Qt::RichText);
    reference.setText(k_rich);
    EXPECT_EQ(label.heightForWidth(200), reference.heightForWidth(200));
    EXPECT_NE(label.heightForWidth(200), wrapped);
    EXPECT_EQ(label.sizeHint(), reference.sizeHint());
}

TEST(WrappedLabel, ABuddysShortcutIsMeasuredAsQLabelDoes)
{
    QWidget field;
    expectQLabelsAnswers([&field](QLabel& l) {
        l.setText(QStringLiteral("<b>Monthly</b> &tokens, a long label that wraps over several lines"));
        l.setBuddy(&field);
    });
}
