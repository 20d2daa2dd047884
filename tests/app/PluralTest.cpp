// Counted words in the app's own messages follow the count: "1 file", "2 files" in English
// (from translations/lowregret_en.ts, which holds the plural forms only), one form in Chinese.
#include "GuiFixture.h"

#include <QCoreApplication>

namespace {

QString filled(int files)
{
    // The message of File → Import Usage (FileActions).
    return QCoreApplication::translate(
        "FileActions", "Usage filled from %n file(s); each field says where it came from.", nullptr, files);
}

QString offers(int total)
{
    return QCoreApplication::translate("CompareModelsDialog", "All %n offer(s) in the catalog:", nullptr, total);
}

} // namespace

using Plural = GuiFixture;

TEST_F(Plural, EnglishSaysOneFileAndTwoFiles)
{
    EXPECT_EQ(filled(1), QStringLiteral("Usage filled from 1 file; each field says where it came from."));
    EXPECT_EQ(filled(2), QStringLiteral("Usage filled from 2 files; each field says where it came from."));
    EXPECT_EQ(offers(12), QStringLiteral("All 12 offers in the catalog:"));
    EXPECT_EQ(offers(1), QStringLiteral("The one offer in the catalog:"));
}

TEST_F(Plural, ChineseHasOneForm)
{
    m_window->setLanguage(lowregret::Lang::ZhHant);
    EXPECT_EQ(filled(1), QStringLiteral("已從 1 個檔案填入用量；每個欄位都註明了來源。"));
    EXPECT_EQ(filled(3), QStringLiteral("已從 3 個檔案填入用量；每個欄位都註明了來源。"));
    EXPECT_EQ(offers(12), QStringLiteral("價目表中的全部 12 個方案："));
    m_window->setLanguage(lowregret::Lang::En);
}
