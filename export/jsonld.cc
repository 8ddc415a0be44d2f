#include "export/jsonld.h"

#include <array>
#include <charconv>
#include <cstring>
#include <map>
#include <set>
#include <tuple>

#include "export/json_read.h"

#include "export/json_util.h"
#include "export/provenance.h"

namespace demarche {
namespace {

// A RapidJSON output stream into an OutputSink, through a 64 KiB buffer.
class SinkStream {
 public:
  typedef char Ch;
  explicit SinkStream(OutputSink& sink) : sink_(sink), buf_(kSize, '\0') {}
  void Put(char c) {
    if (used_ == buf_.size()) Flush();
    buf_[used_++] = c;
  }
  // Room for `count` more bytes without a check per byte (RapidJSON reserves a string's
  // longest escaped form before writing it).
  void Reserve(std::size_t count) {
    if (buf_.size() - used_ >= count) return;
    Flush();
    if (count > buf_.size()) buf_.resize(count);
  }
  void PutUnsafe(char c) { buf_[used_++] = c; }
  // `count` bytes at once, into room reserved before.
  void PutUnsafe(const char* bytes, std::size_t count) {
    std::memcpy(&buf_[used_], bytes, count);
    used_ += count;
  }
  void Flush() {
    sink_.Write(std::string_view(buf_.data(), used_));
    used_ = 0;
  }

 private:
  static constexpr std::size_t kSize = 64 << 10;
  OutputSink& sink_;
  std::string buf_;
  std::size_t used_ = 0;
};
// Found by argument-dependent lookup from RapidJSON's Writer, instead of its generic
// PutReserve (which does nothing) and PutUnsafe (which calls Put for each byte).
inline void PutReserve(SinkStream& stream, std::size_t count) { stream.Reserve(count); }
inline void PutUnsafe(SinkStream& stream, char c) { stream.PutUnsafe(c); }

}  // namespace
}  // namespace demarche

// Copies a string's bytes that need no escape at once, as export/json_util.h does for the
// other writers (WriteString reserved room for the whole string before).
template <>
inline bool rapidjson::Writer<demarche::SinkStream>::ScanWriteUnescapedString(StringStream& is, size_t length) {
  const std::size_t run = demarche::UnescapedRun(is.src_, length - is.Tell());
  if (run > 0) {
    os_->PutUnsafe(is.src_, run);
    is.src_ += run;
  }
  return is.Tell() < length;
}

