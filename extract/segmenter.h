// demarche/extract/segmenter.h: sentences and tokens with byte offsets.
//
//   std::vector<Sentence> ss = Segment(doc.text);
//   for (const Token& t : ss[0].tokens) std::cout << doc.text.substr(t.begin, t.end - t.begin);
//
// Tokens are half-open byte ranges [begin, end) into the text passed in (which must outlive
// them). Words keep internal periods of abbreviations ("U.S.", "Jan.", "Mr.", initials), a
// possessive "'s" is its own token, hyphens and punctuation are tokens of their own. A
// sentence ends after . ! ? (and closing quotes) before a capital, digit or quote, at a blank
// line, after an upper-case headline line, or at `max_tokens`. Abbreviations never end a
// sentence by their period. Pure function, thread-safe.
#ifndef DEMARCHE_EXTRACT_SEGMENTER_H_
#define DEMARCHE_EXTRACT_SEGMENTER_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace demarche {

struct Token {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  bool newline_before = false;  // a line break lies between the previous token and this one
};

struct Sentence {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::vector<Token> tokens;
};

std::vector<Token> Tokenize(std::string_view text);
std::vector<Sentence> Segment(std::string_view text, std::size_t max_tokens = 1000);

}  // namespace demarche

#endif  // DEMARCHE_EXTRACT_SEGMENTER_H_
