// demarche/extract/dates.h: date expressions in a sentence, resolved against the document date.
//
//   std::vector<std::string> words = {"On", "January", "10", ",", "talks", ...};
//   auto found = FindDates(words, Date{2022, 1, 9}, /*previous=*/{});
//   // found[0]: tokens [1, 3), date 2022-01-10
//
// Handles "January 10", "Jan. 10, 2022", "10 January", "December 23 last year", "June last
// year", "in June", "mid-December", "last October", "next month", "today", "tomorrow",
// "yesterday", "on Wednesday" (the most recent one), "the next day" (after `previous`), and
// "January 10 to 13" (its first day). A month and day without a year take the year that puts
// them nearest the document date. Without a document date, only explicit years resolve.
#ifndef DEMARCHE_EXTRACT_DATES_H_
#define DEMARCHE_EXTRACT_DATES_H_

#include <string>
#include <vector>

#include "core/date.h"

namespace demarche {

struct DateMention {
  int first = 0;  // token range [first, last) in the sentence
  int last = 0;
  Date date;
};

std::vector<DateMention> FindDates(const std::vector<std::string>& words, const Date& doc_date,
                                   const Date& previous);

// The same with the lower-cased words given (as the extractor already has them).
std::vector<DateMention> FindDates(const std::vector<std::string>& words, const std::vector<std::string>& lower,
                                   const Date& doc_date, const Date& previous);

// 1-12 for "January"/"Jan."/"Jan", 0 otherwise.
int MonthNumber(const std::string& word);

}  // namespace demarche

#endif  // DEMARCHE_EXTRACT_DATES_H_