namespace demarche {
namespace {

using LdWriter = rapidjson::Writer<SinkStream>;
void Key(LdWriter& w, const char* key) { w.Key(key); }
void Str(LdWriter& w, const std::string& value) { w.String(value.data(), static_cast<rapidjson::SizeType>(value.size())); }

// The decimal digits of `n`, as std::to_string writes them, without a string.
std::string_view Decimal(std::uint64_t n, std::array<char, 24>* buf) {
  auto end = std::to_chars(buf->data(), buf->data() + buf->size(), n).ptr;
  return std::string_view(buf->data(), static_cast<std::size_t>(end - buf->data()));
}
// A count or offset, written as a JSON string of its digits (as Str(w, std::to_string(n))).
void Num(LdWriter& w, std::uint64_t n) {
  std::array<char, 24> buf;
  std::string_view digits = Decimal(n, &buf);
  w.String(digits.data(), static_cast<rapidjson::SizeType>(digits.size()));
}

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

void Context(LdWriter& w) {
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
  term("hasTarget", "oa:hasTarget", "@id");
  term("start", "dm:start", "xsd:nonNegativeInteger");
  term("end", "dm:end", "xsd:nonNegativeInteger");
  term("byteStart", "dm:byteStart", "xsd:nonNegativeInteger");
  term("byteEnd", "dm:byteEnd", "xsd:nonNegativeInteger");
  term("rule", "dm:rule", nullptr);
  term("sentenceText", "dm:sentenceText", nullptr);
  term("sentenceByteStart", "dm:sentenceByteStart", "xsd:nonNegativeInteger");
  term("documentDate", "dm:documentDate", nullptr);
  term("document", "dm:document", "@id");
  term("index", "dm:index", "xsd:nonNegativeInteger");
  term("text", "dm:text", nullptr);
  term("date", "dm:date", nullptr);
  term("evidenceCount", "dm:evidenceCount", "xsd:nonNegativeInteger");
  term("documentCount", "dm:documentCount", "xsd:nonNegativeInteger");
  term("firstSeen", "dm:firstSeen", "xsd:date");
  term("lastSeen", "dm:lastSeen", "xsd:date");
  term("subject", "rdf:subject", "@id");
  term("predicate", "rdf:predicate", "@id");
  term("object", "rdf:object", "@id");
  w.EndObject();
}

void Annotations(LdWriter& w, const Provenance& prov, const std::string& owner_iri,
                 const std::vector<Evidence>& evidence) {
  EvidenceSummary sum = Summarize(evidence);
  Key(w, "evidenceCount");
  Num(w, sum.count);
  Key(w, "documentCount");
  Num(w, sum.documents);
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
    Key(w, "@id");
    Str(w, EvidenceIri(owner_iri, e));
    Key(w, "@type");
    w.String("oa:Annotation");
    Key(w, "hasTarget");
    Str(w, SentenceIri(e.doc_id, e.sentence));
    Key(w, "start");
    Num(w, e.char_begin);
    Key(w, "end");
    Num(w, e.char_end);
    const Provenance::Own own = prov.OwnOf(e);
    // UTF-8 byte offsets, when they do not follow from the code points and the sentence.
    if (own.bytes) {
      Key(w, "byteStart");
      Num(w, e.begin);
      Key(w, "byteEnd");
      Num(w, e.end);
    }
    Key(w, "rule");
    Str(w, e.rule);
    if (own.quote) {
      Key(w, "sentenceText");
      Str(w, e.quote);
    }
    if (own.sentence_begin) {
      Key(w, "sentenceByteStart");
      Num(w, e.sentence_begin);
    }
    if (own.date) {
      Key(w, "documentDate");
      Str(w, e.date);
    }
    w.EndObject();
  }
  w.EndArray();
}

void SentencesAndDocuments(LdWriter& w, const Provenance& prov) {
  for (const auto& [at, sp] : prov.sentences()) {
    const Provenance::Sentence& s = *sp;
    w.StartObject();
    Key(w, "@id");
    Str(w, SentenceIri(at.first, at.second));
    Key(w, "@type");
    w.String("dm:Sentence");
    Key(w, "document");
    Str(w, DocumentIri(at.first));
    Key(w, "index");
    Num(w, at.second);
    if (s.char_start) {
      Key(w, "start");
      Num(w, *s.char_start);
    }
    Key(w, "byteStart");
    Num(w, s.first->sentence_begin);
    Key(w, "text");
    Str(w, s.first->quote);
    w.EndObject();
  }
  for (const auto& [doc, date] : prov.documents()) {
    w.StartObject();
    Key(w, "@id");
    Str(w, DocumentIri(doc));
    Key(w, "@type");
    w.String("dm:Document");
    if (!date.empty()) {
      Key(w, "date");
      w.String(date.data(), static_cast<rapidjson::SizeType>(date.size()));
    }
    w.EndObject();
  }
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

// Appends `text` to *out, percent-encoding everything but unreserved characters and those in
// `keep`.
void AppendPercentEncoded(std::string* out, std::string_view text, std::string_view keep) {
  static const char* kHex = "0123456789ABCDEF";
  // RFC 3986's unreserved characters, by table: the writers encode every key and document
  // id of every evidence item, and nearly all of their bytes are these.
  static constexpr std::array<bool, 256> kUnreserved = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 256; ++c) {
      t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
             c == '_' || c == '~';
    }
    return t;
  }();
  auto plain = [&](char ch) {
    return kUnreserved[static_cast<unsigned char>(ch)] || keep.find(ch) != std::string_view::npos;
  };
  std::size_t i = 0;
  while (i < text.size()) {
    // A run of bytes kept as they are, appended at once; then one byte encoded.
    std::size_t run = i;
    while (run < text.size() && plain(text[run])) ++run;
    out->append(text.data() + i, run - i);
    if (run == text.size()) break;
    const auto c = static_cast<unsigned char>(text[run]);
    const char encoded[3] = {'%', kHex[c >> 4], kHex[c & 15]};
    out->append(encoded, 3);
    i = run + 1;
  }
}

// Percent-encodes everything but unreserved characters and those in `keep`.
std::string PercentEncode(std::string_view text, std::string_view keep) {
  std::string out;
  AppendPercentEncoded(&out, text, keep);
  return out;
}

}  // namespace

std::string StatementIri(const std::string& source_key, Relation relation, const std::string& target_key) {
  return EntityIri("statement:" + source_key + "/" + RelationTerm(relation) + "/" + target_key);
}

