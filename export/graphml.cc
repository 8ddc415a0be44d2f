#include "export/graphml.h"

#include <set>
#include <vector>

namespace demarche {
namespace {

// The next code point of s at i (advancing i), or -1 for a byte that starts none (the
// graph's text is valid UTF-8; this only guards).
long NextCodePoint(const std::string& s, std::size_t* i) {
  auto c = static_cast<unsigned char>(s[(*i)++]);
  if (c < 0x80) return c;
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : -1;
  if (extra < 0) return -1;
  long cp = c & (0x3F >> extra);
  for (int k = 0; k < extra; ++k) {
    if (*i >= s.size()) return -1;
    cp = (cp << 6) | (static_cast<unsigned char>(s[(*i)++]) & 0x3F);
  }
  return cp;
}

// Text for an XML element or attribute value.
std::string Xml(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    long cp = NextCodePoint(s, &i);
    bool allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
                   (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    if (!allowed) {
      out += "\xEF\xBF\xBD";  // U+FFFD
      continue;
    }
    switch (cp) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      case '\t': out += "&#9;"; break;
      default: out.append(s, start, i - start);
    }
  }
  return out;
}

void Data(std::string* out, const std::string& key, const std::string& value) {
  *out += "      <data key=\"" + Xml(key) + "\">" + Xml(value) + "</data>\n";
}

void EvidenceData(std::string* out, const std::vector<Evidence>& evidence) {
  EvidenceSummary sum = Summarize(evidence);
  Data(out, "evidence_count", std::to_string(sum.count));
  Data(out, "documents", std::to_string(sum.documents));
  if (!sum.first_seen.empty()) {
    Data(out, "first_seen", sum.first_seen);
    Data(out, "last_seen", sum.last_seen);
  }
  if (!evidence.empty()) Data(out, "quote", evidence.front().quote);
}

// One CSV field (RFC 4180): quoted when needed, line breaks as spaces.
std::string Csv(std::string s) {
  for (char& c : s) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  if (s.find_first_of(",\"") == std::string::npos && (s.empty() || (s.front() != ' ' && s.back() != ' '))) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::vector<std::string> EvidenceCells(const std::vector<Evidence>& evidence, char delimiter = ';') {
  EvidenceSummary sum = Summarize(evidence);
  std::set<std::string> docs;
  for (const Evidence& e : evidence) docs.insert(e.doc_id);
  std::string doc_list;
  for (const auto& d : docs) {
    if (!doc_list.empty()) doc_list += delimiter;
    doc_list += d;
  }
  return {std::to_string(sum.count), std::to_string(sum.documents), sum.first_seen, sum.last_seen, doc_list,
          evidence.empty() ? "" : evidence.front().quote};
}

std::string CsvLine(const std::vector<std::string>& cells) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + Csv(cells[i]);
  return out + "\n";
}

std::set<std::string> PropertyNames(const KnowledgeGraph& g) {
  std::set<std::string> names;
  for (auto v : g.SortedVertices()) {
    for (const auto& [k, value] : g.node(v).props) names.insert(k);
  }
  return names;
}

// Names of the edges' typed attributes (cameo), as they occur.
std::set<std::string> EdgePropertyNames(const KnowledgeGraph& g) {
  std::set<std::string> names;
  for (auto e : g.SortedEdges()) {
    for (const auto& [k, value] : g.edge(e).props) names.insert(k);
  }
  return names;
}

}  // namespace

