// demarche/core/query.h: the questions people ask of a negotiation graph.
//
//   NameIndex aliases;                       // optional: "US", "Washington" -> state:USA
//   aliases.Add("Washington", "state:USA");
//   QueryEngine q(graph, &aliases);
//   Answer a = *q.Demands({.by = "United States"});
//   for (const Row& r : a.rows) std::cout << q.Text(r.cells[1]) << "\n";   // each demand
//   Answer b = *q.Run(*ParsePattern("?who:State demands ?d . ?d demands-of NATO"));
//
// Actors are named the way users name them, case-blind: a key ("state:USA"), a key without
// its type ("USA", "nato"), a node's name ("United States", "the United States"), an alias
// from the NameIndex (the CLI fills it from the gazetteers: "US", "Washington", "American"),
// or a person's surname ("Putin"). The first of these tiers that finds a node wins.
//
// Every answer is a table: named columns and rows of cells (a node, several nodes, or a
// literal), each row with the evidence of the edges behind it. Rows are sorted by their
// cells' text, then keys, and unique, so answers are deterministic. Questions are walks of
// the Boost.Graph adjacency (in- and out-edges of the named actors); only unanchored
// patterns scan all edges of a relation.
//
// The engine keeps a reference to the graph and indexes built at construction (names,
// edges by relation): the graph must outlive it and not change. Const methods are safe to
// call from several threads at once.
#ifndef DEMARCHE_CORE_QUERY_H_
#define DEMARCHE_CORE_QUERY_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/knowledge_graph.h"
#include "core/pattern.h"
#include "core/result.h"

namespace demarche {

// Other names of actors (aliases, capitals, demonyms), folded case-blind, to canonical keys.
class NameIndex {
 public:
  void Add(std::string_view name, const std::string& key);
  // Keys for `name` (folded), in the order added, unique; empty when unknown.
  const std::vector<std::string>& Lookup(std::string_view name) const;
  std::size_t size() const { return map_.size(); }

 private:
  std::unordered_map<std::string, std::vector<std::string>> map_;
};

// How names are compared: lower-case ASCII slug, a leading "the" dropped ("The U.S." -> "u-s").
std::string FoldName(std::string_view name);

struct Cell {
  std::vector<KnowledgeGraph::Vertex> nodes;  // the node(s) of this cell, if any
  std::string text;                           // a literal (date, status, relation), when no node
  bool list = false;                          // a list of nodes (possibly empty), not one value
};

struct Row {
  std::vector<Cell> cells;
  std::vector<Evidence> evidence;  // of the edges behind the row, sorted
};

struct Answer {
  std::vector<std::string> columns;
  std::vector<Row> rows;
};

struct DemandsQuery {
  std::string by;  // maker (any actor name), or empty for all
  std::string of;  // addressee, or empty for all
};
struct RejectionsQuery {
  std::string by;  // who rejects, or empty for all
};
struct MeetingsQuery {
  std::string in;    // a city, or a state (its cities)
  std::string with;  // a participant
  std::string from;  // ISO date (YYYY, YYYY-MM or YYYY-MM-DD): meetings that may fall on or after it
  std::string to;    // ISO date: meetings that may fall on or before it
};

class QueryEngine {
 public:
  using Vertex = KnowledgeGraph::Vertex;

  explicit QueryEngine(const KnowledgeGraph& graph, const NameIndex* aliases = nullptr);

  // Nodes called `name` (see the tiers above), of one of `types` (all types when empty),
  // sorted by key. Empty when none.
  std::vector<Vertex> Find(std::string_view name, const std::vector<NodeType>& types = {}) const;

  // maker | demand | of: one row per maker, demand and addressee ("of" empty when the text
  // names none). Errors name an actor that matches no node.
  Result<Answer> Demands(const DemandsQuery& q) const;
  // rejecter | rejects | kind (Demand or Proposal) | made_by (its makers, a list).
  Result<Answer> Rejections(const RejectionsQuery& q) const;
  // date | meeting | city | status | participants (a list). Meetings without a date are
  // left out when --from or --to is given.
  Result<Answer> Meetings(const MeetingsQuery& q) const;
  // demand | role | actor, role one of makes (the maker), backs (another actor demanding
  // it), of (addressee), rejects, proposes. `demand` is a key or words of its description.
  Result<Answer> Stance(std::string_view demand) const;
  // actor | relation | direction (out, in) | node | type: a "(node)" row with the actor's key
  // and the evidence of its mentions, then every edge of the actor(s) named.
  Result<Answer> Actor(std::string_view name) const;
  // step | from | relation | to: a shortest chain of edges (either direction) linking the
  // two actors; no rows when there is none. Ties are broken by key order.
  Result<Answer> Path(std::string_view from, std::string_view to) const;
  // The pattern's variables as columns, one row per solution. A pattern whose parts share
  // no variable multiplies their answers: past `max_rows` solutions, or `max_steps` edges
  // tried, it stops with an Error that says so (never an unbounded run).
  struct Limits {
    std::size_t max_rows = 100000;
    std::uint64_t max_steps = 20000000;
  };
  Result<Answer> Run(const Pattern& pattern, const Limits& limits) const;
  Result<Answer> Run(const Pattern& pattern) const { return Run(pattern, Limits{}); }

  // A cell as text: node names joined by ", ", or the literal.
  std::string Text(const Cell& cell) const;
  const KnowledgeGraph& graph() const { return graph_; }

 private:
  Result<std::vector<Vertex>> Resolve(std::string_view name, const std::vector<NodeType>& types,
                                      std::string_view what) const;
  // Resolve() for an optional actor flag: no vertices when `name` is empty.
  Result<std::vector<Vertex>> ResolveIfGiven(const std::string& name) const;
  // Calls `visit` on each edge of `relation`: all of them, or those out of `from`.
  void VisitEdges(Relation relation, const std::vector<Vertex>& from, const std::function<void(KnowledgeGraph::EdgeId)>& visit) const;
  Cell NodeCell(Vertex v) const { return Cell{{v}, "", false}; }
  void Finish(Answer* answer) const;  // sort and make unique

  const KnowledgeGraph& graph_;
  const NameIndex* aliases_;
  std::unordered_map<std::string, std::vector<Vertex>> by_name_;     // FoldName(name) and key suffix
  std::unordered_map<std::string, std::vector<Vertex>> by_surname_;  // persons' last name
  std::vector<std::vector<KnowledgeGraph::EdgeId>> by_relation_;     // edges per Relation
};

}  // namespace demarche

#endif  // DEMARCHE_CORE_QUERY_H_
