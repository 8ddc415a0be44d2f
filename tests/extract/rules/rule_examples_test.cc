// Every rule's examples are its tests (data/rules/*.rules): one test case per example and
// per counter-example, named by the rule id. An example must produce each edge it expects,
// with evidence naming the rule ("reject.verb" or a branch of it, "reject.verb/passive");
// a counter-example must produce no edge whose evidence names the rule.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/text_util.h"
#include "extract/extractor.h"
#include "extract/rules/rules.h"
#include "tests/extract/test_resources.h"

namespace demarche {
namespace {

struct ExampleCase {
  std::string rule;
  bool counter = false;
  int number = 0;
  RuleExample example;
};

// For gtest's messages: the rule and the text, not the object's bytes.
void PrintTo(const ExampleCase& c, std::ostream* os) {
  *os << c.rule << (c.counter ? " counter " : " example ") << c.number << ": " << c.example.text;
}

std::vector<ExampleCase> AllCases() {
  std::vector<ExampleCase> out;
  for (const Rule& r : TestResources().rules().rules()) {
    for (std::size_t i = 0; i < r.examples.size(); ++i) out.push_back({r.id, false, static_cast<int>(i) + 1, r.examples[i]});
    for (std::size_t i = 0; i < r.counters.size(); ++i) out.push_back({r.id, true, static_cast<int>(i) + 1, r.counters[i]});
  }
  return out;
}

std::string CaseName(const testing::TestParamInfo<ExampleCase>& info) {
  std::string name;
  for (char c : info.param.rule) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name + (info.param.counter ? "_counter_" : "_example_") + std::to_string(info.param.number);
}

bool NamesRule(const Evidence& e, const std::string& rule) {
  return e.rule == rule || e.rule.str().rfind(rule + "/", 0) == 0;
}

bool Contains(const std::string& hay, const std::string& needle) {
  return AsciiLower(hay).find(AsciiLower(needle)) != std::string::npos;
}

// "from|relation|to [rules]" for every edge, for failure messages.
std::string Describe(const KnowledgeGraph& g) {
  std::string out;
  for (auto e : g.SortedEdges()) {
    out += "  " + g.node(g.source(e)).name + " | " + std::string(RelationName(g.edge(e).relation)) + " | " +
           g.node(g.target(e)).name + "  [";
    for (const auto& ev : g.edge(e).evidence) out += ev.rule.str() + " ";
    out += "]\n";
  }
  return out.empty() ? "  (no edge)\n" : out;
}

class RuleExampleTest : public testing::TestWithParam<ExampleCase> {};

TEST_P(RuleExampleTest, Holds) {
  const ExampleCase& c = GetParam();
  Document d;
  d.id = "example";
  d.date = c.example.date.empty() ? "2021-03-01" : c.example.date;
  d.text = c.example.text;
  KnowledgeGraph g = Extractor(TestResources()).Extract(d);
  const std::string where = "rule " + c.rule + ", line " + std::to_string(c.example.line) + ": " + c.example.text +
                            "\nedges:\n" + Describe(g);
  if (c.counter) {
    for (auto e : g.SortedEdges()) {
      for (const auto& ev : g.edge(e).evidence) EXPECT_FALSE(NamesRule(ev, c.rule)) << where;
    }
    return;
  }
  for (const auto& [from, relation, to] : c.example.edges) {
    bool found = false;
    for (auto e : g.SortedEdges()) {
      if (g.edge(e).relation != relation || !Contains(g.node(g.source(e)).name, from) ||
          !Contains(g.node(g.target(e)).name, to))
        continue;
      const auto& ev = g.edge(e).evidence;
      found = found || std::any_of(ev.begin(), ev.end(), [&](const Evidence& x) { return NamesRule(x, c.rule); });
    }
    EXPECT_TRUE(found) << "expected " << from << " | " << RelationName(relation) << " | " << to << "\n" << where;
  }
}

INSTANTIATE_TEST_SUITE_P(Rules, RuleExampleTest, testing::ValuesIn(AllCases()), CaseName);

}  // namespace
}  // namespace demarche
