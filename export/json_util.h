// demarche/export/json_util.h (private to export/): RapidJSON set-up shared by the JSON writers.
#ifndef DEMARCHE_EXPORT_JSON_UTIL_H_
#define DEMARCHE_EXPORT_JSON_UTIL_H_

#define RAPIDJSON_HAS_STDSTRING 1
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "core/model.h"

namespace demarche {

// How many bytes at the start of [p, p + n) a JSON string holds as they are: RapidJSON's
// Writer (UTF-8 in and out, no flags) escapes only control characters (below 0x20), '"' and
// '\\', and copies every other byte. Most strings written are sentences with none of those:
// the scan tests eight bytes at a time (the last ones, and a string of four to seven bytes,
// as one overlapping word too), then finds the byte in the word that stops it.
inline std::size_t UnescapedRun(const char* p, std::size_t n) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  // Whether some byte of `x` is below `limit` (<= 0x80): the subtraction borrows into the
  // high bit of such a byte, and `~x` drops bytes whose high bit was set already.
  auto has_byte_below = [](std::uint64_t x, std::uint64_t limit) { return ((x - kOnes * limit) & ~x & kHighs) != 0; };
  // Whether one of the eight bytes of `word` needs an escape (a byte equal to c becomes 0 in
  // word ^ (kOnes * c): below 1).
  auto stops = [&](std::uint64_t word) {
    return has_byte_below(word, 0x20) || has_byte_below(word ^ (kOnes * '"'), 1) ||
           has_byte_below(word ^ (kOnes * '\\'), 1);
  };
  auto load8 = [](const char* q) {
    std::uint64_t word;
    std::memcpy(&word, q, 8);
    return word;
  };
  std::size_t i = 0;
  if (n >= 8) {
    while (i + 8 <= n && !stops(load8(p + i))) i += 8;
    // The last bytes in one step too: as the eight that end the string (those it shares
    // with the words above need no escape). Most strings end here.
    if (i + 8 > n && !stops(load8(p + n - 8))) return n;
  } else if (n >= 4) {
    // Four to seven bytes ("@type", "name"): the first four and the last four, overlapping,
    // tested as one word.
    std::uint32_t head, tail;
    std::memcpy(&head, p, 4);
    std::memcpy(&tail, p + n - 4, 4);
    if (!stops(std::uint64_t{tail} << 32 | head)) return n;
  }
  for (; i < n; ++i) {
    auto c = static_cast<unsigned char>(p[i]);
    if (c < 0x20 || c == '"' || c == '\\') break;
  }
  return i;
}

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

inline void Key(JsonWriter& w, const char* key) { w.Key(key); }
inline void Str(JsonWriter& w, const std::string& value) {
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

}  // namespace demarche

// Writer::WriteString asks ScanWriteUnescapedString to copy the run of bytes that need no
// escape before each byte it escapes; RapidJSON's own version copies nothing (the SIMD ones
// are for builds with RAPIDJSON_SSE2/SSE42/NEON), which leaves every byte to a loop of
// per-byte checks. This one copies the run at once. Every writer of export/ includes this
// header, so all of them see it before they write.
#if !defined(RAPIDJSON_SSE2) && !defined(RAPIDJSON_SSE42) && !defined(RAPIDJSON_NEON)
namespace rapidjson {
template <>
inline bool Writer<StringBuffer>::ScanWriteUnescapedString(StringStream& is, size_t length) {
  const std::size_t run = demarche::UnescapedRun(is.src_, length - is.Tell());
  if (run > 0) {
    std::memcpy(os_->PushUnsafe(run), is.src_, run);  // WriteString reserved room for the string
    is.src_ += run;
  }
  return is.Tell() < length;
}
}  // namespace rapidjson
#endif

#endif  // DEMARCHE_EXPORT_JSON_UTIL_H_
