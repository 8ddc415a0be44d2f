#include "extract/dates.h"

#include <gtest/gtest.h>

#include "extract/segmenter.h"

namespace demarche {
namespace {

// The dates found in a sentence, as ISO strings.
std::vector<std::string> Dates(const std::string& text, Date doc, Date previous = {}) {
  std::vector<std::string> words;
  for (const auto& t : Tokenize(text)) words.push_back(text.substr(t.begin, t.end - t.begin));
  std::vector<std::string> out;
  for (const auto& d : FindDates(words, doc, previous)) out.push_back(FormatIso(d.date));
  return out;
}

const Date kDoc{2022, 1, 9};  // a Sunday

TEST(DatesTest, MonthAndDayTakeTheNearestYear) {
  EXPECT_EQ(Dates("On January 10, talks", kDoc), std::vector<std::string>{"2022-01-10"});
  EXPECT_EQ(Dates("on December 30 talks", kDoc), std::vector<std::string>{"2021-12-30"});
  EXPECT_EQ(Dates("on 12 January", kDoc), std::vector<std::string>{"2022-01-12"});
  EXPECT_EQ(Dates("on Jan. 13", kDoc), std::vector<std::string>{"2022-01-13"});
}

TEST(DatesTest, ExplicitAndRelativeYears) {
  EXPECT_EQ(Dates("on December 30, 2021 between", kDoc), std::vector<std::string>{"2021-12-30"});
  EXPECT_EQ(Dates("on December 23 last year", kDoc), std::vector<std::string>{"2021-12-23"});
  EXPECT_EQ(Dates("in June last year", kDoc), std::vector<std::string>{"2021-06"});
  EXPECT_EQ(Dates("last October", kDoc), std::vector<std::string>{"2021-10"});
  EXPECT_EQ(Dates("in March 1987", kDoc), std::vector<std::string>{"1987-03"});
}

TEST(DatesTest, DeicticWords) {
  EXPECT_EQ(Dates("talks today", kDoc), std::vector<std::string>{"2022-01-09"});
  EXPECT_EQ(Dates("talks tomorrow", kDoc), std::vector<std::string>{"2022-01-10"});
  EXPECT_EQ(Dates("talks yesterday", kDoc), std::vector<std::string>{"2022-01-08"});
  EXPECT_EQ(Dates("next month", kDoc), std::vector<std::string>{"2022-02"});
  EXPECT_EQ(Dates("on Wednesday", kDoc), std::vector<std::string>{"2022-01-05"});
  EXPECT_EQ(Dates("the next day", kDoc, Date{2022, 1, 12}), std::vector<std::string>{"2022-01-13"});
}

TEST(DatesTest, RangesKeepTheirFirstDay) {
  EXPECT_EQ(Dates("on January 10 to 13", kDoc), std::vector<std::string>{"2022-01-10"});
}

TEST(DatesTest, NoDocumentDateMeansOnlyExplicitYears) {
  EXPECT_TRUE(Dates("on January 10 and tomorrow", Date{}).empty());
  EXPECT_EQ(Dates("on January 10, 2022", Date{}), std::vector<std::string>{"2022-01-10"});
}

TEST(DatesTest, MayIsAMonthOnlyWithADayOrAfterIn) {
  EXPECT_TRUE(Dates("Russia may reject it", kDoc).empty());
  EXPECT_EQ(Dates("talks on May 5", kDoc), std::vector<std::string>{"2022-05-05"});
  EXPECT_EQ(MonthNumber("Sept."), 9);
}

}  // namespace
TEST(DatesTest, TenseChoosesBetweenTheLastAndTheNextMonthOfThatName) {
  // Document date 2022-01-09: "in July" is nearer in 2021, but "will meet" is ahead.
  EXPECT_EQ(Dates("The leaders will meet in July", kDoc), std::vector<std::string>{"2022-07"});
  EXPECT_EQ(Dates("The leaders met in July", kDoc), std::vector<std::string>{"2021-07"});
  EXPECT_EQ(Dates("talks in July", kDoc), std::vector<std::string>{"2021-07"});  // no tense: nearest
  // December is nearer in 2021; "is scheduled" puts it ahead.
  EXPECT_EQ(Dates("A summit is scheduled for December 5", kDoc), std::vector<std::string>{"2022-12-05"});
}

}  // namespace demarche
