#include "core/pattern.h"

#include <gtest/gtest.h>

namespace demarche {
namespace {

std::string ErrorOf(std::string_view text) {
  auto p = ParsePattern(text);
  return p ? "(parsed)" : p.error().message;
}

TEST(PatternTest, ParsesTriplesVariablesTypesAndNames) {
  auto p = ParsePattern("?who:State demands ?d . ?d DEMANDS_OF \"United States\".");
  ASSERT_TRUE(p.ok()) << p.error().message;
  ASSERT_EQ(p->triples.size(), 2u);
  EXPECT_EQ(p->variables, (std::vector<std::string>{"who", "d"}));
  EXPECT_EQ(p->variable_types[0], NodeType::kState);
  EXPECT_FALSE(p->variable_types[1].has_value());
  EXPECT_EQ(p->triples[1].predicate.relation, Relation::kDemandsOf);
  EXPECT_FALSE(p->triples[1].object.is_variable);
  EXPECT_EQ(p->triples[1].object.text, "United States");
  // "NATO." ends a triple; a word with dots inside stays whole.
  auto q = ParsePattern("?a rejects NATO. ?a demands-of state:USA");
  ASSERT_TRUE(q.ok()) << q.error().message;
  EXPECT_EQ(q->triples[0].object.text, "NATO");
  EXPECT_EQ(q->triples[1].object.text, "state:USA");
}

TEST(PatternTest, ErrorsGiveTheColumnAndWhatWasExpected) {
  EXPECT_EQ(ErrorOf(""), "column 1: the pattern is empty; expected a triple such as '?who demands ?d'");
  EXPECT_NE(ErrorOf("?a likes ?b").find("column 4: expected a relation"), std::string::npos);
  EXPECT_NE(ErrorOf("?a demands").find("column 11: expected an object"), std::string::npos);
  EXPECT_NE(ErrorOf("?a demands ?b ?c rejects ?b").find("column 15: expected '.' between triples"),
            std::string::npos);
  EXPECT_NE(ErrorOf("?a:Country demands ?b").find("column 4: unknown type 'Country'"), std::string::npos);
  EXPECT_NE(ErrorOf("?a:State demands ?b . ?a:Person rejects ?b").find("two types"), std::string::npos);
  EXPECT_NE(ErrorOf("?a demands \"United States").find("not closed"), std::string::npos);
  EXPECT_NE(ErrorOf("?1 demands ?b").find("is not a variable"), std::string::npos);
  EXPECT_NE(ErrorOf("?a ?r ?b . ?r demands ?b").find("stands for a relation"), std::string::npos);
  EXPECT_NE(ErrorOf(". ?a demands ?b").find("found '.'"), std::string::npos);
  EXPECT_NE(ErrorOf(std::string("?a demands \xff")).find("not valid UTF-8"), std::string::npos);
  std::string many;
  for (int i = 0; i < 40; ++i) many += "?a demands ?b . ";
  EXPECT_NE(ErrorOf(many).find("more than 32 triples"), std::string::npos);
  EXPECT_NE(ErrorOf(std::string(20000, 'x')).find("limit"), std::string::npos);
}

TEST(PatternTest, InequalitiesFilterTriplesAndAreChecked) {
  auto p = ParsePattern("?a participates-in ?m . ?b participates-in ?m . ?a != ?b . ?a != Russia");
  ASSERT_TRUE(p.ok()) << p.error().message;
  EXPECT_EQ(p->triples.size(), 2u);
  ASSERT_EQ(p->inequalities.size(), 2u);
  EXPECT_EQ(p->inequalities[0].right.text, "b");
  EXPECT_TRUE(p->inequalities[0].right.is_variable);
  EXPECT_FALSE(p->inequalities[1].right.is_variable);
  EXPECT_EQ(p->variables, (std::vector<std::string>{"a", "m", "b"}));  // '!=' adds no column
  EXPECT_NE(ErrorOf("?a != ?b").find("no triple"), std::string::npos);
  EXPECT_NE(ErrorOf("?a demands ?d . ?a != ?z").find("column 23: ?z appears only in '!='"), std::string::npos);
  EXPECT_NE(ErrorOf("?a demands ?d . Russia != NATO").find("needs a ?variable"), std::string::npos);
  EXPECT_NE(ErrorOf("?a demands ?d . ?a !=").find("after '!='"), std::string::npos);
  EXPECT_NE(ErrorOf("?a demands ?d . ?a != ?d ?d").find("expected '.'"), std::string::npos);
}

}  // namespace
}  // namespace demarche
