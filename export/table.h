// demarche/export/table.h: a short human-readable summary of a graph.
//
//   std::cout << WriteSummaryTable(graph);
//
// Aligned sections: who demands what of whom (and who rejects it), proposals and who rejects
// them, other rejections,
// and which meetings take place where and when with whom. Persons are shown only where no
// state or organisation stands for them. Deterministic (sorted by the graph's keys).
#ifndef DEMARCHE_EXPORT_TABLE_H_
#define DEMARCHE_EXPORT_TABLE_H_

#include <string>

#include "core/knowledge_graph.h"

namespace demarche {

std::string WriteSummaryTable(const KnowledgeGraph& graph);

}  // namespace demarche

#endif  // DEMARCHE_EXPORT_TABLE_H_
