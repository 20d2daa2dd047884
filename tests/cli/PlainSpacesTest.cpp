// The buffer every byte of lowregret-cli's output goes through (app/cli/PlainSpaces.h): plain
// spaces, and nothing that acts on a terminal, whatever a name from a file or the command line
// holds.
#include "PlainSpaces.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

namespace {

std::string through(const std::string& text)
{
    std::ostringstream target;
    {
        lowregret::cli::PlainSpacesBuffer buffer(target.rdbuf());
        std::ostream out(&buffer);
        out << text;
        out.flush();
    }
    return target.str();
}

} // namespace

TEST(PlainSpaces, NoBreakSpacesAndWordJoinersBecomePlain)
{
    EXPECT_EQ(through("3.9\xc2\xa0months, 3.9\xc2\xa0個\xe2\x81\xa0月"), "3.9 months, 3.9 個月");
}

TEST(PlainSpaces, ControlCharactersAreDropped)
{
    // ESC, BEL, backspace, DEL and a C1 CSI (U+009B): the rest of an escape sequence is text.
    EXPECT_EQ(through("a\x1b[31mb\x07"
                      "c\bd\x7f"
                      "e\xc2\x9b"
                      "1m"),
        "a[31mbcde1m");
    EXPECT_EQ(through("\x1b]0;title\x07name"), "]0;titlename");
    // Line feeds, tabs and CRLF line ends (the CSV's) stay; a lone carriage return goes.
    EXPECT_EQ(through("a\tb\r\nc\nd\rfake\r"), "a\tb\r\nc\ndfake");
}

TEST(PlainSpaces, BidirectionalControlsAreDropped)
{
    EXPECT_EQ(through("\xe2\x80\xae"
                      "2026-01-01"),
        "2026-01-01");
    EXPECT_EQ(through("a\xe2\x80\xaa"
                      "b\xe2\x80\x8e"
                      "c\xe2\x80\x8f"
                      "d\xe2\x81\xa6"
                      "e\xe2\x81\xa9"
                      "f\xd8\x9c"
                      "g"),
        "abcdefg");
}

TEST(PlainSpaces, OtherCharactersPassAsTheyAre)
{
    const std::string text = "— © € 臺灣 \xe2\x80\x94\xe2\x81\xb0 \xd8\xa7 \xc2\xa9";
    EXPECT_EQ(through(text), text);
    // A lead byte cut short by the end, or followed by another lead byte, is written as it came.
    EXPECT_EQ(through("x\xe2"), "x\xe2");
    EXPECT_EQ(through("\xc2\xe2\x80\xae"
                      "y"),
        "\xc2y");
}
