#include "core/corpus.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

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

TEST(ParseArticleLineTest, AnInvalidDateIsNamedInAWarningAndNotUsed) {
  std::vector<std::string> warnings;
  CorpusOptions o{"2000-01-01"};
  o.warn = [&](const std::string& m) { warnings.push_back(m); };
  auto bad = ParseArticleLine(R"({"id": "r-9", "date": "2022-13-45", "text": "Talks."})", "f.jsonl:3", o);
  ASSERT_TRUE(bad) << bad.error().message;
  EXPECT_EQ(bad->date, "2000-01-01");  // --date, not a made-up day
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].rfind("f.jsonl:3 (\"r-9\"): \"date\" \"2022-13-45\" is not a date", 0), 0u) << warnings[0];
  EXPECT_NE(warnings[0].find("--date 2000-01-01"), std::string::npos) << warnings[0];
  // A number and a short date warn too; null, an empty string (no date) and a valid date do not.
  for (const char* line : {R"({"id": 1, "date": 20220101, "text": "x"})", R"({"id": 2, "date": "2022-01", "text": "x"})",
                           R"({"id": 3, "date": "", "text": "x"})", R"({"id": 4, "date": null, "text": "x"})",
                           R"({"id": 5, "date": "2022-02-28T10:00:00Z", "text": "x"})"}) {
    ASSERT_TRUE(ParseArticleLine(line, "f.jsonl:4", o));
  }
  EXPECT_EQ(warnings.size(), 3u);
  // Without a callback the same input reads the same, silently.
  auto quiet = ParseArticleLine(R"({"id": "r-9", "date": "2022-13-45", "text": "Talks."})", "f.jsonl:3",
                                CorpusOptions{"2000-01-01"});
  ASSERT_TRUE(quiet);
  EXPECT_EQ(quiet->date, "2000-01-01");
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

TEST(ParseArticleLineTest, StrictMakesAnInvalidDateAnError) {
  CorpusOptions o{"2000-01-01"};
  o.strict = true;
  auto bad = ParseArticleLine(R"({"id": "r-9", "date": "soon", "text": "Talks."})", "f.jsonl:3", o);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().message.rfind("f.jsonl:3 (\"r-9\"): \"date\" \"soon\" is not a date", 0), 0u) << bad.error().message;
  EXPECT_NE(bad.error().message.find("--strict"), std::string::npos) << bad.error().message;
  EXPECT_TRUE(ParseArticleLine(R"({"id": "r-9", "date": "2022-02-28", "text": "Talks."})", "f.jsonl:3", o));
}

// A document id read a second time is warned about with both places (both are read), or,
// with strict, is an error.
TEST(CorpusReaderTest, ARepeatedDocumentIdIsWarnedAbout) {
  std::string path = ::testing::TempDir() + "/corpus_test_dup.jsonl";
  {
    std::ofstream f(path);
    f << R"({"id": "a", "text": "One."})" << "\n" << R"({"id": "b", "text": "Two."})" << "\n\n"
      << R"({"id": "a", "text": "Three."})" << "\n";
  }
  std::vector<std::string> warnings;
  CorpusOptions o;
  o.warn = [&](const std::string& m) { warnings.push_back(m); };
  auto r = CorpusReader::Open({path}, o);
  ASSERT_TRUE(r) << r.error().message;
  int read = 0;
  while (true) {
    auto d = r->Next();
    ASSERT_TRUE(d) << d.error().message;
    if (!*d) break;
    ++read;
  }
  EXPECT_EQ(read, 3);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].rfind(path + ":4 (\"a\"): document id \"a\" was already read at " + path + ":1", 0), 0u)
      << warnings[0];
  o.strict = true;
  auto s = CorpusReader::Open({path}, o);
  ASSERT_TRUE(s);
  ASSERT_TRUE(s->Next());
  ASSERT_TRUE(s->Next());
  auto third = s->Next();
  ASSERT_FALSE(third);
  EXPECT_NE(third.error().message.find("--strict"), std::string::npos) << third.error().message;
  std::remove(path.c_str());
}

TEST(CorpusReaderTest, MissingInputIsAnError) {
  auto r = CorpusReader::Open({"/nonexistent/corpus"}, {});
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("/nonexistent/corpus: cannot open"), std::string::npos);
}

}  // namespace
}  // namespace demarche
