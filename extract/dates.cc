#include "extract/dates.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <tuple>

#include "core/text_util.h"
#include "extract/resources.h"
#include "extract/rules/rules.h"

namespace demarche {
namespace {

// The classes of DateClassNames(), by index into DateClasses::ids.
enum DateClass : std::size_t {
  kMonthName,
  kAmbiguousMonth,
  kAmbiguousMonthCue,
  kMonthCue,
  kMidPrefix,
  kRelativeModifier,
  kOrdinalSuffix,
  kDayRangeSeparator,
  kRelativeYear,
  kFutureTenseCue,
  kPastTenseCue,
  kRelativeDay,
  kDayAfter,
  kRelativeWeek,
  kRelativeMonth,
  kWeekday,
  kWeekOfWeekday,
  kEventDeterminer,
  kTenseAuxiliary,
  kClauseBoundary,
  kReportingPastCue,
  kFutureParticiple,
  kNumDateClasses
};
constexpr std::array<std::string_view, kNumDateClasses> kDateClassNames = {
    "month_name",      "ambiguous_month", "ambiguous_month_cue", "month_cue",
    "mid_prefix",      "relative_modifier", "ordinal_suffix",    "day_range_separator",
    "relative_year",   "future_tense_cue", "past_tense_cue",     "relative_day",
    "day_after",       "relative_week",   "relative_month",      "weekday",
    "week_of_weekday", "event_determiner", "tense_auxiliary", "clause_boundary", "reporting_past_cue",
    "future_participle"};
static_assert(kNumDateClasses == std::tuple_size_v<decltype(DateClasses::ids)>,
              "DateClasses::ids holds one id per class of DateClassNames()");

bool Is(const DateClasses& dc, DateClass c, std::string_view w) { return dc.classes->Contains(dc.ids[c], w); }

bool ParseInt(std::string_view s, int* out) {
  int v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return false;
  *out = v;
  return true;
}

// The value of the entry `w` of class `c` as an integer; false when `w` is not in the class
// or its value is no integer.
bool NumberOf(const DateClasses& dc, DateClass c, std::string_view w, int* out) {
  const std::string* v = dc.classes->Value(dc.ids[c], w);
  return v && ParseInt(*v, out);
}

// The value of `w` in relative_modifier ("last" -1, "next" 1), 0 for any other word.
int Direction(const DateClasses& dc, std::string_view w) {
  int v = 0;
  return NumberOf(dc, kRelativeModifier, w, &v) ? v : 0;
}

// Written with a capital first letter and the rest in lower case ("June", not "JUNE").
bool CapitalForm(const std::string& word, const std::string& lower) {
  return !word.empty() && word[0] >= 'A' && word[0] <= 'Z' && word.compare(1, std::string::npos, lower, 1) == 0;
}

// A month name allows one trailing '.' ("Jan.").
std::string_view MonthKey(const std::string& lower) {
  std::string_view w = lower;
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return w;
}

// 1-12 for a month name written in capital form (the class month_name), else 0.
int MonthOf(const DateClasses& dc, const std::string& word, const std::string& lower) {
  if (!CapitalForm(word, lower)) return 0;
  int m = 0;
  return NumberOf(dc, kMonthName, MonthKey(lower), &m) && m >= 1 && m <= 12 ? m : 0;
}

bool IsNumber(const std::string& w, int* value) {
  if (w.empty() || w.size() > 4) return false;
  for (char c : w) {
    if (c < '0' || c > '9') return false;
  }
  *value = std::atoi(w.c_str());
  return true;
}

// Strips ordinal suffixes (the class ordinal_suffix): "10th" -> 10.
bool IsDayNumber(const DateClasses& dc, const std::string& w, int* value) {
  std::string digits;
  std::size_t i = 0;
  while (i < w.size() && w[i] >= '0' && w[i] <= '9') digits.push_back(w[i++]);
  if (digits.empty() || digits.size() > 2) return false;
  std::string_view rest = std::string_view(w).substr(i);
  if (!rest.empty() && !Is(dc, kOrdinalSuffix, rest)) return false;
  *value = std::atoi(digits.c_str());
  return *value >= 1 && *value <= 31;
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

// The month `months` months from the document date's.
Date MonthsFrom(const Date& doc, int months) {
  int total = doc.year * 12 + (doc.month - 1) + months;
  int year = total >= 0 ? total / 12 : -((-total + 11) / 12);
  return Date{year, total - year * 12 + 1, 0};
}

}  // namespace

const std::vector<std::string>& DateClassNames() {
  static const std::vector<std::string> kNames(kDateClassNames.begin(), kDateClassNames.end());
  return kNames;
}

DateClasses::DateClasses(const Resources& res) : classes(&res.classes()) {
  const std::vector<int>& resolved = res.stage_classes().dates;  // kDateClassNames order
  std::copy(resolved.begin(), resolved.end(), ids.begin());
  // The classes tried where a date expression may start (the rest are read around a month).
  for (DateClass c : {kRelativeDay, kDayAfter, kRelativeWeek, kRelativeMonth}) {
    lower_starts |= classes->FirstBytes(ids[c]);
  }
  for (DateClass c : {kMonthName, kWeekday}) capital_starts |= classes->FirstBytes(ids[c]);
}

int MonthNumber(const DateClasses& classes, const std::string& word) {
  return MonthOf(classes, word, AsciiLower(word));
}

std::vector<DateMention> FindDates(const DateClasses& classes, const std::vector<std::string>& words,
                                   const Date& doc_date, const Date& previous) {
  std::vector<std::string> lowered;
  lowered.reserve(words.size());
  for (const auto& w : words) lowered.push_back(AsciiLower(w));
  return FindDates(classes, words, lowered, doc_date, previous);
}

std::vector<DateMention> FindDates(const DateClasses& dc, const std::vector<std::string>& words,
                                   const std::vector<std::string>& lowered, const Date& doc_date,
                                   const Date& previous) {
  std::vector<DateMention> out;
  const int n = static_cast<int>(words.size());
  const WordClasses& wc = *dc.classes;
  static const std::string kNone;
  auto word = [&](int k) -> const std::string& { return k >= 0 && k < n ? words[k] : kNone; };
  auto lower = [&](int k) -> const std::string& { return k >= 0 && k < n ? lowered[k] : kNone; };
  // The longest phrase of class `c` written by the tokens from k on: its length (0 if none)
  // and its value (an integer).
  auto phrase_at = [&](DateClass c, int k, int* value) {
    std::string v;
    int len = wc.LongestExactAt(dc.ids[c], lowered, k, n, &v);
    return len > 0 && ParseInt(v, value) ? len : 0;
  };
  // "last year" / "next year" (relative_year) from position k: returns the year shift and length.
  auto year_shift = [&](int k, int* len) {
    int shift = 0;
    *len = phrase_at(kRelativeYear, k, &shift);
    return *len > 0 ? shift : 0;
  };
  // The sentence's tense, for a month without a year: "will meet in July" is the next July,
  // "met in July" the last one; with both or neither, the nearest. Read only when needed.
  int tense = 2;  // +1 future, -1 past, 0 unknown, 2 not read yet
  auto sentence_tense = [&] {
    if (tense != 2) return tense;
    bool future = false, past = false;
    for (const auto& w : lowered) {
      future = future || Is(dc, kFutureTenseCue, w);
      past = past || Is(dc, kPastTenseCue, w);
    }
    return tense = future == past ? 0 : future ? 1 : -1;
  };
  // The tense of the clause around token k: the nearest tense cue before it ("will meet in
  // Arusha on Monday", "said on Monday"), else, when it opens the sentence, the nearest after
  // it ("On Monday the two will meet"); +1 future, -1 past, 0 none. A past participle after an auxiliary ("will be held
  // on Monday", "has been scheduled") is no past cue: the scan goes on to the auxiliary's cue.
  auto tense_cue = [&](int j) {
    const std::string& lw = lowered[static_cast<std::size_t>(j)];
    const bool after_auxiliary = Is(dc, kTenseAuxiliary, lower(j - 1));
    if (Is(dc, kFutureParticiple, lw)) return after_auxiliary ? 1 : 0;
    if (Is(dc, kFutureTenseCue, lw)) return 1;
    if (Is(dc, kReportingPastCue, lw)) return -1;
    if (Is(dc, kPastTenseCue, lw) && !after_auxiliary) return -1;
    return 0;
  };
  // "The March 28 summit ... ended", "The November 20 summit ... will be held": a dated event
  // that opens the sentence takes the tense of its verb (the first cue in the clause after
  // the date at [first, last)); 0 when the date does not open the sentence after a
  // determiner, or no cue follows. ("Work on the agenda for the October 4 summit was on
  // track": "was" is the work's, and the nearest October 4 is taken.)
  auto opening_event_tense = [&](int first, int last) {
    if (first != 1 || !Is(dc, kEventDeterminer, lower(0))) return 0;
    for (int j = last; j < n; ++j) {
      if (Is(dc, kClauseBoundary, lowered[static_cast<std::size_t>(j)])) break;
      if (int t = tense_cue(j)) return t;
    }
    return 0;
  };
  auto local_tense = [&](int k) {
    // Scans stop at a clause boundary: before the date at a dash, semicolon or bracket (an
    // aside: "left for Singapore - where the summit is expected - on Sunday"), after it also
    // at a comma ("In their meeting on Saturday, Kim reaffirmed ... a planned summit").
    for (int j = k - 1; j >= 0; --j) {
      if (Is(dc, kClauseBoundary, lowered[static_cast<std::size_t>(j)])) break;
      if (int t = tense_cue(j)) return t;
    }
    // After it only when it opens the sentence ("On Thursday the two will meet"): further in,
    // what follows is another verb's ("spoke by phone on Tuesday and they will start talks").
    if (k > 2) return 0;
    for (int j = k + 1; j < n; ++j) {
      const std::string& lw = lowered[static_cast<std::size_t>(j)];
      // "On Monday, the two are to meet": the comma that closes the fronted date goes on.
      if ((lw == "," && j > k + 1) || Is(dc, kClauseBoundary, lw)) break;
      if (int t = tense_cue(j)) return t;
    }
    return 0;
  };
  // The classes a date expression may start with, and their ids, for StartsPhraseOf.
  static constexpr std::array<DateClass, 6> kStartClasses = {kMonthName,      kRelativeDay,  kDayAfter,
                                                             kRelativeMonth, kRelativeWeek, kWeekday};
  std::array<int, kStartClasses.size()> start_ids{};
  for (std::size_t k = 0; k < kStartClasses.size(); ++k) start_ids[k] = dc.ids[kStartClasses[k]];
  Date last_found = previous;
  for (int i = 0; i < n; ++i) {
    const std::string& w = lowered[i];
    // Cheap reject, without a lookup: no date phrase starts with the word's first byte.
    const auto b0 = static_cast<unsigned char>(w.empty() ? '\0' : w[0]);
    const bool capital = !words[i].empty() && words[i][0] >= 'A' && words[i][0] <= 'Z';
    if (!dc.lower_starts[b0] && !(capital && dc.capital_starts[b0])) continue;
    // Which of the classes a date may start with have a phrase that starts with this word
    // (one hash for all of them; most words start none, and no table is looked up then).
    const std::uint64_t starts = wc.StartsPhraseOf(start_ids, w);
    auto starts_with = [&](DateClass c) {
      const auto slot = std::find(kStartClasses.begin(), kStartClasses.end(), c) - kStartClasses.begin();
      return (starts >> slot & 1) != 0;
    };
    // "Jan." is looked up without its period.
    int month = starts_with(kMonthName) || (!w.empty() && w.back() == '.') ? MonthOf(dc, words[i], w) : 0;
    int day = 0, year = 0, value = 0;
    // An ambiguous month name ("May") is a month only before a day number or after "in"/"mid-".
    if (month != 0) {
      int first = i, last = i + 1;
      const std::string& before = lower(i - 1);
      bool mid = before == "-" && Is(dc, kMidPrefix, lower(i - 2));
      if (mid) first = i - 2;
      if (IsDayNumber(dc, word(i + 1), &day)) {
        last = i + 2;
        // Range "January 10 to 13" / "January 10-13": keep the first day, cover the range.
        if (Is(dc, kDayRangeSeparator, word(last)) && IsDayNumber(dc, word(last + 1), &value)) last += 2;
        if (word(last) == "," && IsNumber(word(last + 1), &value) && value > 1000) {
          year = value;
          last += 2;
        } else if (IsNumber(word(last), &value) && value > 1000) {
          year = value;
          last += 1;
        }
      } else if (IsDayNumber(dc, word(i - 1), &day) && i >= 1) {
        first = i - 1;  // "10 January"
        if (IsNumber(word(i + 1), &value) && value > 1000) year = value, last = i + 2;
      } else if (IsNumber(word(i + 1), &value) && value > 1000) {
        year = value;  // "June 2021"
        last = i + 2;
      } else {
        bool cue = mid || Is(dc, kMonthCue, before) || Is(dc, kRelativeModifier, before) ||
                   Is(dc, kRelativeModifier, lower(i + 1));
        if (!cue || (Is(dc, kAmbiguousMonth, MonthKey(lowered[i])) && !Is(dc, kAmbiguousMonthCue, before) && !mid))
          continue;
        if (Is(dc, kRelativeModifier, before)) first = i - 1;
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
        } else if (Direction(dc, lower(first)) < 0 || Direction(dc, lower(i - 1)) < 0) {
          year = month < doc_date.month || (month == doc_date.month && day != 0 && day < doc_date.day)
                     ? doc_date.year : doc_date.year - 1;
        } else if (Direction(dc, lower(i - 1)) > 0) {
          year = month > doc_date.month ? doc_date.year : doc_date.year + 1;
        } else if (int subject_tense = doc_date.day != 0 ? opening_event_tense(first, last) : 0; subject_tense != 0) {
          bool on_or_after = month > doc_date.month || (month == doc_date.month && (day == 0 || day >= doc_date.day));
          bool on_or_before = month < doc_date.month || (month == doc_date.month && (day == 0 || day <= doc_date.day));
          year = subject_tense > 0 ? (on_or_after ? doc_date.year : doc_date.year + 1)
                                   : (on_or_before ? doc_date.year : doc_date.year - 1);
        } else if (doc_date.day != 0 && sentence_tense() != 0 && !Is(dc, kEventDeterminer, lower(first - 1))) {
          // (After a determiner the date names an event, "the October 4 summit": the nearest.)
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
    if (!starts) continue;  // (all that follows reads one of the classes asked)
    // A phrase of class c here: its length (0 if none); `offset` receives its value.
    int offset = 0;
    auto here = [&](DateClass c) { return starts_with(c) ? phrase_at(c, i, &offset) : 0; };
    const bool day_found = last_found.known() && last_found.day != 0;  // for "the next day"
    if (!doc_date.known() || doc_date.day == 0) {
      if (int len = day_found ? here(kDayAfter) : 0; len > 0) {
        Date d = AddDays(last_found, offset);
        out.push_back({i, i + len, d});
        last_found = d;
        i += len - 1;
      }
      continue;
    }
    int len = 0, wd = -1;
    if ((len = here(kRelativeDay)) > 0) {
      out.push_back({i, i + len, AddDays(doc_date, offset)});
      i += len - 1;
    } else if (day_found && (len = here(kDayAfter)) > 0) {
      Date d = AddDays(last_found, offset);
      out.push_back({i, i + len, d});
      last_found = d;
      i += len - 1;
    } else if ((len = here(kRelativeMonth)) > 0) {
      out.push_back({i, i + len, MonthsFrom(doc_date, offset)});
      i += len - 1;
    } else if ((len = here(kRelativeWeek)) > 0) {
      // "last week", "next week": the month of that week (as precise as the text allows).
      Date d = AddDays(doc_date, 7 * offset);
      out.push_back({i, i + len, Date{d.year, d.month, 0}});
      i += len - 1;
    } else if (starts_with(kWeekday) && CapitalForm(words[i], w) && NumberOf(dc, kWeekday, w, &wd) && wd >= 0 &&
               wd <= 6) {
      int doc_wd = static_cast<int>(((DaysFromCivil(doc_date) % 7) + 7 + 3) % 7);  // 1970-01-01 = Thursday
      int week = 0;
      if (int wlen = phrase_at(kWeekOfWeekday, i + 1, &week); wlen > 0) {
        // "Tuesday of last week": that weekday in the week (Monday to Sunday) `week` weeks away.
        Date d = AddDays(doc_date, 7 * week - doc_wd + wd);
        out.push_back({i, i + 1 + wlen, d});
        last_found = d;
        i += wlen;
        continue;
      }
      // "next Friday", or a weekday in a future frame ("will meet on Monday"), is the first one
      // after the document date; otherwise the latest on or before it.
      bool next = Direction(dc, lower(i - 1)) > 0;
      bool ahead = next || (Direction(dc, lower(i - 1)) == 0 && local_tense(i) > 0);
      int delta = ahead ? ((wd - doc_wd + 7) % 7 == 0 ? 7 : (wd - doc_wd + 7) % 7) : -((doc_wd - wd + 7) % 7);
      Date d = AddDays(doc_date, delta);
      out.push_back({next ? i - 1 : i, i + 1, d});
      last_found = d;
    }
  }
  return out;
}

}  // namespace demarche
