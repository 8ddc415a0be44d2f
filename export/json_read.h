// demarche/export/json_read.h (private to export/): helpers for the graph readers.
#ifndef DEMARCHE_EXPORT_JSON_READ_H_
#define DEMARCHE_EXPORT_JSON_READ_H_

#define RAPIDJSON_HAS_STDSTRING 1
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/knowledge_graph.h"
#include "core/result.h"

namespace demarche {

// Flags for untrusted input: no recursion (deep nesting cannot overflow the stack), UTF-8
// checked, one value per text.
inline constexpr unsigned kReadFlags = rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag;

// RapidJSON 1.1 turns an escaped low surrogate with no high one before it ("\\udddd") into
// bytes that are not UTF-8, even when validating. The byte offset (1-based) of the first
// such escape in JSON text, or 0. (Backslashes occur only inside JSON strings.)
inline std::size_t LoneSurrogateEscape(std::string_view json) {
  auto hex4 = [&](std::size_t at) -> long {
    if (at + 4 > json.size()) return -1;
    long v = 0;
    for (std::size_t k = at; k < at + 4; ++k) {
      char c = json[k];
      int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (d < 0) return -1;
      v = v * 16 + d;
    }
    return v;
  };
  bool after_high = false;
  for (std::size_t i = 0; i + 1 < json.size(); ++i) {
    if (json[i] != '\\') continue;
    if (json[i + 1] != 'u') {
      after_high = false;
      ++i;  // the escaped character
      continue;
    }
    long v = hex4(i + 2);
    if (v >= 0xDC00 && v <= 0xDFFF && !after_high) return i + 1;
    after_high = v >= 0xD800 && v <= 0xDBFF;
    i += 5;
  }
  return 0;
}

// "what went wrong at column N" for a failed parse.
inline std::string ParseErrorText(const rapidjson::Document& doc) {
  return std::string(rapidjson::GetParseError_En(doc.GetParseError())) + " at byte " +
         std::to_string(doc.GetErrorOffset() + 1);
}

// obj[name] when obj is an object holding a string there.
inline std::optional<std::string> GetString(const rapidjson::Value& obj, const char* name) {
  if (!obj.IsObject()) return std::nullopt;
  auto it = obj.FindMember(name);
  if (it == obj.MemberEnd() || !it->value.IsString()) return std::nullopt;
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

// A non-negative integer given as a number or, as JSON-LD does, as a string of digits.
inline std::optional<std::uint32_t> AsUint(const rapidjson::Value& v) {
  if (v.IsUint()) return v.GetUint();
  if (!v.IsString() || v.GetStringLength() == 0 || v.GetStringLength() > 10) return std::nullopt;
  std::uint64_t n = 0;
  for (unsigned i = 0; i < v.GetStringLength(); ++i) {
    char c = v.GetString()[i];
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + static_cast<unsigned>(c - '0');
  }
  if (n > UINT32_MAX) return std::nullopt;
  return static_cast<std::uint32_t>(n);
}

// An edge read before all nodes are known; `where` locates it in messages.
struct LoadedEdge {
  std::string from, to;
  Relation relation;
  std::vector<Evidence> evidence;
  std::string where;  // "graph.jsonl:12", "x.jsonld: @graph item 7"
  std::map<std::string, std::string> props;  // cameo, ...
};

// Adds the edges once every node is in `g`; an end that is not a node is an error.
inline Status AddLoadedEdges(KnowledgeGraph* g, const std::vector<LoadedEdge>& edges) {
  for (const LoadedEdge& e : edges) {
    for (const std::string* end : {&e.from, &e.to}) {
      if (!g->Find(*end)) return Error{e.where + ": the edge refers to '" + *end + "', which is not a node of this graph"};
    }
    g->AddEdge(e.from, e.relation, e.to, e.evidence, e.props);
  }
  return Ok{};
}

}  // namespace demarche

#endif  // DEMARCHE_EXPORT_JSON_READ_H_
