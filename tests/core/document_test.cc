#include "core/document.h"

#include <gtest/gtest.h>

namespace demarche {
namespace {

TEST(CheckTextTest, DropsByteOrderMark) {
  auto t = CheckText("\xEF\xBB\xBFTalks began.", "a.txt");
  ASSERT_TRUE(t) << t.error().message;
  EXPECT_EQ(*t, "Talks began.");
}

TEST(CheckTextTest, RefusesEmptyBinaryAndInvalidUtf8WithLocatedMessages) {
  auto empty = CheckText(" \n\t", "e.txt");
  ASSERT_FALSE(empty);
  EXPECT_NE(empty.error().message.find("e.txt: the document is empty"), std::string::npos);

  auto binary = CheckText(std::string("ab\0cd", 5), "b.bin");
  ASSERT_FALSE(binary);
  EXPECT_NE(binary.error().message.find("byte 2 is NUL"), std::string::npos);

  auto latin1 = CheckText("Gen\xE8ve", "l.txt");
  ASSERT_FALSE(latin1);
  EXPECT_NE(latin1.error().message.find("invalid UTF-8 at byte 3"), std::string::npos);
  EXPECT_NE(latin1.error().message.find("iconv"), std::string::npos);
}

TEST(CheckTextTest, RefusesTooLargeInput) {
  auto big = CheckText(std::string(100, 'a'), "big.txt", 10);
  ASSERT_FALSE(big);
  EXPECT_NE(big.error().message.find("larger than the limit"), std::string::npos);
}

TEST(DocumentIdTest, IsTheFileStem) {
  EXPECT_EQ(DocumentIdFromPath("data/samples/geneva-2022.txt"), "geneva-2022");
  EXPECT_EQ(DocumentIdFromPath("x"), "x");
  EXPECT_EQ(DocumentIdFromPath("-"), "stdin");
}

TEST(ReadDocumentFileTest, MissingFileNamesThePath) {
  auto d = ReadDocumentFile("/nonexistent/dir/a.txt", "");
  ASSERT_FALSE(d);
  EXPECT_NE(d.error().message.find("/nonexistent/dir/a.txt: cannot open"), std::string::npos);
}

}  // namespace
}  // namespace demarche
