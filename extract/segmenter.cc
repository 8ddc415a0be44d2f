#include "extract/segmenter.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_set>

namespace demarche {
namespace {

// One table lookup per byte instead of three range tests: the tokenizer asks this of every
// byte of the text.
constexpr std::array<bool, 256> kAsciiAlnum = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return t;
}();
bool IsAsciiAlnum(unsigned char c) { return kAsciiAlnum[c]; }
bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
// Control characters (C0 and DEL) separate tokens like spaces: they are never part of a
// word, so no name or label built from tokens can carry one (XML forbids most of them).
bool IsSpace(unsigned char c) { return c <= 0x20 || c == 0x7F; }

// Multi-byte punctuation that must not glue onto words: curly quotes, dashes, ellipsis,
// guillemets, no-break space. Returns its byte length, or 0.
std::size_t UnicodePunct(std::string_view t, std::size_t i) {
  auto b = [&](std::size_t k) { return i + k < t.size() ? static_cast<unsigned char>(t[i + k]) : 0; };
  if (b(0) == 0xE2 && b(1) == 0x80 && b(2) >= 0x90 && b(2) <= 0xA6) return 3;  // U+2010-2026
  if (b(0) == 0xC2 && (b(1) == 0xAB || b(1) == 0xBB || b(1) == 0xA0)) return 2;  // « » nbsp
  return 0;
}

inline bool IsWordByte(std::string_view t, std::size_t i) {
  auto c = static_cast<unsigned char>(t[i]);
  if (c < 0x80) return IsAsciiAlnum(c);
  return UnicodePunct(t, i) == 0;
}

// The words whose period the tokenizer keeps: data/lexicons/abbreviations.tsv, compiled in.
const std::unordered_set<std::string>& Abbreviations() {
  static const std::unordered_set<std::string> abbreviations = {
#include "abbreviations.inc"
  };
  return abbreviations;
}

bool IsQuoteOrClose(std::string_view tok) {
  return tok == "\"" || tok == "'" || tok == ")" || tok == "]" || tok == "\xE2\x80\x9D" ||
         tok == "\xE2\x80\x99";
}
bool IsOpenQuote(std::string_view tok) {
  return tok == "\"" || tok == "'" || tok == "(" || tok == "\xE2\x80\x9C" || tok == "\xE2\x80\x98";
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> out;
  out.reserve(text.size() / 5 + 1);  // about one token in five bytes of news
  std::size_t i = 0, n = text.size();
  bool newline = false;
  while (i < n) {
    auto c = static_cast<unsigned char>(text[i]);
    if (IsSpace(c)) {
      if (c == '\n' || c == '\r') newline = true;
      ++i;
      continue;
    }
    // (Every such punctuation mark starts with a non-ASCII byte: most tokens skip the call.)
    if (std::size_t p = c >= 0x80 ? UnicodePunct(text, i) : 0; p > 0) {
      if (text[i + 1] == '\xA0') {  // no-break space is space
        i += p;
        continue;
      }
      // Right single quote followed by "s" and a non-word: possessive.
      if (p == 3 && text[i + 2] == '\x99' && i + 3 < n && (text[i + 3] == 's') &&
          (i + 4 >= n || !IsWordByte(text, i + 4)) && !out.empty() && out.back().end == i) {
        out.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 4), newline});
        i += 4;
        newline = false;
        continue;
      }
      out.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + p), newline});
      i += p;
      newline = false;
      continue;
    }
    std::size_t start = i;
    if (IsWordByte(text, i)) {
      while (i < n) {
        // A run of ASCII letters and digits in a tight loop: most words are nothing else.
        while (i < n && IsAsciiAlnum(static_cast<unsigned char>(text[i]))) ++i;
        if (i >= n) break;
        if (IsWordByte(text, i)) {
          ++i;
          continue;
        }
        char ch = text[i];
        // Apostrophe inside a word ("won't", "O'Brien"), but not a possessive 's.
        if ((ch == '\'') && i + 1 < n && IsWordByte(text, i + 1)) {
          bool possessive = text[i + 1] == 's' && (i + 2 >= n || !IsWordByte(text, i + 2));
          if (possessive) break;
          ++i;
          continue;
        }
        // The same with a typographic apostrophe (U+2019): "isn’t", "O’Brien".
        if (ch == '\xE2' && i + 3 < n && text[i + 1] == '\x80' && text[i + 2] == '\x99' && IsWordByte(text, i + 3)) {
          bool possessive = text[i + 3] == 's' && (i + 4 >= n || !IsWordByte(text, i + 4));
          if (possessive) break;
          i += 3;
          continue;
        }
        // Digits with separators: 1,000  3.5
        if ((ch == ',' || ch == '.') && i + 1 < n && i > start &&
            text[i - 1] >= '0' && text[i - 1] <= '9' && text[i + 1] >= '0' && text[i + 1] <= '9') {
          ++i;
          continue;
        }
        // U.S.  U.S.S.R.  e.g.
        if (ch == '.' && i + 2 < n && i - start == 1 + (text[start] == '.' ? 1 : 0) &&
            IsAsciiAlnum(static_cast<unsigned char>(text[i + 1])) && text[i + 2] == '.') {
          i += 2;
          while (i + 2 < n && IsAsciiAlnum(static_cast<unsigned char>(text[i + 1])) && text[i + 2] == '.' &&
                 (i + 3 >= n || !IsWordByte(text, i + 3)))
            i += 2;
          ++i;  // final period
          break;
        }
        break;
      }
      if (i < n && text[i] == '.' && text[i - 1] != '.') {
        std::string_view word = text.substr(start, i - start);
        bool initial = word.size() == 1 && IsUpper(static_cast<unsigned char>(word[0]));
        if (initial || Abbreviations().count(std::string(word))) ++i;
      }
    } else if (c == '\'' && i + 1 < n && text[i + 1] == 's' && (i + 2 >= n || !IsWordByte(text, i + 2)) &&
               !out.empty() && out.back().end == i) {
      i += 2;  // possessive 's
    } else {
      ++i;  // one punctuation byte (ASCII)
    }
    out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(i), newline});
    newline = false;
  }
  return out;
}

