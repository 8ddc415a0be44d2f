#include "core/shared_text.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include "core/model.h"

namespace demarche {
namespace {

TEST(SharedTextTest, ReadsAsTheStringItWasMadeFrom) {
  SharedText t(std::string("Russia demanded guarantees."));
  const std::string& s = t;
  EXPECT_EQ(s, "Russia demanded guarantees.");
  EXPECT_EQ(t.view(), "Russia demanded guarantees.");
  EXPECT_EQ(t.size(), 27u);
  EXPECT_EQ(t.substr(0, 6), "Russia");
  EXPECT_EQ(t.find(' '), 6u);
  EXPECT_EQ(t[1], 'u');
  EXPECT_FALSE(t.empty());
}

TEST(SharedTextTest, EmptyByDefaultAndFromAnEmptyString) {
  SharedText a, b(std::string{});
  EXPECT_TRUE(a.empty());
  EXPECT_TRUE(b.empty());
  EXPECT_EQ(a.str(), "");
  EXPECT_EQ(a, b);
  EXPECT_EQ(a, "");
}

TEST(SharedTextTest, CopiesShareTheTextAndAssignmentDoesNotChangeOtherCopies) {
  SharedText a("demand.verb");
  SharedText b = a;
  EXPECT_EQ(a.data(), b.data());  // one storage
  b = std::string("demand.passive");
  EXPECT_EQ(a, "demand.verb");
  EXPECT_EQ(b, "demand.passive");
}

TEST(SharedTextTest, ComparesByValueNotByStorage) {
  SharedText a("reuters-12"), b(std::string("reuters-12")), c("reuters-2");
  EXPECT_NE(a.data(), b.data());
  EXPECT_EQ(a, b);
  EXPECT_TRUE(a < c);  // as std::string orders them
  EXPECT_EQ(std::string("reuters-12") < std::string("reuters-2"), a < c);
  EXPECT_TRUE(a == std::string("reuters-12"));
  EXPECT_TRUE(a < std::string_view("reuters-3"));
}

TEST(SharedTextTest, EvidenceOrderDoesNotDependOnSharing) {
  SharedText quote("The ministry urged talks.");
  Evidence shared{.doc_id = "d1", .sentence = 2, .begin = 4, .end = 12, .quote = quote, .rule = "r", .date = "2026-03-01"};
  Evidence own{.doc_id = std::string("d1"), .sentence = 2, .begin = 4, .end = 12,
               .quote = std::string("The ministry urged talks."), .rule = std::string("r"),
               .date = std::string("2026-03-01")};
  EXPECT_EQ(shared, own);
  EXPECT_FALSE(shared < own);
  EXPECT_FALSE(own < shared);
}

TEST(SharedTextTest, CopiesMayBeMadeAndDroppedInSeveralThreadsAtOnce) {
  SharedText text("shared by workers");
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&text] {
      for (int i = 0; i < 10000; ++i) {
        SharedText copy = text;
        EXPECT_EQ(copy.size(), 17u);
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(text, "shared by workers");
}

}  // namespace
}  // namespace demarche
