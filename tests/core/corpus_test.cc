#include "core/corpus.h"

#include <gtest/gtest.h>

namespace demarche {
namespace {

TEST(ParseArticleLineTest, TitleBlankLineThenTextAndItsOwnDate) {
  auto d = ParseArticleLine(R"({"id": "r-1", "date": "1987-02-26 10:00", "title": "COCOA", "text": "Rain fell."})",
                            "x.jsonl:1", CorpusOptions{"2000-01-01"});
  ASSERT_TRUE(d) << d.error().message;
  EXPECT_EQ(d->id, "r-1");
  EXPECT_EQ(d->date, "1987-02-26");
  EXPECT_EQ(d->text, "COCOA\n\nRain fell.");
}

TEST(ParseArticleLineTest, NumericIdAndDefaultDate) {
  auto d = ParseArticleLine(R"({"id": 42, "text": "Talks."})", "x.jsonl:2", CorpusOptions{"2000-01-01"});
  ASSERT_TRUE(d) << d.error().message;
  EXPECT_EQ(d->id, "42");
  EXPECT_EQ(d->date, "2000-01-01");
}

TEST(ParseArticleLineTest, BadLinesSayWhereAndWhat) {
  CorpusOptions o;
  auto truncated = ParseArticleLine(R"({"id": "a", "text": "Tal)", "f.jsonl:7", o);
  ASSERT_FALSE(truncated);
  EXPECT_EQ(truncated.error().message.rfind("f.jsonl:7: not a JSON object", 0), 0u) << truncated.error().message;
  auto no_text = ParseArticleLine(R"({"id": "a"})", "f.jsonl:8", o);
  ASSERT_FALSE(no_text);
  EXPECT_NE(no_text.error().message.find("missing \"text\""), std::string::npos);
  auto array = ParseArticleLine("[1, 2]", "f.jsonl:9", o);
  EXPECT_FALSE(array);
  std::string deep(100000, '[');  // deeply nested: an error, not a stack overflow
  EXPECT_FALSE(ParseArticleLine(deep, "f.jsonl:10", o));
  auto latin1 = ParseArticleLine("{\"id\": \"a\", \"text\": \"Gen\xE8ve\"}", "f.jsonl:11", o);
  EXPECT_FALSE(latin1);
}

TEST(CorpusReaderTest, ReadsDirectoriesInNameOrderAndJsonLines) {
  auto r = CorpusReader::Open({std::string(DEMARCHE_TEST_DIR) + "/data/corpus"}, CorpusOptions{"2021-03-01"});
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_GT(r->total_bytes(), 0u);
  std::vector<std::string> ids;
  while (true) {
    auto d = r->Next();
    ASSERT_TRUE(d) << d.error().message;
    if (!*d) break;
    ids.push_back((*d)->id);
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"a1", "a2", "3", "b2", "b1"}));  // articles.jsonl, b2.txt, sub/b1.txt
}

TEST(CorpusReaderTest, MissingInputIsAnError) {
  auto r = CorpusReader::Open({"/nonexistent/corpus"}, {});
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("/nonexistent/corpus: cannot open"), std::string::npos);
}

}  // namespace
}  // namespace demarche