std::string WriteGraphMl(const KnowledgeGraph& g) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  auto key = [&](const std::string& id, const char* scope, const std::string& name, const char* type) {
    out += "  <key id=\"" + Xml(id) + "\" for=\"" + scope + "\" attr.name=\"" + Xml(name) + "\" attr.type=\"" + type +
           "\"/>\n";
  };
  key("type", "node", "type", "string");
  key("name", "node", "name", "string");
  std::set<std::string> props = PropertyNames(g);
  for (const auto& p : props) {
    if (p != "type" && p != "name") key("prop_" + p, "node", p, "string");
  }
  key("relation", "edge", "relation", "string");
  std::set<std::string> edge_props = EdgePropertyNames(g);
  for (const auto& p : edge_props) {
    if (p != "relation") key("eprop_" + p, "edge", p, "string");
  }
  key("evidence_count", "all", "evidence_count", "int");
  key("documents", "all", "documents", "int");
  key("first_seen", "all", "first_seen", "string");
  key("last_seen", "all", "last_seen", "string");
  key("quote", "all", "quote", "string");
  out += "  <graph id=\"demarche\" edgedefault=\"directed\">\n";
  for (auto v : g.SortedVertices()) {
    const Node& n = g.node(v);
    out += "    <node id=\"" + Xml(n.key) + "\">\n";
    Data(&out, "type", std::string(NodeTypeName(n.type)));
    Data(&out, "name", n.name);
    for (const auto& [k, value] : n.props) {
      if (k != "type" && k != "name") Data(&out, "prop_" + k, value);
    }
    EvidenceData(&out, n.evidence);
    out += "    </node>\n";
  }
  std::size_t i = 0;
  for (auto e : g.SortedEdges()) {
    out += "    <edge id=\"e" + std::to_string(i++) + "\" source=\"" + Xml(g.node(g.source(e)).key) + "\" target=\"" +
           Xml(g.node(g.target(e)).key) + "\">\n";
    Data(&out, "relation", std::string(RelationName(g.edge(e).relation)));
    for (const auto& [k, value] : g.edge(e).props) {
      if (k != "relation") Data(&out, "eprop_" + k, value);
    }
    EvidenceData(&out, g.edge(e).evidence);
    out += "    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

NeoCsv WriteNeo4jCsv(const KnowledgeGraph& g) {
  NeoCsv out;
  // neo4j-admin splits a string[] cell at its array delimiter, ';' unless told otherwise: a
  // document id holding ';' would become several. Then the first of these no id holds.
  {
    std::set<char> used;
    auto scan = [&](const std::vector<Evidence>& evidence) {
      for (const Evidence& e : evidence) {
        for (char c : e.doc_id) used.insert(c);
      }
    };
    for (auto v : g.SortedVertices()) scan(g.node(v).evidence);
    for (auto e : g.SortedEdges()) scan(g.edge(e).evidence);
    // Printable first, then the ASCII control characters from U+001F (unit separator) down:
    // neo4j-admin takes any of them as --array-delimiter (U+XXXX for a control character).
    std::string candidates = ";|^~!";
    for (char c = '\x1F'; c > 0; --c) {
      if (c != '\t' && c != '\n' && c != '\r') candidates += c;
    }
    for (char c : candidates) {
      if (!used.count(c)) {
        out.array_delimiter = c;
        break;
      }
    }
  }
  const std::vector<std::string> evidence_header = {"evidence_count:int", "documents:int", "first_seen", "last_seen",
                                                    "evidence_doc:string[]", "quote"};
  std::set<std::string> props = PropertyNames(g);
  std::vector<std::string> header = {"id:ID", ":LABEL", "name", "key"};
  for (const auto& p : props) {
    if (p != "name" && p != "key") header.push_back(p);
  }
  header.insert(header.end(), evidence_header.begin(), evidence_header.end());
  out.nodes = CsvLine(header);
  for (auto v : g.SortedVertices()) {
    const Node& n = g.node(v);
    std::vector<std::string> row = {n.key, std::string(NodeTypeName(n.type)), n.name, n.key};
    for (const auto& p : props) {
      if (p == "name" || p == "key") continue;
      auto it = n.props.find(p);
      row.push_back(it == n.props.end() ? "" : it->second);
    }
    auto ev = EvidenceCells(n.evidence, out.array_delimiter);
    row.insert(row.end(), ev.begin(), ev.end());
    out.nodes += CsvLine(row);
  }
  std::set<std::string> edge_props = EdgePropertyNames(g);
  std::vector<std::string> rel_header = {":START_ID", ":END_ID", ":TYPE"};
  rel_header.insert(rel_header.end(), edge_props.begin(), edge_props.end());
  rel_header.insert(rel_header.end(), evidence_header.begin(), evidence_header.end());
  out.relationships = CsvLine(rel_header);
  for (auto e : g.SortedEdges()) {
    std::vector<std::string> row = {g.node(g.source(e)).key, g.node(g.target(e)).key, RelationLabel(g.edge(e).relation)};
    for (const auto& p : edge_props) {  // an empty cell is no property in neo4j-admin
      auto it = g.edge(e).props.find(p);
      row.push_back(it == g.edge(e).props.end() ? "" : it->second);
    }
    auto ev = EvidenceCells(g.edge(e).evidence, out.array_delimiter);
    row.insert(row.end(), ev.begin(), ev.end());
    out.relationships += CsvLine(row);
  }
  return out;
}

}  // namespace demarche
