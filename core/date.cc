#include "core/date.h"

#include <cstdio>

namespace demarche {
namespace {

bool Digits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::optional<Date> ParseIsoDate(std::string_view text) {
  Date d;
  if (text.size() < 4 || !Digits(text.substr(0, 4))) return std::nullopt;
  d.year = ToInt(text.substr(0, 4));
  if (d.year == 0) return std::nullopt;
  if (text.size() == 4) return d;
  if (text.size() < 7 || text[4] != '-' || !Digits(text.substr(5, 2))) return std::nullopt;
  d.month = ToInt(text.substr(5, 2));
  if (d.month < 1 || d.month > 12) return std::nullopt;
  if (text.size() == 7) return d;
  if (text.size() != 10 || text[7] != '-' || !Digits(text.substr(8, 2))) return std::nullopt;
  d.day = ToInt(text.substr(8, 2));
  if (d.day < 1 || d.day > DaysInMonth(d.year, d.month)) return std::nullopt;
  return d;
}

std::string FormatIso(const Date& date) {
  char buf[16];
  if (!date.known()) return "";
  if (date.month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", date.year);
  } else if (date.day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", date.year, date.month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date.year, date.month, date.day);
  }
  return buf;
}

// Howard Hinnant's days_from_civil algorithm (public domain description of the arithmetic).
long DaysFromCivil(const Date& date) {
  long y = date.year - (date.month <= 2 ? 1 : 0);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long mp = (date.month + 9) % 12;
  long doy = (153 * mp + 2) / 5 + date.day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date CivilFromDays(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long d = doy - (153 * mp + 2) / 5 + 1;
  long m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

Date AddDays(const Date& date, int n) { return CivilFromDays(DaysFromCivil(date) + n); }

bool DatesCompatible(const Date& a, const Date& b) {
  if (!a.known() || !b.known()) return true;
  if (a.year != b.year) return false;
  if (a.month == 0 || b.month == 0) return true;
  if (a.month != b.month) return false;
  return a.day == 0 || b.day == 0 || a.day == b.day;
}

}  // namespace demarche
