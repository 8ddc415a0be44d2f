// demarche/export/jsonld.h: the graph as JSON-LD with an inline @context.
//
//   std::string doc = WriteJsonLd(graph);   // {"@context": {...}, "@graph": [...]}
//   WriteOutput("graph.jsonld", [&](OutputSink& s) { WriteJsonLd(graph, s); });  // streamed
//
// Things are schema.org types (Country, Organization, Person, City, Event for meetings);
// Demand, Proposal and the relations (demands, addressedTo, rejects, hostedIn,
// participatesIn, represents) are in the project vocabulary <urn:demarche:vocab:> (terms in
// data/ontology/demarche.ttl). Entity IRIs are urn:demarche:<canonical key>, so exports of
// separate runs merge by union. Each edge is also given as an rdf:Statement carrying its own
// evidence and its typed attributes: `cameo` (dm:cameo), one string per CAMEO event code of
// the rules that found the edge ("100", or ["020", "100"]), absent when there is none.
//
// Provenance, compact (the same triples as graph.nq and graph.ttl, export/rdf.h):
//   - a node or statement is prov:wasDerivedFrom one oa:Annotation per evidence item, with
//     an IRI that is a digest of what identifies the item (EvidenceIri), and:
//       hasTarget  its sentence (an IRI, below)
//       start, end  the span in Unicode code points of the document, half-open (what a
//                   TextPositionSelector on the document would say)
//       rule        the rule that fired
//       byteStart, byteEnd  the span in UTF-8 bytes of the document, half-open: only when
//                   they do not follow from start, end and the sentence (text that is not
//                   UTF-8); otherwise they are the bytes of the sentence's text from its
//                   byteStart, counting code points from its start
//       sentenceText, sentenceByteStart, documentDate: only when this item's differ from its
//                   sentence's or document's (a graph merged from two versions of a text)
//   - a sentence is one dm:Sentence item per (document, sentence index) in the whole graph,
//     urn:demarche:sentence:<doc>/<index>: document, index (0-based), start (code points)
//     and byteStart (UTF-8 bytes) of the sentence in the document, text (the whole
//     sentence; the span's own text is text[byteStart - sentence byteStart, ...]);
//   - a document is one dm:Document item, urn:demarche:doc:<id>, with its date when known.
// Order of @graph: nodes by key, then statements in the graph's edge order, then sentences
// by document id and index, then documents by id. Annotations are embedded in their owner's
// wasDerivedFrom, in the evidence order. Integers are written as strings typed by the
// context (xsd:nonNegativeInteger).
#ifndef DEMARCHE_EXPORT_JSONLD_H_
#define DEMARCHE_EXPORT_JSONLD_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/io.h"
#include "core/knowledge_graph.h"
#include "core/result.h"

namespace demarche {

inline constexpr std::string_view kEntityBase = "urn:demarche:";
inline constexpr std::string_view kVocabBase = "urn:demarche:vocab:";

std::string WriteJsonLd(const KnowledgeGraph& graph);
// The same, streamed (through a 64 KiB buffer): WriteOutput(path, [&](OutputSink& s) {
// WriteJsonLd(graph, s); }) never holds the whole text.
void WriteJsonLd(const KnowledgeGraph& graph, OutputSink& out);

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
// IRI of the annotation of one evidence item of the node or statement whose IRI is
// `owner_iri`: urn:demarche:ev:<11 base64url digits>, the 64-bit FNV-1a digest of the owner and of
// what identifies the item (document, sentence, byte span, rule), so that it is the same in
// every export that holds it (and two items collide with odds of about n^2 / 2^65).
std::string EvidenceIri(const std::string& owner_iri, const Evidence& evidence);
// IRI of a sentence: urn:demarche:sentence:<document id, escaped>/<index>.
std::string SentenceIri(std::string_view doc_id, std::uint32_t index);
// IRI of a document: urn:demarche:doc:<id, escaped> (EntityIri of "doc:" + id).
std::string DocumentIri(std::string_view doc_id);
// The key back from such an IRI; nullopt for an IRI outside urn:demarche: or a bad escape.
std::optional<std::string> KeyFromIri(std::string_view iri);

// Reads what WriteJsonLd writes, losslessly: writing the result again gives the same bytes.
// This is not a general JSON-LD processor: it reads demarche's compact form (its @context,
// checked by the `dm` prefix) and refuses anything else with a message; to bring other RDF
// in, convert it to that shape first. Edges come from the rdf:Statement items (with their
// evidence) and from the relation properties of nodes (an edge named only there has no
// evidence). An edge property given as an array is read as the set of its items. Derived values (evidenceCount, documentCount, firstSeen, lastSeen) are
// recomputed, not read; an annotation whose hasTarget names no sentence item is an error. `source` names the input in messages.
Result<KnowledgeGraph> ReadJsonLd(std::string_view text, std::string_view source);

}  // namespace demarche

#endif  // DEMARCHE_EXPORT_JSONLD_H_
