// demarche/export/jsonld.h: the graph as JSON-LD with an inline @context.
//
//   std::string doc = WriteJsonLd(graph);   // {"@context": {...}, "@graph": [...]}
//
// Things are schema.org types (Country, Organization, Person, City, Event for meetings);
// Demand, Proposal and the relations (demands, addressedTo, rejects, hostedIn,
// participatesIn, represents) are in the project vocabulary <urn:demarche:vocab:>. Entity
// IRIs are urn:demarche:<canonical key>, so exports of separate runs merge by union. Each
// node's evidence is prov:wasDerivedFrom an oa:Annotation whose target has the document as
// source and a TextQuoteSelector plus a TextPositionSelector (Unicode code points,
// half-open); each edge is also given as an rdf:Statement carrying its own evidence and
// its typed attributes: `cameo` (dm:cameo), one string per CAMEO event code of the rules
// that found the edge ("100", or ["020", "100"]), absent when there is none.
// Integers are written as strings typed by the context (xsd:nonNegativeInteger).
#ifndef DEMARCHE_EXPORT_JSONLD_H_
#define DEMARCHE_EXPORT_JSONLD_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/knowledge_graph.h"
#include "core/result.h"

namespace demarche {

inline constexpr std::string_view kEntityBase = "urn:demarche:";
inline constexpr std::string_view kVocabBase = "urn:demarche:vocab:";

std::string WriteJsonLd(const KnowledgeGraph& graph);

// "demands-of" -> "addressedTo", "hosted-in" -> "hostedIn" ...: the vocabulary term.
std::string RelationTerm(Relation relation);
// IRI of a node key (percent-encodes anything outside unreserved and ":+").
std::string EntityIri(std::string_view key);
// Full IRI of a node type's class (https://schema.org/Country, urn:demarche:vocab:Demand).
std::string TypeIri(NodeType type);
// Full IRI of the predicate of a node property: "date" -> https://schema.org/startDate,
// anything else -> urn:demarche:vocab:<name> (percent-encoded outside [A-Za-z0-9_.~-]).
std::string PropertyIri(std::string_view name);
// The items of an edge property's value, which is a set ("020;100" -> {"020", "100"}); the
// RDF exports give each item as a value of its own.
std::vector<std::string> PropItems(std::string_view value);
// IRI of a statement (an edge): urn:demarche:statement:<source>/<term>/<target>, escaped.
std::string StatementIri(const std::string& source_key, Relation relation, const std::string& target_key);
// IRI of one evidence item of the node or statement whose IRI is `owner_iri`, built from
// what identifies the item (document, sentence, byte span, rule), so that it is the same in
// every export that holds it; its target and selectors append "/target", "/quote", "/position".
std::string EvidenceIri(const std::string& owner_iri, const Evidence& evidence);
// The key back from such an IRI; nullopt for an IRI outside urn:demarche: or a bad escape.
std::optional<std::string> KeyFromIri(std::string_view iri);

// Reads what WriteJsonLd writes, losslessly: writing the result again gives the same bytes.
// This is not a general JSON-LD processor: it reads demarche's compact form (its @context,
// checked by the `dm` prefix) and refuses anything else with a message; to bring other RDF
// in, convert it to that shape first. Edges come from the rdf:Statement items (with their
// evidence) and from the relation properties of nodes (an edge named only there has no
// evidence). An edge property given as an array is read as the set of its items. Derived values (evidenceCount, documentCount, firstSeen, lastSeen, exact) are
// recomputed, not read. `source` names the input in messages.
Result<KnowledgeGraph> ReadJsonLd(std::string_view text, std::string_view source);

}  // namespace demarche

#endif  // DEMARCHE_EXPORT_JSONLD_H_
