#include "export/load.h"

#include <filesystem>
#include <fstream>

#include "core/io.h"
#include "export/apoc.h"
#include "export/json_read.h"
#include "export/jsonld.h"

namespace demarche {

GraphFormat SniffGraphFormat(std::string_view head) {
  std::size_t start = head.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos || head[start] != '{') return GraphFormat::kNone;
  head.remove_prefix(start);
  if (head.substr(0, 4096).find("\"@context\"") != std::string_view::npos) return GraphFormat::kJsonLd;
  std::string_view line = head.substr(0, head.find('\n'));
  rapidjson::Document json;
  json.Parse<kReadFlags>(line.data(), line.size());
  if (json.HasParseError()) {
    // A first line longer than the head (a node with much evidence): our writer starts it so.
    bool ours = line.starts_with("{\"type\":\"node\",") || line.starts_with("{\"type\":\"relationship\",");
    return ours && line.size() == head.size() ? GraphFormat::kApocJsonLines : GraphFormat::kNone;
  }
  if (!json.IsObject()) return GraphFormat::kNone;
  auto type = GetString(json, "type");
  return type == "node" || type == "relationship" ? GraphFormat::kApocJsonLines : GraphFormat::kNone;
}

bool IsGraphFile(const std::string& path) {
  std::error_code ec;
  if (path == "-" || !std::filesystem::is_regular_file(path, ec)) return false;
  std::ifstream in(path, std::ios::binary);
  std::string head(1 << 16, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return SniffGraphFormat(head) != GraphFormat::kNone;
}

Result<KnowledgeGraph> ReadGraphFile(const std::string& path, std::size_t max_bytes) {
  auto bytes = ReadFileBytes(path, max_bytes);
  if (!bytes) return bytes.error();
  switch (SniffGraphFormat(std::string_view(*bytes).substr(0, 1 << 16))) {
    case GraphFormat::kJsonLd: return ReadJsonLd(*bytes, path);
    case GraphFormat::kApocJsonLines: return ReadApocJsonLines(*bytes, path);
    case GraphFormat::kNone: break;
  }
  return Error{path + ": not a demarche graph (expected the graph.jsonl or graph.jsonld that `demarche build` writes)"};
}

}  // namespace demarche
