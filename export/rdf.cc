#include "export/rdf.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace demarche {
namespace {

constexpr const char* kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr const char* kXsd = "http://www.w3.org/2001/XMLSchema#";
constexpr const char* kOa = "http://www.w3.org/ns/oa#";
constexpr const char* kProv = "http://www.w3.org/ns/prov#";
constexpr const char* kSchema = "https://schema.org/";

RdfTerm Iri(std::string value) { return RdfTerm{RdfTerm::kIri, std::move(value), ""}; }
RdfTerm Lit(std::string value, std::string datatype = "") {
  return RdfTerm{RdfTerm::kLiteral, std::move(value), std::move(datatype)};
}
RdfTerm Count(std::size_t n) { return Lit(std::to_string(n), std::string(kXsd) + "nonNegativeInteger"); }
std::string Vocab(const char* term) { return std::string(kVocabBase) + term; }

class QuadSink {
 public:
  explicit QuadSink(std::vector<RdfQuad>* out) : out_(out) {}
  // The triple in each of `graphs` (the default graph when there are none).
  void Add(const RdfTerm& s, const std::string& p, const RdfTerm& o, const std::set<std::string>& graphs) {
    if (graphs.empty()) {
      out_->push_back(RdfQuad{s, Iri(p), o, ""});
      return;
    }
    for (const std::string& g : graphs) out_->push_back(RdfQuad{s, Iri(p), o, g});
  }

 private:
  std::vector<RdfQuad>* out_;
};

std::set<std::string> DocGraphs(const std::vector<Evidence>& evidence) {
  std::set<std::string> out;
  for (const Evidence& e : evidence) out.insert(EntityIri("doc:" + e.doc_id));
  return out;
}

// Aggregates (default graph) and one annotation per evidence item (its document's graph).
void Evidences(QuadSink& sink, const RdfTerm& owner, const std::vector<Evidence>& evidence) {
  const std::set<std::string> none;
  EvidenceSummary sum = Summarize(evidence);
  sink.Add(owner, Vocab("evidenceCount"), Count(sum.count), none);
  sink.Add(owner, Vocab("documentCount"), Count(sum.documents), none);
  if (!sum.first_seen.empty()) {
    sink.Add(owner, Vocab("firstSeen"), Lit(sum.first_seen, std::string(kXsd) + "date"), none);
    sink.Add(owner, Vocab("lastSeen"), Lit(sum.last_seen, std::string(kXsd) + "date"), none);
  }
  for (const Evidence& e : evidence) {
    const std::string doc = EntityIri("doc:" + e.doc_id);
    const std::set<std::string> in{doc};
    const std::string a = EvidenceIri(owner.value, e);
    const RdfTerm an = Iri(a), target = Iri(a + "/target"), quote = Iri(a + "/quote"), position = Iri(a + "/position");
    sink.Add(owner, std::string(kProv) + "wasDerivedFrom", an, in);
    sink.Add(an, std::string(kRdf) + "type", Iri(std::string(kOa) + "Annotation"), in);
    sink.Add(an, std::string(kOa) + "hasTarget", target, in);
    sink.Add(target, std::string(kOa) + "hasSource", Iri(doc), in);
    sink.Add(target, std::string(kOa) + "hasSelector", quote, in);
    sink.Add(target, std::string(kOa) + "hasSelector", position, in);
    sink.Add(quote, std::string(kRdf) + "type", Iri(std::string(kOa) + "TextQuoteSelector"), in);
    sink.Add(quote, std::string(kOa) + "exact", Lit(ExactText(e)), in);
    sink.Add(position, std::string(kRdf) + "type", Iri(std::string(kOa) + "TextPositionSelector"), in);
    sink.Add(position, std::string(kOa) + "start", Count(e.char_begin), in);
    sink.Add(position, std::string(kOa) + "end", Count(e.char_end), in);
    sink.Add(an, Vocab("sentence"), Count(e.sentence), in);
    sink.Add(an, Vocab("sentenceText"), Lit(e.quote), in);
    sink.Add(an, Vocab("rule"), Lit(e.rule), in);
    if (!e.date.empty()) sink.Add(an, Vocab("documentDate"), Lit(e.date), in);
    sink.Add(an, Vocab("byteStart"), Count(e.begin), in);
    sink.Add(an, Vocab("byteEnd"), Count(e.end), in);
    sink.Add(an, Vocab("sentenceByteStart"), Count(e.sentence_begin), in);
  }
}

// N-Triples/Turtle string body: quotes, backslashes and controls escaped.
std::string Escape(const std::string& s) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out += "\\u00";
          out.push_back(kHex[c >> 4]);
          out.push_back(kHex[c & 15]);
        } else {
          out.push_back(ch);
        }
    }
  }
  return out;
}

std::string NTerm(const RdfTerm& t) {
  if (t.kind == RdfTerm::kIri) return "<" + t.value + ">";
  std::string out = "\"" + Escape(t.value) + "\"";
  if (!t.datatype.empty()) out += "^^<" + t.datatype + ">";
  return out;
}

}  // namespace

