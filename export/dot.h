// demarche/export/dot.h: the graph as Graphviz DOT (built with cgraph) and as SVG (gvc).
//
//   std::string dot = WriteDot(graph);
//   Result<std::string> svg = RenderSvg(graph);          // lays out with "dot"
//   Result<std::string> big = RenderSvg(graph, "sfdp");  // faster on large graphs
//
// Shape and colour by node type (states blue boxes, organisations green, persons ellipses,
// cities grey, meetings orange, demands red notes); edges labelled with the relation, and
// each edge property an attribute (cameo="020;100": the CAMEO codes of its rules). Node
// ids are canonical keys; labels are names (meetings with their date). Output follows the
// graph's sorted order, so it is deterministic. Graphviz keeps global state: calls are
// serialised internally and safe from several threads.
#ifndef DEMARCHE_EXPORT_DOT_H_
#define DEMARCHE_EXPORT_DOT_H_

#include <string>

#include "core/knowledge_graph.h"
#include "core/result.h"

namespace demarche {

std::string WriteDot(const KnowledgeGraph& graph);
Result<std::string> RenderSvg(const KnowledgeGraph& graph, const std::string& layout = "dot");

}  // namespace demarche

#endif  // DEMARCHE_EXPORT_DOT_H_
