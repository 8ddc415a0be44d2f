#include "core/corpus.h"

#define RAPIDJSON_HAS_STDSTRING 1
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "core/date.h"

namespace demarche {
namespace {

namespace fs = std::filesystem;

bool EndsWith(const std::string& s, const char* suffix) {
  std::size_t n = std::char_traits<char>::length(suffix);
  return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

}  // namespace

Result<CorpusReader> CorpusReader::Open(const std::vector<std::string>& inputs, CorpusOptions options) {
  CorpusReader r;
  r.options_ = std::move(options);
  for (const auto& input : inputs) {
    if (input == "-") {
      r.paths_.push_back(input);
      continue;
    }
    std::error_code ec;
    auto status = fs::status(input, ec);
    if (ec || !fs::exists(status)) {
      return Error{input + ": cannot open: no such file or directory (check the path)"};
    }
    if (fs::is_directory(status)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(input, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file()) continue;
        std::string p = it->path().string();
        if (EndsWith(p, ".txt") || EndsWith(p, ".jsonl")) found.push_back(p);
      }
      if (ec) return Error{input + ": cannot list the directory: " + ec.message()};
      std::sort(found.begin(), found.end());
      if (found.empty()) return Error{input + ": no *.txt or *.jsonl files in this directory"};
      r.paths_.insert(r.paths_.end(), found.begin(), found.end());
    } else {
      r.paths_.push_back(input);
    }
  }
  for (const auto& p : r.paths_) {
    std::error_code ec;
    if (p != "-") r.total_bytes_ += fs::file_size(p, ec);
  }
  return r;
}

Result<Document> ParseArticleLine(std::string_view line, std::string_view where, const CorpusOptions& options) {
  std::string at(where);
  // Parsed in place in a copy of the line: its strings (the article text) are unescaped where
  // they stand, not pushed byte by byte onto a stack and copied again into the document. The
  // copy ends with '\0', where the parser of a sized buffer would see its end: same result.
  std::string buffer(line);
  rapidjson::Document json;
  // Iterative parsing: deeply nested input cannot exhaust the stack.
  json.ParseInsitu<rapidjson::kParseStopWhenDoneFlag | rapidjson::kParseIterativeFlag>(buffer.data());
  if (json.HasParseError()) {
    return Error{at + ": not a JSON object: " + rapidjson::GetParseError_En(json.GetParseError()) + " at column " +
                 std::to_string(json.GetErrorOffset() + 1) + " (one article a line: {\"id\": ..., \"text\": ...})"};
  }
  if (!json.IsObject()) return Error{at + ": expected a JSON object with \"id\" and \"text\""};
  auto text = json.FindMember("text");
  if (text == json.MemberEnd() || !text->value.IsString()) {
    return Error{at + ": missing \"text\" (a string)"};
  }
  Document doc;
  auto id = json.FindMember("id");
  if (id != json.MemberEnd() && id->value.IsString()) {
    doc.id = id->value.GetString();
  } else if (id != json.MemberEnd() && id->value.IsInt64()) {
    doc.id = std::to_string(id->value.GetInt64());
  } else {
    return Error{at + ": missing \"id\" (a string or an integer)"};
  }
  doc.date = options.date;
  // null and "" say the same: the article has no date (AllSides leaves 616 dates empty).
  if (auto d = json.FindMember("date");
      d != json.MemberEnd() && !d->value.IsNull() && !(d->value.IsString() && d->value.GetStringLength() == 0)) {
    std::string value = d->value.IsString() ? std::string(d->value.GetString(), d->value.GetStringLength()) : "";
    if (value.size() >= 10 && ParseIsoDate(value.substr(0, 10))) {
      doc.date = value.substr(0, 10);
    } else if (options.warn || options.strict) {
      std::string shown = d->value.IsString() ? "\"" + value.substr(0, 40) + (value.size() > 40 ? "..." : "") + "\""
                                              : std::string("a non-string value");
      std::string message = at + " (\"" + doc.id + "\"): \"date\" " + shown + " is not a date (YYYY-MM-DD...)";
      if (options.strict) return Error{message + " (--strict)"};
      options.warn(message + ": read " +
                   (options.date.empty() ? std::string("without a date (relative dates stay unresolved)")
                                         : "with --date " + options.date));
    }
  }
  if (auto t = json.FindMember("title"); t != json.MemberEnd() && t->value.IsString()) doc.title = t->value.GetString();
  if (auto u = json.FindMember("url"); u != json.MemberEnd() && u->value.IsString()) doc.source = u->value.GetString();
  if (doc.source.empty()) doc.source = at;
  std::string body(text->value.GetString(), text->value.GetStringLength());
  std::string full = doc.title.empty() ? body : doc.title + "\n\n" + body;
  auto checked = CheckText(std::move(full), at + " (\"" + doc.id + "\")", options.max_bytes);
  if (!checked) return checked.error();
  doc.text = std::move(*checked);
  return doc;
}

Result<std::optional<Document>> CorpusReader::Next() {
  while (true) {
    if (jsonl_) {
      std::string line;
      while (std::getline(*jsonl_, line)) {
        ++jsonl_line_;
        bytes_read_ += line.size() + 1;
        std::size_t i = line.find_first_not_of(" \t\r");
        if (i == std::string::npos) continue;  // blank line
        auto doc = ParseArticleLine(line, jsonl_path_ + ":" + std::to_string(jsonl_line_), options_);
        if (!doc) return doc.error();
        return Checked(std::move(*doc), next_path_ - 1, jsonl_line_);
      }
      if (jsonl_->bad()) return Error{jsonl_path_ + ": read error"};
      jsonl_.reset();
    }
    if (next_path_ >= paths_.size()) return std::optional<Document>();
    const std::string path = paths_[next_path_++];
    if (EndsWith(path, ".jsonl")) {
      jsonl_ = std::make_unique<std::ifstream>(path, std::ios::binary);
      if (!*jsonl_) return Error{path + ": cannot open (check the path and permissions)"};
      jsonl_path_ = path;
      jsonl_line_ = 0;
      continue;
    }
    auto doc = ReadDocumentFile(path, options_.date, options_.max_bytes);
    if (!doc) return doc.error();
    bytes_read_ += doc->text.size();
    return Checked(std::move(*doc), next_path_ - 1, 0);
  }
}

std::string CorpusReader::Where(std::uint64_t location) const {
  std::size_t line = location & ((std::uint64_t{1} << 40) - 1);
  const std::string& path = paths_[location >> 40];
  return line ? path + ":" + std::to_string(line) : path;
}

Result<std::optional<Document>> CorpusReader::Checked(Document doc, std::size_t path_index, std::size_t line) {
  if (!options_.warn && !options_.strict) return std::optional<Document>(std::move(doc));
  std::uint64_t location = (static_cast<std::uint64_t>(path_index) << 40) | line;
  auto [it, added] = seen_ids_.try_emplace(doc.id, location);
  if (!added) {
    std::string message = Where(location) + " (\"" + doc.id + "\"): document id \"" + doc.id + "\" was already read at " +
                          Where(it->second);
    if (options_.strict) return Error{message + " (--strict)"};
    options_.warn(message + ": both are read, as one document (give each article its own id)");
  }
  return std::optional<Document>(std::move(doc));
}

}  // namespace demarche
