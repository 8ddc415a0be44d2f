// TokenFilter: a one-hash Bloom filter over words, to answer "surely not in this set" for
// most tokens of a sentence without hashing into (and walking) an unordered_set.
//
// Usage:
//   TokenFilter f;
//   for (const std::string& w : set) f.Add(w);   // while loading; sized by Reserve() first
//   if (f.MayContain(token) && set.count(token)) ...
//
// MayContain() is false only for a word never added (no false negatives); it is true for
// every added word and for a small share of others (with Reserve(n) for the n words added,
// about 1 in 16). Words are compared as bytes (case and Unicode as given).
// Thread safety: Add() and Reserve() are not; MayContain() on a filter no longer changed
// may be called from any number of threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace demarche {

class TokenFilter {
 public:
  // Sizes the filter for `n` words (16 bits per word, a power of two); clears it.
  void Reserve(std::size_t n) {
    std::size_t bits = 64;
    while (bits < n * 16) bits <<= 1;
    words_.assign(bits / 64, 0);
    mask_ = bits - 1;
  }
  void Add(std::string_view w) {
    if (words_.empty()) Reserve(64);
    std::uint64_t b = Hash(w) & mask_;
    words_[b >> 6] |= std::uint64_t{1} << (b & 63);
  }
  bool MayContain(std::string_view w) const {
    if (words_.empty()) return false;
    std::uint64_t b = Hash(w) & mask_;
    return (words_[b >> 6] >> (b & 63)) & 1;
  }

 private:
  // FNV-1a, 64 bits, with a final mix so the low bits depend on every byte.
  static std::uint64_t Hash(std::string_view w) {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : w) h = (h ^ c) * 1099511628211ull;
    return h ^ (h >> 29);
  }
  std::vector<std::uint64_t> words_;
  std::uint64_t mask_ = 0;
};

}  // namespace demarche
