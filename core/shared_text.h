// demarche/core/shared_text.h: an immutable string that copies share instead of duplicating.
//
//   SharedText quote(doc.text.substr(s.begin, s.end - s.begin));  // one allocation
//   Evidence a{.quote = quote}, b{.quote = quote};                  // no copy of the text
//   const std::string& text = a.quote;    // or a.quote.str(); a.quote.view()
//   a.quote == b.quote;                   // true at once (same storage); else by value
//
// Purpose: evidence (core/model.h) names its document, rule, date and whole sentence. One
// sentence gives many evidence items (a mention, an edge, a node, then every merge copies them
// again), and one document or rule gives thousands. Held as std::string, each copy was a
// malloc, a memcpy and a free. A SharedText holds its text once, on the heap, and every copy
// is a pointer plus a reference count; the extractor (extract/doc_state.h) makes one per
// document id, date, rule and sentence, and all evidence of that document shares them.
//
// Shape: a std::shared_ptr<const std::string>, null for the empty text. It behaves as a
// read-only std::string: converts to const std::string& and std::string_view, has size(),
// empty(), data(), substr(), find(), operator[] and iterators; assigning a std::string (or a
// literal) replaces the shared text with a new one, never modifying text another copy sees.
// Comparison and ordering are by VALUE (the same as std::string's), so sorting evidence gives
// the same order whatever storage its texts happen to share; equal storage is only a shortcut.
//
// Thread safety: the text itself never changes after construction, so any number of threads
// may read, copy, compare and destroy copies of the same SharedText concurrently (the reference
// count is atomic, as std::shared_ptr's). As for any object, one SharedText variable must not
// be assigned in one thread while another thread reads or assigns that same variable.
#ifndef DEMARCHE_CORE_SHARED_TEXT_H_
#define DEMARCHE_CORE_SHARED_TEXT_H_

#include <compare>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

namespace demarche {

class SharedText {
 public:
  using const_iterator = std::string::const_iterator;
  static constexpr std::size_t npos = std::string::npos;

  SharedText() = default;
  SharedText(std::string text)  // NOLINT: implicit, as a std::string is built from one
      : text_(text.empty() ? nullptr : std::make_shared<const std::string>(std::move(text))) {}
  SharedText(std::string_view text) : SharedText(std::string(text)) {}  // NOLINT
  SharedText(const char* text) : SharedText(std::string(text)) {}       // NOLINT

  const std::string& str() const { return text_ ? *text_ : Empty(); }
  std::string_view view() const { return str(); }
  operator const std::string&() const { return str(); }  // NOLINT
  operator std::string_view() const { return str(); }    // NOLINT

  bool empty() const { return !text_; }
  std::size_t size() const { return str().size(); }
  const char* data() const { return str().data(); }
  const char* c_str() const { return str().c_str(); }
  char operator[](std::size_t i) const { return str()[i]; }
  const_iterator begin() const { return str().begin(); }
  const_iterator end() const { return str().end(); }
  std::string substr(std::size_t pos, std::size_t n = npos) const { return str().substr(pos, n); }
  std::size_t find(char c, std::size_t pos = 0) const { return str().find(c, pos); }
  std::size_t find(std::string_view s, std::size_t pos = 0) const { return str().find(s, pos); }

  // By value; the same storage is equal without reading it.
  friend bool operator==(const SharedText& a, const SharedText& b) {
    return a.text_ == b.text_ || a.view() == b.view();
  }
  friend std::strong_ordering operator<=>(const SharedText& a, const SharedText& b) {
    if (a.text_ == b.text_) return std::strong_ordering::equal;
    return a.view() <=> b.view();
  }
  friend bool operator==(const SharedText& a, std::string_view b) { return a.view() == b; }
  friend std::strong_ordering operator<=>(const SharedText& a, std::string_view b) { return a.view() <=> b; }
  friend bool operator==(const SharedText& a, const std::string& b) { return a.view() == b; }
  friend std::strong_ordering operator<=>(const SharedText& a, const std::string& b) {
    return a.view() <=> std::string_view(b);
  }
  friend bool operator==(const SharedText& a, const char* b) { return a.view() == b; }
  friend std::strong_ordering operator<=>(const SharedText& a, const char* b) {
    return a.view() <=> std::string_view(b);
  }

 private:
  static const std::string& Empty() { return kEmpty; }
  static inline const std::string kEmpty;

  std::shared_ptr<const std::string> text_;
};

}  // namespace demarche

#endif  // DEMARCHE_CORE_SHARED_TEXT_H_
