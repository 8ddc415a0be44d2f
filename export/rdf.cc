#include "export/rdf.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "export/provenance.h"

namespace demarche {
namespace {

constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
constexpr std::string_view kOa = "http://www.w3.org/ns/oa#";
constexpr std::string_view kProv = "http://www.w3.org/ns/prov#";
constexpr std::string_view kSchema = "https://schema.org/";

std::string Cat(std::string_view a, std::string_view b) { return std::string(a) + std::string(b); }

// The predicates and datatypes, made once.
struct Terms {
  std::string type = Cat(kRdf, "type"), name = Cat(kSchema, "name"), derived = Cat(kProv, "wasDerivedFrom");
  std::string annotation = Cat(kOa, "Annotation"), target = Cat(kOa, "hasTarget");
  std::string statement = Cat(kRdf, "Statement"), subject = Cat(kRdf, "subject"), predicate = Cat(kRdf, "predicate"),
              object = Cat(kRdf, "object");
  std::string count = Cat(kXsd, "nonNegativeInteger"), date = Cat(kXsd, "date");
  std::string key = Cat(kVocabBase, "key"), maker = Cat(kVocabBase, "maker");
  std::string evidence_count = Cat(kVocabBase, "evidenceCount"), document_count = Cat(kVocabBase, "documentCount"),
              first_seen = Cat(kVocabBase, "firstSeen"), last_seen = Cat(kVocabBase, "lastSeen");
  std::string start = Cat(kVocabBase, "start"), end = Cat(kVocabBase, "end"), byte_start = Cat(kVocabBase, "byteStart"),
              byte_end = Cat(kVocabBase, "byteEnd"), rule = Cat(kVocabBase, "rule");
  std::string sentence_text = Cat(kVocabBase, "sentenceText"),
              sentence_byte_start = Cat(kVocabBase, "sentenceByteStart"),
              document_date = Cat(kVocabBase, "documentDate");
  std::string sentence_class = Cat(kVocabBase, "Sentence"), document_class = Cat(kVocabBase, "Document");
  std::string document = Cat(kVocabBase, "document"), index = Cat(kVocabBase, "index"), text = Cat(kVocabBase, "text"),
              date_of = Cat(kVocabBase, "date");
};

// N-Triples/Turtle string body: quotes, backslashes and controls escaped; appended to out.
void AppendEscaped(std::string& out, std::string_view s) {
  static const char* kHex = "0123456789ABCDEF";
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
}

// Receives the triples subject by subject; N-Quads and Turtle differ only in how they
// print them. Writes through a small buffer into the sink.
class TripleWriter {
 public:
  explicit TripleWriter(OutputSink& sink) : sink_(sink) {}
  virtual ~TripleWriter() = default;
  virtual void Subject(std::string_view iri) = 0;
  virtual void Iri(std::string_view predicate, std::string_view object) = 0;
  virtual void Literal(std::string_view predicate, std::string_view value, std::string_view datatype = {}) = 0;
  virtual void EndSubject() = 0;
  void Count(std::string_view predicate, std::size_t n, const Terms& t) { Literal(predicate, std::to_string(n), t.count); }
  void Flush() {
    sink_.Write(buf_);
    buf_.clear();
  }

 protected:
  void MaybeFlush() {
    if (buf_.size() >= (64 << 10)) Flush();
  }
  std::string buf_;

 private:
  OutputSink& sink_;
};

class NQuadsWriter : public TripleWriter {
 public:
  using TripleWriter::TripleWriter;
  void Subject(std::string_view iri) override {
    subject_.assign("<").append(iri).append("> ");
  }
  void Iri(std::string_view p, std::string_view o) override {
    buf_.append(subject_).append("<").append(p).append("> <").append(o).append("> .\n");
  }
  void Literal(std::string_view p, std::string_view value, std::string_view datatype) override {
    buf_.append(subject_).append("<").append(p).append("> \"");
    AppendEscaped(buf_, value);
    buf_ += '"';
    if (!datatype.empty()) buf_.append("^^<").append(datatype).append(">");
    buf_.append(" .\n");
  }
  void EndSubject() override { MaybeFlush(); }

