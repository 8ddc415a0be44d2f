// demarche/core/model.h: node and relation types, evidence, and the values a graph stores.
//
//   Node n{.key = StateKey("RUS"), .type = NodeType::kState, .name = "Russia"};
//   n.props["iso3"] = "RUS";
//   n.evidence.push_back(Evidence{.doc_id = "geneva", .sentence = 3, ...});
//   Edge e{.relation = Relation::kDemands, .props = {{"cameo", "100"}}, .evidence = {...}};
//
// Keys are canonical: the same whichever document or machine produced them (State: ISO3;
// Organization: curated key; City: name slug + country; Person: name slug; Meeting: date +
// city + participants; Demand: maker + normalised content), so graphs merge by plain union.
// Keys contain only [a-z0-9:+-] after the type prefix and are safe in IRIs.
#ifndef DEMARCHE_CORE_MODEL_H_
#define DEMARCHE_CORE_MODEL_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/shared_text.h"

namespace demarche {

enum class NodeType { kState, kOrganization, kPerson, kCity, kMeeting, kDemand, kProposal };
enum class Relation { kDemands, kDemandsOf, kRejects, kHostedIn, kParticipatesIn, kRepresents, kProposes };

inline constexpr NodeType kAllNodeTypes[] = {NodeType::kState,   NodeType::kOrganization,
                                             NodeType::kPerson,  NodeType::kCity,
                                             NodeType::kMeeting, NodeType::kDemand,
                                             NodeType::kProposal};
inline constexpr Relation kAllRelations[] = {Relation::kDemands,        Relation::kDemandsOf,
                                             Relation::kRejects,        Relation::kHostedIn,
                                             Relation::kParticipatesIn, Relation::kRepresents,
                                             Relation::kProposes};

// "State", "Organization", ... (the labels of the APOC export and the scorer).
std::string_view NodeTypeName(NodeType type);
std::optional<NodeType> ParseNodeType(std::string_view name);
// "demands", "demands-of", ... (the project vocabulary's local names are camelCase of these).
std::string_view RelationName(Relation relation);
// "DEMANDS", "DEMANDS_OF", ... (Neo4j relationship types).
std::string RelationLabel(Relation relation);
std::optional<Relation> ParseRelation(std::string_view name);  // either spelling, case-blind

// Where a node or edge came from. Byte offsets are half-open into the document text;
// char offsets are the same range counted in Unicode code points (for annotation tools).
// The texts are SharedText (core/shared_text.h): copies of evidence share the document id,
// quote, rule and date instead of copying them; they read and compare as strings.
struct Evidence {
  SharedText doc_id;
  std::uint32_t sentence = 0;  // 0-based sentence index in the document
  std::uint32_t begin = 0;     // byte offset
  std::uint32_t end = 0;       // byte offset, exclusive
  std::uint32_t char_begin = 0;
  std::uint32_t char_end = 0;
  std::uint32_t sentence_begin = 0;  // byte offset of the sentence (quote) in the text
  SharedText quote;  // the whole sentence, as in the text
  SharedText rule;   // which rule fired ("demand.verb", "gazetteer.state.demonym", ...)
  SharedText date;   // the document's date, when known (ISO 8601)

  auto Tie() const { return std::tie(doc_id, sentence, begin, end, rule); }
  bool operator<(const Evidence& o) const { return Tie() < o.Tie(); }
  bool operator==(const Evidence& o) const { return Tie() == o.Tie(); }
};

struct Node {
  std::string key;
  NodeType type = NodeType::kState;
  std::string name;  // canonical name, or short description for meetings and demands
  // Typed attributes: iso3, country, date, status, kind, maker ... Ordered: output is stable.
  std::map<std::string, std::string> props;
  std::vector<Evidence> evidence;  // sorted, unique
};

struct Edge {
  Relation relation = Relation::kDemands;
  // Typed attributes: cameo (the CAMEO event code(s) of the rules that found the edge, e.g.
  // "020;100"). Each value is a set: ';'-separated items, sorted, unique, never empty (see
  // KnowledgeGraph::AddEdge for how edges merge them). Ordered: output is stable.
  std::map<std::string, std::string> props;
  std::vector<Evidence> evidence;  // sorted, unique
};

// Canonical keys.
std::string StateKey(std::string_view iso3);          // "state:RUS"
std::string OrganizationKey(std::string_view id);     // "org:nato"
std::string PersonKey(std::string_view full_name);    // "person:vladimir-putin"
std::string CityKey(std::string_view name, std::string_view iso3);  // "city:geneva-che"

// What a list of evidence adds up to: how many items, from how many documents, and the
// first and last document dates seen (ISO; empty when no document had a date).
struct EvidenceSummary {
  std::size_t count = 0;
  std::size_t documents = 0;
  std::string first_seen;
  std::string last_seen;
};
EvidenceSummary Summarize(const std::vector<Evidence>& evidence);

// The union of two ';'-separated sets, as edge attributes hold them ("100;020" and "040"
// give "020;040;100"): items sorted, unique, empty items dropped. Commutative and
// idempotent, so a merged attribute does not depend on merge order.
std::string UniteSets(std::string_view a, std::string_view b);

// The span's own text, cut from the quote (the whole quote if the offsets do not fit it).
std::string ExactText(const Evidence& e);

// Why evidence read back from a file cannot be ours ("byte range [9, 4) is reversed", ...),
// or "" when its ranges are consistent: begin <= end, char_begin <= char_end, and the span
// lies inside its quote (sentence_begin <= begin, end <= sentence_begin + quote.size()) and
// starts and ends on character boundaries.
std::string EvidenceProblem(const Evidence& e);

// Adds e to a sorted unique evidence list; returns false if it was already there.
bool AddEvidence(std::vector<Evidence>* list, const Evidence& e);

}  // namespace demarche

#endif  // DEMARCHE_CORE_MODEL_H_
