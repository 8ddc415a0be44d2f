// demarche/export/graphml.h: the graph as GraphML (Gephi, yEd, networkx, igraph) and as the
// two CSV files `neo4j-admin database import` reads.
//
//   std::string xml = WriteGraphMl(graph);
//   NeoCsv csv = WriteNeo4jCsv(graph);   // csv.nodes -> nodes.csv, csv.relationships -> ...
//
// GraphML: node ids are canonical keys; node data: type, name, one key per property seen
// (iso3, country, date, ...), evidence_count, documents, first_seen, last_seen and quote (the
// first evidence sentence); edge data: relation, one key per edge property seen (cameo: the
// CAMEO event code(s) of the rules that found the edge, "100" or "020;100"; no data when an
// edge has none) and the same evidence fields. Always
// well-formed XML: markup characters are escaped, and characters XML 1.0 cannot hold
// (controls other than tab and line breaks) become U+FFFD.
// CSV (RFC 4180, UTF-8): nodes.csv with id:ID, :LABEL, name, key, properties,
// evidence_count:int, documents:int, first_seen, last_seen, evidence_doc:string[] (";"
// separated), quote; relationships.csv with :START_ID, :END_ID, :TYPE, the edge properties
// seen (cameo; an empty cell, no property, for an edge without one) and the same evidence
// columns. Line breaks inside values become spaces, so no --multiline-fields is needed:
//   neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv
#ifndef DEMARCHE_EXPORT_GRAPHML_H_
#define DEMARCHE_EXPORT_GRAPHML_H_

#include <string>

#include "core/knowledge_graph.h"

namespace demarche {

std::string WriteGraphMl(const KnowledgeGraph& graph);

struct NeoCsv {
  std::string nodes;
  std::string relationships;
  // Between the items of the string[] column (evidence_doc): ';', neo4j-admin's default,
  // unless a document id holds one; then the first of | ^ ~ ! (or U+001F) that none holds,
  // to be passed as `neo4j-admin database import full --array-delimiter=C`.
  char array_delimiter = ';';
};
NeoCsv WriteNeo4jCsv(const KnowledgeGraph& graph);

}  // namespace demarche

#endif  // DEMARCHE_EXPORT_GRAPHML_H_
