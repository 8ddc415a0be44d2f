#include "extract/dates.h"

#include <gtest/gtest.h>

#include <tuple>

#include "extract/rules/rules.h"
#include "extract/segmenter.h"
#include "tests/extract/test_resources.h"

namespace demarche {
namespace {

// The dates found in a sentence, as ISO strings.
std::vector<std::string> Dates(const std::string& text, Date doc, Date previous = {}) {
  std::vector<std::string> words;
  for (const auto& t : Tokenize(text)) words.push_back(text.substr(t.begin, t.end - t.begin));
  std::vector<std::string> out;
  for (const auto& d : FindDates(DateClasses(TestResources()), words, doc, previous)) {
    out.push_back(FormatIso(d.date));
  }
  return out;
}

// The dates found, as "ISO [first,last)".
std::vector<std::string> Spans(const std::string& text, Date doc, Date previous = {}) {
  std::vector<std::string> words;
  for (const auto& t : Tokenize(text)) words.push_back(text.substr(t.begin, t.end - t.begin));
  std::vector<std::string> out;
  for (const auto& d : FindDates(DateClasses(TestResources()), words, doc, previous)) {
    out.push_back(FormatIso(d.date) + " [" + std::to_string(d.first) + "," + std::to_string(d.last) + ")");
  }
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
  EXPECT_EQ(MonthNumber(DateClasses(TestResources()), "Sept."), 9);
}

// The words are word classes (data/lexicons/classes/dates.tsv); what they cover.
TEST(DatesTest, PhrasesRangesOrdinalsAndWeekdays) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Spans("at last week's talks", kDoc), V{"2022-01 [1,4)"});  // the possessive too
  EXPECT_EQ(Spans("this week's talks", kDoc), V{"2022-01 [0,2)"});     // listed without it
  EXPECT_EQ(Spans("talks last month", kDoc), V{"2021-12 [1,3)"});
  EXPECT_EQ(Spans("on January 10-13 in Geneva", kDoc), V{"2022-01-10 [1,5)"});
  EXPECT_EQ(Spans("on Jan. 5th", kDoc), V{"2022-01-05 [1,3)"});
  EXPECT_EQ(Spans("in mid-December", kDoc), V{"2021-12 [1,4)"});
  EXPECT_EQ(Spans("on March 3 next year", kDoc), V{"2023-03-03 [1,5)"});
  EXPECT_EQ(Spans("next Friday", kDoc), V{"2022-01-14 [0,2)"});
  EXPECT_EQ(Spans("on Friday", kDoc), V{"2022-01-07 [1,2)"});
  EXPECT_EQ(Spans("the following day", kDoc, Date{2022, 1, 12}), V{"2022-01-13 [0,3)"});
  EXPECT_EQ(Spans("the following day", Date{}, Date{2022, 1, 12}), V{"2022-01-13 [0,3)"});
  // Month and weekday names count only in capital form; an ordinal ending only in lower case.
  EXPECT_TRUE(Spans("on MARCH 3 or march 3 or on FRIDAY", kDoc).empty());
  EXPECT_TRUE(Spans("on January 10TH", kDoc).empty());
}

// A class whose value is a number has numbers in range (an entry with another value would
// never match).
TEST(DatesTest, DateClassValuesAreNumbersInRange) {
  const Resources& res = TestResources();
  for (auto [cls, lo, hi] : std::vector<std::tuple<std::string, int, int>>{{"month_name", 1, 12},
                                                                           {"weekday", 0, 6},
                                                                           {"relative_modifier", -1, 1},
                                                                           {"relative_year", -10, 10},
                                                                           {"relative_day", -10, 10},
                                                                           {"day_after", 1, 10},
                                                                           {"relative_week", -10, 10},
                                                                           {"relative_month", -12, 12}}) {
    int id = res.ClassId(cls);
    ASSERT_GE(id, 0) << cls;
    for (const auto& [phrase, value] : res.classes().Phrases(id)) {
      std::size_t used = 0;
      int v = std::stoi(value, &used);
      EXPECT_EQ(used, value.size()) << cls << " " << phrase << ": " << value;
      EXPECT_GE(v, lo) << cls << " " << phrase;
      EXPECT_LE(v, hi) << cls << " " << phrase;
    }
  }
}