std::vector<Sentence> Segment(std::string_view text, std::size_t max_tokens) {
  std::vector<Token> tokens = Tokenize(text);
  std::vector<Sentence> out;
  auto tok = [&](std::size_t k) {
    return text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin);
  };
  auto blank_line_before = [&](std::size_t k) {
    if (k == 0) return false;
    std::string_view gap = text.substr(tokens[k - 1].end, tokens[k].begin - tokens[k - 1].end);
    std::size_t first = gap.find('\n');
    return first != std::string_view::npos && gap.find('\n', first + 1) != std::string_view::npos;
  };
  std::size_t start = 0;
  std::size_t line_start = 0;  // first token of the current line
  auto flush = [&](std::size_t end_tok) {
    if (end_tok <= start) return;
    Sentence s;
    s.begin = tokens[start].begin;
    s.end = tokens[end_tok - 1].end;
    s.tokens.assign(tokens.begin() + static_cast<long>(start), tokens.begin() + static_cast<long>(end_tok));
    out.push_back(std::move(s));
    start = end_tok;
  };
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (k > start && tokens[k].newline_before) {
      // Blank line, or a headline line (no lower-case letter) ends the sentence.
      std::string_view line = text.substr(tokens[line_start].begin, tokens[k - 1].end - tokens[line_start].begin);
      bool lower = false, letter = false;
      for (char ch : line) {
        if (ch >= 'a' && ch <= 'z') {
          lower = letter = true;
          break;  // a lower-case letter settles it: no headline (most lines have one early)
        }
        if (ch >= 'A' && ch <= 'Z') letter = true;
      }
      bool headline = letter && !lower;
      if (blank_line_before(k) || headline) flush(k);
    }
    if (tokens[k].newline_before) line_start = k;
    std::string_view t = tok(k);
    bool terminal = t == "." || t == "!" || t == "?" || t == "\xE2\x80\xA6";
    if (terminal) {
      std::size_t end = k + 1;
      while (end < tokens.size() && IsQuoteOrClose(tok(end)) && !tokens[end].newline_before &&
             tokens[end].begin == tokens[end - 1].end)
        ++end;
      while (end < tokens.size() && (tok(end) == "." || tok(end) == "!" || tok(end) == "?")) ++end;
      if (end >= tokens.size()) {
        flush(tokens.size());
        k = tokens.size();
        break;
      }
      std::string_view next = tok(end);
      auto first = static_cast<unsigned char>(next[0]);
      if (IsUpper(first) || (first >= '0' && first <= '9') || IsOpenQuote(next) ||
          first >= 0x80 || tokens[end].newline_before) {
        flush(end);
        k = end - 1;
        continue;
      }
    }
    // "a direct threat to the U.S. They urged ...": an abbreviation with dots keeps its period,
    // so its sentence ends only where a subject pronoun opens the next one.
    if (t.size() >= 3 && t.back() == '.' && IsUpper(static_cast<unsigned char>(t[0])) && t[1] == '.' &&
        k + 1 < tokens.size() && !tokens[k + 1].newline_before) {
      static constexpr std::string_view kOpeners[] = {"He", "She", "They", "It", "We"};
      std::string_view next = tok(k + 1);
      if (std::find(std::begin(kOpeners), std::end(kOpeners), next) != std::end(kOpeners)) {
        flush(k + 1);
        continue;
      }
    }
    if (k + 1 - start >= max_tokens) flush(k + 1);
  }
  flush(tokens.size());
  return out;
}

}  // namespace demarche
