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
// half-open); each edge is also given as an rdf:Statement carrying its own evidence.
// Integers are written as strings typed by the context (xsd:nonNegativeInteger).
#ifndef DEMARCHE_EXPORT_JSONLD_H_
#define DEMARCHE_EXPORT_JSONLD_H_

#include <string>
#include <string_view>

#include "core/knowledge_graph.h"

namespace demarche {

inline constexpr std::string_view kEntityBase = "urn:demarche:";
inline constexpr std::string_view kVocabBase = "urn:demarche:vocab:";

std::string WriteJsonLd(const KnowledgeGraph& graph);

// "demands-of" -> "addressedTo", "hosted-in" -> "hostedIn" ...: the vocabulary term.
std::string RelationTerm(Relation relation);
// IRI of a node key (percent-encodes anything outside unreserved and ":+").
std::string EntityIri(std::string_view key);

}  // namespace demarche

#endif  // DEMARCHE_EXPORT_JSONLD_H_
