#include "export/provenance.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "core/text_util.h"

namespace demarche {
namespace {

bool Continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// True when every byte of `text` is below 0x80. Eight bytes at a time: it reads the whole
// sentence of every sentence an evidence item quotes.
bool AllAscii(std::string_view text) {
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, text.data() + i, 8);
    if (w & 0x8080808080808080ull) return false;
  }
  for (; i < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) >= 0x80) return false;
  }
  return true;
}

// Bytes taken by the first `n` code points of `text`; nullopt when it has fewer.
std::optional<std::uint32_t> BytesOf(std::string_view text, std::uint32_t n) {
  std::size_t i = 0;
  for (std::uint32_t k = 0; k < n; ++k) {
    if (i >= text.size()) return std::nullopt;
    ++i;
    while (i < text.size() && Continuation(text[i])) ++i;
  }
  return static_cast<std::uint32_t>(i);
}

}  // namespace

std::optional<std::pair<std::uint32_t, std::uint32_t>> DeriveBytes(std::string_view text, std::uint32_t byte_start,
                                                                     std::uint32_t char_start, std::uint32_t char_begin,
                                                                     std::uint32_t char_end) {
  if (char_begin < char_start || char_end < char_begin) return std::nullopt;
  auto b = BytesOf(text, char_begin - char_start);
  if (!b) return std::nullopt;
  // The end goes on from the start (BytesOf walks one code point at a time: the same as
  // counting char_end - char_start from the sentence's start, without walking it twice).
  auto e = BytesOf(text.substr(*b), char_end - char_begin);
  if (!e) return std::nullopt;
  return std::pair{byte_start + *b, byte_start + *b + *e};
}

Provenance::Provenance(const KnowledgeGraph& g) {
  for (auto v : g.SortedVertices()) Add(g.node(v).evidence);
  for (auto e : g.SortedEdges()) Add(g.edge(e).evidence);
  sentences_.reserve(index_.size());
  for (const auto& [at, s] : index_) sentences_.emplace_back(at, &s);
  std::sort(sentences_.begin(), sentences_.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });  // keys are unique
  documents_.assign(dates_.begin(), dates_.end());
  std::sort(documents_.begin(), documents_.end());  // ids are unique
}

void Provenance::Add(const std::vector<Evidence>& evidence) {
  for (const Evidence& e : evidence) {
    // A sentence seen before has its entry and its document's: one hash probe says so.
    auto [it, fresh] = index_.try_emplace({e.doc_id, e.sentence});
    if (!fresh) continue;
    auto doc = dates_.try_emplace(e.doc_id, e.date).first;
    it->second = Provenance::Sentence{&e, std::nullopt, doc->second};
    it->second.ascii = AllAscii(e.quote);
    if (e.begin >= e.sentence_begin && e.begin - e.sentence_begin <= e.quote.size()) {
      // The sentence's start in code points: the item's, less the code points before it
      // (its bytes that are no continuation bytes, counted eight at a time).
      std::string_view before(e.quote.data(), e.begin - e.sentence_begin);
      const auto n = static_cast<std::uint32_t>(CodePointOffset(before, before.size()));
      if (n <= e.char_begin) it->second.char_start = e.char_begin - n;
    }
  }
}

bool Provenance::BytesDerive(const Sentence& s, const Evidence& e) {
  if (!s.char_start) return false;
  const std::uint32_t start = *s.char_start;
  if (s.ascii) {
    // What DeriveBytes gives for ASCII text, one byte per code point, without walking it.
    if (e.char_begin < start || e.char_end < e.char_begin || e.char_end - start > e.quote.size()) return false;
    return e.sentence_begin + (e.char_begin - start) == e.begin && e.sentence_begin + (e.char_end - start) == e.end;
  }
  auto bytes = DeriveBytes(e.quote, e.sentence_begin, start, e.char_begin, e.char_end);
  return bytes && bytes->first == e.begin && bytes->second == e.end;
}

bool Provenance::OwnBytes(const Evidence& e) const {
  if (OwnQuote(e) || OwnSentenceBegin(e)) return true;
  return !BytesDerive(Find(e), e);
}

Provenance::Own Provenance::OwnOf(const Evidence& e) const {
  const Sentence& s = Find(e);
  Own own;
  if (s.first != &e) {  // the first item of its sentence has nothing of its own but bytes
    own.quote = s.first->quote != e.quote;
    own.sentence_begin = s.first->sentence_begin != e.sentence_begin;
  }
  own.date = s.document_date != e.date;
  own.bytes = own.quote || own.sentence_begin || !BytesDerive(s, e);
  return own;
}

}  // namespace demarche
