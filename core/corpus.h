// demarche/core/corpus.h: streams documents from files, directories, standard input and
// JSON-lines article collections, one at a time.
//
//   auto reader = CorpusReader::Open({"articles/", "reuters.jsonl", "-"}, {.date = "2022-01-09"});
//   if (!reader) { std::cerr << reader.error().message; return 1; }
//   while (true) {
//     auto doc = reader->Next();           // Error with file:line on bad input
//     if (!doc) { ...; break; }
//     if (!*doc) break;                    // end of the corpus
//     Use(**doc);
//   }
//
// Inputs: a file ending in .jsonl (one JSON object a line: "id" and "text" required, "date"
// (YYYY-MM-DD...), "title", "url" optional; the text is the title, a blank line, then the
// text); another file (a UTF-8 text; its id is the file stem, its date the --date given);
// a directory (every *.txt and *.jsonl below it, in name order); "-" (standard input as one
// text). Only one document is held in memory at a time. Not thread-safe.
#ifndef DEMARCHE_CORE_CORPUS_H_
#define DEMARCHE_CORE_CORPUS_H_

#include <cstdint>
#include <fstream>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/document.h"
#include "core/result.h"

namespace demarche {

struct CorpusOptions {
  std::string date;  // date of plain files (and of JSON lines without one); may be empty
  std::size_t max_bytes = kDefaultMaxDocumentBytes;
  // Called with a message naming the file, line and document for input that is read but
  // not as given (a JSON-lines "date" that is no date: the article is read without it, or
  // with `date`; null and "" are no date and no warning;
  // a document id already read: both documents are read under the one id).
  // Unset: such input is read the same, silently.
  std::function<void(const std::string&)> warn = nullptr;
  // Such input is an Error instead (with the same message), and reading stops there.
  bool strict = false;
};

class CorpusReader {
 public:
  static Result<CorpusReader> Open(const std::vector<std::string>& inputs, CorpusOptions options);

  // The next document, std::nullopt at the end, or an Error naming the file (and line).
  Result<std::optional<Document>> Next();

  // Total size of the input files in bytes (0 when unknown: standard input), and bytes
  // consumed so far: for progress reports.
  std::uint64_t total_bytes() const { return total_bytes_; }
  std::uint64_t bytes_read() const { return bytes_read_; }

 private:
  CorpusOptions options_;
  std::vector<std::string> paths_;  // expanded inputs, in order
  std::size_t next_path_ = 0;
  std::unique_ptr<std::ifstream> jsonl_;  // open JSON-lines file, if any
  std::string jsonl_path_;
  std::size_t jsonl_line_ = 0;
  std::uint64_t total_bytes_ = 0;
  std::uint64_t bytes_read_ = 0;
  // Document ids read so far, each with where it was first read (path index << 40 | line):
  // a later document with the same id is warned about.
  std::unordered_map<std::string, std::uint64_t> seen_ids_;

  Result<std::optional<Document>> Checked(Document doc, std::size_t path_index, std::size_t line);
  std::string Where(std::uint64_t location) const;
};

// Parses one JSON line of an article collection into a Document (used by CorpusReader).
Result<Document> ParseArticleLine(std::string_view line, std::string_view where, const CorpusOptions& options);

}  // namespace demarche

#endif  // DEMARCHE_CORE_CORPUS_H_
