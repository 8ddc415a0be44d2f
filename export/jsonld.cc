#include "export/jsonld.h"

#include <map>

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
  term("evidenceCount", "dm:evidenceCount", "xsd:nonNegativeInteger");
  term("documentCount", "dm:documentCount", "xsd:nonNegativeInteger");
  term("firstSeen", "dm:firstSeen", "xsd:date");
  term("lastSeen", "dm:lastSeen", "xsd:date");
  term("subject", "rdf:subject", "@id");
  term("predicate", "rdf:predicate", "@id");
  term("object", "rdf:object", "@id");
  w.EndObject();
}

void Annotations(JsonWriter& w, const std::vector<Evidence>& evidence) {
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
  for (const Evidence& e : evidence) {
    w.StartObject();
    Key(w, "@type");
    w.String("oa:Annotation");
    Key(w, "hasTarget");
    w.StartObject();
    Key(w, "hasSource");
    Str(w, EntityIri("doc:" + e.doc_id));
    Key(w, "hasSelector");
    w.StartArray();
    w.StartObject();
    Key(w, "@type");
    w.String("oa:TextQuoteSelector");
    Key(w, "exact");
    std::size_t off = e.begin >= e.sentence_begin ? e.begin - e.sentence_begin : 0;
    Str(w, off < e.quote.size() ? e.quote.substr(off, e.end - e.begin) : e.quote);
    w.EndObject();
    w.StartObject();
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

std::string EntityIri(std::string_view key) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out(kEntityBase);
  for (char ch : key) {
    auto c = static_cast<unsigned char>(ch);
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                c == '.' || c == '_' || c == '~' || c == ':' || c == '+';
    if (keep) {
      out.push_back(ch);
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

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
      } else {
        Str(w, k);
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
    Annotations(w, n.evidence);
    w.EndObject();
  }
  for (auto e : edges) {
    const Node& s = g.node(g.source(e));
    const Node& t = g.node(g.target(e));
    std::string term = RelationTerm(g.edge(e).relation);
    w.StartObject();
    Key(w, "@id");
    Str(w, EntityIri("statement:" + s.key + "/" + term + "/" + t.key));
    Key(w, "@type");
    w.String("rdf:Statement");
    Key(w, "subject");
    Str(w, EntityIri(s.key));
    Key(w, "predicate");
    Str(w, "dm:" + term);
    Key(w, "object");
    Str(w, EntityIri(t.key));
    Annotations(w, g.edge(e).evidence);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize()) + "\n";
}

}  // namespace demarche
