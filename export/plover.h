// demarche/export/plover.h: the graph's events as PLOVER-style event records, one JSON object
// a line, for event-data users who work in PLOVER and CAMEO codes.
//
//   std::string lines = WritePloverEvents(graph);
//   // {"id":"geneva-2022#5#DEMAND#1","date":"2022-01-09","event":"DEMAND","cameo":"100",
//   //  "source":[{"actorText":"Russia","code":"RUS","key":"state:RUS","type":"State"}],
//   //  "target":[{"actorText":"NATO","code":"IGO","key":"org:nato","type":"Organization"}],
//   //  "object":{"text":"NATO refusal to expand to the east","key":"demand:...","type":"Demand"},
//   //  "text":"<the sentence>","doc":"geneva-2022","sentence":5,"rule":"demand.verb",...}
//
// Field names follow the PLOVER event data model (Open Event Data Alliance, github.com/
// openeventdata/PLOVER: id, date, event, source, target, text, eventLoc, with actors as
// {actorText, code}); demarche adds cameo, key, type, object, doc, sentence, rule, mode.
// One record per event per sentence of evidence:
// - DEMAND: an actor `demands` a Demand (or proposes a Proposal: event "DEMAND", mode
//   "proposal") in a sentence; target: the addressees (`demands-of`) named in the same
//   sentence, [] when the sentence names none.
// - REJECT: an actor `rejects` a demand or proposal in a sentence; target: its makers named in
//   that sentence, else all its makers in the graph; object: what was rejected.
// - CONSULT: a sentence that puts actors in a Meeting (`participates-in`): source is the
//   participant named first in the sentence, target the others; object: the meeting;
//   eventLoc: its city (hosted-in). The date is the meeting's date when it has one.
// Dates: the meeting's date (CONSULT) or the document's date, ISO; "" when unknown.
// Actor codes: a State's ISO 3166-1 alpha-3 code; an organisation of kind igo, alliance or
// council "IGO", of kind ngo "NGO"; else the actor's own country (persons, national bodies)
// or the country of the state it represents; "" when none is known.
// Records are sorted by document, sentence, event, source key and object key; ids
// ("DOC#SENTENCE#EVENT#N") are therefore stable across runs. Thread safety: reads the graph
// only; safe to call concurrently on a graph nobody changes.
#ifndef DEMARCHE_EXPORT_PLOVER_H_
#define DEMARCHE_EXPORT_PLOVER_H_

#include <string>

#include "core/knowledge_graph.h"

namespace demarche {

std::string WritePloverEvents(const KnowledgeGraph& graph);

}  // namespace demarche

#endif  // DEMARCHE_EXPORT_PLOVER_H_