std::string EvidenceIri(const std::string& owner_iri, const Evidence& e) {
  // FNV-1a, 64 bits, over the fields with separators that cannot occur in them unescaped.
  std::uint64_t h = 14695981039346656037ull;
  auto mix = [&h](std::string_view s) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ull;
    }
    h ^= 0xFF;  // a byte that UTF-8 text never holds: ends the field
    h *= 1099511628211ull;
  };
  std::array<char, 24> buf;
  mix(owner_iri);
  mix(e.doc_id);
  mix(Decimal(e.sentence, &buf));
  mix(Decimal(e.begin, &buf));
  mix(Decimal(e.end, &buf));
  mix(e.rule);
  // 64 bits as 11 base64url digits, most significant first.
  static const char* kDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  std::string out;
  out.reserve(kEntityBase.size() + 3 + 11);
  out.append(kEntityBase).append("ev:");
  for (int shift = 60; shift >= 0; shift -= 6) out.push_back(kDigits[(h >> shift) & 63]);
  return out;
}

// The IRIs below are built in one string each (the writers make one per evidence item).
std::string SentenceIri(std::string_view doc_id, std::uint32_t index) {
  std::array<char, 24> buf;
  std::string out;
  out.reserve(kEntityBase.size() + 9 + doc_id.size() + 1 + 10);
  out.append(kEntityBase).append("sentence:");
  AppendPercentEncoded(&out, doc_id, ":+");
  out.push_back('/');
  out.append(Decimal(index, &buf));
  return out;
}

