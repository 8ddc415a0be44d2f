#include "core/document.h"

#include <cerrno>
#include <cstring>

#include "core/io.h"

#include "core/text_util.h"

namespace demarche {

Result<std::string> CheckText(std::string bytes, std::string_view origin, std::size_t max_bytes) {
  std::string where(origin);
  if (bytes.size() > max_bytes) {
    return Error{where + ": " + std::to_string(bytes.size()) + " bytes is larger than the limit of " +
                 std::to_string(max_bytes) + " bytes (raise it with --max-bytes, or split the file)"};
  }
  if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) bytes.erase(0, 3);
  if (Trim(bytes).empty()) {
    return Error{where + ": the document is empty (no text to extract from)"};
  }
  if (std::size_t nul = bytes.find('\0'); nul != std::string::npos) {
    return Error{where + ": byte " + std::to_string(nul) +
                 " is NUL: this looks like a binary file, not text (convert it to UTF-8 text first)"};
  }
  std::size_t bad = 0;
  if (!ValidateUtf8(bytes, &bad)) {
    return Error{where + ": invalid UTF-8 at byte " + std::to_string(bad) +
                 " (convert the file to UTF-8, e.g. iconv -f latin1 -t utf-8)"};
  }
  return bytes;
}

std::string DocumentIdFromPath(std::string_view path) {
  if (path == "-") return "stdin";
  std::size_t slash = path.find_last_of('/');
  std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
  std::size_t dot = base.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) base = base.substr(0, dot);
  return std::string(base);
}

Result<Document> ReadDocumentFile(const std::string& path, std::string date, std::size_t max_bytes) {
  auto bytes = ReadFileBytes(path, max_bytes);
  if (!bytes) return bytes.error();
  auto text = CheckText(std::move(*bytes), path == "-" ? "<stdin>" : path, max_bytes);
  if (!text) return text.error();
  Document doc;
  doc.id = DocumentIdFromPath(path);
  doc.date = std::move(date);
  doc.source = path == "-" ? "stdin" : path;
  doc.text = std::move(*text);
  return doc;
}

}  // namespace demarche
