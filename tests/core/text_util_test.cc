#include "core/text_util.h"

#include <gtest/gtest.h>

namespace demarche {
namespace {

TEST(SlugTest, LowercasesAndJoinsWordsWithDashes) {
  EXPECT_EQ(Slug("NATO-Russia Council"), "nato-russia-council");
  EXPECT_EQ(Slug("  U.S. Trade  Representative "), "u-s-trade-representative");
  EXPECT_EQ(Slug("Genève"), "genève");
  EXPECT_EQ(Slug("---"), "");
}

TEST(Utf8Test, AcceptsWellFormedText) {
  std::size_t bad = 99;
  EXPECT_TRUE(ValidateUtf8("plain ASCII", &bad));
  EXPECT_TRUE(ValidateUtf8("Genève – “quoted” 😀", &bad));
}

TEST(Utf8Test, RejectsMalformedSequencesAndSaysWhere) {
  std::size_t bad = 0;
  EXPECT_FALSE(ValidateUtf8("ab\xC3", &bad));  // truncated
  EXPECT_EQ(bad, 2u);
  EXPECT_FALSE(ValidateUtf8("x\xC0\xAF", &bad));  // overlong '/'
  EXPECT_EQ(bad, 1u);
  EXPECT_FALSE(ValidateUtf8("\xED\xA0\x80", &bad));  // surrogate
  EXPECT_FALSE(ValidateUtf8("\xFF", &bad));
  EXPECT_FALSE(ValidateUtf8("\xF4\x90\x80\x80", &bad));  // > U+10FFFF
}

TEST(Utf8Test, CountsCodePoints) {
  std::string s = "Genève talks";
  EXPECT_EQ(CodePointOffset(s, 0), 0u);
  EXPECT_EQ(CodePointOffset(s, s.find("talks")), 7u);  // è is two bytes, one code point
}

TEST(SplitTest, KeepsEmptyFields) {
  auto parts = Split("a\t\tb", '\t');
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[1], "");
  EXPECT_EQ(CollapseSpace("  a \n\n b  "), "a b");
}

}  // namespace
TEST(FoldLatinTest, DropsDiacriticsOfLatinLettersOnly) {
  EXPECT_EQ(FoldLatin("Reykjav\xC3\xADk"), "Reykjavik");
  EXPECT_EQ(FoldLatin("Schr\xC3\xB6" "der"), "Schroder");
  EXPECT_EQ(FoldLatin("Chi\xC8\x99in\xC4\x83u"), "Chisinau");  // comma-below s, a with breve
  EXPECT_EQ(FoldLatin("\xC5\x81\xC3\xB3" "d\xC5\xBA"), "Lodz");
  EXPECT_EQ(FoldLatin("\xC3\x86sir"), "AEsir");
  // Not letters, or not Latin: unchanged, and the result stays valid UTF-8.
  EXPECT_EQ(FoldLatin("2\xC3\x97" "3"), "2\xC3\x97" "3");
  EXPECT_EQ(FoldLatin("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"), "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0");
  EXPECT_EQ(FoldLatin("plain ASCII"), "plain ASCII");
  std::size_t bad = 0;
  EXPECT_FALSE(ValidateUtf8(FoldLatin("\xC3\xA9t\xC3\xA9 \xE2\x80\x94 \xC3"), &bad));  // a cut sequence stays cut
  EXPECT_EQ(FoldLatin("\xC3"), "\xC3");
}

}  // namespace demarche
