// demarche/export/apoc.h: the graph as Neo4j APOC JSON lines (apoc.import.json reads them).
//
//   std::string lines = WriteApocJsonLines(graph);
//   // {"type":"node","id":"state:RUS","labels":["State"],"properties":{"name":"Russia",...}}
//   // {"type":"relationship","id":"...","label":"DEMANDS","start":{...},"end":{...},"properties":{...}}
//
// Ids are the canonical keys (never sequential numbers), so files from separate runs merge.
// Node properties: name, key, typed attributes (iso3 on states; country on persons and
// organisations of one state; date, status, kind on meetings; maker on demands) and evidence
// as parallel arrays (Neo4j properties cannot be maps): evidence_doc, evidence_sentence,
// evidence_start, evidence_end (code points, half-open), evidence_quote, evidence_rule;
// evidence_count, documents (how many distinct documents), first_seen and last_seen (document
// dates, when known). Nodes in key order, then relationships in (start, label, end) order.
#ifndef DEMARCHE_EXPORT_APOC_H_
#define DEMARCHE_EXPORT_APOC_H_

#include <string>

#include "core/knowledge_graph.h"

namespace demarche {

std::string WriteApocJsonLines(const KnowledgeGraph& graph);

}  // namespace demarche

#endif  // DEMARCHE_EXPORT_APOC_H_
