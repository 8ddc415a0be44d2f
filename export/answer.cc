#include "export/answer.h"

#include <algorithm>

#include "core/text_util.h"
#include "export/json_util.h"

namespace demarche {
namespace {

std::string OneLine(std::string s) {
  for (char& c : s) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

std::size_t Width(const std::string& s) { return CodePointOffset(s, s.size()); }

// The first `width` code points of s, with "…" when cut.
std::string Cut(const std::string& s, std::size_t width) {
  if (Width(s) <= width) return s;
  std::size_t bytes = 0, points = 0;
  while (bytes < s.size() && points + 1 < width) {
    ++bytes;
    while (bytes < s.size() && (static_cast<unsigned char>(s[bytes]) & 0xC0) == 0x80) ++bytes;
    ++points;
  }
  return s.substr(0, bytes) + "…";
}

std::vector<std::vector<std::string>> TextRows(const QueryEngine& q, const Answer& a, const AnswerOptions& o,
                                               std::vector<std::string>* header) {
  *header = a.columns;
  if (o.evidence) header->insert(header->end(), {"evidence", "document", "quote"});
  std::vector<std::vector<std::string>> rows;
  for (const Row& r : a.rows) {
    std::vector<std::string> cells;
    for (const Cell& c : r.cells) cells.push_back(OneLine(q.Text(c)));
    if (o.evidence) {
      cells.push_back(std::to_string(r.evidence.size()));
      cells.push_back(r.evidence.empty() ? "" : OneLine(r.evidence.front().doc_id));
      cells.push_back(r.evidence.empty() ? "" : OneLine(r.evidence.front().quote));
    }
    rows.push_back(std::move(cells));
  }
  return rows;
}

void NodeJson(JsonWriter& w, const Node& n) {
  w.StartObject();
  Key(w, "key");
  Str(w, n.key);
  Key(w, "name");
  Str(w, n.name);
  Key(w, "type");
  Str(w, std::string(NodeTypeName(n.type)));
  w.EndObject();
}

}  // namespace

std::string FormatAnswer(const QueryEngine& q, const Answer& a, AnswerFormat format, const AnswerOptions& o) {
  if (format == AnswerFormat::kJson) {
    rapidjson::StringBuffer buf;
    JsonWriter w(buf);
    w.StartObject();
    Key(w, "columns");
    w.StartArray();
    for (const auto& c : a.columns) Str(w, c);
    w.EndArray();
    Key(w, "rows");
    w.StartArray();
    for (const Row& r : a.rows) {
      w.StartObject();
      for (std::size_t i = 0; i < r.cells.size() && i < a.columns.size(); ++i) {
        const Cell& c = r.cells[i];
        Str(w, a.columns[i]);
        if (c.list) {
          w.StartArray();
          for (auto v : c.nodes) NodeJson(w, q.graph().node(v));
          w.EndArray();
        } else if (!c.nodes.empty()) {
          NodeJson(w, q.graph().node(c.nodes.front()));
        } else if (c.text.empty()) {
          w.Null();
        } else {
          Str(w, c.text);
        }
      }
      if (!r.cameo.empty()) {
        Key(w, "cameo");
        Str(w, r.cameo);
      }
      if (o.evidence) {
        Key(w, "evidence");
        w.StartArray();
        for (const Evidence& e : r.evidence) {
          w.StartObject();
          Key(w, "doc");
          Str(w, e.doc_id);
          Key(w, "sentence");
          w.Uint(e.sentence);
          Key(w, "start");
          w.Uint(e.char_begin);
          Key(w, "end");
          w.Uint(e.char_end);
          Key(w, "quote");
          Str(w, e.quote);
          Key(w, "rule");
          Str(w, e.rule);
          if (!e.date.empty()) {
            Key(w, "date");
            Str(w, e.date);
          }
          w.EndObject();
        }
        w.EndArray();
      }
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return std::string(buf.GetString(), buf.GetSize()) + "\n";
  }
  std::vector<std::string> header;
  auto rows = TextRows(q, a, o, &header);
  std::string out;
  if (format == AnswerFormat::kTsv) {
    for (std::size_t i = 0; i < header.size(); ++i) out += (i ? "\t" : "") + header[i];
    out += "\n";
    for (const auto& r : rows) {
      for (std::size_t i = 0; i < r.size(); ++i) out += (i ? "\t" : "") + r[i];
      out += "\n";
    }
    return out;
  }
  if (rows.empty()) return "(no rows)\n";
  std::vector<std::size_t> width(header.size());
  for (auto& r : rows) {
    for (std::size_t i = 0; i + 1 < r.size(); ++i) r[i] = Cut(r[i], o.max_width);
  }
  for (std::size_t i = 0; i < header.size(); ++i) {
    width[i] = Width(header[i]);
    for (const auto& r : rows) width[i] = std::max(width[i], Width(r[i]));
  }
  auto line = [&](const std::vector<std::string>& cells) {
    std::string s;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      s += cells[i];
      if (i + 1 < cells.size()) s += std::string(width[i] - Width(cells[i]) + 2, ' ');
    }
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s + "\n";
  };
  out += line(header);
  std::vector<std::string> rule;
  for (std::size_t w : width) rule.push_back(std::string(w, '-'));
  out += line(rule);
  for (const auto& r : rows) out += line(r);
  return out;
}

}  // namespace demarche
