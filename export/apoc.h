// demarche/export/apoc.h: the graph as Neo4j APOC JSON lines (apoc.import.json reads them).
//
//   std::string lines = WriteApocJsonLines(graph);
//   WriteOutput("graph.jsonl", [&](OutputSink& s) { WriteApocJsonLines(graph, s); });  // streamed
//   // {"type":"node","id":"state:RUS","labels":["State"],"properties":{"name":"Russia",...}}
//   // {"type":"relationship","id":"...","label":"DEMANDS","start":{...},"end":{...},"properties":{...}}
//
// Ids are the canonical keys (never sequential numbers), so files from separate runs merge.
// Node properties: name, key, typed attributes (iso3 on states; country on persons and
// organisations of one state; date, status, kind on meetings; maker on demands) and evidence
// as parallel arrays (Neo4j properties cannot be maps): evidence_doc, evidence_sentence,
// evidence_start, evidence_end (code points, half-open), evidence_quote, evidence_rule,
// evidence_byte_start, evidence_byte_end, evidence_quote_byte_start (UTF-8 bytes),
// evidence_doc_date (ISO, or "" when the document had no date); evidence_count, documents (how many distinct documents), first_seen and last_seen (document
// dates, when known). Relationship properties: the edge's typed attributes (cameo: the
// CAMEO event code(s) of the rules that found it, "100" or "020;100"; absent when none)
// and the same evidence fields. Nodes in key order, then relationships in (start, label,
// end) order.
#ifndef DEMARCHE_EXPORT_APOC_H_
#define DEMARCHE_EXPORT_APOC_H_

#include <string>
#include <string_view>

#include "core/io.h"
#include "core/knowledge_graph.h"
#include "core/result.h"

namespace demarche {

std::string WriteApocJsonLines(const KnowledgeGraph& graph);
// The same bytes, streamed into `out` in pieces of about 64 KiB, whole lines each: writing a
// file this way never holds the whole text (tens of MB for a large corpus). Single-threaded:
// `out` is written from the calling thread only.
void WriteApocJsonLines(const KnowledgeGraph& graph, OutputSink& out);

// Reads what WriteApocJsonLines writes, losslessly: writing the result again gives the same
// bytes. Also takes hand-made files in the same shape: lines in any order, blank lines,
// nodes without evidence (all evidence_* arrays absent); relationship ids are ignored (the
// ends and label identify an edge), as are the derived evidence_count, documents,
// first_seen and last_seen. Every other property of a node or relationship is a typed
// attribute and must be a string (a relationship's are sets: "100;020" reads as "020;100").
// `source` names the input in messages ("graph.jsonl:7: ...").
// Refuses, with the line and what to do: invalid JSON or UTF-8, unknown labels, a
// relationship whose end is not a node of the file, evidence arrays of unequal length.
Result<KnowledgeGraph> ReadApocJsonLines(std::string_view text, std::string_view source);

}  // namespace demarche

#endif  // DEMARCHE_EXPORT_APOC_H_