std::string DocumentIri(std::string_view doc_id) {
  // EntityIri("doc:" + doc_id): "doc:" itself needs no encoding.
  std::string out;
  out.reserve(kEntityBase.size() + 4 + doc_id.size());
  out.append(kEntityBase).append("doc:");
  AppendPercentEncoded(&out, doc_id, ":+");
  return out;
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

std::string EntityIri(std::string_view key) {
  std::string out;
  out.reserve(kEntityBase.size() + key.size());
  out.append(kEntityBase);
  AppendPercentEncoded(&out, key, ":+");
  return out;
}

std::string WriteJsonLd(const KnowledgeGraph& g) {
  StringSink sink;
  WriteJsonLd(g, sink);
  return std::move(sink.text);
}

void WriteJsonLd(const KnowledgeGraph& g, OutputSink& out) {
  const Provenance prov(g);
  SinkStream stream(out);
  LdWriter w(stream);
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
    Annotations(w, prov, EntityIri(n.key), n.evidence);
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
    Annotations(w, prov, statement, g.edge(e).evidence);
    w.EndObject();
  }
  SentencesAndDocuments(w, prov);
  w.EndArray();
  w.EndObject();
  stream.Put('\n');
  stream.Flush();
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

// What the dm:Sentence and dm:Document items say, for the annotations that refer to them.
struct SentenceItem {
  std::string doc_id;
  std::uint32_t index = 0;
  std::uint32_t byte_start = 0;
  std::optional<std::uint32_t> char_start;
  std::string text;
};
struct Sources {
  std::map<std::string, SentenceItem, std::less<>> sentences;  // by IRI
  std::map<std::string, std::string, std::less<>> dates;       // document id -> date
};

bool UintField(const rapidjson::Value& v, const char* name, std::uint32_t* to) {
  auto it = v.FindMember(name);
  if (it == v.MemberEnd()) return false;
  auto n = AsUint(it->value);
  if (n) *to = *n;
  return n.has_value();
}

// A dm:Sentence or dm:Document item into `sources`; "" or what is wrong.
std::string ReadSource(const rapidjson::Value& item, const std::string& id, const std::string& type, Sources* sources) {
  if (type == "dm:Document") {
    auto doc = KeyFromIri(id);
    if (!doc || !doc->starts_with("doc:")) return "a dm:Document's @id is not a urn:demarche:doc: IRI";
    sources->dates[doc->substr(4)] = GetString(item, "date").value_or("");
    return "";
  }
  SentenceItem s;
  auto doc_iri = GetString(item, "document");
  auto doc = doc_iri ? KeyFromIri(*doc_iri) : std::nullopt;
  if (!doc || !doc->starts_with("doc:")) return "a dm:Sentence's document is not a urn:demarche:doc: IRI";
  s.doc_id = doc->substr(4);
  if (!UintField(item, "index", &s.index) || !UintField(item, "byteStart", &s.byte_start)) {
    return "a dm:Sentence lacks index or byteStart (digits)";
  }
  if (item.HasMember("start")) {
    std::uint32_t start = 0;
    if (!UintField(item, "start", &start)) return "a dm:Sentence's start is not digits";
    s.char_start = start;
  }
  auto text = GetString(item, "text");
  if (!text) return "a dm:Sentence lacks its text";
  s.text = *text;
  if (SentenceIri(s.doc_id, s.index) != id) {
    return "a dm:Sentence's @id is not " + SentenceIri(s.doc_id, s.index) + " (its document and index)";
  }
  sources->sentences[id] = std::move(s);
  return "";
}

// One oa:Annotation back to Evidence; "" or what is wrong.
std::string ReadAnnotation(const rapidjson::Value& a, const Sources& sources, Evidence* e) {
  if (!a.IsObject()) return "an evidence item is not an object";
  auto target = GetString(a, "hasTarget");
  if (!target) {
    auto t = a.FindMember("hasTarget");
    if (t != a.MemberEnd() && t->value.IsObject()) {
      return "an evidence item's hasTarget is an object with selectors: the file was written by an older demarche "
             "(read its graph.jsonl instead, or build again)";
    }
    return "an evidence item has no hasTarget (the IRI of its sentence)";
  }
  auto s = sources.sentences.find(*target);
  if (s == sources.sentences.end()) return "an evidence item's hasTarget " + *target + " is no dm:Sentence of the graph";
  e->doc_id = s->second.doc_id;
  e->sentence = s->second.index;
  e->sentence_begin = s->second.byte_start;
  e->quote = s->second.text;
  if (auto d = sources.dates.find(e->doc_id); d != sources.dates.end()) e->date = d->second;
  if (!UintField(a, "start", &e->char_begin) || !UintField(a, "end", &e->char_end)) {
    return "an evidence item lacks start or end (digits)";
  }
  if (a.HasMember("byteStart") || a.HasMember("byteEnd")) {
    if (!UintField(a, "byteStart", &e->begin) || !UintField(a, "byteEnd", &e->end)) {
      return "an evidence item needs both byteStart and byteEnd (digits), or neither";
    }
  } else {
    // Derived from the code points and the sentence, as the writer left them out.
    auto bytes = s->second.char_start ? DeriveBytes(s->second.text, s->second.byte_start, *s->second.char_start,
                                                    e->char_begin, e->char_end)
                                      : std::nullopt;
    if (!bytes) {
      return "an evidence item without byteStart and byteEnd, whose span cannot be found in its sentence (" +
             *target + ") by code points";
    }
    e->begin = bytes->first;
    e->end = bytes->second;
  }
  auto rule = GetString(a, "rule");
  if (!rule) return "an evidence item lacks its rule";
  e->rule = *rule;
  if (auto quote = GetString(a, "sentenceText")) e->quote = *quote;
  if (a.HasMember("sentenceByteStart") && !UintField(a, "sentenceByteStart", &e->sentence_begin)) {
    return "an evidence item's sentenceByteStart is not digits";
  }
  if (auto date = GetString(a, "documentDate")) e->date = *date;
  return EvidenceProblem(*e);
}

std::string ReadAnnotations(const rapidjson::Value& item, const Sources& sources, std::vector<Evidence>* out) {
  auto it = item.FindMember("wasDerivedFrom");
  if (it == item.MemberEnd()) return "";
  if (!it->value.IsArray()) return "wasDerivedFrom is not an array";
  for (const auto& a : it->value.GetArray()) {
    Evidence e;
    if (std::string why = ReadAnnotation(a, sources, &e); !why.empty()) {
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
  // Sentences and documents first: annotations anywhere refer to them.
  Sources sources;
  std::size_t index = 0;
  for (const auto& item : items->value.GetArray()) {
    ++index;
    if (!item.IsObject()) continue;  // reported below
    auto id = GetString(item, "@id");
    auto type = GetString(item, "@type");
    if (!id || !type || (*type != "dm:Sentence" && *type != "dm:Document")) continue;
    if (std::string why = ReadSource(item, *id, *type, &sources); !why.empty()) {
      return Error{src + ": @graph item " + std::to_string(index) + ": " + why};
    }
  }
  KnowledgeGraph g;
  std::vector<LoadedEdge> edges;
  index = 0;
  for (const auto& item : items->value.GetArray()) {
    ++index;
    std::string at = src + ": @graph item " + std::to_string(index) + ": ";
    if (!item.IsObject()) return Error{at + "not an object"};
    auto id = GetString(item, "@id");
    auto type = GetString(item, "@type");
    if (!id || !type) return Error{at + "needs string \"@id\" and \"@type\""};
    if (*type == "dm:Sentence" || *type == "dm:Document") continue;
    std::vector<Evidence> evidence;
    if (std::string why = ReadAnnotations(item, sources, &evidence); !why.empty()) return Error{at + why};
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
