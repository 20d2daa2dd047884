#include "lowregret/io/JsonReader.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

using lowregret::JsonReader;
using lowregret::Problem;
using lowregret::Problems;

TEST(JsonReader, Utf8Validation)
{
    EXPECT_FALSE(JsonReader::firstInvalidUtf8("plain ascii").has_value());
    EXPECT_FALSE(JsonReader::firstInvalidUtf8("回本期 ✓ 😀").has_value());
    EXPECT_EQ(JsonReader::firstInvalidUtf8("ab\xff").value_or(99), 2u);
    EXPECT_EQ(JsonReader::firstInvalidUtf8("\xc0\xaf").value_or(99), 0u); // overlong "/"
    EXPECT_EQ(JsonReader::firstInvalidUtf8("\xed\xa0\x80").value_or(99), 0u); // surrogate
    EXPECT_EQ(JsonReader::firstInvalidUtf8("x\xe5\x9b").value_or(99), 1u); // truncated
}

TEST(JsonReader, DepthIgnoresBracketsInStrings)
{
    EXPECT_EQ(JsonReader::nestingDepth(R"({"a": [1, {"b": "[[[["}]})"), 3);
    EXPECT_EQ(JsonReader::nestingDepth(R"({"a": "\"[{"})"), 1);
}

TEST(JsonReader, RefusesDeepNestingBeforeParsing)
{
    Problems errors;
    const std::string deep(100000, '[');
    EXPECT_FALSE(JsonReader::parse(deep, "deep.json", {}, errors));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].kind, Problem::Kind::TooDeep);
}

TEST(JsonReader, RefusesOversizeFilesBeforeReadingThem)
{
    // Its own name: ctest runs this test again under another locale, perhaps at the same time.
    const auto file
        = std::filesystem::temp_directory_path() / ("lowregret-jsonreader-big-" + std::to_string(::getpid()) + ".json");
    {
        std::ofstream out(file);
        out << "{}" << std::string(4096, ' ');
    }
    Problems errors;
    EXPECT_FALSE(JsonReader::readFile(file, { .maxBytes = 1024, .maxDepth = 8 }, errors));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].kind, Problem::Kind::TooLarge);
    EXPECT_NE(errors[0].describe(lowregret::Lang::En).find("1 KiB"), std::string::npos);
    std::filesystem::remove(file);
}

TEST(JsonReader, DirectoryAndMissingFile)
{
    Problems errors;
    EXPECT_FALSE(JsonReader::readFile(std::filesystem::temp_directory_path(), {}, errors));
    EXPECT_FALSE(JsonReader::readFile("/nonexistent/x.json", {}, errors));
    ASSERT_EQ(errors.size(), 2u);
    EXPECT_EQ(errors[0].kind, Problem::Kind::NotAFile);
    EXPECT_EQ(errors[1].kind, Problem::Kind::FileNotFound);
}

TEST(JsonReader, SyntaxErrorSaysWhere)
{
    Problems errors;
    EXPECT_FALSE(JsonReader::parse("{\"a\": 1,,}", "s.json", {}, errors));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].kind, Problem::Kind::NotJson);
    EXPECT_FALSE(errors[0].value.empty());
}