 private:
  std::string subject_;
};

// A prefixed name for an IRI under one of our prefixes, when its local part allows it.
void AppendTurtleIri(std::string& out, std::string_view iri) {
  static const std::pair<std::string_view, std::string_view> kPrefixes[] = {
      {"rdf:", kRdf}, {"xsd:", kXsd}, {"oa:", kOa}, {"prov:", kProv}, {"schema:", kSchema}, {"dm:", kVocabBase}};
  for (const auto& [prefix, base] : kPrefixes) {
    if (iri.size() <= base.size() || !iri.starts_with(base)) continue;
    std::string_view local = iri.substr(base.size());
    bool plain = std::isalpha(static_cast<unsigned char>(local[0])) &&
                 std::all_of(local.begin(), local.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
    if (plain) {
      out.append(prefix).append(local);
      return;
    }
  }
  out.append("<").append(iri).append(">");
}

class TurtleWriter : public TripleWriter {
 public:
  explicit TurtleWriter(OutputSink& sink) : TripleWriter(sink) {
    buf_ =
        "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n"
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        "@prefix oa: <http://www.w3.org/ns/oa#> .\n"
        "@prefix prov: <http://www.w3.org/ns/prov#> .\n"
        "@prefix schema: <https://schema.org/> .\n"
        "@prefix dm: <urn:demarche:vocab:> .\n";
  }
  void Subject(std::string_view iri) override {
    buf_ += '\n';
    AppendTurtleIri(buf_, iri);
    predicate_.clear();
  }
  void Iri(std::string_view p, std::string_view o) override {
    Predicate(p);
    AppendTurtleIri(buf_, o);
  }
  void Literal(std::string_view p, std::string_view value, std::string_view datatype) override {
    Predicate(p);
    buf_ += '"';
    AppendEscaped(buf_, value);
    buf_ += '"';
    if (!datatype.empty()) {
      buf_ += "^^";
      AppendTurtleIri(buf_, datatype);
    }
  }
  void EndSubject() override {
    buf_ += " .\n";
    MaybeFlush();
  }

 private:
  // "p o ; p o2" written "p o, o2" when the same predicate follows itself.
  void Predicate(std::string_view p) {
    if (p == predicate_) {
      buf_ += ", ";
      return;
    }
    buf_ += predicate_.empty() ? "\n    " : " ;\n    ";
    predicate_.assign(p);
    if (p == kRdfType) {
      buf_ += "a ";
    } else {
      AppendTurtleIri(buf_, p);
      buf_ += ' ';
    }
  }
  static constexpr std::string_view kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
  std::string predicate_;
};

// The owner's evidence summary and links to its annotations (within the owner's subject).
void Summary(TripleWriter& w, const Terms& t, const std::string& owner, const std::vector<Evidence>& evidence) {
  EvidenceSummary sum = Summarize(evidence);
  w.Count(t.evidence_count, sum.count, t);
  w.Count(t.document_count, sum.documents, t);
  if (!sum.first_seen.empty()) {
    w.Literal(t.first_seen, sum.first_seen, t.date);
    w.Literal(t.last_seen, sum.last_seen, t.date);
  }
  for (const Evidence& e : evidence) w.Iri(t.derived, EvidenceIri(owner, e));
}

// One subject per evidence item: the annotation.
void Annotations(TripleWriter& w, const Terms& t, const Provenance& prov, const std::string& owner,
                 const std::vector<Evidence>& evidence) {
  for (const Evidence& e : evidence) {
    w.Subject(EvidenceIri(owner, e));
    w.Iri(t.type, t.annotation);
    w.Iri(t.target, SentenceIri(e.doc_id, e.sentence));
    w.Count(t.start, e.char_begin, t);
    w.Count(t.end, e.char_end, t);
    const Provenance::Own own = prov.OwnOf(e);
    if (own.bytes) {
      w.Count(t.byte_start, e.begin, t);
      w.Count(t.byte_end, e.end, t);
    }
    w.Literal(t.rule, e.rule);
    if (own.quote) w.Literal(t.sentence_text, e.quote);
    if (own.sentence_begin) w.Count(t.sentence_byte_start, e.sentence_begin, t);
    if (own.date) w.Literal(t.document_date, e.date);
    w.EndSubject();
  }
}

void WriteTriples(const KnowledgeGraph& g, TripleWriter& w) {
  const Terms t;
  const Provenance prov(g);
  std::map<KnowledgeGraph::Vertex, std::vector<KnowledgeGraph::EdgeId>> out_edges;
  auto edges = g.SortedEdges();
  for (auto e : edges) out_edges[g.source(e)].push_back(e);
  for (auto v : g.SortedVertices()) {
    const Node& n = g.node(v);
    const std::string s = EntityIri(n.key);
    w.Subject(s);
    w.Iri(t.type, TypeIri(n.type));
    w.Literal(t.name, n.name);
    w.Literal(t.key, n.key);
    for (const auto& [k, value] : n.props) {
      if (k == "maker") {
        w.Iri(t.maker, EntityIri(value));
      } else {
        w.Literal(PropertyIri(k), value);
      }
    }
    // Relations from this node, grouped by term as in the JSON-LD.
    std::map<std::string, std::vector<std::string>> rel;
    for (auto e : out_edges[v]) {
      rel[std::string(kVocabBase) + RelationTerm(g.edge(e).relation)].push_back(EntityIri(g.node(g.target(e)).key));
    }
    for (const auto& [p, targets] : rel) {
      for (const auto& o : targets) w.Iri(p, o);
    }
    Summary(w, t, s, n.evidence);
    w.EndSubject();
    Annotations(w, t, prov, s, n.evidence);
  }
  for (auto e : edges) {
    const Node& from = g.node(g.source(e));
    const Node& to = g.node(g.target(e));
    const Edge& edge = g.edge(e);
    const std::string st = StatementIri(from.key, edge.relation, to.key);
    w.Subject(st);
    w.Iri(t.type, t.statement);
    w.Iri(t.subject, EntityIri(from.key));
    w.Iri(t.predicate, std::string(kVocabBase) + RelationTerm(edge.relation));
    w.Iri(t.object, EntityIri(to.key));
    for (const auto& [k, value] : edge.props) {  // dm:cameo "020", dm:cameo "100": one triple per code
      const std::string p = PropertyIri(k);
      for (const auto& item : PropItems(value)) w.Literal(p, item);
    }
    Summary(w, t, st, edge.evidence);
    w.EndSubject();
    Annotations(w, t, prov, st, edge.evidence);
  }
  for (const auto& [at, sp] : prov.sentences()) {
    const Provenance::Sentence& sentence = *sp;
    w.Subject(SentenceIri(at.first, at.second));
    w.Iri(t.type, t.sentence_class);
    w.Iri(t.document, DocumentIri(at.first));
    w.Count(t.index, at.second, t);
    if (sentence.char_start) w.Count(t.start, *sentence.char_start, t);
    w.Count(t.byte_start, sentence.first->sentence_begin, t);
    w.Literal(t.text, sentence.first->quote);
    w.EndSubject();
  }
  for (const auto& [doc, date] : prov.documents()) {
    w.Subject(DocumentIri(doc));
    w.Iri(t.type, t.document_class);
    if (!date.empty()) w.Literal(t.date_of, date);
    w.EndSubject();
  }
  w.Flush();
}

}  // namespace

void WriteNQuads(const KnowledgeGraph& g, OutputSink& out) {
  NQuadsWriter w(out);
  WriteTriples(g, w);
}

void WriteTurtle(const KnowledgeGraph& g, OutputSink& out) {
  TurtleWriter w(out);
  WriteTriples(g, w);
}

std::string WriteNQuads(const KnowledgeGraph& g) {
  StringSink sink;
  WriteNQuads(g, sink);
  return std::move(sink.text);
}

std::string WriteTurtle(const KnowledgeGraph& g) {
  StringSink sink;
  WriteTurtle(g, sink);
  return std::move(sink.text);
}

}  // namespace demarche
