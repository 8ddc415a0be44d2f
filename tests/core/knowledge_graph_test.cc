#include "core/knowledge_graph.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

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

// A corpus merged in batches: AppendAll per batch then one FinishMerge gives what MergeAll per
// batch gives (sorted, unique evidence), and a write in between finishes the pending merge.
TEST(KnowledgeGraphTest, AppendAllInBatchesThenFinishEqualsMergeAllPerBatch) {
  auto make = [](const std::string& doc, std::uint32_t s) {
    KnowledgeGraph g;
    g.AddNode(MakeNode("state:RUS", NodeType::kState, "Russia", Ev(doc, s)));
    g.AddNode(MakeNode("demand:" + doc, NodeType::kDemand, "x " + doc, Ev(doc, s + 1)));
    g.AddEdge("state:RUS", Relation::kDemands, "demand:" + doc, Ev(doc, s));
    g.AddNode(MakeNode("demand:hub", NodeType::kDemand, "hub", Ev(doc, s)));
    g.AddEdge("state:RUS", Relation::kDemands, "demand:hub", Ev(doc, s + 3));
    g.AddEdge("state:RUS", Relation::kRejects, "demand:hub", Ev(doc, s + 2));
    return g;
  };
  // Documents out of key order, one repeated (its evidence must not be doubled).
  const std::vector<std::pair<std::string, std::uint32_t>> docs = {{"m", 4}, {"c", 1}, {"x", 0}, {"c", 1},
                                                                    {"a", 7}, {"q", 2}, {"b", 5}};
  KnowledgeGraph per_batch, appended;
  for (std::size_t start = 0; start < docs.size(); start += 3) {
    std::vector<KnowledgeGraph> a, b;
    for (std::size_t i = start; i < std::min(docs.size(), start + 3); ++i) {
      a.push_back(make(docs[i].first, docs[i].second));
      b.push_back(make(docs[i].first, docs[i].second));
    }
    per_batch.MergeAll(std::move(a));
    appended.AppendAll(std::move(b));
    EXPECT_EQ(appended.num_nodes(), per_batch.num_nodes());
  }
  appended.FinishMerge();
  ASSERT_EQ(appended.num_edges(), per_batch.num_edges());
  for (auto v : per_batch.SortedVertices()) {
    const Node& want = per_batch.node(v);
    EXPECT_EQ(appended.node(*appended.Find(want.key)).evidence, want.evidence) << want.key;
  }
  auto ea = per_batch.SortedEdges(), eb = appended.SortedEdges();
  for (std::size_t i = 0; i < ea.size(); ++i) EXPECT_EQ(per_batch.edge(ea[i]).evidence, appended.edge(eb[i]).evidence);
  const auto& hub = appended.node(*appended.Find("demand:hub")).evidence;
  EXPECT_EQ(hub.size(), 6u);  // seven documents, "c" twice
  EXPECT_TRUE(std::is_sorted(hub.begin(), hub.end()));

  // AddNode on a graph with a pending merge sorts first, so its evidence lands in order.
  KnowledgeGraph g;
  std::vector<KnowledgeGraph> parts;
  parts.push_back(make("z", 0));
  parts.push_back(make("a", 0));
  g.AppendAll(std::move(parts));
  g.AddNode(MakeNode("demand:hub", NodeType::kDemand, "hub", Ev("m", 0)));
  const auto& ev = g.node(*g.Find("demand:hub")).evidence;
  ASSERT_EQ(ev.size(), 3u);
  EXPECT_TRUE(std::is_sorted(ev.begin(), ev.end()));
}

}  // namespace
}  // namespace demarche

