// demarche/core/text_util.h: small byte-level text helpers shared by every layer.
//
//   Slug("NATO-Russia Council") == "nato-russia-council"
//   CodePointOffset(text, 7) == number of code points in text[0, 7)
//   std::string bad; ValidateUtf8(text, &bad_offset)
//
// All offsets are byte offsets into UTF-8 text unless a name says otherwise. Pure functions,
// thread-safe.
#ifndef DEMARCHE_CORE_TEXT_UTIL_H_
#define DEMARCHE_CORE_TEXT_UTIL_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace demarche {

// Lower-case ASCII letters and digits joined by single '-'; other bytes (punctuation, spaces)
// separate words; non-ASCII letters are kept as they are. Safe inside an IRI path.
std::string Slug(std::string_view text);
// Slug(text) appended to *out: for keys made of a prefix and a slug ("person:" + slug) in one
// string, without a temporary.
void AppendSlug(std::string* out, std::string_view text);

// Latin letters with diacritics (U+00C0 to U+017F, and Romanian s/t with comma) folded to
// ASCII ("Reykjavík" -> "Reykjavik", "Schröder" -> "Schroder", "Chișinău" -> "Chisinau");
// every other byte unchanged. For matching names that news writes without accents.
std::string FoldLatin(std::string_view text);
// False when FoldLatin(text) == text for sure (no byte 0xC3-0xC8, which start the letters it
// folds): a caller can skip the copy FoldLatin makes.
bool MayFoldLatin(std::string_view text);

// ASCII lower-casing; other bytes unchanged.
std::string AsciiLower(std::string_view text);

// True when text is well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF). On failure
// *bad_offset is the byte offset of the first bad sequence.
bool ValidateUtf8(std::string_view text, std::size_t* bad_offset);

// Number of Unicode code points in text[0, byte_offset). text must be valid UTF-8.
std::size_t CodePointOffset(std::string_view text, std::size_t byte_offset);

// Splits on a single-byte separator; keeps empty fields.
std::vector<std::string_view> Split(std::string_view text, char sep);

// Text with leading and trailing ASCII white space removed.
std::string_view Trim(std::string_view text);

// Collapses runs of white space and control characters (C0, DEL: never part of a name)
// into one space, trims the ends.
std::string CollapseSpace(std::string_view text);

}  // namespace demarche

#endif  // DEMARCHE_CORE_TEXT_UTIL_H_