TEST(DatesTest, AWeekdayInAFutureClauseIsAhead) {
  // kDoc is Sunday 2022-01-09: a weekday alone is the latest one, in a future clause the next.
  EXPECT_EQ(Dates("Kenya and Tanzania will meet in Arusha on Monday.", kDoc), std::vector<std::string>{"2022-01-10"});
  EXPECT_EQ(Dates("The ministers are due to sign the accord on Friday.", kDoc),
            std::vector<std::string>{"2022-01-14"});
  EXPECT_EQ(Dates("The talks will be held on Tuesday in Vienna.", kDoc),  // "held" after "be": still ahead
            std::vector<std::string>{"2022-01-11"});
  EXPECT_EQ(Dates("On Thursday the two envoys will meet again.", kDoc),  // the cue after it
            std::vector<std::string>{"2022-01-13"});
  // The comma that closes a fronted weekday does not end its clause.
  EXPECT_EQ(Dates("On Monday, Japan and the United States will hold trade talks.", kDoc),
            std::vector<std::string>{"2022-01-10"});
  EXPECT_EQ(Dates("On Friday, the ministers are due to sign the accord.", kDoc),
            std::vector<std::string>{"2022-01-14"});
  // "ahead of" an event: the event is still to come.
  EXPECT_EQ(Dates("Trump spent the weekend in Scotland ahead of his meeting with Putin on Monday.", kDoc),
            std::vector<std::string>{"2022-01-10"});
  EXPECT_EQ(Dates("Envoys gathered in Oslo ahead of talks on Wednesday.", kDoc), std::vector<std::string>{"2022-01-12"});
  // The nearest cue before the weekday decides: "said on Monday" is past, whatever follows.
  EXPECT_EQ(Dates("Officials said on Monday that the two sides will meet.", kDoc),
            std::vector<std::string>{"2022-01-03"});
  EXPECT_EQ(Dates("The envoys met on Friday and will meet again soon.", kDoc),
            std::vector<std::string>{"2022-01-07"});
  // "planned", "scheduled", "due" mark the future only after a form of "be".
  EXPECT_EQ(Dates("The rebels canceled planned meetings Wednesday with the envoys.", kDoc),
            std::vector<std::string>{"2022-01-05"});
  EXPECT_EQ(Dates("Kerry is scheduled to meet Abe on Monday.", kDoc), std::vector<std::string>{"2022-01-10"});
  // A cue after the weekday counts only when the weekday opens the sentence.
  EXPECT_EQ(Dates("Johnson spoke with von der Leyen by phone on Tuesday and they will start talks.", kDoc),
            std::vector<std::string>{"2022-01-04"});
  // An aside has its own tense; after the weekday a comma ends the clause.
  EXPECT_EQ(Dates("A team left for Oslo - where the talks are expected - on Sunday morning.", kDoc),
            std::vector<std::string>{"2022-01-09"});
  EXPECT_EQ(Dates("In their meeting on Saturday, the leaders backed a planned summit.", kDoc),
            std::vector<std::string>{"2022-01-08"});
}

TEST(DatesTest, AWeekdayOfLastOrNextWeek) {
  // Weeks run Monday to Sunday. kDoc (a Sunday) is in the week of January 3 to 9, so "last
  // week" is December 27 to January 2.
  EXPECT_EQ(Spans("talks in Juba on Tuesday of last week", kDoc), std::vector<std::string>{"2021-12-28 [4,8)"});
  EXPECT_EQ(Dates("signed on Friday of the previous week", kDoc), std::vector<std::string>{"2021-12-31"});
  EXPECT_EQ(Dates("due on Wednesday of next week", kDoc), std::vector<std::string>{"2022-01-12"});
  EXPECT_EQ(Dates("on Thursday of last week", Date{2023, 6, 8}), std::vector<std::string>{"2023-06-01"});
}

TEST(DatesTest, AMonthDayNamingAnEventTakesTheNearestYear) {
  // After a determiner the date names an event: the sentence's tense does not move its year.
  const Date sept{2023, 9, 20};
  EXPECT_EQ(Dates("Work for the October 4 summit in Tirana was on track.", sept), std::vector<std::string>{"2023-10-04"});
  EXPECT_EQ(Dates("Preparations for the November 2 conference were delayed.", sept),
            std::vector<std::string>{"2023-11-02"});
  // So after "a": "was still looking at a June 12 summit" (said in the past, the summit ahead).
  const Date may{2018, 5, 27};
  EXPECT_EQ(Dates("Trump said he was still looking at a June 12 summit in Singapore.", may),
            std::vector<std::string>{"2018-06-12"});
  EXPECT_EQ(Dates("Envoys prepared for an October 4 meeting in Tirana.", sept), std::vector<std::string>{"2023-10-04"});
  // Without one, a past clause puts the month in the past.
  EXPECT_EQ(Dates("The envoys met on October 4 in Tirana.", sept), std::vector<std::string>{"2022-10-04"});
  // A reported plan is ahead: "said" is no past cue for a month's year.
  EXPECT_EQ(Dates("Trump said he would talk to Xi at a summit in late October.", sept),
            std::vector<std::string>{"2023-10"});
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