namespace demarche {
namespace {

// Edge props are sets: the CAMEO codes of every rule behind an edge, sorted and joined by
// ';', whatever order the edges (or the graphs holding them) are merged in.
TEST(KnowledgeGraphTest, EdgePropsMergeAsSortedSetsInAnyOrder) {
  using Props = std::map<std::string, std::string>;
  // One single-document graph per code; "" and a missing prop add nothing.
  const std::vector<Props> codes = {{{"cameo", "100"}}, {{"cameo", "020"}}, {{"cameo", "100;020"}},
                                    {{"cameo", ""}},    {}};
  auto part = [&](std::size_t i) {
    KnowledgeGraph g;
    const std::string doc = "d" + std::to_string(i);
    g.AddNode(MakeNode("state:RUS", NodeType::kState, "Russia", Ev(doc, 0)));
    g.AddNode(MakeNode("demand:x", NodeType::kDemand, "x", Ev(doc, 0)));
    g.AddNode(MakeNode("person:a", NodeType::kPerson, "A", Ev(doc, 0)));
    g.AddEdge("state:RUS", Relation::kDemands, "demand:x", Ev(doc, 1), codes[i]);
    g.AddEdge("person:a", Relation::kRepresents, "state:RUS", Ev(doc, 1));  // never a code
    return g;
  };
  auto cameo = [](const KnowledgeGraph& g, Relation r) -> std::string {
    for (auto e : g.SortedEdges()) {
      if (g.edge(e).relation != r) continue;
      auto it = g.edge(e).props.find("cameo");
      return it == g.edge(e).props.end() ? "(none)" : it->second;
    }
    return "(no edge)";
  };
  std::vector<std::size_t> order = {0, 1, 2, 3, 4};
  int permutations = 0;
  do {
    KnowledgeGraph merged, merged_all, added;
    std::vector<KnowledgeGraph> parts;
    for (std::size_t i : order) {
      merged.Merge(part(i));
      parts.push_back(part(i));
    }
    merged_all.MergeAll(std::move(parts));
    for (const KnowledgeGraph* g : {&merged, &merged_all}) {
      EXPECT_EQ(cameo(*g, Relation::kDemands), "020;100");
      EXPECT_EQ(cameo(*g, Relation::kRepresents), "(none)");
    }
    ++permutations;
  } while (std::next_permutation(order.begin(), order.end()));
  EXPECT_EQ(permutations, 120);

  // Merged graphs merged again (as `build --jobs N` reduces), and again with a part they hold.
  KnowledgeGraph left = part(1), right = part(0);
  left.Merge(part(3));
  right.Merge(part(2));
  right.Merge(left);
  right.Merge(part(1));
  EXPECT_EQ(cameo(right, Relation::kDemands), "020;100");

  // One code alone stays as it is; an edge given only an empty value has no prop.
  KnowledgeGraph one = part(0), none = part(3);
  EXPECT_EQ(cameo(one, Relation::kDemands), "100");
  EXPECT_EQ(cameo(none, Relation::kDemands), "(none)");
  // The excerpt drawn for large graphs keeps edge props.
  EXPECT_EQ(cameo(right.NegotiationCore(10), Relation::kDemands), "020;100");
}

// A star of represents edges around one person (high degree, no negotiation) beside a
// demand seen three times and a meeting seen twice.
KnowledgeGraph CoreSample() {
  KnowledgeGraph g;
  auto node = [&](const std::string& key, NodeType t) { g.AddNode(Node{key, t, key, {}, {}}); };
  auto ev = [](int n) {
    std::vector<Evidence> out;
    for (int i = 0; i < n; ++i) out.push_back(Evidence{.doc_id = "d" + std::to_string(i), .quote = "q", .rule = "r", .date = ""});
    return out;
  };
  node("person:hub", NodeType::kPerson);
  for (const char* s : {"state:AAA", "state:BBB", "state:CCC", "state:DDD", "state:EEE"}) {
    node(s, NodeType::kState);
    g.AddEdge("person:hub", Relation::kRepresents, s, ev(1));
  }
  node("state:RUS", NodeType::kState);
  node("org:nato", NodeType::kOrganization);
  node("demand:rus:x", NodeType::kDemand);
  node("meeting:m", NodeType::kMeeting);
  g.AddEdge("state:RUS", Relation::kDemands, "demand:rus:x", ev(3));
  g.AddEdge("demand:rus:x", Relation::kDemandsOf, "org:nato", ev(3));
  g.AddEdge("state:RUS", Relation::kParticipatesIn, "meeting:m", ev(2));
  g.AddEdge("state:AAA", Relation::kParticipatesIn, "meeting:m", ev(1));
  return g;
}

std::vector<std::string> Keys(const KnowledgeGraph& g) {
  std::vector<std::string> out;
  for (auto v : g.SortedVertices()) out.push_back(g.node(v).key);
  return out;
}

TEST(KnowledgeGraphTest, NegotiationCoreRanksByEvidenceNotDegree) {
  KnowledgeGraph g = CoreSample();
  // By degree the hub comes first; by evidence the demand and its ends.
  EXPECT_EQ(Keys(g.MostConnected(1)), std::vector<std::string>{"person:hub"});
  EXPECT_EQ(Keys(g.NegotiationCore(3)), (std::vector<std::string>{"demand:rus:x", "org:nato", "state:RUS"}));
  KnowledgeGraph four = g.NegotiationCore(4);  // then the meeting RUS takes part in
  EXPECT_EQ(Keys(four), (std::vector<std::string>{"demand:rus:x", "meeting:m", "org:nato", "state:RUS"}));
  EXPECT_EQ(four.num_edges(), 3u);
  // Among the nodes taken every edge is drawn, represents too; the hub never comes in.
  KnowledgeGraph all = g.NegotiationCore(100);
  EXPECT_EQ(all.num_nodes(), 5u);
  EXPECT_FALSE(all.Find("person:hub").has_value());
}

TEST(KnowledgeGraphTest, NeighbourhoodKeepsNodesWithinDepth) {
  KnowledgeGraph g = CoreSample();
  auto nato = *g.Find("org:nato");
  EXPECT_EQ(Keys(g.Neighbourhood({nato}, 0)), std::vector<std::string>{"org:nato"});
  EXPECT_EQ(Keys(g.Neighbourhood({nato}, 1)), (std::vector<std::string>{"demand:rus:x", "org:nato"}));
  // Edges are followed either way: NATO <- demand <- RUS -> meeting <- AAA.
  auto three = g.Neighbourhood({nato}, 3);
  EXPECT_EQ(Keys(three), (std::vector<std::string>{"demand:rus:x", "meeting:m", "org:nato", "state:RUS"}));
  EXPECT_EQ(three.num_edges(), 3u);
  auto four = g.Neighbourhood({nato}, 4);
  EXPECT_EQ(Keys(four), (std::vector<std::string>{"demand:rus:x", "meeting:m", "org:nato", "state:AAA", "state:RUS"}));
  EXPECT_EQ(four.num_edges(), 4u);  // the hub, five edges away, stays out
  EXPECT_TRUE(g.Neighbourhood({}, 2).num_nodes() == 0);
}

}  // namespace
}  // namespace demarche
