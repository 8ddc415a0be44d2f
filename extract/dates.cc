#include "extract/dates.h"

#include <cstdlib>
#include <string_view>
#include <unordered_set>

#include "core/text_util.h"

namespace demarche {
namespace {

bool IsNumber(const std::string& w, int* value) {
  if (w.empty() || w.size() > 4) return false;
  for (char c : w) {
    if (c < '0' || c > '9') return false;
  }
  *value = std::atoi(w.c_str());
  return true;
}

// Strips ordinal suffixes: "10th" -> 10.
bool IsDayNumber(const std::string& w, int* value) {
  std::string digits;
  std::size_t i = 0;
  while (i < w.size() && w[i] >= '0' && w[i] <= '9') digits.push_back(w[i++]);
  if (digits.empty() || digits.size() > 2) return false;
  std::string rest = w.substr(i);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return false;
  *value = std::atoi(digits.c_str());
  return *value >= 1 && *value <= 31;
}

int Weekday(const std::string& w) {  // 0 = Monday
  static const char* kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  for (int i = 0; i < 7; ++i) {
    if (w == kDays[i]) return i;
  }
  return -1;
}

// The year that puts month/day nearest the document date.
int NearestYear(const Date& doc, int month, int day) {
  int best = doc.year;
  long best_dist = -1;
  for (int y = doc.year - 1; y <= doc.year + 1; ++y) {
    int d = day == 0 ? 15 : std::min(day, DaysInMonth(y, month));
    long dist = std::labs(DaysFromCivil(Date{y, month, d}) - DaysFromCivil(doc));
    if (best_dist < 0 || dist < best_dist) best = y, best_dist = dist;
  }
  return best;
}

}  // namespace

int MonthNumber(const std::string& word) {
  // Cheap reject: months start with one of these capitals and are 3 to 10 bytes long.
  if (word.size() < 3 || word.size() > 10) return 0;
  switch (word[0]) {
    case 'J': case 'F': case 'M': case 'A': case 'S': case 'O': case 'N': case 'D': break;
    default: return 0;
  }
  static const char* kFull[] = {"January", "February", "March", "April", "May", "June", "July",
                                "August", "September", "October", "November", "December"};
  static const char* kShort[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                                 "Oct", "Nov", "Dec"};
  std::string w = word;
  if (!w.empty() && w.back() == '.') w.pop_back();
  if (w == "Sept") return 9;
  for (int i = 0; i < 12; ++i) {
    if (w == kFull[i] || w == kShort[i]) return i + 1;
  }
  return 0;
}

std::vector<DateMention> FindDates(const std::vector<std::string>& words, const Date& doc_date,
                                   const Date& previous) {
  std::vector<std::string> lowered;
  lowered.reserve(words.size());
  for (const auto& w : words) lowered.push_back(AsciiLower(w));
  return FindDates(words, lowered, doc_date, previous);
}

std::vector<DateMention> FindDates(const std::vector<std::string>& words, const std::vector<std::string>& lowered,
                                   const Date& doc_date, const Date& previous) {
  std::vector<DateMention> out;
  const int n = static_cast<int>(words.size());
  static const std::string kNone;
  auto word = [&](int k) -> const std::string& { return k >= 0 && k < n ? words[k] : kNone; };
  auto lower = [&](int k) -> const std::string& { return k >= 0 && k < n ? lowered[k] : kNone; };
  // "last year" / "next year" right after position k: returns the year shift and length.
  auto year_shift = [&](int k, int* len) {
    const std::string& a = lower(k);
    const std::string& b = lower(k + 1);
    if (b == "year" && (a == "last" || a == "past")) return *len = 2, -1;
    if (b == "year" && (a == "next" || a == "this")) return *len = 2, a == "next" ? 1 : 0;
    return *len = 0, 0;
  };
  // The sentence's tense, for a month without a year: "will meet in July" is the next July,
  // "met in July" the last one; with both or neither, the nearest. Read only when needed.
  int tense = 2;  // +1 future, -1 past, 0 unknown, 2 not read yet
  auto sentence_tense = [&] {
    if (tense != 2) return tense;
    static const std::unordered_set<std::string> kFuture = {"will", "shall", "'ll", "upcoming", "scheduled",
                                                            "planned", "due", "expected"};
    static const std::unordered_set<std::string> kPast = {"was", "were", "had", "held", "met", "did", "ago",
                                                          "earlier", "visited", "took", "ended", "signed"};
    bool future = false, past = false;
    for (const auto& w : lowered) {
      future = future || kFuture.count(w) > 0;
      past = past || kPast.count(w) > 0;
    }
    return tense = future == past ? 0 : future ? 1 : -1;
  };
  Date last_found = previous;
  for (int i = 0; i < n; ++i) {
    int month = words[i][0] >= 'A' && words[i][0] <= 'S' ? MonthNumber(words[i]) : 0;
    int day = 0, year = 0, value = 0;
    // "May" is a month only before a day number or after "in"/"mid-".
    if (month != 0) {
      int first = i, last = i + 1;
      const std::string& before = lower(i - 1);
      bool mid = before == "-" && lower(i - 2) == "mid";
      if (mid) first = i - 2;
      if (IsDayNumber(word(i + 1), &day)) {
        last = i + 2;
        // Range "January 10 to 13" / "January 10-13": keep the first day, cover the range.
        if ((word(last) == "to" || word(last) == "-") && IsDayNumber(word(last + 1), &value)) last += 2;
        if (word(last) == "," && IsNumber(word(last + 1), &value) && value > 1000) {
          year = value;
          last += 2;
        } else if (IsNumber(word(last), &value) && value > 1000) {
          year = value;
          last += 1;
        }
      } else if (IsDayNumber(word(i - 1), &day) && i >= 1) {
        first = i - 1;  // "10 January"
        if (IsNumber(word(i + 1), &value) && value > 1000) year = value, last = i + 2;
      } else if (IsNumber(word(i + 1), &value) && value > 1000) {
        year = value;  // "June 2021"
        last = i + 2;
      } else {
        bool cue = mid || before == "in" || before == "last" || before == "next" || before == "since" ||
                   before == "early" || before == "late" || before == "until" || before == "by" ||
                   before == "of" || lower(i + 1) == "last" || lower(i + 1) == "next";
        if (!cue || (month == 5 && before != "in" && !mid)) continue;
        if (before == "last" || before == "next") first = i - 1;
      }
      if (year == 0) {
        int len = 0;
        int shift = year_shift(last, &len);
        if (!doc_date.known()) {
          if (len > 0) last += len;
          continue;
        }
        if (len > 0) {
          year = doc_date.year + shift;
          last += len;
        } else if (lower(first) == "last" || lower(i - 1) == "last") {
          year = month < doc_date.month || (month == doc_date.month && day != 0 && day < doc_date.day)
                     ? doc_date.year : doc_date.year - 1;
        } else if (lower(i - 1) == "next") {
          year = month > doc_date.month ? doc_date.year : doc_date.year + 1;
        } else if (doc_date.day != 0 && sentence_tense() != 0) {
          // The first such date on or after (future) or on or before (past) the document's.
          bool on_or_after = month > doc_date.month || (month == doc_date.month && (day == 0 || day >= doc_date.day));
          bool on_or_before = month < doc_date.month || (month == doc_date.month && (day == 0 || day <= doc_date.day));
          year = sentence_tense() > 0 ? (on_or_after ? doc_date.year : doc_date.year + 1)
                           : (on_or_before ? doc_date.year : doc_date.year - 1);
        } else {
          year = NearestYear(doc_date, month, day);
        }
      }
      if (day > DaysInMonth(year, month)) continue;
      Date d{year, month, day};
      out.push_back({first, last, d});
      if (day != 0) last_found = d;
      i = last - 1;
      continue;
    }
    const std::string& w = lower(i);
    // Cheap reject: the rest starts with t(oday|omorrow|he), y(esterday), n(ext), l(ast) or
    // is a capitalised weekday.
    char c0 = w.empty() ? '\0' : w[0];
    bool weekday_like = words[i][0] == 'M' || words[i][0] == 'T' || words[i][0] == 'W' || words[i][0] == 'F' ||
                        words[i][0] == 'S';
    if (c0 != 't' && c0 != 'y' && c0 != 'n' && c0 != 'l' && !weekday_like) continue;
    if (!doc_date.known() || doc_date.day == 0) {
      if (w == "the" && (lower(i + 1) == "next" || lower(i + 1) == "following") &&
          lower(i + 2) == "day" && last_found.known() && last_found.day != 0) {
        Date d = AddDays(last_found, 1);
        out.push_back({i, i + 3, d});
        last_found = d;
        i += 2;
      }
      continue;
    }
    if (w == "today") {
      out.push_back({i, i + 1, doc_date});
    } else if (w == "tomorrow") {
      out.push_back({i, i + 1, AddDays(doc_date, 1)});
    } else if (w == "yesterday") {
      out.push_back({i, i + 1, AddDays(doc_date, -1)});
    } else if (w == "the" && (lower(i + 1) == "next" || lower(i + 1) == "following") &&
               lower(i + 2) == "day" && last_found.known() && last_found.day != 0) {
      Date d = AddDays(last_found, 1);
      out.push_back({i, i + 3, d});
      last_found = d;
      i += 2;
    } else if ((w == "next" || w == "last") && (lower(i + 1) == "month" || lower(i + 1) == "week")) {
      int sign = w == "next" ? 1 : -1;
      if (lower(i + 1) == "month") {
        int m = doc_date.month + sign, y = doc_date.year;
        if (m == 0) m = 12, --y;
        if (m == 13) m = 1, ++y;
        out.push_back({i, i + 2, Date{y, m, 0}});
      } else {
        // "last week", "next week": the month of that week (as precise as the text allows).
        Date d = AddDays(doc_date, 7 * sign);
        out.push_back({i, i + 2 + (lower(i + 2) == "'s" ? 1 : 0), Date{d.year, d.month, 0}});
      }
      ++i;
    } else if (w == "this" && lower(i + 1) == "week") {
      out.push_back({i, i + 2, Date{doc_date.year, doc_date.month, 0}});
      ++i;
    } else if (int wd = weekday_like ? Weekday(word(i)) : -1; wd >= 0) {
      int doc_wd = static_cast<int>(((DaysFromCivil(doc_date) % 7) + 7 + 3) % 7);  // 1970-01-01 = Thursday
      bool next = lower(i - 1) == "next";
      int delta = next ? ((wd - doc_wd + 7) % 7 == 0 ? 7 : (wd - doc_wd + 7) % 7) : -((doc_wd - wd + 7) % 7);
      Date d = AddDays(doc_date, delta);
      out.push_back({next ? i - 1 : i, i + 1, d});
      last_found = d;
    }
  }
  return out;
}

}  // namespace demarche
