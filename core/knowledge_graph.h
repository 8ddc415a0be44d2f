// demarche/core/knowledge_graph.h: the typed, evidence-carrying graph, merged by key.
//
//   KnowledgeGraph g;
//   g.AddNode(Node{.key = StateKey("RUS"), .type = NodeType::kState, .name = "Russia"});
//   g.AddNode(demand_node);
//   g.AddEdge(StateKey("RUS"), Relation::kDemands, demand_node.key, evidence);
//   g.AddEdge(StateKey("RUS"), Relation::kDemands, demand_node.key, evidence, {{"cameo", "100"}});
//   for (auto v : g.SortedVertices()) std::cout << g.node(v).name << "\n";
//
// Storage is a boost::adjacency_list<vecS, vecS, bidirectionalS, Node, Edge> plus our own
// key -> vertex map. Adding a node whose key exists merges it: evidence is united, missing
// props are filled (existing values win). Adding an edge that exists (same ends, same
// relation) unites evidence and props. Edge props are sets, so that a merged edge does not
// depend on the order of merging (nor on `demarche build --jobs`): each value is a list of
// items separated by ';', and the merged value is the union of the items seen, sorted
// (byte order) and unique, joined by ';'. The CAMEO codes of the rules behind an edge thus
// merge as "100" + "020" -> "020;100" in any order. Empty items and empty values are
// dropped: an edge without a code has no `cameo` prop at all. Vertex numbers are internal:
// never export them; exports walk SortedVertices()/SortedEdges(), so output depends only on
// the content, not on the order of insertion. Not thread-safe for writing; concurrent const
// access is safe.
#ifndef DEMARCHE_CORE_KNOWLEDGE_GRAPH_H_
#define DEMARCHE_CORE_KNOWLEDGE_GRAPH_H_

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "core/model.h"

namespace demarche {

class KnowledgeGraph {
 public:
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Node, Edge>;
  using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
  using EdgeId = boost::graph_traits<Graph>::edge_descriptor;

  // Inserts or merges by node.key; returns the vertex.
  Vertex AddNode(const Node& node);
  // Inserts or merges the edge; both keys must already be nodes (asserted). `props` are
  // united with the edge's (sets of ';'-separated items, above).
  void AddEdge(const std::string& from_key, Relation relation, const std::string& to_key,
               const Evidence& evidence, const std::map<std::string, std::string>& props = {});
  // The same with any number of evidence items, none included (the edge is still added).
  void AddEdge(const std::string& from_key, Relation relation, const std::string& to_key,
               const std::vector<Evidence>& evidence, const std::map<std::string, std::string>& props = {});
  // Unites another graph into this one (same as adding all its nodes and edges, with their
  // props).
  void Merge(const KnowledgeGraph& other);
  // Unites several graphs, in order, taking their contents: the same result as merging each
  // in turn, but evidence lists are appended and re-sorted once per call (fast for corpora).
  void MergeAll(std::vector<KnowledgeGraph>&& others);
  // The same in steps, for a corpus merged batch by batch: AppendAll() takes the graphs'
  // contents and appends their evidence without sorting; FinishMerge() then sorts each list
  // it appended to once and drops duplicates. A corpus of N evidence items thus costs
  // O(N log N) whatever its hubs (MergeAll per batch re-merges a hub's whole list each time:
  // quadratic in the number of batches). The result is identical to MergeAll per batch.
  // Between the two only num_nodes(), num_edges(), Find() and further AppendAll() calls are
  // valid: evidence lists are unsorted and may hold duplicates. AddNode, AddEdge, Merge and
  // MergeAll finish a pending merge first.
  void AppendAll(std::vector<KnowledgeGraph>&& others);
  void FinishMerge();

  std::optional<Vertex> Find(const std::string& key) const;
  const Node& node(Vertex v) const { return graph_[v]; }
  Node& mutable_node(Vertex v) { return graph_[v]; }
  const Edge& edge(EdgeId e) const { return graph_[e]; }
  bool HasEdge(const std::string& from_key, Relation relation, const std::string& to_key) const;

  std::size_t num_nodes() const { return boost::num_vertices(graph_); }
  std::size_t num_edges() const { return boost::num_edges(graph_); }

  // Vertices ordered by key; edges ordered by (source key, relation, target key).
  std::vector<Vertex> SortedVertices() const;
  std::vector<EdgeId> SortedEdges() const;
  Vertex source(EdgeId e) const { return boost::source(e, graph_); }
  Vertex target(EdgeId e) const { return boost::target(e, graph_); }

  // The `max_nodes` most connected nodes (by degree, ties by key) and the edges among
  // them: a readable excerpt of a graph too large to draw.
  KnowledgeGraph MostConnected(std::size_t max_nodes) const;
  // The negotiation core, at most `max_nodes` nodes: the edges of demands, demands-of,
  // rejects, proposes, participates-in and hosted-in are taken by evidence count (most
  // first; ties by key), each with both its ends while they fit; then every edge among the
  // nodes taken (represents included). What a reader of a large graph wants drawn: who
  // demands and rejects what and who meets, ranked by how often the news says so, not
  // the persons with many `represents` edges that degree ranks first.
  KnowledgeGraph NegotiationCore(std::size_t max_nodes) const;
  // The nodes within `depth` edges (either direction) of any of `centre`, and every edge
  // among them: one actor's neighbourhood (`--focus ACTOR --depth N`). depth 0: the centre.
  KnowledgeGraph Neighbourhood(const std::vector<Vertex>& centre, std::size_t depth) const;

  // Read-only access for query code.
  const Graph& graph() const { return graph_; }

 private:
  // (source, target, relation) of every edge: existence in O(1); the descriptor itself is
  // found by scanning the source's out-edges only when the edge exists.
  struct EdgeKey {
    Vertex from, to;
    Relation relation;
    bool operator==(const EdgeKey&) const = default;
  };
  struct EdgeKeyHash {
    std::size_t operator()(const EdgeKey& k) const {
      return (k.from * 0x9E3779B97F4A7C15ull) ^ (k.to * 0xC2B2AE3D27D4EB4Full) ^ static_cast<std::size_t>(k.relation);
    }
  };
  // The edge from -> to with this relation, added (without evidence) if missing.
  EdgeId FindOrAddEdge(Vertex from, Relation relation, Vertex to);
  // The nodes of `keep` (keep[v] true) and every edge among them, in key order.
  KnowledgeGraph Induced(const std::vector<bool>& keep) const;

  Graph graph_;
  // Evidence lists appended to by AppendAll and not yet sorted: each with its sorted length.
  std::unordered_map<Vertex, std::size_t> pending_nodes_;
  std::vector<std::pair<EdgeId, std::size_t>> pending_edges_;
  std::unordered_set<EdgeKey, EdgeKeyHash> pending_edge_keys_;
  std::unordered_map<std::string, Vertex> index_;
  std::unordered_set<EdgeKey, EdgeKeyHash> edge_index_;
};

}  // namespace demarche

#endif  // DEMARCHE_CORE_KNOWLEDGE_GRAPH_H_
