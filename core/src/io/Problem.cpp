#include "lowregret/io/Problem.h"

#include "lowregret/io/Format.h"
#include "lowregret/io/SafeText.h"

#include <map>

namespace lowregret {

namespace {

std::string typeName(const std::string& expected, Lang lang)
{
    static const std::map<std::string, std::pair<std::string, std::string>> names = {
        { "number", { "a number", "數字" } },
        { "integer", { "a whole number", "整數" } },
        { "boolean", { "true or false", "true 或 false" } },
        { "string", { "a text", "文字" } },
        { "object", { "an object", "物件" } },
        { "array", { "a list", "清單" } },
        { "boolean or null", { "true, false or null", "true、false 或 null" } },
    };
    const auto it = names.find(expected);
    if (it == names.end())
        return expected;
    return lang == Lang::ZhHant ? it->second.second : it->second.first;
}

std::string bytes(double n, Lang lang)
{
    if (n >= 1024.0 * 1024.0)
        return Format::compactNumber(n / (1024.0 * 1024.0), 1) + " MiB";
    if (n >= 1024.0)
        return Format::compactNumber(n / 1024.0, 1) + " KiB";
    return Format::number(n, 0) + (lang == Lang::ZhHant ? " 位元組" : " bytes");
}

} // namespace

std::string Problem::describe(Lang lang) const
{
    // A path, a value or a field's name may come from the file or the command line: shown as
    // one line of plain text, of a sane length.
    if (!SafeText::isName(path, SafeText::maxTextChars) || !SafeText::isName(value)
        || !SafeText::isName(expected, 10 * SafeText::maxTextChars)) {
        Problem shown = *this;
        shown.path = SafeText::name(path, SafeText::maxTextChars);
        shown.value = SafeText::name(value);
        shown.expected = SafeText::name(expected, 10 * SafeText::maxTextChars);
        return shown.describe(lang);
    }
    const bool zh = lang == Lang::ZhHant;
    std::string what;
    switch (kind) {
    case Kind::FileNotFound:
        what = zh ? "找不到檔案" : "no such file";
        break;
    case Kind::NotAFile:
        if (value == "folder")
            what = zh ? "這是資料夾，不是檔案" : "a folder, not a file";
        else
            what = zh ? "這不是一般檔案" : "not a regular file";
        break;
    case Kind::Unreadable:
        what = zh ? "無法讀取檔案" : "the file cannot be read";
        if (!value.empty())
            what += zh ? "（" + value + "）" : " (" + value + ")";
        break;
    case Kind::TooLarge:
        what = zh ? "檔案太大，上限為 " + bytes(limit, lang)
                  : "the file is too large; the limit is " + bytes(limit, lang);
        break;
    case Kind::TooLargeToWrite: {
        // The limit in bytes too: a file just over 16 MiB is also "16 MiB".
        const std::string exact = limit < 1024.0 ? std::string()
            : zh                                 ? "（" + Format::number(limit, 0) + " 位元組）"
                                                 : " (" + Format::number(limit, 0) + " bytes)";
        what = zh ? "寫入後檔案會有 " + Format::number(max, 0) + " 位元組，超過讀取上限 " + bytes(limit, lang) + exact
                + "；未寫入任何內容"
                  : "writing it would make the file " + Format::number(max, 0) + " bytes, over the limit of "
                + bytes(limit, lang) + exact + " it is read with; nothing was written";
        break;
    }
    case Kind::CannotWrite:
        what = zh ? "無法寫入檔案" : "the file cannot be written";
        if (!value.empty())
            what += zh ? "（" + value + "）" : " (" + value + ")";
        break;
    case Kind::Locked:
        what = zh
            ? "另一個程式正在更新這個檔案，已等候 " + Format::number(limit, 0) + " 秒；請稍後再試"
            : "another program is updating this file; waited " + Format::number(limit, 0) + " seconds; try again later";
        break;
    case Kind::InvalidUtf8:
        what = zh ? "不是有效的 UTF-8 文字（位於第 " + value + " 個位元組）"
                  : "not valid UTF-8 text (at byte " + value + ")";
        break;
    case Kind::TooDeep:
        what = zh ? "巢狀層數超過 " + Format::number(limit, 0) + " 層"
                  : "nested more than " + Format::number(limit, 0) + " levels deep";
        break;
    case Kind::NotJson:
        what = zh ? "不是有效的 JSON" : "not valid JSON";
        if (!value.empty())
            what += zh ? "（約在第 " + value + " 個位元組）"
                       : " (near byte " + value + (expected.empty() ? ")" : ": " + expected + ")");
        break;
    case Kind::WrongType:
        what = zh ? "必須是" + typeName(expected, lang) : "must be " + typeName(expected, lang);
        break;
    case Kind::OutOfRange:
        what = zh ? "必須介於 " + Format::compactNumber(min) + " 到 " + Format::compactNumber(max) + " 之間"
                  : "must be from " + Format::compactNumber(min) + " to " + Format::compactNumber(max);
        if (!value.empty())
            what += zh ? "（目前是 " + value + "）" : " (it is " + value + ")";
        break;
    case Kind::NotFinite:
        what = zh ? "必須是有限的數字" : "must be a finite number";
        break;
    case Kind::Missing:
        what = zh ? "缺少此欄位" : "is missing";
        break;
    case Kind::UnknownValue:
        what = zh ? "不認得「" + value + "」" : "unknown value \"" + value + "\"";
        if (!expected.empty())
            what += zh ? "，可用的值：" + expected : "; allowed: " + expected;
        break;
    case Kind::Duplicate:
        what = zh ? "「" + value + "」重複出現" : "\"" + value + "\" appears more than once";
        break;
    case Kind::UnsupportedVersion:
        what = zh ? "檔案版本 " + value + " 比本程式支援的版本（" + Format::number(limit, 0) + "）新，請更新 LowRegret"
                  : "file version " + value + " is newer than this program understands (up to "
                + Format::number(limit, 0) + "); please update LowRegret";
        break;
    case Kind::UnknownReference:
        what = zh ? "指向不存在的「" + value + "」" : "refers to \"" + value + "\", which does not exist";
        break;
    case Kind::RequiredForPath:
        what = zh ? "流程圖在「" + value + "」需要這個答案" : "the flowchart needs this answer at \"" + value + "\"";
        break;
    case Kind::UnknownField:
        what = zh ? "不認得的欄位，已略過" : "unknown field, ignored";
        break;
    case Kind::Cycle:
        what = zh ? "流程圖在此形成迴圈" : "the flowchart loops back to this node";
        break;
    case Kind::NumberTooLarge:
        what = zh ? "數字 " + value + " 太大，無法處理" : "the number " + value + " is too large to handle";
        break;
    case Kind::Empty:
        what = zh ? "不可為空" : "must not be empty";
        break;
    case Kind::UnknownLayout:
        what = zh ? "不是認得的用量匯出格式；認得的格式：" + expected
                  : "not a usage export of a known layout; known layouts: " + expected;
        break;
    case Kind::NotCsv:
        what = zh ? "第 " + value + " 行無法讀成 CSV（" + expected + "）"
                  : "line " + value + " cannot be read as CSV (" + expected + ")";
        break;
    case Kind::TooManyFields:
        what = zh ? "第 " + value + " 行的一筆資料超過 " + Format::number(limit, 0) + " 個欄位，無法讀取"
                  : "the record on line " + value + " has more than " + Format::number(limit, 0)
                + " fields; it cannot be read";
        break;
    case Kind::NoUsage:
        what = zh ? "這是 " + value + " 格式，但沒有任何一列用量" : "a " + value + " file with no row of usage in it";
        break;
    case Kind::UnknownPriceFile:
        what = zh ? "不是認得的價格檔；認得的格式：" + expected
                  : "not a price file LowRegret reads; it reads: " + expected;
        break;
    case Kind::NotLlamaBench:
        if (value == "empty")
            what = zh ? "裡面沒有任何一列 llama-bench 測試結果" : "no llama-bench run in it";
        else
            what = zh ? "不是 llama-bench -o json 輸出的測試結果清單"
                      : "not the list of runs llama-bench -o json prints";
        break;
    }
    if (path.empty())
        return what;
    return path + (zh ? "：" : ": ") + what;
}

} // namespace lowregret
