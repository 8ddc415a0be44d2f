// demarche/export/rdf.h: the graph as RDF triples, streamed as N-Quads and Turtle.
//
//   WriteOutput("out/graph.nq", [&](OutputSink& s) { WriteNQuads(graph, s); });  // streamed
//   std::string ttl = WriteTurtle(graph);                                     // or a string
//
// The triples are exactly those of the JSON-LD export (export/jsonld.h) read by a JSON-LD
// processor: schema.org types and names, the vocabulary <urn:demarche:vocab:> (terms in
// data/ontology/demarche.ttl), each edge also as an rdf:Statement (with dm:cameo, one
// literal per CAMEO code of the rules that found it, when it has any), and compact
// provenance (all IRIs, no blank nodes, so separate exports merge by union and two
// serialisations compare as plain sets):
//
//   <urn:demarche:state:RUS> prov:wasDerivedFrom <urn:demarche:ev:XB3fZ0k2a_Q> .
//   <urn:demarche:ev:XB3fZ0k2a_Q> a oa:Annotation ;
//       oa:hasTarget <urn:demarche:sentence:reuters-12/3> ;   # its sentence
//       dm:start 310 ; dm:end 316 ;          # code points in the document, half-open
//       dm:rule "gazetteer.state.name" .
//   <urn:demarche:sentence:reuters-12/3> a dm:Sentence ; dm:document <urn:demarche:doc:reuters-12> ;
//       dm:index 3 ; dm:start 280 ; dm:byteStart 282 ; dm:text "The whole sentence ..." .
//   <urn:demarche:doc:reuters-12> a dm:Document ; dm:date "1987-03-02" .
//
// (integers are typed xsd:nonNegativeInteger; the annotation's IRI is a digest, EvidenceIri
// in export/jsonld.h). Each sentence and document is written once for the whole graph, and
// each node and edge triple once. The span's UTF-8 bytes follow from its code points and the
// sentence (start, byteStart, text); an annotation gives dm:byteStart and dm:byteEnd only
// when they do not, and dm:sentenceText, dm:sentenceByteStart or dm:documentDate only when
// its item differs from its sentence or document (export/provenance.h). The span's text is
// not written: it is the sentence's text between those bytes.
//
// Graphs: everything is in the default graph; graph.nq is N-Triples, a valid N-Quads file.
// (The export with per-document named graphs, which repeated each node's and edge's triples
// once per document, was 20 times its input on Reuters; this one is 5.9 times.) Which
// documents support a triple is a query away: ?x prov:wasDerivedFrom/oa:hasTarget/dm:document ?doc.
//
// Order (deterministic, no global sort): each node by key with its triples, then its
// annotations; then each edge's statement in the graph's edge order, then its annotations;
// then sentences by document id (bytes) and index; then documents by id. Within a subject:
// type, name, key, properties, relations (by term, targets in edge order), evidence
// summary, wasDerivedFrom links in evidence order. Turtle groups each subject's triples
// (`;`) and repeated predicates (`,`) and uses the prefixes rdf, xsd, oa, prov, schema, dm.
//
// Memory: the writers hold one subject's text (flushed every 64 KiB) and a table of the
// graph's sentences and documents (pointers into the graph), never the whole output.
#ifndef DEMARCHE_EXPORT_RDF_H_
#define DEMARCHE_EXPORT_RDF_H_

#include <string>

#include "core/io.h"
#include "core/knowledge_graph.h"
#include "export/jsonld.h"

namespace demarche {

void WriteNQuads(const KnowledgeGraph& graph, OutputSink& out);
void WriteTurtle(const KnowledgeGraph& graph, OutputSink& out);
// The same into a string.
std::string WriteNQuads(const KnowledgeGraph& graph);
std::string WriteTurtle(const KnowledgeGraph& graph);

}  // namespace demarche

#endif  // DEMARCHE_EXPORT_RDF_H_
