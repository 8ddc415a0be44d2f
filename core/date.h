// demarche/core/date.h: calendar dates as precise as a text allows.
//
//   Date d = *ParseIsoDate("2022-01-09");
//   Date next = AddDays(d, 1);            // 2022-01-10
//   FormatIso(Date{2021, 6, 0}) == "2021-06"   (day 0 = unknown)
//
// Proleptic Gregorian; value type; no time zones.
#ifndef DEMARCHE_CORE_DATE_H_
#define DEMARCHE_CORE_DATE_H_

#include <optional>
#include <string>
#include <string_view>

namespace demarche {

struct Date {
  int year = 0;   // 0 = unknown
  int month = 0;  // 1-12, 0 = unknown
  int day = 0;    // 1-31, 0 = unknown

  bool known() const { return year != 0; }
  bool operator==(const Date&) const = default;
};

// "YYYY", "YYYY-MM" or "YYYY-MM-DD" with a valid calendar day; nullopt otherwise.
std::optional<Date> ParseIsoDate(std::string_view text);

// "YYYY-MM-DD", "YYYY-MM", "YYYY", or "" for an unknown date.
std::string FormatIso(const Date& date);

int DaysInMonth(int year, int month);

// Days since 1970-01-01 for a full date (day and month must be known).
long DaysFromCivil(const Date& date);
Date CivilFromDays(long days);

// date + n days (date must be a full date).
Date AddDays(const Date& date, int n);

// True when one date is a prefix of the other ("2022-01" and "2022-01-10").
bool DatesCompatible(const Date& a, const Date& b);

}  // namespace demarche

#endif  // DEMARCHE_CORE_DATE_H_
