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
#include <cstring>
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
  bool MayContain(std::string_view w) const { return !words_.empty() && MayContainHashed(Hash(w)); }
  // MayContain with the word's Hash() computed by the caller: a word tested against several
  // filters (one per rule stage) is hashed once ("talks" against "frames" and "meetings").
  bool MayContainHashed(std::uint64_t hash) const {
    if (words_.empty()) return false;
    std::uint64_t b = hash & mask_;
    return (words_[b >> 6] >> (b & 63)) & 1;
  }

  // Reads at most 16 bytes, whatever the word's length: the first and last eight (four for
  // a word of 4 to 7 bytes; first, middle and last byte below that), with the length, then
  // mixed so that the low bits depend on all of them. The same for every filter (only the
  // mask differs), so one hash serves them all. (A per-byte loop cost more than the
  // rest of a lookup; two long words that share length, head and tail share a bit, which
  // only lets the other through as one of the few false positives.)
  static std::uint64_t Hash(std::string_view w) {
    const std::size_t n = w.size();
    const char* p = w.data();
    std::uint64_t a = 0, b = 0;
    if (n >= 8) {
      std::memcpy(&a, p, 8);
      std::memcpy(&b, p + n - 8, 8);
    } else if (n >= 4) {
      std::uint32_t lo = 0, hi = 0;
      std::memcpy(&lo, p, 4);
      std::memcpy(&hi, p + n - 4, 4);
      a = (std::uint64_t{lo} << 32) | hi;
    } else if (n > 0) {
      a = (std::uint64_t{static_cast<unsigned char>(p[0])} << 16) |
          (std::uint64_t{static_cast<unsigned char>(p[n >> 1])} << 8) | static_cast<unsigned char>(p[n - 1]);
    }
    std::uint64_t h = (a ^ n) * 0x9E3779B97F4A7C15ull ^ (b + n) * 0xC2B2AE3D27D4EB4Full;
    h ^= h >> 32;
    h *= 0xD6E8FEB86659FD93ull;
    return h ^ (h >> 32);
  }

 private:
  std::vector<std::uint64_t> words_;
  std::uint64_t mask_ = 0;
};

}  // namespace demarche
