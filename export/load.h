// demarche/export/load.h: reading saved graphs back, whichever of our formats they are in.
//
//   if (IsGraphFile("out/graph.jsonl")) graph = *ReadGraphFile("out/graph.jsonl");
//
// The format is judged by content, not by name (both graphs and article collections end in
// .jsonl): JSON-LD is a JSON object whose first 4 kB hold "@context"; APOC JSON lines start
// with a {"type": "node" | "relationship", ...} line. Anything else (text, JSON-lines
// articles, directories, "-") is not a graph.
#ifndef DEMARCHE_EXPORT_LOAD_H_
#define DEMARCHE_EXPORT_LOAD_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "core/knowledge_graph.h"
#include "core/result.h"

namespace demarche {

enum class GraphFormat { kNone, kApocJsonLines, kJsonLd };

// The format of a file's opening bytes.
GraphFormat SniffGraphFormat(std::string_view head);
// True when `path` is a regular file holding one of our graph formats.
bool IsGraphFile(const std::string& path);

inline constexpr std::size_t kDefaultMaxGraphBytes = std::size_t{4} << 30;

// Reads a graph file; messages name the file and the line or item at fault.
Result<KnowledgeGraph> ReadGraphFile(const std::string& path, std::size_t max_bytes = kDefaultMaxGraphBytes);

}  // namespace demarche

#endif  // DEMARCHE_EXPORT_LOAD_H_
