// demarche/extract/dates.h: date expressions in a sentence, resolved against the document date.
//
//   DateClasses classes(resources);   // the word classes of data/lexicons/classes/dates.tsv
//   std::vector<std::string> words = {"On", "January", "10", ",", "talks", ...};
//   auto found = FindDates(classes, words, Date{2022, 1, 9}, /*previous=*/{});
//   // found[0]: tokens [1, 3), date 2022-01-10
//
// Handles "January 10", "Jan. 10, 2022", "10 January", "December 23 last year", "June last
// year", "in June", "mid-December", "last October", "next month", "today", "tomorrow",
// "yesterday", "on Wednesday" (the most recent one; in a future clause, "will meet on
// Wednesday", the next one: the nearest tense cue before it, else after it in its clause),
// "Tuesday of last week", "the next day" (after `previous`), and "January 10 to 13" (its
// first day). A month and day without a year take the year that puts them nearest the
// document date, or that the sentence's tense asks for ("will meet in July") unless they name
// an event ("the October 4 summit": the nearest). Without a document date, only explicit
// years resolve.
// The words (month and weekday names, "last", "next week", tense cues ...) are word classes
// (data/lexicons/classes/dates.tsv, DateClassNames()); the C++ holds how they combine.
#ifndef DEMARCHE_EXTRACT_DATES_H_
#define DEMARCHE_EXTRACT_DATES_H_

#include <array>
#include <bitset>
#include <string>
#include <vector>

#include "core/date.h"

namespace demarche {

class Resources;
class WordClasses;

// The word classes FindDates reads, by name; Resources::Load refuses a data folder that
// lacks one (they are part of RequiredClasses()).
const std::vector<std::string>& DateClassNames();

// Those classes resolved once from loaded Resources (cheap: build one per document). The
// Resources must outlive it.
struct DateClasses {
  explicit DateClasses(const Resources& res);
  const WordClasses* classes = nullptr;
  std::array<int, 22> ids{};  // in DateClassNames() order (extract/dates.cc names each)
  // First bytes (lower case) of the phrases that can start a date expression: of the classes
  // matched in lower case, and of those matched in capital form (month and weekday names).
  std::bitset<256> lower_starts, capital_starts;
};

struct DateMention {
  int first = 0;  // token range [first, last) in the sentence
  int last = 0;
  Date date;
};

std::vector<DateMention> FindDates(const DateClasses& classes, const std::vector<std::string>& words,
                                   const Date& doc_date, const Date& previous);

// The same with the lower-cased words given (as the extractor already has them).
std::vector<DateMention> FindDates(const DateClasses& classes, const std::vector<std::string>& words,
                                   const std::vector<std::string>& lower, const Date& doc_date,
                                   const Date& previous);

// 1-12 for "January"/"Jan."/"Jan" (the class month_name), 0 otherwise.
int MonthNumber(const DateClasses& classes, const std::string& word);

}  // namespace demarche

#endif  // DEMARCHE_EXTRACT_DATES_H_
