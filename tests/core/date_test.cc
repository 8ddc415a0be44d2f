#include "core/date.h"

#include <gtest/gtest.h>

namespace demarche {
namespace {

TEST(DateTest, ParsesAndFormatsEachPrecision) {
  EXPECT_EQ(FormatIso(*ParseIsoDate("2022-01-09")), "2022-01-09");
  EXPECT_EQ(FormatIso(*ParseIsoDate("2021-06")), "2021-06");
  EXPECT_EQ(FormatIso(*ParseIsoDate("1987")), "1987");
  EXPECT_FALSE(ParseIsoDate("2022-02-30"));
  EXPECT_FALSE(ParseIsoDate("2022-13"));
  EXPECT_FALSE(ParseIsoDate("22-01-09"));
  EXPECT_FALSE(ParseIsoDate("2022-01-09x"));
}

TEST(DateTest, AddsDaysAcrossMonthsAndLeapYears) {
  EXPECT_EQ(AddDays(Date{2021, 12, 31}, 1), (Date{2022, 1, 1}));
  EXPECT_EQ(AddDays(Date{2024, 2, 28}, 1), (Date{2024, 2, 29}));
  EXPECT_EQ(AddDays(Date{2023, 2, 28}, 1), (Date{2023, 3, 1}));
  EXPECT_EQ(AddDays(Date{2022, 1, 9}, -10), (Date{2021, 12, 30}));
  EXPECT_EQ(DaysFromCivil(Date{1970, 1, 1}), 0);
}

TEST(DateTest, CompatibleWhenOneIsAPrefixOfTheOther) {
  EXPECT_TRUE(DatesCompatible(Date{2022, 1, 0}, Date{2022, 1, 10}));
  EXPECT_TRUE(DatesCompatible(Date{}, Date{2022, 1, 10}));
  EXPECT_FALSE(DatesCompatible(Date{2022, 1, 12}, Date{2022, 1, 10}));
  EXPECT_FALSE(DatesCompatible(Date{2021, 0, 0}, Date{2022, 1, 10}));
}

}  // namespace
}  // namespace demarche
