// The real `lowregret` program's --help and its messages about the command line, with no display,
// in the language --lang asks for, laid out as the command line's help is: lines within 80 columns (a Han
// character two wide), broken at spaces or between Han characters, never inside a word.
#include "RunProgram.h"

#include <QRegularExpression>
#include <QStringList>

#include <gtest/gtest.h>

#include <set>

namespace {

int displayWidth(const QString& line)
{
    int width = 0;
    for (const QChar c : line) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
            || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
            || (u >= 0xFFE0 && u <= 0xFFE6);
        width += u == 0x2060 ? 0 : wide ? 2 : 1;
    }
    return width;
}

void expectLaidOut(const QString& help)
{
    const QStringList lines = help.split(QLatin1Char('\n'));
    std::set<int> columns;
    static const QRegularExpression option(QStringLiteral("^(  -\\S.*?  +)\\S"));
    for (const QString& line : lines) {
        EXPECT_LE(displayWidth(line), 80) << line.toStdString();
        if (const auto m = option.match(line); m.hasMatch())
            columns.insert(displayWidth(m.captured(1)));
    }
    // Every description starts in one column.
    EXPECT_EQ(columns.size(), 1u) << help.toStdString();
    // The words the descriptions name, each whole on its line.
    for (const char* word : { "welcome", "stability", "sensitivity", "result", "breakeven", "what-if", "costs",
             "--screenshot", "--export-pdf", "--import-usage", "--update-prices", "900x600", "zh-Hant" })
        EXPECT_TRUE(QRegularExpression(QStringLiteral("(^|[^A-Za-z-])")
                + QRegularExpression::escape(QLatin1String(word)) + QStringLiteral("($|[^A-Za-z-])"),
            QRegularExpression::MultilineOption)
                        .match(help)
                        .hasMatch())
            << word << " is broken or missing in:\n"
            << help.toStdString();
}

} // namespace

TEST(CommandLineHelp, ChineseWhenLangAsksForIt)
{
    const QString help = runProgram(QStringLiteral(LOWREGRET_GUI),
        { QStringLiteral("--lang"), QStringLiteral("zh-Hant"), QStringLiteral("--help") });
    EXPECT_TRUE(help.startsWith(QStringLiteral("用法：lowregret"))) << help.toStdString();
    EXPECT_TRUE(help.contains(QStringLiteral("選項："))) << help.toStdString();
    EXPECT_TRUE(help.contains(QStringLiteral("--scenario <檔案>"))) << help.toStdString();
    EXPECT_TRUE(help.contains(QStringLiteral("顯示本說明"))) << help.toStdString();
    EXPECT_FALSE(help.contains(QStringLiteral("Usage"))) << help.toStdString();
    expectLaidOut(help);
    // The same with --lang=zh-Hant, after --help.
    EXPECT_EQ(runProgram(QStringLiteral(LOWREGRET_GUI), { QStringLiteral("--help"), QStringLiteral("--lang=zh-Hant") }),
        help);
}

TEST(CommandLineHelp, EnglishWhenLangAsksForIt)
{
    const QString help = runProgram(
        QStringLiteral(LOWREGRET_GUI), { QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en") });
    EXPECT_TRUE(help.startsWith(QStringLiteral("Usage: lowregret"))) << help.toStdString();
    EXPECT_TRUE(help.contains(QStringLiteral("--scenario <FILE>"))) << help.toStdString();
    expectLaidOut(help);
}

TEST(CommandLineHelp, ErrorsAreInTheLanguageLangAsksFor)
{
    const QString page = runProgram(QStringLiteral(LOWREGRET_GUI),
        { QStringLiteral("--lang"), QStringLiteral("zh-Hant"), QStringLiteral("--page"), QStringLiteral("nowhere"),
            QStringLiteral("--screenshot"), QStringLiteral("/tmp/never.png") },
        2, true);
    EXPECT_TRUE(page.contains(QStringLiteral("不認得的頁面「nowhere」。"))) << page.toStdString();
    const QString option = runProgram(QStringLiteral(LOWREGRET_GUI),
        { QStringLiteral("--bogus"), QStringLiteral("--lang"), QStringLiteral("zh-Hant"),
            QStringLiteral("--screenshot"), QStringLiteral("/tmp/never.png") },
        2, true);
    EXPECT_TRUE(option.contains(QStringLiteral("不認得的選項「--bogus」"))) << option.toStdString();
    const QString english = runProgram(QStringLiteral(LOWREGRET_GUI),
        { QStringLiteral("--bogus"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--screenshot"),
            QStringLiteral("/tmp/never.png") },
        2, true);
    EXPECT_TRUE(english.contains(QStringLiteral("Unknown option \"--bogus\""))) << english.toStdString();
}
