#include "core/knowledge_graph.h"

#include <algorithm>
#include <cassert>
#include <map>
#include <string_view>
#include <tuple>

namespace demarche {

namespace {

// Sorts the tail appended after `old_size`, merges it into the sorted head, drops duplicates.
void Resort(std::vector<Evidence>* list, std::size_t old_size) {
  auto mid = list->begin() + static_cast<long>(old_size);
  std::sort(mid, list->end());
  std::inplace_merge(list->begin(), mid, list->end());
  list->erase(std::unique(list->begin(), list->end()), list->end());
}

// Unites the ';'-separated items of `value` into (*props)[key]: sorted, unique, no empty
// items; an empty result leaves no entry. Commutative and idempotent, so edge props do not
// depend on the order edges are merged in.
void UniteProp(std::map<std::string, std::string>* props, const std::string& key, std::string_view value) {
  auto it = props->find(key);
  std::string joined = UniteSets(it == props->end() ? std::string_view() : std::string_view(it->second), value);
  if (joined.empty()) {
    if (it != props->end()) props->erase(it);
  } else {
    (*props)[key] = std::move(joined);
  }
}

void UniteProps(std::map<std::string, std::string>* into, const std::map<std::string, std::string>& from) {
  for (const auto& [key, value] : from) UniteProp(into, key, value);
}

}  // namespace

KnowledgeGraph::Vertex KnowledgeGraph::AddNode(const Node& node) {
  FinishMerge();
  auto it = index_.find(node.key);
  if (it == index_.end()) {
    Vertex v = boost::add_vertex(node, graph_);
    std::sort(graph_[v].evidence.begin(), graph_[v].evidence.end());
    graph_[v].evidence.erase(std::unique(graph_[v].evidence.begin(), graph_[v].evidence.end()),
                             graph_[v].evidence.end());
    index_.emplace(node.key, v);
    return v;
  }
  Node& existing = graph_[it->second];
  assert(existing.type == node.type);
  if (existing.name.empty()) existing.name = node.name;
  for (const auto& [k, value] : node.props) existing.props.emplace(k, value);
  for (const Evidence& e : node.evidence) AddEvidence(&existing.evidence, e);
  return it->second;
}

KnowledgeGraph::EdgeId KnowledgeGraph::FindOrAddEdge(Vertex from, Relation relation, Vertex to) {
  if (edge_index_.insert(EdgeKey{from, to, relation}).second) {
    return boost::add_edge(from, to, Edge{relation, {}, {}}, graph_).first;
  }
  for (auto [ei, ee] = boost::out_edges(from, graph_); ei != ee; ++ei) {
    if (boost::target(*ei, graph_) == to && graph_[*ei].relation == relation) return *ei;
  }
  assert(false && "edge index out of step with the graph");
  return boost::add_edge(from, to, Edge{relation, {}, {}}, graph_).first;
}

void KnowledgeGraph::AddEdge(const std::string& from_key, Relation relation,
                             const std::string& to_key, const Evidence& evidence,
                             const std::map<std::string, std::string>& props) {
  FinishMerge();
  auto from = index_.find(from_key);
  auto to = index_.find(to_key);
  assert(from != index_.end() && to != index_.end());
  if (from == index_.end() || to == index_.end()) return;
  Edge& edge = graph_[FindOrAddEdge(from->second, relation, to->second)];
  AddEvidence(&edge.evidence, evidence);
  UniteProps(&edge.props, props);
}

void KnowledgeGraph::AddEdge(const std::string& from_key, Relation relation,
                             const std::string& to_key, const std::vector<Evidence>& evidence,
                             const std::map<std::string, std::string>& props) {
  FinishMerge();
  auto from = index_.find(from_key);
  auto to = index_.find(to_key);
  assert(from != index_.end() && to != index_.end());
  if (from == index_.end() || to == index_.end()) return;
  Edge& edge = graph_[FindOrAddEdge(from->second, relation, to->second)];
  std::size_t old_size = edge.evidence.size();
  edge.evidence.insert(edge.evidence.end(), evidence.begin(), evidence.end());
  Resort(&edge.evidence, old_size);
  UniteProps(&edge.props, props);
}

void KnowledgeGraph::Merge(const KnowledgeGraph& other) {
  FinishMerge();
  for (Vertex v : other.SortedVertices()) AddNode(other.node(v));
  for (EdgeId e : other.SortedEdges()) {
    const std::string& s = other.node(other.source(e)).key;
    const std::string& t = other.node(other.target(e)).key;
    AddEdge(s, other.edge(e).relation, t, other.edge(e).evidence, other.edge(e).props);
  }
}

void KnowledgeGraph::MergeAll(std::vector<KnowledgeGraph>&& others) {
  AppendAll(std::move(others));
  FinishMerge();
}

void KnowledgeGraph::AppendAll(std::vector<KnowledgeGraph>&& others) {
  for (KnowledgeGraph& other : others) {
    other.FinishMerge();
    std::vector<Vertex> map_v(other.num_nodes());
    for (auto [vi, ve] = boost::vertices(other.graph_); vi != ve; ++vi) {
      Node& n = other.graph_[*vi];
      auto it = index_.find(n.key);
      if (it == index_.end()) {
        std::string key = n.key;
        Vertex v = boost::add_vertex(std::move(n), graph_);
        index_.emplace(std::move(key), v);
        map_v[*vi] = v;
        pending_nodes_.emplace(v, 0);
        continue;
      }
      Node& existing = graph_[it->second];
      if (existing.name.empty()) existing.name = n.name;
      for (auto& [k, value] : n.props) existing.props.emplace(k, value);
      pending_nodes_.emplace(it->second, existing.evidence.size());  // keeps the first (sorted) size
      for (auto& e : n.evidence) existing.evidence.push_back(std::move(e));
      map_v[*vi] = it->second;
    }
    for (auto [ei, ee] = boost::edges(other.graph_); ei != ee; ++ei) {
      Vertex s = map_v[boost::source(*ei, other.graph_)];
      Vertex t = map_v[boost::target(*ei, other.graph_)];
      Edge& oe = other.graph_[*ei];
      EdgeId found = FindOrAddEdge(s, oe.relation, t);
      if (pending_edge_keys_.insert(EdgeKey{s, t, oe.relation}).second) {
        pending_edges_.emplace_back(found, graph_[found].evidence.size());
      }
      for (auto& e : oe.evidence) graph_[found].evidence.push_back(std::move(e));
      UniteProps(&graph_[found].props, oe.props);
    }
  }
}

void KnowledgeGraph::FinishMerge() {
  // Called by every AddNode/AddEdge: nothing pending is the common case, and clearing the
  // emptied hash tables would still walk their buckets.
  if (pending_nodes_.empty() && pending_edges_.empty()) return;
  for (auto [v, size] : pending_nodes_) Resort(&graph_[v].evidence, size);
  for (auto [id, size] : pending_edges_) Resort(&graph_[id].evidence, size);
  std::unordered_map<Vertex, std::size_t>().swap(pending_nodes_);  // and free their buckets
  std::vector<std::pair<EdgeId, std::size_t>>().swap(pending_edges_);
  std::unordered_set<EdgeKey, EdgeKeyHash>().swap(pending_edge_keys_);
}

std::optional<KnowledgeGraph::Vertex> KnowledgeGraph::Find(const std::string& key) const {
  auto it = index_.find(key);
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

bool KnowledgeGraph::HasEdge(const std::string& from_key, Relation relation,
                             const std::string& to_key) const {
  auto from = Find(from_key);
  auto to = Find(to_key);
  return from && to && edge_index_.count(EdgeKey{*from, *to, relation}) > 0;
}

std::vector<KnowledgeGraph::Vertex> KnowledgeGraph::SortedVertices() const {
  std::vector<Vertex> out;
  out.reserve(num_nodes());
  for (auto [vi, ve] = boost::vertices(graph_); vi != ve; ++vi) out.push_back(*vi);
  std::sort(out.begin(), out.end(),
            [&](Vertex a, Vertex b) { return graph_[a].key < graph_[b].key; });
  return out;
}

std::vector<KnowledgeGraph::EdgeId> KnowledgeGraph::SortedEdges() const {
  std::vector<EdgeId> out;
  out.reserve(num_edges());
  for (auto [ei, ee] = boost::edges(graph_); ei != ee; ++ei) out.push_back(*ei);
  auto tie = [&](EdgeId e) {
    return std::make_tuple(std::cref(graph_[boost::source(e, graph_)].key),
                           static_cast<int>(graph_[e].relation),
                           std::cref(graph_[boost::target(e, graph_)].key));
  };
  std::sort(out.begin(), out.end(), [&](EdgeId a, EdgeId b) { return tie(a) < tie(b); });
  return out;
}

KnowledgeGraph KnowledgeGraph::MostConnected(std::size_t max_nodes) const {
  std::vector<Vertex> order = SortedVertices();  // key order breaks degree ties
  std::stable_sort(order.begin(), order.end(), [&](Vertex a, Vertex b) {
    return boost::in_degree(a, graph_) + boost::out_degree(a, graph_) >
           boost::in_degree(b, graph_) + boost::out_degree(b, graph_);
  });
  if (order.size() > max_nodes) order.resize(max_nodes);
  KnowledgeGraph out;
  std::sort(order.begin(), order.end(), [&](Vertex a, Vertex b) { return graph_[a].key < graph_[b].key; });
  for (Vertex v : order) out.AddNode(graph_[v]);
  for (EdgeId e : SortedEdges()) {
    const std::string& s = graph_[source(e)].key;
    const std::string& t = graph_[target(e)].key;
    if (!out.Find(s) || !out.Find(t)) continue;
    out.AddEdge(s, graph_[e].relation, t, graph_[e].evidence, graph_[e].props);
  }
  return out;
}

KnowledgeGraph KnowledgeGraph::Induced(const std::vector<bool>& keep) const {
  KnowledgeGraph out;
  for (Vertex v : SortedVertices()) {
    if (keep[v]) out.AddNode(graph_[v]);
  }
  for (EdgeId e : SortedEdges()) {
    if (keep[source(e)] && keep[target(e)]) {
      out.AddEdge(graph_[source(e)].key, graph_[e].relation, graph_[target(e)].key, graph_[e].evidence,
                  graph_[e].props);
    }
  }
  return out;
}

KnowledgeGraph KnowledgeGraph::NegotiationCore(std::size_t max_nodes) const {
  std::vector<EdgeId> ranked;
  for (EdgeId e : SortedEdges()) {  // key order breaks evidence ties
    switch (graph_[e].relation) {
      case Relation::kDemands:
      case Relation::kDemandsOf:
      case Relation::kRejects:
      case Relation::kProposes:
      case Relation::kParticipatesIn:
      case Relation::kHostedIn: ranked.push_back(e); break;
      default: break;
    }
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [&](EdgeId a, EdgeId b) { return graph_[a].evidence.size() > graph_[b].evidence.size(); });
  std::vector<bool> keep(num_nodes(), false);
  std::size_t taken = 0;
  for (EdgeId e : ranked) {
    std::size_t more = !keep[source(e)] + !keep[target(e)];
    if (taken + more > max_nodes) continue;  // a smaller edge further down may still fit
    keep[source(e)] = keep[target(e)] = true;
    taken += more;
  }
  return Induced(keep);
}

KnowledgeGraph KnowledgeGraph::Neighbourhood(const std::vector<Vertex>& centre, std::size_t depth) const {
  std::vector<bool> keep(num_nodes(), false);
  std::vector<Vertex> frontier;
  for (Vertex v : centre) {
    if (!keep[v]) keep[v] = true, frontier.push_back(v);
  }
  for (std::size_t d = 0; d < depth && !frontier.empty(); ++d) {
    std::vector<Vertex> next;
    for (Vertex v : frontier) {
      auto visit = [&](Vertex u) {
        if (!keep[u]) keep[u] = true, next.push_back(u);
      };
      for (auto [oi, oe] = boost::out_edges(v, graph_); oi != oe; ++oi) visit(target(*oi));
      for (auto [ii, ie] = boost::in_edges(v, graph_); ii != ie; ++ii) visit(source(*ii));
    }
    frontier = std::move(next);
  }
  return Induced(keep);
}

}  // namespace demarche