std::vector<RdfQuad> GraphQuads(const KnowledgeGraph& g) {
  std::vector<RdfQuad> out;
  QuadSink sink(&out);
  std::map<KnowledgeGraph::Vertex, std::vector<KnowledgeGraph::EdgeId>> out_edges;
  auto edges = g.SortedEdges();
  for (auto e : edges) out_edges[g.source(e)].push_back(e);
  for (auto v : g.SortedVertices()) {
    const Node& n = g.node(v);
    const RdfTerm s = Iri(EntityIri(n.key));
    const std::set<std::string> graphs = DocGraphs(n.evidence);
    sink.Add(s, std::string(kRdf) + "type", Iri(TypeIri(n.type)), graphs);
    sink.Add(s, std::string(kSchema) + "name", Lit(n.name), graphs);
    sink.Add(s, Vocab("key"), Lit(n.key), graphs);
    for (const auto& [k, value] : n.props) {
      if (k == "maker") {
        sink.Add(s, Vocab("maker"), Iri(EntityIri(value)), graphs);
      } else {
        sink.Add(s, PropertyIri(k), Lit(value), graphs);
      }
    }
    for (auto e : out_edges[v]) {
      sink.Add(s, Vocab(RelationTerm(g.edge(e).relation).c_str()), Iri(EntityIri(g.node(g.target(e)).key)),
               DocGraphs(g.edge(e).evidence));
    }
    Evidences(sink, s, n.evidence);
  }
  for (auto e : edges) {
    const Node& from = g.node(g.source(e));
    const Node& to = g.node(g.target(e));
    const Edge& edge = g.edge(e);
    const RdfTerm st = Iri(StatementIri(from.key, edge.relation, to.key));
    const std::set<std::string> graphs = DocGraphs(edge.evidence);
    sink.Add(st, std::string(kRdf) + "type", Iri(std::string(kRdf) + "Statement"), graphs);
    sink.Add(st, std::string(kRdf) + "subject", Iri(EntityIri(from.key)), graphs);
    sink.Add(st, std::string(kRdf) + "predicate", Iri(Vocab(RelationTerm(edge.relation).c_str())), graphs);
    sink.Add(st, std::string(kRdf) + "object", Iri(EntityIri(to.key)), graphs);
    for (const auto& [k, value] : edge.props) {  // dm:cameo "020", dm:cameo "100": one triple per code
      for (const auto& item : PropItems(value)) sink.Add(st, PropertyIri(k), Lit(item), graphs);
    }
    Evidences(sink, st, edge.evidence);
  }
  return out;
}

std::string WriteNQuads(const KnowledgeGraph& g) { return WriteNQuads(GraphQuads(g)); }

std::string WriteNQuads(const std::vector<RdfQuad>& quads) {
  std::vector<std::string> lines;
  for (const RdfQuad& q : quads) {
    std::string line = NTerm(q.subject) + " " + NTerm(q.predicate) + " " + NTerm(q.object);
    if (!q.graph.empty()) line += " <" + q.graph + ">";
    lines.push_back(line + " .\n");
  }
  // Sorted and unique: a stable file that diff and sort -u agree with.
  std::sort(lines.begin(), lines.end());
  lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
  std::string out;
  for (const auto& l : lines) out += l;
  return out;
}

namespace {

// A prefixed name for an IRI under one of our prefixes, when its local part allows it.
std::string TurtleIri(const std::string& iri) {
  static const std::pair<const char*, const char*> kPrefixes[] = {
      {"rdf:", kRdf}, {"xsd:", kXsd}, {"oa:", kOa}, {"prov:", kProv}, {"schema:", kSchema}, {"dm:", "urn:demarche:vocab:"}};
  for (const auto& [prefix, base] : kPrefixes) {
    std::string_view b(base);
    if (iri.size() <= b.size() || !iri.starts_with(b)) continue;
    std::string_view local = std::string_view(iri).substr(b.size());
    bool plain = std::isalpha(static_cast<unsigned char>(local[0])) &&
                 std::all_of(local.begin(), local.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
    if (plain) return prefix + std::string(local);
  }
  return "<" + iri + ">";
}

std::string TurtleTerm(const RdfTerm& t) {
  if (t.kind == RdfTerm::kIri) return TurtleIri(t.value);
  std::string out = "\"" + Escape(t.value) + "\"";
  if (!t.datatype.empty()) out += "^^" + TurtleIri(t.datatype);
  return out;
}

}  // namespace

std::string WriteTurtle(const KnowledgeGraph& g) { return WriteTurtle(GraphQuads(g)); }

std::string WriteTurtle(const std::vector<RdfQuad>& quads) {
  // Triples once each (named graphs dropped), grouped by subject, in sorted order.
  std::map<std::string, std::map<std::string, std::set<std::string>>> by_subject;
  for (const RdfQuad& q : quads) {
    by_subject[TurtleTerm(q.subject)][TurtleIri(q.predicate.value)].insert(TurtleTerm(q.object));
  }
  std::string out =
      "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n"
      "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
      "@prefix oa: <http://www.w3.org/ns/oa#> .\n"
      "@prefix prov: <http://www.w3.org/ns/prov#> .\n"
      "@prefix schema: <https://schema.org/> .\n"
      "@prefix dm: <urn:demarche:vocab:> .\n";
  for (const auto& [s, predicates] : by_subject) {
    out += "\n" + s;
    bool first = true;
    for (const auto& [p, objects] : predicates) {
      out += first ? "\n    " : " ;\n    ";
      first = false;
      out += (p == "rdf:type" ? std::string("a") : p) + " ";
      bool first_o = true;
      for (const auto& o : objects) {
        out += (first_o ? "" : ", ") + o;
        first_o = false;
      }
    }
    out += " .\n";
  }
  return out;
}

}  // namespace demarche
