#include "export/apoc.h"

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
  std::string out;
  for (auto v : g.SortedVertices()) {
    const Node& n = g.node(v);
    rapidjson::StringBuffer buf;
    JsonWriter w(buf);
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
    out.append(buf.GetString(), buf.GetSize());
    out.push_back('\n');
  }
  for (auto e : g.SortedEdges()) {
    const Node& s = g.node(g.source(e));
    const Node& t = g.node(g.target(e));
    const Edge& edge = g.edge(e);
    std::string label = RelationLabel(edge.relation);
    rapidjson::StringBuffer buf;
    JsonWriter w(buf);
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
    EvidenceArrays(w, edge.evidence);
    w.EndObject();
    w.EndObject();
    out.append(buf.GetString(), buf.GetSize());
    out.push_back('\n');
  }
  return out;
}

}  // namespace demarche
