// WordHash: a hash functor for hash tables keyed by words and short phrases, cheaper than
// std::hash<std::string> (libstdc++'s out-of-line _Hash_bytes: a call and a byte-wise tail
// for every lookup) on the keys extraction looks up hundreds of thousands of times per
// corpus ("talks", "called for").
//
// Usage:
//   std::unordered_map<std::string, int, WordHash, std::equal_to<>> ids;
//   ids.find(std::string_view("talks"));   // transparent: no std::string made
//
// Words of up to 16 bytes are hashed as TokenFilter hashes them (every byte read); longer
// phrases also mix in each 8-byte block between head and tail. The value is not stable
// across versions and must not decide any output order (iterate such tables only to sort).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "extract/text/token_filter.h"

namespace demarche {

struct WordHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view w) const {
    std::uint64_t h = TokenFilter::Hash(w);  // head, tail and length
    // "prime minister of the united kingdom": blocks between the first and last eight bytes.
    for (std::size_t at = 8; at + 8 < w.size(); at += 8) {
      std::uint64_t block = 0;
      std::memcpy(&block, w.data() + at, 8);
      h = (h ^ block) * 0x9E3779B97F4A7C15ull;
      h ^= h >> 29;
    }
    return static_cast<std::size_t>(h);
  }
};

}  // namespace demarche
