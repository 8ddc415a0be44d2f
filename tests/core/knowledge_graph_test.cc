#include "core/knowledge_graph.h"

#include <gtest/gtest.h>

namespace demarche {
namespace {

Evidence Ev(const std::string& doc, std::uint32_t sentence, const std::string& rule = "r") {
  Evidence e;
  e.doc_id = doc;
  e.sentence = sentence;
  e.begin = sentence * 10;
  e.end = sentence * 10 + 5;
  e.rule = rule;
  return e;
}

Node MakeNode(const std::string& key, NodeType type, const std::string& name, Evidence e) {
  Node n;
  n.key = key;
  n.type = type;
  n.name = name;
  n.evidence.push_back(std::move(e));
  return n;
}

TEST(KnowledgeGraphTest, NodesMergeByKeyAndUniteEvidence) {
  KnowledgeGraph g;
  Node a = MakeNode(StateKey("RUS"), NodeType::kState, "Russia", Ev("d1", 0));
  a.props["iso3"] = "RUS";
  g.AddNode(a);
  Node b = MakeNode(StateKey("RUS"), NodeType::kState, "", Ev("d2", 3));
  b.props["iso3"] = "XXX";  // existing values win
  b.props["extra"] = "y";
  g.AddNode(b);
  g.AddNode(a);  // same evidence again: no duplicate
  ASSERT_EQ(g.num_nodes(), 1u);
  const Node& n = g.node(*g.Find("state:RUS"));
  EXPECT_EQ(n.name, "Russia");
  EXPECT_EQ(n.props.at("iso3"), "RUS");
  EXPECT_EQ(n.props.at("extra"), "y");
  EXPECT_EQ(n.evidence.size(), 2u);
}

TEST(KnowledgeGraphTest, ParallelEdgesOfOneRelationMergeOthersStay) {
  KnowledgeGraph g;
  g.AddNode(MakeNode("state:RUS", NodeType::kState, "Russia", Ev("d", 0)));
  g.AddNode(MakeNode("demand:x", NodeType::kDemand, "x", Ev("d", 0)));
  g.AddEdge("state:RUS", Relation::kDemands, "demand:x", Ev("d", 1));
  g.AddEdge("state:RUS", Relation::kDemands, "demand:x", Ev("d", 2));
  g.AddEdge("state:RUS", Relation::kRejects, "demand:x", Ev("d", 2));
  EXPECT_EQ(g.num_edges(), 2u);
  EXPECT_TRUE(g.HasEdge("state:RUS", Relation::kDemands, "demand:x"));
  EXPECT_FALSE(g.HasEdge("demand:x", Relation::kDemands, "state:RUS"));
  for (auto e : g.SortedEdges()) {
    if (g.edge(e).relation == Relation::kDemands) {
      EXPECT_EQ(g.edge(e).evidence.size(), 2u);
    }
  }
}

TEST(KnowledgeGraphTest, SortedOrderDoesNotDependOnInsertionOrder) {
  KnowledgeGraph a, b;
  a.AddNode(MakeNode("state:USA", NodeType::kState, "United States", Ev("d", 0)));
  a.AddNode(MakeNode("state:RUS", NodeType::kState, "Russia", Ev("d", 0)));
  b.AddNode(MakeNode("state:RUS", NodeType::kState, "Russia", Ev("d", 0)));
  b.AddNode(MakeNode("state:USA", NodeType::kState, "United States", Ev("d", 0)));
  auto va = a.SortedVertices(), vb = b.SortedVertices();
  ASSERT_EQ(va.size(), 2u);
  for (std::size_t i = 0; i < va.size(); ++i) EXPECT_EQ(a.node(va[i]).key, b.node(vb[i]).key);
  EXPECT_EQ(a.node(va[0]).key, "state:RUS");
}

TEST(KnowledgeGraphTest, MergingSeparateGraphsEqualsBuildingTogether) {
  auto build = [](KnowledgeGraph* g, const std::string& doc) {
    g->AddNode(MakeNode("state:RUS", NodeType::kState, "Russia", Ev(doc, 0)));
    g->AddNode(MakeNode("org:nato", NodeType::kOrganization, "NATO", Ev(doc, 1)));
    g->AddEdge("state:RUS", Relation::kParticipatesIn, "org:nato", Ev(doc, 1));
  };
  KnowledgeGraph a, b, both;
  build(&a, "A");
  build(&b, "B");
  build(&both, "A");
  build(&both, "B");
  a.Merge(b);
  ASSERT_EQ(a.num_nodes(), both.num_nodes());
  ASSERT_EQ(a.num_edges(), both.num_edges());
  auto ea = a.SortedEdges(), eb = both.SortedEdges();
  EXPECT_EQ(a.edge(ea[0]).evidence, both.edge(eb[0]).evidence);
  EXPECT_EQ(a.node(*a.Find("org:nato")).evidence.size(), 2u);
}

TEST(ModelTest, RelationNamesRoundTripInEitherSpelling) {
  for (Relation r : kAllRelations) {
    EXPECT_EQ(ParseRelation(RelationName(r)), r);
    EXPECT_EQ(ParseRelation(RelationLabel(r)), r);
  }
  EXPECT_EQ(RelationLabel(Relation::kDemandsOf), "DEMANDS_OF");
  EXPECT_EQ(ParseNodeType("organization"), NodeType::kOrganization);
  EXPECT_EQ(CityKey("Geneva", "CHE"), "city:geneva-che");
}

}  // namespace
}  // namespace demarche

namespace demarche {
namespace {

TEST(KnowledgeGraphTest, MergeAllEqualsMergingOneByOne) {
  auto make = [](const std::string& doc, std::uint32_t s) {
    KnowledgeGraph g;
    g.AddNode(MakeNode("state:RUS", NodeType::kState, "Russia", Ev(doc, s)));
    g.AddNode(MakeNode("demand:x", NodeType::kDemand, doc == "b" ? "x from b" : "x", Ev(doc, s + 1)));
    g.AddEdge("state:RUS", Relation::kDemands, "demand:x", Ev(doc, s));
    g.AddEdge("state:RUS", Relation::kRejects, "demand:x", Ev(doc, s + 2));
    return g;
  };
  KnowledgeGraph one_by_one, all;
  std::vector<KnowledgeGraph> parts;
  for (auto [doc, s] : std::vector<std::pair<std::string, std::uint32_t>>{{"b", 4}, {"a", 1}, {"b", 4}, {"c", 0}}) {
    one_by_one.Merge(make(doc, s));
    parts.push_back(make(doc, s));
  }
  all.MergeAll(std::move(parts));
  ASSERT_EQ(all.num_nodes(), one_by_one.num_nodes());
  ASSERT_EQ(all.num_edges(), one_by_one.num_edges());
  for (auto v : one_by_one.SortedVertices()) {
    const Node& want = one_by_one.node(v);
    const Node& got = all.node(*all.Find(want.key));
    EXPECT_EQ(got.name, want.name);  // the first document's name wins in both
    EXPECT_EQ(got.evidence, want.evidence);
  }
  auto ea = one_by_one.SortedEdges(), eb = all.SortedEdges();
  for (std::size_t i = 0; i < ea.size(); ++i) EXPECT_EQ(one_by_one.edge(ea[i]).evidence, all.edge(eb[i]).evidence);
}

}  // namespace
}  // namespace demarche
