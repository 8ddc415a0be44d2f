// demarche/export/provenance.h (private to export/): the compact provenance model that the
// JSON-LD writer and reader (export/jsonld.cc) and the N-Quads/Turtle writers (export/rdf.cc)
// share, so that the three give the same triples.
//
//   Provenance p(graph);                       // one pass over every evidence item
//   for (const auto& [at, s] : p.sentences())  // (document id, sentence index) -> its first item
//     ... SentenceIri(at.first, at.second), s.first->quote, s.first->sentence_begin, s.char_start ...
//   if (p.OwnQuote(e)) ... the annotation says its own dm:sentenceText
//
// A sentence is one resource per (document, sentence index) for the whole graph, and a
// document one per document id; their text, byte start and date are those of the first
// evidence item that names them (nodes in sorted order, then edges, each list in its
// order). An item whose quote, sentence byte start or date differ from those (a graph
// merged from two versions of a document) carries its own value on its annotation, so
// nothing is lost. The table holds views into the graph: it must outlive neither.
//
// Byte offsets are derived, not written, where they can be: a sentence also gives its start
// in code points (dm:start), and an item's UTF-8 byte span follows from its code-point span,
// the sentence's text and starts (DeriveBytes). An item for which that does not give its
// own byte span (text that is not UTF-8, offsets read from a hand-edited file) writes
// dm:byteStart and dm:byteEnd itself (OwnBytes).
#ifndef DEMARCHE_EXPORT_PROVENANCE_H_
#define DEMARCHE_EXPORT_PROVENANCE_H_

#include <cstdint>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/knowledge_graph.h"

namespace demarche {

// The byte span [begin, end) of the code-point span [char_begin, char_end) of a document,
// found in a sentence that starts at `sentence_byte_start` and `sentence_char_start`;
// nullopt when the span does not lie inside the sentence.
std::optional<std::pair<std::uint32_t, std::uint32_t>> DeriveBytes(std::string_view sentence_text,
                                                                     std::uint32_t sentence_byte_start,
                                                                     std::uint32_t sentence_char_start,
                                                                     std::uint32_t char_begin, std::uint32_t char_end);

class Provenance {
 public:
  using SentenceAt = std::pair<std::string_view, std::uint32_t>;  // document id, sentence index
  struct Sentence {
    const Evidence* first;                   // text: first->quote; byte start: first->sentence_begin
    std::optional<std::uint32_t> char_start;  // in code points, when the first item allows it
    std::string_view document_date;          // the date documents() gives its document
    bool ascii = false;  // its text is ASCII: a code-point offset is a byte offset (no walk)
  };
  explicit Provenance(const KnowledgeGraph& graph);

  // Each sentence with its entry, sorted by document id (bytes), then index.
  const std::vector<std::pair<SentenceAt, const Sentence*>>& sentences() const { return sentences_; }
  // Each document id with its date ("" when unknown), sorted by id.
  const std::vector<std::pair<std::string_view, std::string_view>>& documents() const { return documents_; }

  bool OwnQuote(const Evidence& e) const { return SentenceOf(e).quote != e.quote; }
  bool OwnSentenceBegin(const Evidence& e) const { return SentenceOf(e).sentence_begin != e.sentence_begin; }
  bool OwnDate(const Evidence& e) const { return Find(e).document_date != e.date; }
  // Whether the item's byte span must be written: it cannot be derived from its sentence.
  bool OwnBytes(const Evidence& e) const;
  // The four answers above at once, from one lookup of the item's sentence (a writer that
  // asks all four for every item: the JSON-LD and RDF annotations).
  struct Own {
    bool bytes = false, quote = false, sentence_begin = false, date = false;
  };
  Own OwnOf(const Evidence& e) const;

 private:
  const Evidence& SentenceOf(const Evidence& e) const { return *Find(e).first; }
  // The entry of an item's sentence (every item of the graph has one).
  const Sentence& Find(const Evidence& e) const { return index_.at({e.doc_id, e.sentence}); }
  // Whether DeriveBytes gives the item's own byte span from its sentence `s` (whose text and
  // byte start the item shares).
  static bool BytesDerive(const Sentence& s, const Evidence& e);
  void Add(const std::vector<Evidence>& evidence);
  struct SentenceAtHash {
    std::size_t operator()(const SentenceAt& at) const {
      return std::hash<std::string_view>{}(at.first) * 31 + at.second;
    }
  };
  // The entries by hash, filled while the items are read (writers look an item's sentence
  // up once per item); sentences_ and documents_ are sorted once all are in (cheaper than
  // ordered maps, whose every insertion compares document ids at every level).
  std::unordered_map<SentenceAt, Sentence, SentenceAtHash> index_;
  std::unordered_map<std::string_view, std::string_view> dates_;  // document id -> its date
  std::vector<std::pair<SentenceAt, const Sentence*>> sentences_;
  std::vector<std::pair<std::string_view, std::string_view>> documents_;
};

}  // namespace demarche

#endif  // DEMARCHE_EXPORT_PROVENANCE_H_
