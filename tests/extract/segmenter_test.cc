#include "extract/segmenter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace demarche {
namespace {

std::vector<std::string> Sentences(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& s : Segment(text)) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& t : Tokenize(text)) out.push_back(text.substr(t.begin, t.end - t.begin));
  return out;
}

TEST(SegmenterTest, AbbreviationsDoNotEndSentences) {
  auto s = Sentences("The U.S. envoy met Mr. Smith on Jan. 10 in Geneva. Talks ended.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], "The U.S. envoy met Mr. Smith on Jan. 10 in Geneva.");
  EXPECT_EQ(s[1], "Talks ended.");
}

TEST(SegmenterTest, QuotesStayWithTheirSentence) {
  auto s = Sentences("\"We will not yield,\" he said. \"Never.\" Then he left.");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[1], "\"Never.\"");
}

TEST(SegmenterTest, BlankLinesAndHeadlinesEndSentences) {
  auto s = Sentences("JAPAN SEEKS TRADE TALKS\nTokyo said on Monday\nthat it wanted talks.\n\nNext paragraph");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0], "JAPAN SEEKS TRADE TALKS");
  EXPECT_EQ(s[1], "Tokyo said on Monday\nthat it wanted talks.");  // a hard wrap does not split
}

TEST(SegmenterTest, LowerCaseAfterPeriodDoesNotSplit) {
  EXPECT_EQ(Sentences("It rose 3.5 pct. in January.").size(), 1u);
}

TEST(TokenizerTest, SplitsPossessivesHyphensAndPunctuation) {
  EXPECT_EQ(Words("NATO's NATO-Russia U.S. won't 1,000 \xE2\x80\x9Cno\xE2\x80\x9D"),
            (std::vector<std::string>{"NATO", "'s", "NATO", "-", "Russia", "U.S.", "won't", "1,000",
                                      "\xE2\x80\x9C", "no", "\xE2\x80\x9D"}));
  EXPECT_EQ(Words("Putin\xE2\x80\x99s plan"), (std::vector<std::string>{"Putin", "\xE2\x80\x99s", "plan"}));
}

TEST(TokenizerTest, OffsetsPointIntoTheText) {
  std::string text = "Genève  hosts talks.";
  auto toks = Tokenize(text);
  ASSERT_EQ(toks.size(), 4u);
  EXPECT_EQ(text.substr(toks[1].begin, toks[1].end - toks[1].begin), "hosts");
  EXPECT_EQ(toks[0].end, 7u);  // "Genève" is 7 bytes
}

TEST(SegmenterTest, LongSentencesAreCut) {
  std::string text;
  for (int i = 0; i < 50; ++i) text += "word ";
  EXPECT_EQ(Segment(text, 10).size(), 5u);
}

}  // namespace
}  // namespace demarche
