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
// cells' text, then keys, and unique, so answers are deterministic; Arrange() reorders them
// by date, evidence or actor and keeps the first N.
//
// Time: demands, rejections, stance and actor answers end with the columns first_seen and
// last_seen, the earliest and latest document date of the row's evidence (empty when no
// document had a date); meetings carry their own date. A TimeWindow keeps only the evidence
// from documents dated inside it (ISO dates, either end open, compared at the precision
// given: --from 2019 keeps 2019-01-01 on) and drops the rows left with none, so an answer
// shows who demanded what in that period. Evidence without a date is outside every window.
//
// A name that resolves to several nodes ("Clinton": Bill and Hillary Clinton) is answered
// for all of them, and the answer's `notes` say which nodes were taken. Questions are walks of
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
  // The CAMEO event code(s) of the edges behind the row (their "cameo" attribute), a set:
  // ';'-separated, sorted, unique ("020;100"); "" when no edge has one.
  std::string cameo;
};

struct Answer {
  std::vector<std::string> columns;
  std::vector<Row> rows;
  // For the user, not the table: e.g. "'Clinton' matches 2 nodes: Bill Clinton
  // (person:bill-clinton), Hillary Clinton (person:hillary-clinton); answering for all".
  std::vector<std::string> notes;
};

// Documents dated from `from` to `to` inclusive (YYYY, YYYY-MM or YYYY-MM-DD; empty: open).
struct TimeWindow {
  std::string from;
  std::string to;
  bool empty() const { return from.empty() && to.empty(); }
};

struct DemandsQuery {
  std::string by;  // maker (any actor name), or empty for all
  std::string of;  // addressee, or empty for all
  TimeWindow when;
  std::string about;  // words the demand's description holds, in any order and form; empty: all
};
struct RejectionsQuery {
  std::string by;  // who rejects, or empty for all
  TimeWindow when;
};

// How Arrange() orders rows: as the engine gave them (by text), by date (the "date" column,
// else first_seen; undated rows last), by evidence (most items first), or by actor (the
// first of the columns maker, rejecter, actor, participants, from; else the first column).
// Ties keep the engine's order.
enum class AnswerSort { kDefault, kDate, kEvidence, kActor };
// "date", "evidence", "actor" (or "" for kDefault); nullopt for any other word.
std::optional<AnswerSort> ParseAnswerSort(std::string_view word);
struct MeetingsQuery {
  std::string in;    // a city, or a state (its cities)
  std::string with;  // a participant
  std::string from;  // ISO date (YYYY, YYYY-MM or YYYY-MM-DD): meetings that may fall on or after it
  std::string to;    // ISO date: meetings that may fall on or before it
};

class QueryEngine {
 public:
  using Vertex = KnowledgeGraph::Vertex;

  // The word forms of one word typed by a user, for matching demand descriptions ("lift" ->
  // lift, lifted, lifting, lifts); the word itself need not be among them. The CLI gives the
  // extractor's English morphology; without one, words match as typed (and by prefix).
  using WordForms = std::function<std::vector<std::string>(std::string_view word)>;

  explicit QueryEngine(const KnowledgeGraph& graph, const NameIndex* aliases = nullptr, WordForms forms = {});

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
  // it), of (addressee), rejects, proposes. `demand` is a key, or words of its description
  // in any order and any of their forms ("lift sanctions" finds "Sanctions Must Be Lifted").
  Result<Answer> Stance(std::string_view demand, const TimeWindow& when = {}) const;
  // actor | relation | direction (out, in) | node | type: a "(node)" row with the actor's key
  // and the evidence of its mentions, then every edge of the actor(s) named.
  Result<Answer> Actor(std::string_view name, const TimeWindow& when = {}) const;
  // step | from | relation | to: a shortest chain of edges (either direction) linking the
  // two actors; no rows when there is none. Ties are broken by key order.
  Result<Answer> Path(std::string_view from, std::string_view to) const;
  // path | step | from | relation | to: up to `max` chains without a repeated node, shortest
  // first (then in key order), each numbered in the path column. The search expands at most
  // `max_steps` partial chains; when that budget runs out the chains found so far are
  // returned and a note says so.
  Result<Answer> Paths(std::string_view from, std::string_view to, std::size_t max,
                       std::uint64_t max_steps = 2000000) const;
  // The pattern's variables as columns, one row per solution. A pattern whose parts share
  // no variable multiplies their answers: past `max_rows` solutions, or `max_steps` edges
  // tried, it stops with an Error that says so (never an unbounded run).
  struct Limits {
    std::size_t max_rows = 100000;
    std::uint64_t max_steps = 20000000;
  };
  Result<Answer> Run(const Pattern& pattern, const Limits& limits) const;
  Result<Answer> Run(const Pattern& pattern) const { return Run(pattern, Limits{}); }

  // Reorders the rows (see AnswerSort) and keeps the first `limit` (0: all of them).
  void Arrange(Answer* answer, AnswerSort sort, std::size_t limit) const;

  // A cell as text: node names joined by ", ", or the literal.
  std::string Text(const Cell& cell) const;
  const KnowledgeGraph& graph() const { return graph_; }

 private:
  // Find() that fails when nothing is found, and adds a note to `notes` when several are.
  Result<std::vector<Vertex>> Resolve(std::string_view name, const std::vector<NodeType>& types,
                                      std::string_view what, std::vector<std::string>* notes) const;
  // Resolve() for an optional actor flag: no vertices when `name` is empty.
  Result<std::vector<Vertex>> ResolveIfGiven(const std::string& name, std::vector<std::string>* notes) const;
  // Keeps the rows' evidence inside `when` and drops rows left without any; then appends
  // the first_seen and last_seen columns.
  void Date(Answer* answer, const TimeWindow& when) const;
  // The words of `text`, folded, each with its forms (WordForms) and itself.
  std::vector<std::vector<std::string>> WordsWithForms(std::string_view text) const;
  // Whether every word of `words` (folded) matches a word of `name` in some form.
  bool Describes(const std::vector<std::vector<std::string>>& words, std::string_view name) const;
  // Calls `visit` on each edge of `relation`: all of them, or those out of `from`.
  void VisitEdges(Relation relation, const std::vector<Vertex>& from, const std::function<void(KnowledgeGraph::EdgeId)>& visit) const;
  Cell NodeCell(Vertex v) const { return Cell{{v}, "", false}; }
  void Finish(Answer* answer) const;  // sort and make unique

  const KnowledgeGraph& graph_;
  const NameIndex* aliases_;
  WordForms forms_;
  std::unordered_map<std::string, std::vector<Vertex>> by_name_;     // FoldName(name) and key suffix
  std::unordered_map<std::string, std::vector<Vertex>> by_surname_;  // persons' last name
  std::vector<std::vector<KnowledgeGraph::EdgeId>> by_relation_;     // edges per Relation
};

}  // namespace demarche

#endif  // DEMARCHE_CORE_QUERY_H_
