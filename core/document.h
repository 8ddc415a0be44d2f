// demarche/core/document.h: one article, the UTF-8 text every span points into.
//
//   Result<Document> doc = ReadDocumentFile("data/samples/geneva-2022.txt", "2022-01-09");
//   if (doc) std::cout << doc->id << ": " << doc->text.size() << " bytes\n";
//
// A Document owns its text; sentences, tokens, mentions and evidence hold half-open byte
// ranges [begin, end) into `text`. Invalid UTF-8 is refused (not repaired) so that every
// offset stays valid and every export stays well-formed; a leading UTF-8 BOM is dropped.
#ifndef DEMARCHE_CORE_DOCUMENT_H_
#define DEMARCHE_CORE_DOCUMENT_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "core/result.h"

namespace demarche {

struct Document {
  std::string id;      // stable id: file name without extension, or the JSONL "id"
  std::string date;    // ISO 8601 date the text is relative to ("2022-01-09"), or empty
  std::string title;   // optional
  std::string source;  // path or URL it came from, for provenance
  std::string text;    // UTF-8, owned
};

// Largest document accepted by default (bytes). Larger inputs are refused with a message.
inline constexpr std::size_t kDefaultMaxDocumentBytes = 64u << 20;

// Checks and normalises raw bytes into a Document's text: drops a UTF-8 BOM; refuses empty
// text, NUL bytes ("binary file") and invalid UTF-8 with a message naming `origin` and the
// byte offset. CR LF and lone CR are kept (offsets refer to the bytes as given).
Result<std::string> CheckText(std::string bytes, std::string_view origin,
                              std::size_t max_bytes = kDefaultMaxDocumentBytes);

// Reads a whole file ("-" = standard input) into a Document with id = file stem.
Result<Document> ReadDocumentFile(const std::string& path, std::string date,
                                  std::size_t max_bytes = kDefaultMaxDocumentBytes);

// File name without directories and extension ("a/b/x.txt" -> "x"); "-" -> "stdin".
std::string DocumentIdFromPath(std::string_view path);

}  // namespace demarche

#endif  // DEMARCHE_CORE_DOCUMENT_H_
