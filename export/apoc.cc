#include "export/apoc.h"

#include <map>
#include <tuple>
#include <vector>

#include "export/json_read.h"
#include "export/json_util.h"

namespace demarche {
namespace {

void EvidenceArrays(JsonWriter& w, const std::vector<Evidence>& evidence) {
  EvidenceSummary sum = Summarize(evidence);
  Key(w, "evidence_count");
  w.Uint64(sum.count);
  Key(w, "documents");
  w.Uint64(sum.documents);
  if (!sum.first_seen.empty()) {
    Key(w, "first_seen");
    Str(w, sum.first_seen);
    Key(w, "last_seen");
    Str(w, sum.last_seen);
  }
  auto array = [&](const char* name, auto field) {
    Key(w, name);
    w.StartArray();
    for (const Evidence& e : evidence) field(e);
    w.EndArray();
  };
  array("evidence_doc", [&](const Evidence& e) { Str(w, e.doc_id); });
  array("evidence_sentence", [&](const Evidence& e) { w.Uint(e.sentence); });
  array("evidence_start", [&](const Evidence& e) { w.Uint(e.char_begin); });
  array("evidence_end", [&](const Evidence& e) { w.Uint(e.char_end); });
  array("evidence_quote", [&](const Evidence& e) { Str(w, e.quote); });
  array("evidence_rule", [&](const Evidence& e) { Str(w, e.rule); });
  // Byte offsets and document dates make the file a lossless copy of the graph.
  array("evidence_byte_start", [&](const Evidence& e) { w.Uint(e.begin); });
  array("evidence_byte_end", [&](const Evidence& e) { w.Uint(e.end); });
  array("evidence_quote_byte_start", [&](const Evidence& e) { w.Uint(e.sentence_begin); });
  array("evidence_doc_date", [&](const Evidence& e) { Str(w, e.date); });
}

// "id": key, "labels": [Type]
void IdAndLabels(JsonWriter& w, const Node& n) {
  Key(w, "id");
  Str(w, n.key);
  Key(w, "labels");
  w.StartArray();
  Str(w, std::string(NodeTypeName(n.type)));
  w.EndArray();
}

// "start": {"id": key, "labels": [Type]}
void EndPoint(JsonWriter& w, const char* name, const Node& n) {
  Key(w, name);
  w.StartObject();
  IdAndLabels(w, n);
  w.EndObject();
}

}  // namespace

std::string WriteApocJsonLines(const KnowledgeGraph& g) {
  StringSink sink;
  WriteApocJsonLines(g, sink);
  return std::move(sink.text);
}

void WriteApocJsonLines(const KnowledgeGraph& g, OutputSink& out) {
  // One buffer and one writer for every line (Reset starts a new JSON text in the same
  // buffer): no allocation per line. The buffer goes to `out` after a line that fills it
  // past kFlushAt.
  constexpr std::size_t kFlushAt = 64 << 10;
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  auto end_line = [&] {
    buf.Put('\n');
    if (buf.GetSize() >= kFlushAt) {
      out.Write(std::string_view(buf.GetString(), buf.GetSize()));
      buf.Clear();
    }
    w.Reset(buf);
  };
  for (auto v : g.SortedVertices()) {
    const Node& n = g.node(v);
    w.StartObject();
    Key(w, "type");
    w.String("node");
    IdAndLabels(w, n);
    Key(w, "properties");
    w.StartObject();
    Key(w, "name");
    Str(w, n.name);
    Key(w, "key");
    Str(w, n.key);
    for (const auto& [k, value] : n.props) {
      Str(w, k);
      Str(w, value);
    }
    EvidenceArrays(w, n.evidence);
    w.EndObject();
    w.EndObject();
    end_line();
  }
  for (auto e : g.SortedEdges()) {
    const Node& s = g.node(g.source(e));
    const Node& t = g.node(g.target(e));
    const Edge& edge = g.edge(e);
    std::string label = RelationLabel(edge.relation);
    w.StartObject();
    Key(w, "type");
    w.String("relationship");
    Key(w, "id");
    Str(w, s.key + "|" + label + "|" + t.key);
    Key(w, "label");
    Str(w, label);
    EndPoint(w, "start", s);
    EndPoint(w, "end", t);
    Key(w, "properties");
    w.StartObject();
    for (const auto& [k, value] : edge.props) {  // cameo: "100", "020;100"
      Str(w, k);
      Str(w, value);
    }
    EvidenceArrays(w, edge.evidence);
    w.EndObject();
    w.EndObject();
    end_line();
  }
  if (buf.GetSize() > 0) out.Write(std::string_view(buf.GetString(), buf.GetSize()));
}

namespace {

constexpr const char* kEvidenceArrays[] = {
    "evidence_doc",        "evidence_sentence",   "evidence_start",            "evidence_end",
    "evidence_quote",      "evidence_rule",       "evidence_byte_start",       "evidence_byte_end",
    "evidence_quote_byte_start", "evidence_doc_date"};

// Properties derived from the evidence when writing: never read back.
bool IsDerived(std::string_view name) {
  return name == "evidence_count" || name == "documents" || name == "first_seen" || name == "last_seen" ||
         name == "key" || name == "name";
}

// The evidence arrays of a properties object, zipped; "" or a message.
std::string ReadEvidence(const rapidjson::Value& props, std::vector<Evidence>* out) {
  const rapidjson::Value* arrays[std::size(kEvidenceArrays)] = {};
  std::size_t present = 0;
  for (std::size_t i = 0; i < std::size(kEvidenceArrays); ++i) {
    auto it = props.FindMember(kEvidenceArrays[i]);
    if (it == props.MemberEnd()) continue;
    if (!it->value.IsArray()) return std::string(kEvidenceArrays[i]) + " is not an array";
    arrays[i] = &it->value;
    ++present;
  }
  if (present == 0) return "";
  if (present == 6 && arrays[5] && !arrays[6]) {
    return "evidence without byte offsets: the file was written by an older demarche; "
           "build it again with `demarche build`";
  }
  for (std::size_t i = 0; i < std::size(kEvidenceArrays); ++i) {
    if (!arrays[i]) return std::string("evidence arrays are incomplete: ") + kEvidenceArrays[i] + " is missing";
    if (arrays[i]->Size() != arrays[0]->Size()) {
      return std::string("evidence arrays differ in length: ") + kEvidenceArrays[i] + " has " +
             std::to_string(arrays[i]->Size()) + " items, evidence_doc " + std::to_string(arrays[0]->Size());
    }
  }
  for (rapidjson::SizeType k = 0; k < arrays[0]->Size(); ++k) {
    auto str = [&](int i, SharedText* to) {
      const auto& v = (*arrays[i])[k];
      if (!v.IsString()) return false;
      *to = std::string_view(v.GetString(), v.GetStringLength());
      return true;
    };
    auto num = [&](int i, std::uint32_t* to) {
      const auto& v = (*arrays[i])[k];
      if (!v.IsUint()) return false;
      *to = v.GetUint();
      return true;
    };
    Evidence e;
    bool ok = str(0, &e.doc_id) && num(1, &e.sentence) && num(2, &e.char_begin) && num(3, &e.char_end) &&
              str(4, &e.quote) && str(5, &e.rule) && num(6, &e.begin) && num(7, &e.end) &&
              num(8, &e.sentence_begin) && str(9, &e.date);
    if (!ok) return "evidence item " + std::to_string(k + 1) + ": a value has the wrong type (strings for doc, "
                    "quote, rule, doc_date; non-negative integers for the rest)";
    if (std::string why = EvidenceProblem(e); !why.empty()) {
      return "evidence item " + std::to_string(k + 1) + ": " + why;
    }
    out->push_back(std::move(e));
  }
  return "";
}

// The type of a node or an end point: labels[0].
std::optional<NodeType> LabelType(const rapidjson::Value& obj, std::string* why) {
  auto it = obj.FindMember("labels");
  if (it == obj.MemberEnd() || !it->value.IsArray() || it->value.Empty() || !it->value[0].IsString()) {
    *why = "\"labels\" must be a non-empty array of strings";
    return std::nullopt;
  }
  std::string_view label(it->value[0].GetString(), it->value[0].GetStringLength());
  auto type = ParseNodeType(label);
  if (!type) *why = "unknown label '" + std::string(label) + "' (State, Organization, Person, City, Meeting, Demand, Proposal)";
  return type;
}

}  // namespace

Result<KnowledgeGraph> ReadApocJsonLines(std::string_view text, std::string_view source) {
  KnowledgeGraph g;
  std::vector<LoadedEdge> edges;
  std::size_t line_no = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    std::string at = std::string(source) + ":" + std::to_string(line_no) + ": ";
    if (std::size_t bad = LoneSurrogateEscape(line)) {
      return Error{at + "not JSON: a lone surrogate escape (\\uDC00-\\uDFFF) at byte " + std::to_string(bad)};
    }
    rapidjson::Document json;
    json.Parse<kReadFlags>(line.data(), line.size());
    if (json.HasParseError()) return Error{at + "not JSON: " + ParseErrorText(json)};
    if (!json.IsObject()) return Error{at + "expected a JSON object ({\"type\": \"node\", ...})"};
    auto type = GetString(json, "type");
    auto id = GetString(json, "id");
    auto props_it = json.FindMember("properties");
    static const rapidjson::Value kEmpty(rapidjson::kObjectType);
    const rapidjson::Value* props = &kEmpty;
    if (props_it != json.MemberEnd()) {
      if (!props_it->value.IsObject()) return Error{at + "\"properties\" must be an object"};
      props = &props_it->value;
    }
    std::vector<Evidence> evidence;
    if (std::string why = ReadEvidence(*props, &evidence); !why.empty()) return Error{at + why};
    // The typed properties of a node or relationship: strings, all but evidence and derived.
    std::map<std::string, std::string> typed;
    for (auto m = props->MemberBegin(); m != props->MemberEnd(); ++m) {
      std::string_view name(m->name.GetString(), m->name.GetStringLength());
      if (name.empty()) return Error{at + "a property has an empty name"};
      if (IsDerived(name) || name.starts_with("evidence_")) continue;
      if (!m->value.IsString()) {
        return Error{at + "property '" + std::string(name) + "' must be a string"};
      }
      typed.emplace(name, std::string(m->value.GetString(), m->value.GetStringLength()));
    }
    std::string why;
    if (type == "node") {
      if (!id || id->empty()) return Error{at + "a node needs a non-empty string \"id\" (its canonical key)"};
      auto node_type = LabelType(json, &why);
      if (!node_type) return Error{at + why};
      Node n{.key = *id, .type = *node_type, .name = GetString(*props, "name").value_or(""), .props = std::move(typed),
             .evidence = std::move(evidence)};
      if (auto v = g.Find(n.key); v && g.node(*v).type != n.type) {
        return Error{at + "node '" + n.key + "' appears again with another label"};
      }
      g.AddNode(n);
    } else if (type == "relationship") {
      auto label = GetString(json, "label");
      auto relation = label ? ParseRelation(*label) : std::nullopt;
      if (!relation) {
        return Error{at + "unknown relationship label '" + label.value_or("") +
                     "' (DEMANDS, DEMANDS_OF, REJECTS, HOSTED_IN, PARTICIPATES_IN, REPRESENTS, PROPOSES)"};
      }
      auto end_id = [&](const char* name) -> std::optional<std::string> {
        auto it = json.FindMember(name);
        if (it == json.MemberEnd() || !it->value.IsObject()) return std::nullopt;
        return GetString(it->value, "id");
      };
      auto from = end_id("start"), to = end_id("end");
      if (!from || !to) return Error{at + "a relationship needs \"start\": {\"id\": ...} and \"end\": {\"id\": ...}"};
      edges.push_back(
          LoadedEdge{*from, *to, *relation, std::move(evidence), at.substr(0, at.size() - 2), std::move(typed)});
    } else {
      return Error{at + "\"type\" must be \"node\" or \"relationship\""};
    }
  }
  if (auto s = AddLoadedEdges(&g, edges); !s) return s.error();
  return g;
}

}  // namespace demarche
