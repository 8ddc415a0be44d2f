// demarche/core/pattern.h: a small pattern language for questions the subcommands lack.
//
//   auto p = ParsePattern("?who:State demands ?d . ?d demands-of NATO . ?x rejects ?d");
//   if (!p) std::cerr << p.error().message;   // "column 24: expected a relation ..."
//   Answer a = *QueryEngine(graph).Run(*p);   // columns who, d, x
//
// Grammar (whitespace between tokens; a "." ends a triple, the last one optional):
//   pattern   := part ("." part)* "."?
//   part      := triple | term "!=" term                      the two terms differ
//   triple    := term predicate term
//   term      := variable | name
//   variable  := "?" [A-Za-z_][A-Za-z0-9_]* (":" Type)?     Type: State, Organization, Person,
//                                                            City, Meeting, Demand, Proposal
//   predicate := relation | "?" variable-name                 relation: demands, demands-of,
//                                                            rejects, hosted-in, participates-in,
//                                                            represents, proposes (or DEMANDS_OF ...)
//   name      := a word without spaces (NATO, state:USA, Putin) | "a quoted name" ("\"" escapes)
// Triples sharing a variable are joined on it; a type given once applies to every use.
// "?a != ?b" keeps the solutions where ?a and ?b are different nodes ("which states met
// in Vienna": '?a:State participates-in ?m . ?b:State participates-in ?m . ?m hosted-in
// Vienna . ?a != ?b'); "?a != Russia" keeps those where ?a is none of the nodes the name
// resolves to. Each variable of an inequality must appear in a triple, and the pattern needs
// at least one triple.
// Names are resolved like actor names (core/query.h). Errors give the 1-based column and
// what was expected there.
#ifndef DEMARCHE_CORE_PATTERN_H_
#define DEMARCHE_CORE_PATTERN_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "core/result.h"

namespace demarche {

struct PatternTerm {
  bool is_variable = false;
  std::string text;      // variable name (without "?") or the name as written
  std::size_t column = 0;  // 1-based, for messages
};

struct PatternPredicate {
  std::optional<Relation> relation;  // unset: a variable
  std::string variable;
  std::size_t column = 0;
};

struct Triple {
  PatternTerm subject;
  PatternPredicate predicate;
  PatternTerm object;
};

// "left != right": at least one side is a variable.
struct Inequality {
  PatternTerm left;
  PatternTerm right;
};

struct Pattern {
  std::vector<Triple> triples;
  std::vector<Inequality> inequalities;
  std::vector<std::string> variables;  // in order of first appearance: the answer's columns
  std::vector<std::optional<NodeType>> variable_types;  // parallel to `variables`
  std::vector<bool> relation_variables;                 // parallel: bound to a relation, not a node
};

inline constexpr std::size_t kMaxPatternBytes = 10000;
inline constexpr std::size_t kMaxTriples = 32;

Result<Pattern> ParsePattern(std::string_view text);

}  // namespace demarche

#endif  // DEMARCHE_CORE_PATTERN_H_
