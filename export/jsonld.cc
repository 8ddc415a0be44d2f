#include "export/jsonld.h"

#include <map>
#include <set>
#include <tuple>

#include "export/json_read.h"

#include "export/json_util.h"

namespace demarche {
namespace {

const char* SchemaType(NodeType t) {
  switch (t) {
    case NodeType::kState: return "schema:Country";
    case NodeType::kOrganization: return "schema:Organization";
    case NodeType::kPerson: return "schema:Person";
    case NodeType::kCity: return "schema:City";
    case NodeType::kMeeting: return "schema:Event";
    case NodeType::kDemand: return "dm:Demand";
    case NodeType::kProposal: return "dm:Proposal";
  }
  return "schema:Thing";
}

void Context(JsonWriter& w) {
  Key(w, "@context");
  w.StartObject();
  auto prefix = [&](const char* name, std::string_view iri) {
    Key(w, name);
    w.String(iri.data(), static_cast<rapidjson::SizeType>(iri.size()));
  };
  prefix("schema", "https://schema.org/");
  prefix("prov", "http://www.w3.org/ns/prov#");
  prefix("oa", "http://www.w3.org/ns/oa#");
  prefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
  prefix("xsd", "http://www.w3.org/2001/XMLSchema#");
  prefix("dm", kVocabBase);
  auto term = [&](const char* name, const char* id, const char* type) {
    Key(w, name);
    if (!type) {
      w.String(id);
      return;
    }
    w.StartObject();
    Key(w, "@id");
    w.String(id);
    Key(w, "@type");
    w.String(type);
    w.EndObject();
  };
  term("name", "schema:name", nullptr);
  term("startDate", "schema:startDate", nullptr);
  term("key", "dm:key", nullptr);
  term("iso3", "dm:iso3", nullptr);
  term("country", "dm:country", nullptr);
  term("kind", "dm:kind", nullptr);
  term("status", "dm:status", nullptr);
  term("cameo", "dm:cameo", nullptr);
  term("maker", "dm:maker", "@id");
  for (Relation r : kAllRelations) {
    std::string t = RelationTerm(r);
    std::string id = "dm:" + t;
    Key(w, t.c_str());
    w.StartObject();
    Key(w, "@id");
    Str(w, id);
    Key(w, "@type");
    w.String("@id");
    w.EndObject();
  }
  term("wasDerivedFrom", "prov:wasDerivedFrom", nullptr);
  term("hasTarget", "oa:hasTarget", nullptr);
  term("hasSource", "oa:hasSource", "@id");
  term("hasSelector", "oa:hasSelector", nullptr);
  term("exact", "oa:exact", nullptr);
  term("start", "oa:start", "xsd:nonNegativeInteger");
  term("end", "oa:end", "xsd:nonNegativeInteger");
  term("sentence", "dm:sentence", "xsd:nonNegativeInteger");
  term("sentenceText", "dm:sentenceText", nullptr);
  term("rule", "dm:rule", nullptr);
  term("documentDate", "dm:documentDate", nullptr);
  term("byteStart", "dm:byteStart", "xsd:nonNegativeInteger");
  term("byteEnd", "dm:byteEnd", "xsd:nonNegativeInteger");
  term("sentenceByteStart", "dm:sentenceByteStart", "xsd:nonNegativeInteger");
  term("evidenceCount", "dm:evidenceCount", "xsd:nonNegativeInteger");
  term("documentCount", "dm:documentCount", "xsd:nonNegativeInteger");
  term("firstSeen", "dm:firstSeen", "xsd:date");
  term("lastSeen", "dm:lastSeen", "xsd:date");
  term("subject", "rdf:subject", "@id");
  term("predicate", "rdf:predicate", "@id");
  term("object", "rdf:object", "@id");
  w.EndObject();
}

void Annotations(JsonWriter& w, const std::string& owner_iri, const std::vector<Evidence>& evidence) {
  EvidenceSummary sum = Summarize(evidence);
  Key(w, "evidenceCount");
  Str(w, std::to_string(sum.count));
  Key(w, "documentCount");
  Str(w, std::to_string(sum.documents));
  if (!sum.first_seen.empty()) {
    Key(w, "firstSeen");
    Str(w, sum.first_seen);
    Key(w, "lastSeen");
    Str(w, sum.last_seen);
  }
  Key(w, "wasDerivedFrom");
  w.StartArray();
  for (std::size_t i = 0; i < evidence.size(); ++i) {
    const Evidence& e = evidence[i];
    const std::string iri = EvidenceIri(owner_iri, e);
    w.StartObject();
    Key(w, "@id");
    Str(w, iri);
    Key(w, "@type");
    w.String("oa:Annotation");
    Key(w, "hasTarget");
    w.StartObject();
    Key(w, "@id");
    Str(w, iri + "/target");
    Key(w, "hasSource");
    Str(w, EntityIri("doc:" + e.doc_id));
    Key(w, "hasSelector");
    w.StartArray();
    w.StartObject();
    Key(w, "@id");
    Str(w, iri + "/quote");
    Key(w, "@type");
    w.String("oa:TextQuoteSelector");
    Key(w, "exact");
    Str(w, ExactText(e));
    w.EndObject();
    w.StartObject();
    Key(w, "@id");
    Str(w, iri + "/position");
    Key(w, "@type");
    w.String("oa:TextPositionSelector");
    Key(w, "start");
    Str(w, std::to_string(e.char_begin));
    Key(w, "end");
    Str(w, std::to_string(e.char_end));
    w.EndObject();
    w.EndArray();
    w.EndObject();
    Key(w, "sentence");
    Str(w, std::to_string(e.sentence));
    Key(w, "sentenceText");
    Str(w, e.quote);
    Key(w, "rule");
    Str(w, e.rule);
    if (!e.date.empty()) {
      Key(w, "documentDate");
      Str(w, e.date);
    }
    // UTF-8 byte offsets: with them the file is a lossless copy of the graph.
    Key(w, "byteStart");
    Str(w, std::to_string(e.begin));
    Key(w, "byteEnd");
    Str(w, std::to_string(e.end));
    Key(w, "sentenceByteStart");
    Str(w, std::to_string(e.sentence_begin));
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

std::string RelationTerm(Relation r) {
  switch (r) {
    case Relation::kDemands: return "demands";
    case Relation::kDemandsOf: return "addressedTo";
    case Relation::kRejects: return "rejects";
    case Relation::kHostedIn: return "hostedIn";
    case Relation::kParticipatesIn: return "participatesIn";
    case Relation::kRepresents: return "represents";
    case Relation::kProposes: return "proposes";
  }
  return "related";
}

namespace {

// Percent-encodes everything but unreserved characters and those in `keep`.
std::string PercentEncode(std::string_view text, std::string_view keep) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                 c == '.' || c == '_' || c == '~' || keep.find(ch) != std::string_view::npos;
    if (plain) {
      out.push_back(ch);
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

}  // namespace

std::string StatementIri(const std::string& source_key, Relation relation, const std::string& target_key) {
  return EntityIri("statement:" + source_key + "/" + RelationTerm(relation) + "/" + target_key);
}

std::string EvidenceIri(const std::string& owner_iri, const Evidence& e) {
  // urn:demarche:state:RUS -> urn:demarche:evidence:state:RUS/<doc>/<sentence>/<begin>-<end>/<rule>
  auto part = [](const std::string& s) { return PercentEncode(s, "+"); };
  return std::string(kEntityBase) + "evidence:" + owner_iri.substr(kEntityBase.size()) + "/" + part(e.doc_id) + "/" +
         std::to_string(e.sentence) + "/" + std::to_string(e.begin) + "-" + std::to_string(e.end) + "/" + part(e.rule);
}

std::string TypeIri(NodeType type) {
  std::string_view t = SchemaType(type);
  if (t.starts_with("schema:")) return "https://schema.org/" + std::string(t.substr(7));
  return std::string(kVocabBase) + std::string(t.substr(3));
}

namespace {

bool InContext(std::string_view prop) {
  return prop == "iso3" || prop == "country" || prop == "kind" || prop == "status";
}

}  // namespace

std::string PropertyIri(std::string_view name) {
  if (name == "date") return "https://schema.org/startDate";
  return std::string(kVocabBase) + PercentEncode(name, "");
}

std::vector<std::string> PropItems(std::string_view value) {
  std::vector<std::string> out;
  while (!value.empty()) {
    std::size_t semi = value.find(';');
    if (semi != 0) out.emplace_back(value.substr(0, semi));
    if (semi == std::string_view::npos) break;
    value.remove_prefix(semi + 1);
  }
  return out;
}

std::string EntityIri(std::string_view key) { return std::string(kEntityBase) + PercentEncode(key, ":+"); }

std::string WriteJsonLd(const KnowledgeGraph& g) {
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.StartObject();
  Context(w);
  Key(w, "@graph");
  w.StartArray();
  // Out-edges grouped by source vertex, in the graph's sorted edge order.
  std::map<KnowledgeGraph::Vertex, std::vector<KnowledgeGraph::EdgeId>> out_edges;
  auto edges = g.SortedEdges();
  for (auto e : edges) out_edges[g.source(e)].push_back(e);
  for (auto v : g.SortedVertices()) {
    const Node& n = g.node(v);
    w.StartObject();
    Key(w, "@id");
    Str(w, EntityIri(n.key));
    Key(w, "@type");
    w.String(SchemaType(n.type));
    Key(w, "name");
    Str(w, n.name);
    Key(w, "key");
    Str(w, n.key);
    for (const auto& [k, value] : n.props) {
      if (k == "date") {
        Key(w, "startDate");
      } else if (k == "maker") {
        Key(w, "maker");
        Str(w, EntityIri(value));
        continue;
      } else if (InContext(k)) {
        Str(w, k);
      } else {
        Str(w, PropertyIri(k));  // a property the context does not name: its full IRI
      }
      Str(w, value);
    }
    // Relations from this node, one property per relation term.
    std::map<std::string, std::vector<std::string>> rel;
    for (auto e : out_edges[v]) rel[RelationTerm(g.edge(e).relation)].push_back(EntityIri(g.node(g.target(e)).key));
    for (const auto& [term, targets] : rel) {
      Str(w, term);
      w.StartArray();
      for (const auto& t : targets) Str(w, t);
      w.EndArray();
    }
    Annotations(w, EntityIri(n.key), n.evidence);
    w.EndObject();
  }
  for (auto e : edges) {
    const Node& s = g.node(g.source(e));
    const Node& t = g.node(g.target(e));
    std::string term = RelationTerm(g.edge(e).relation);
    w.StartObject();
    Key(w, "@id");
    const std::string statement = StatementIri(s.key, g.edge(e).relation, t.key);
    Str(w, statement);
    Key(w, "@type");
    w.String("rdf:Statement");
    Key(w, "subject");
    Str(w, EntityIri(s.key));
    Key(w, "predicate");
    Str(w, "dm:" + term);
    Key(w, "object");
    Str(w, EntityIri(t.key));
    for (const auto& [k, value] : g.edge(e).props) {
      Str(w, k == "cameo" ? k : PropertyIri(k));  // a property the context does not name: its full IRI
      std::vector<std::string> items = PropItems(value);
      if (items.size() == 1) {
        Str(w, items[0]);
        continue;
      }
      w.StartArray();
      for (const auto& item : items) Str(w, item);
      w.EndArray();
    }
    Annotations(w, statement, g.edge(e).evidence);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize()) + "\n";
}

std::optional<std::string> KeyFromIri(std::string_view iri) {
  if (!iri.starts_with(kEntityBase)) return std::nullopt;
  iri.remove_prefix(kEntityBase.size());
  std::string out;
  for (std::size_t i = 0; i < iri.size(); ++i) {
    if (iri[i] != '%') {
      out.push_back(iri[i]);
      continue;
    }
    auto hex = [](char c) {
      return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    };
    if (i + 2 >= iri.size()) return std::nullopt;
    int hi = hex(iri[i + 1]), lo = hex(iri[i + 2]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out.push_back(static_cast<char>(hi * 16 + lo));
    i += 2;
  }
  return out;
}

namespace {

std::optional<NodeType> TypeOfSchema(std::string_view t) {
  for (NodeType type : kAllNodeTypes) {
    if (t == SchemaType(type)) return type;
  }
  return std::nullopt;
}

std::optional<Relation> RelationOfTerm(std::string_view term) {
  for (Relation r : kAllRelations) {
    if (term == RelationTerm(r)) return r;
  }
  return std::nullopt;
}

// One oa:Annotation back to Evidence; "" or what is wrong.
std::string ReadAnnotation(const rapidjson::Value& a, Evidence* e) {
  if (!a.IsObject()) return "an evidence item is not an object";
  auto target = a.FindMember("hasTarget");
  if (target == a.MemberEnd() || !target->value.IsObject()) return "an evidence item has no hasTarget object";
  auto source = GetString(target->value, "hasSource");
  auto doc = source ? KeyFromIri(*source) : std::nullopt;
  if (!doc || !doc->starts_with("doc:")) return "an evidence item's hasSource is not a urn:demarche:doc: IRI";
  e->doc_id = doc->substr(4);
  auto selectors = target->value.FindMember("hasSelector");
  bool have_position = false;
  if (selectors != target->value.MemberEnd() && selectors->value.IsArray()) {
    for (const auto& sel : selectors->value.GetArray()) {
      if (!sel.IsObject() || GetString(sel, "@type") != "oa:TextPositionSelector") continue;
      auto start = sel.FindMember("start"), end = sel.FindMember("end");
      if (start == sel.MemberEnd() || end == sel.MemberEnd()) break;
      auto b = AsUint(start->value), en = AsUint(end->value);
      if (!b || !en) break;
      e->char_begin = *b;
      e->char_end = *en;
      have_position = true;
    }
  }
  if (!have_position) return "an evidence item lacks a TextPositionSelector with start and end";
  auto uint_field = [&](const char* name, std::uint32_t* to) {
    auto it = a.FindMember(name);
    if (it == a.MemberEnd()) return false;
    auto v = AsUint(it->value);
    if (v) *to = *v;
    return v.has_value();
  };
  if (!uint_field("sentence", &e->sentence) || !uint_field("byteStart", &e->begin) ||
      !uint_field("byteEnd", &e->end) || !uint_field("sentenceByteStart", &e->sentence_begin)) {
    return "an evidence item lacks sentence, byteStart, byteEnd or sentenceByteStart (digits)";
  }
  auto quote = GetString(a, "sentenceText");
  auto rule = GetString(a, "rule");
  if (!quote || !rule) return "an evidence item lacks sentenceText or rule";
  e->quote = *quote;
  e->rule = *rule;
  e->date = GetString(a, "documentDate").value_or("");
  return EvidenceProblem(*e);
}

std::string ReadAnnotations(const rapidjson::Value& item, std::vector<Evidence>* out) {
  auto it = item.FindMember("wasDerivedFrom");
  if (it == item.MemberEnd()) return "";
  if (!it->value.IsArray()) return "wasDerivedFrom is not an array";
  for (const auto& a : it->value.GetArray()) {
    Evidence e;
    if (std::string why = ReadAnnotation(a, &e); !why.empty()) {
      return "evidence " + std::to_string(out->size() + 1) + ": " + why;
    }
    out->push_back(std::move(e));
  }
  return "";
}

bool IsStatementField(std::string_view name) {
  static const std::set<std::string_view> kFields = {"@id",           "@type",         "subject",   "predicate",
                                                     "object",        "evidenceCount", "documentCount",
                                                     "firstSeen",     "lastSeen",      "wasDerivedFrom"};
  return kFields.count(name) > 0;
}

// A property name as written (a context term, or a full urn:demarche:vocab: IRI) back to
// the graph's name; nullopt for a bad IRI.
std::optional<std::string> PropName(std::string_view name) {
  if (!name.starts_with(kVocabBase)) return std::string(name);
  auto decoded = KeyFromIri(std::string(kEntityBase) + std::string(name.substr(kVocabBase.size())));
  if (!decoded || decoded->empty()) return std::nullopt;
  return decoded;
}

bool IsNodeMetaField(std::string_view name) {
  static const std::set<std::string_view> kFields = {"@id",           "@type",         "name",      "key",
                                                     "startDate",     "maker",         "evidenceCount",
                                                     "documentCount", "firstSeen",     "lastSeen",
                                                     "wasDerivedFrom"};
  return kFields.count(name) > 0;
}

}  // namespace

Result<KnowledgeGraph> ReadJsonLd(std::string_view text, std::string_view source) {
  std::string src(source);
  if (std::size_t bad = LoneSurrogateEscape(text)) {
    return Error{src + ": not JSON: a lone surrogate escape (\\uDC00-\\uDFFF) at byte " + std::to_string(bad)};
  }
  rapidjson::Document json;
  json.Parse<kReadFlags>(text.data(), text.size());
  if (json.HasParseError()) return Error{src + ": not JSON: " + ParseErrorText(json)};
  // (FindMember and MemberEnd are only defined on objects.)
  const rapidjson::Value* context = nullptr;
  if (json.IsObject()) {
    auto it = json.FindMember("@context");
    if (it != json.MemberEnd()) context = &it->value;
  }
  if (!context || GetString(*context, "dm") != std::string(kVocabBase)) {
    return Error{src + ": not a demarche JSON-LD graph (its @context must map \"dm\" to " + std::string(kVocabBase) +
                 "); load the .jsonl file of the same run, or write the graph with `demarche build`"};
  }
  auto items = json.FindMember("@graph");
  if (items == json.MemberEnd() || !items->value.IsArray()) return Error{src + ": no \"@graph\" array"};
  KnowledgeGraph g;
  std::vector<LoadedEdge> edges;
  std::size_t index = 0;
  for (const auto& item : items->value.GetArray()) {
    ++index;
    std::string at = src + ": @graph item " + std::to_string(index) + ": ";
    if (!item.IsObject()) return Error{at + "not an object"};
    auto id = GetString(item, "@id");
    auto type = GetString(item, "@type");
    if (!id || !type) return Error{at + "needs string \"@id\" and \"@type\""};
    std::vector<Evidence> evidence;
    if (std::string why = ReadAnnotations(item, &evidence); !why.empty()) return Error{at + why};
    if (*type == "rdf:Statement") {
      auto s = GetString(item, "subject"), p = GetString(item, "predicate"), o = GetString(item, "object");
      auto from = s ? KeyFromIri(*s) : std::nullopt, to = o ? KeyFromIri(*o) : std::nullopt;
      auto relation = p && p->starts_with("dm:") ? RelationOfTerm(p->substr(3)) : std::nullopt;
      if (!from || !to || !relation) {
        return Error{at + "a statement needs urn:demarche: subject and object and a dm: relation predicate"};
      }
      std::map<std::string, std::string> props;  // cameo, ...: a string or an array of strings
      for (auto m = item.MemberBegin(); m != item.MemberEnd(); ++m) {
        std::string_view name(m->name.GetString(), m->name.GetStringLength());
        if (IsStatementField(name)) continue;
        auto prop = name.empty() ? std::nullopt : PropName(name);
        if (!prop) return Error{at + "bad property name '" + std::string(name) + "'"};
        std::string value;
        if (m->value.IsString()) {
          value.assign(m->value.GetString(), m->value.GetStringLength());
        } else if (m->value.IsArray()) {
          for (const auto& v : m->value.GetArray()) {
            if (!v.IsString()) return Error{at + "\"" + std::string(name) + "\" must be a string or an array of strings"};
            value += (value.empty() ? "" : ";") + std::string(v.GetString(), v.GetStringLength());
          }
        } else {
          return Error{at + "\"" + std::string(name) + "\" must be a string or an array of strings"};
        }
        props.emplace(*prop, std::move(value));
      }
      edges.push_back(
          LoadedEdge{*from, *to, *relation, std::move(evidence), at.substr(0, at.size() - 2), std::move(props)});
      continue;
    }
    auto node_type = TypeOfSchema(*type);
    if (!node_type) return Error{at + "unknown @type '" + *type + "'"};
    auto key = GetString(item, "key");
    if (!key || key->empty() || EntityIri(*key) != *id) {
      return Error{at + "\"key\" must be present and match \"@id\" (" + *id + ")"};
    }
    Node n{.key = *key, .type = *node_type, .name = GetString(item, "name").value_or(""), .props = {}, .evidence = {}};
    for (auto m = item.MemberBegin(); m != item.MemberEnd(); ++m) {
      std::string_view name(m->name.GetString(), m->name.GetStringLength());
      if (auto relation = RelationOfTerm(name)) {
        if (!m->value.IsArray()) return Error{at + "\"" + std::string(name) + "\" must be an array of IRIs"};
        for (const auto& target : m->value.GetArray()) {
          auto to = target.IsString() ? KeyFromIri(target.GetString()) : std::nullopt;
          if (!to) return Error{at + "\"" + std::string(name) + "\" holds something other than a urn:demarche: IRI"};
          edges.push_back(LoadedEdge{n.key, *to, *relation, {}, at.substr(0, at.size() - 2), {}});
        }
        continue;
      }
      if (name.empty()) return Error{at + "a property has an empty name"};
      if (name == "startDate" || name == "maker" || !IsNodeMetaField(name)) {
        if (!m->value.IsString()) return Error{at + "\"" + std::string(name) + "\" must be a string"};
        std::string value(m->value.GetString(), m->value.GetStringLength());
        if (name == "maker") {
          auto maker = KeyFromIri(value);
          if (!maker) return Error{at + "\"maker\" is not a urn:demarche: IRI"};
          value = *maker;
        }
        std::string prop = name == "startDate" ? "date" : std::string(name);
        if (name.starts_with(kVocabBase)) {
          auto decoded = KeyFromIri(std::string(kEntityBase) + std::string(name.substr(kVocabBase.size())));
          if (!decoded || decoded->empty()) return Error{at + "bad property IRI '" + std::string(name) + "'"};
          prop = *decoded;
        }
        n.props.emplace(prop, value);
      }
    }
    n.evidence = std::move(evidence);
    if (auto v = g.Find(n.key); v && g.node(*v).type != n.type) return Error{at + "'" + n.key + "' appears again with another @type"};
    g.AddNode(n);
  }
  if (auto s = AddLoadedEdges(&g, edges); !s) return s.error();
  return g;
}

}  // namespace demarche
