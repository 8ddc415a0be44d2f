// demarche/export/rdf.h: the graph as RDF triples, written as N-Quads and Turtle.
//
//   std::string nq = WriteNQuads(graph);   // one named graph per source document
//   std::string ttl = WriteTurtle(graph);  // the same triples, prefixed, no graphs
//
// The triples are exactly those of the JSON-LD export (export/jsonld.h) read by a JSON-LD
// processor: schema.org types and names, the vocabulary <urn:demarche:vocab:> (terms in
// data/ontology/demarche.ttl), evidence as prov:wasDerivedFrom Web Annotations with quote
// and position selectors, and each edge as an rdf:Statement (with dm:cameo, one literal per
// CAMEO code of the rules that found it, when it has any). Annotations, targets and
// selectors have IRIs (urn:demarche:evidence:...), not blank nodes, so separate exports
// merge by union and two serialisations compare as plain sets.
// Named graphs (N-Quads): a node's and an edge's triples go into the graph of every document
// that has evidence for it (<urn:demarche:doc:ID>), an annotation's into its document's
// graph; counts and first/last-seen dates, which sum over documents, into the default graph.
#ifndef DEMARCHE_EXPORT_RDF_H_
#define DEMARCHE_EXPORT_RDF_H_

#include <string>
#include <tuple>
#include <vector>

#include "core/knowledge_graph.h"
#include "export/jsonld.h"

namespace demarche {

struct RdfTerm {
  enum Kind { kIri, kLiteral } kind = kIri;
  std::string value;     // IRI, or the literal's lexical form
  std::string datatype;  // literal datatype IRI ("" = xsd:string)
  bool operator<(const RdfTerm& o) const { return std::tie(kind, value, datatype) < std::tie(o.kind, o.value, o.datatype); }
  bool operator==(const RdfTerm& o) const = default;
};

struct RdfQuad {
  RdfTerm subject, predicate, object;
  std::string graph;  // IRI, or "" for the default graph
};

// Every quad of the graph, in a stable order.
std::vector<RdfQuad> GraphQuads(const KnowledgeGraph& graph);

std::string WriteNQuads(const KnowledgeGraph& graph);
std::string WriteTurtle(const KnowledgeGraph& graph);
// The same from quads already made (both formats from one GraphQuads call).
std::string WriteNQuads(const std::vector<RdfQuad>& quads);
std::string WriteTurtle(const std::vector<RdfQuad>& quads);

}  // namespace demarche

#endif  // DEMARCHE_EXPORT_RDF_H_
