#include "core/text_util.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

namespace demarche {

std::string Slug(std::string_view text) {
  std::string out;
  AppendSlug(&out, text);
  return out;
}

void AppendSlug(std::string* out, std::string_view text) {
  out->reserve(out->size() + text.size());  // a slug is never longer than its text
  const std::size_t start = out->size();
  bool pending_dash = false;
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
                c >= 0x80;
    if (!keep) {
      pending_dash = out->size() > start;
      continue;
    }
    if (pending_dash) out->push_back('-');
    pending_dash = false;
    out->push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : ch);
  }
}

bool MayFoldLatin(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    return static_cast<unsigned char>(c) >= 0xC3 && static_cast<unsigned char>(c) <= 0xC8;
  });
}

std::string FoldLatin(std::string_view text) {
  // ASCII for U+00C0 + i; empty where there is none (multiplication and division signs).
  static const char* const kFold[] = {
      "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",
      "D", "N", "O", "O", "O", "O", "O", "", "O", "U", "U", "U", "U", "Y", "Th", "ss",
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
      "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
      "A", "a", "A", "a", "A", "a", "C", "c", "C", "c", "C", "c", "C", "c", "D", "d",
      "D", "d", "E", "e", "E", "e", "E", "e", "E", "e", "E", "e", "G", "g", "G", "g",
      "G", "g", "G", "g", "H", "h", "H", "h", "I", "i", "I", "i", "I", "i", "I", "i",
      "I", "i", "IJ", "ij", "J", "j", "K", "k", "k", "L", "l", "L", "l", "L", "l", "L",
      "l", "L", "l", "N", "n", "N", "n", "N", "n", "n", "N", "n", "O", "o", "O", "o",
      "O", "o", "OE", "oe", "R", "r", "R", "r", "R", "r", "S", "s", "S", "s", "S", "s",
      "S", "s", "T", "t", "T", "t", "T", "t", "U", "u", "U", "u", "U", "u", "U", "u",
      "U", "u", "U", "u", "W", "w", "Y", "y", "Y", "Z", "z", "Z", "z", "Z", "z", "s",
  };
  // Only bytes 0xC3-0xC8 start a folded letter: text without them is its own folding.
  std::size_t first = 0;
  while (first < text.size() && (static_cast<unsigned char>(text[first]) < 0xC3 ||
                                 static_cast<unsigned char>(text[first]) > 0xC8)) {
    ++first;
  }
  if (first == text.size()) return std::string(text);
  std::string out;
  out.reserve(text.size());
  out.append(text.substr(0, first));
  for (std::size_t i = first; i < text.size(); ++i) {
    auto b0 = static_cast<unsigned char>(text[i]);
    if (b0 >= 0xC3 && b0 <= 0xC8 && i + 1 < text.size()) {
      auto b1 = static_cast<unsigned char>(text[i + 1]);
      if ((b1 & 0xC0) == 0x80) {
        unsigned cp = ((b0 & 0x1Fu) << 6) | (b1 & 0x3Fu);
        const char* ascii = nullptr;
        if (cp >= 0xC0 && cp < 0x180 && *kFold[cp - 0xC0]) ascii = kFold[cp - 0xC0];
        if (cp == 0x218) ascii = "S";
        if (cp == 0x219) ascii = "s";
        if (cp == 0x21A) ascii = "T";
        if (cp == 0x21B) ascii = "t";
        if (ascii) {
          out += ascii;
          ++i;
          continue;
        }
      }
    }
    out.push_back(static_cast<char>(b0));
  }
  return out;
}

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  std::size_t i = 0;
  // Eight bytes at a time (the extractor lowers whole documents): in each byte below 0x80,
  // adding 0x3F sets the high bit from 'A' up and adding 0x25 from 'Z' + 1 up (no carry
  // leaves a byte); an upper-case letter gets 0x20, the high bit shifted down two.
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  for (; i + 8 <= out.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, out.data() + i, 8);
    const std::uint64_t low7 = w & ~kHighs;
    const std::uint64_t upper =
        ~w & (low7 + kOnes * (0x80 - 'A')) & ~(low7 + kOnes * (0x80 - 'Z' - 1)) & kHighs;
    w |= upper >> 2;
    std::memcpy(out.data() + i, &w, 8);
  }
  for (; i < out.size(); ++i) {
    char& c = out[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool ValidateUtf8(std::string_view text, std::size_t* bad_offset) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    // Eight ASCII bytes at a time (most text is ASCII).
    if (i + 8 <= n) {
      std::uint64_t w;
      std::memcpy(&w, s + i, 8);
      if ((w & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    unsigned c = s[i];
    std::size_t len;
    unsigned min;
    unsigned cp;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      len = 2, min = 0x80, cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3, min = 0x800, cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4, min = 0x10000, cp = c & 0x07;
    } else {
      if (bad_offset) *bad_offset = i;
      return false;
    }
    if (i + len > n) {
      if (bad_offset) *bad_offset = i;
      return false;
    }
    for (std::size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) {
        if (bad_offset) *bad_offset = i;
        return false;
      }
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      if (bad_offset) *bad_offset = i;
      return false;
    }
    i += len;
  }
  return true;
}

std::size_t CodePointOffset(std::string_view text, std::size_t byte_offset) {
  std::size_t count = 0;
  const std::size_t end = std::min(byte_offset, text.size());
  std::size_t i = 0;
  // Eight bytes at a time: a continuation byte has its top bits 10.
  for (; i + 8 <= end; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, text.data() + i, 8);
    // Most blocks of news are ASCII: eight code points, without the popcount (built for any
    // x86-64, std::popcount is a call into libgcc).
    if (!(w & 0x8080808080808080ull)) {
      count += 8;
      continue;
    }
    count += 8 - static_cast<std::size_t>(std::popcount(w & ~(w << 1) & 0x8080808080808080ull));
  }
  for (; i < end; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
  }
  return count;
}

std::vector<std::string_view> Split(std::string_view text, char sep) {
  std::vector<std::string_view> out;
  out.reserve(8);  // a TSV row or a short list: one allocation
  std::size_t start = 0;
  while (true) {
    std::size_t pos = text.find(sep, start);
    if (pos == std::string_view::npos) {
      out.push_back(text.substr(start));
      return out;
    }
    out.push_back(text.substr(start, pos - start));
    start = pos + 1;
  }
}

std::string_view Trim(std::string_view text) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

std::string CollapseSpace(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : Trim(text)) {
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7F) {
      space = true;
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace demarche
