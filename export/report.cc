#include "export/report.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>
#include <set>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/query.h"
#include "export/dot.h"
#include "export/json_util.h"

namespace demarche {

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: {
        auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t' && c != '\n' && c != '\r') || u == 0x7F) out += ' ';
        else out.push_back(c);
      }
    }
  }
  return out;
}

std::string HtmlAttribute(std::string_view text) {
  std::string out = HtmlEscape(text);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

std::string SafeUrl(std::string_view url) {
  auto starts = [&](std::string_view scheme) {
    if (url.size() <= scheme.size()) return false;
    for (std::size_t i = 0; i < scheme.size(); ++i) {
      char c = url[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != scheme[i]) return false;
    }
    return true;
  };
  if (!starts("http://") && !starts("https://")) return "";
  for (char c : url) {
    auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7F || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\' || c == '`') return "";
  }
  return std::string(url);
}

std::string JsonForScript(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  for (std::size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (c == '<') {
      out += "\\u003c";
    } else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
               (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
      out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

namespace {

using Vertex = KnowledgeGraph::Vertex;

// A demand, rejection or meeting row of the report, with its evidence gathered.
struct Item {
  Vertex node{};
  std::vector<Vertex> makers, of, rejecters, participants, city;
  std::string kind, status, date;
  std::vector<Evidence> evidence;
  std::size_t rejection_evidence = 0;  // of a demand: the evidence of its rejections
  std::size_t Count() const { return evidence.size(); }
};

void SortUnique(std::vector<Evidence>* e) {
  std::sort(e->begin(), e->end());
  e->erase(std::unique(e->begin(), e->end()), e->end());
}

void AddUnique(std::vector<Vertex>* list, const std::vector<Vertex>& more) {
  for (Vertex v : more) {
    if (std::find(list->begin(), list->end(), v) == list->end()) list->push_back(v);
  }
}

class Page {
 public:
  Page(const KnowledgeGraph& g, const ReportOptions& o) : g_(g), o_(o) { out_.reserve(1 << 20); }

  void Raw(std::string_view s) { out_ += s; }
  void Text(std::string_view s) { out_ += HtmlEscape(s); }
  void Attr(std::string_view s) { out_ += HtmlAttribute(s); }
  std::string& out() { return out_; }

  void Name(Vertex v) { Text(g_.node(v).name); }
  void Names(const std::vector<Vertex>& vs, std::size_t max = 8) {
    for (std::size_t i = 0; i < vs.size() && i < max; ++i) {
      if (i) Raw(", ");
      Name(vs[i]);
    }
    if (vs.size() > max) Raw(", … (" + std::to_string(vs.size()) + ")");
  }

  // The first/last seen cells and the evidence cell of a row.
  void Seen(const std::vector<Evidence>& ev) {
    EvidenceSummary s = Summarize(ev);
    Raw("<td class=\"d\">");
    Text(s.first_seen);
    Raw("</td><td class=\"d\">");
    Text(s.last_seen);
    Raw("</td>");
  }
  void EvidenceCell(std::vector<Evidence> ev) {
    Raw("<td data-v=\"" + std::to_string(ev.size()) + "\">");
    EvidenceList(std::move(ev));
    Raw("</td>");
  }
  // <details> with the count as summary and the first max_evidence items, newest first.
  void EvidenceList(std::vector<Evidence> ev) {
    std::size_t n = ev.size();
    std::stable_sort(ev.begin(), ev.end(), [](const Evidence& a, const Evidence& b) { return a.date > b.date; });
    Raw("<details><summary>" + std::to_string(n) + "</summary><ul class=\"ev\">");
    for (std::size_t i = 0; i < n && i < o_.max_evidence; ++i) {
      const Evidence& e = ev[i];
      Raw("<li><span class=\"doc\">");
      Text(e.doc_id);
      Raw("</span> <span class=\"date\">");
      Text(e.date.empty() ? "undated" : e.date);
      Raw("</span>");
      if (auto d = o_.documents.find(e.doc_id); d != o_.documents.end()) {
        if (!d->second.title.empty()) {
          Raw(" <cite>");
          Text(d->second.title);
          Raw("</cite>");
        }
        if (!d->second.url.empty()) {
          if (std::string url = SafeUrl(d->second.url); !url.empty()) {
            Raw(" <a href=\"");
            Attr(url);
            Raw("\" rel=\"noopener noreferrer\">");
            Text(url);
            Raw("</a>");
          } else {  // not http(s): shown, never followed
            Raw(" <span class=\"url\">");
            Text(d->second.url);
            Raw("</span>");
          }
        }
      }
      Raw("<br><q>");
      if (EvidenceProblem(e).empty() && e.end > e.begin) {
        std::size_t b = e.begin - e.sentence_begin, x = e.end - e.sentence_begin;
        Text(std::string_view(e.quote).substr(0, b));
        Raw("<mark>");
        Text(std::string_view(e.quote).substr(b, x - b));
        Raw("</mark>");
        Text(std::string_view(e.quote).substr(x));
      } else {
        Text(e.quote);
      }
      Raw("</q> <span class=\"rule\">");
      Text(e.rule);
      Raw("</span></li>");
    }
    if (n > o_.max_evidence) {
      Raw("<li class=\"more\">and " + std::to_string(n - o_.max_evidence) + " more (demarche … --evidence --json)</li>");
    }
    Raw("</ul></details>");
  }

  // The table head with a filter box; columns ending in '#' sort as numbers.
  void TableStart(const std::string& id, const std::vector<std::string>& columns) {
    Raw("<input class=\"filter\" type=\"search\" placeholder=\"filter rows\" aria-label=\"filter rows\" data-table=\"" +
        id + "\"><table class=\"data\" id=\"" + id + "\"><thead><tr>");
    for (const std::string& c : columns) {
      bool num = !c.empty() && c.back() == '#';
      Raw(num ? "<th data-type=\"num\">" : "<th>");
      Text(num ? c.substr(0, c.size() - 1) : c);
      Raw("</th>");
    }
    Raw("</tr></thead><tbody>");
  }
  void Capped(std::size_t shown, std::size_t total, const std::string& command) {
    if (shown < total) {
      Raw("<p class=\"note\">showing " + std::to_string(shown) + " of " + std::to_string(total) + " — use <code>");
      Text(command);
      Raw("</code> for all of them</p>");
    }
  }

 private:
  const KnowledgeGraph& g_;
  const ReportOptions& o_;
  std::string out_;
};

constexpr const char* kStyle = R"CSS(
:root{--fg:#1d2127;--muted:#5b6470;--line:#d8dde3;--accent:#8a1c2b;--bg:#fff;--zebra:#f6f7f9}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--fg);background:var(--bg);margin:0}
header{background:#1f2a37;color:#fff;padding:14px 24px}
header h1{margin:0;font-size:20px}
header p{margin:4px 0 0;color:#c9d1db}
nav{position:sticky;top:0;background:#fff;border-bottom:1px solid var(--line);padding:6px 24px;z-index:2}
nav a{margin-right:14px;color:var(--accent);text-decoration:none;font-weight:600}
main{padding:0 24px 40px}
section{margin-top:24px}
h2{font-size:17px;border-bottom:2px solid var(--accent);padding-bottom:3px}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px}
dl.facts dt{color:var(--muted)}
dl.facts dd{margin:0}
.picture{overflow:auto;border:1px solid var(--line);padding:6px;text-align:center}
.picture svg{max-width:100%;max-height:60vh;width:auto;height:auto;cursor:zoom-in}
.picture.full svg{max-width:none;max-height:none;cursor:zoom-out}
.picture.focus{margin:6px 0}
.picture.focus svg{max-height:45vh}
input.filter{margin:4px 0 6px;padding:4px 8px;width:280px;border:1px solid var(--line);border-radius:4px}
table.data{border-collapse:collapse;width:100%}
table.data th{text-align:left;background:#eef1f4;cursor:pointer;user-select:none;position:sticky;top:34px;padding:4px 6px;border-bottom:1px solid var(--line)}
table.data th.asc::after{content:" \25B2"}table.data th.desc::after{content:" \25BC"}
table.data td{vertical-align:top;padding:4px 6px;border-bottom:1px solid var(--line)}
table.data td.d{white-space:nowrap}
table.data tbody tr:nth-child(even){background:var(--zebra)}
details summary{cursor:pointer;color:var(--accent)}
ul.ev{margin:4px 0;padding-left:18px;max-width:70em}
ul.ev li{margin-bottom:4px}
.doc{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px}
.date,.rule,.note,.muted{color:var(--muted)}
.rule{font-size:11px}
mark{background:#ffe9a8}
.status-planned{color:#9a5b00}.status-held{color:#1b6b2f}
.actor{border:1px solid var(--line);border-radius:6px;padding:6px 10px;margin:8px 0}
.actor summary{font-weight:600;font-size:15px}
.actor h4{margin:8px 0 2px}
.actor ul{margin:0;padding-left:20px}
)CSS";

constexpr const char* kScript = R"JS(
(function () {
  "use strict";
  var boxes = document.querySelectorAll("input.filter");
  Array.prototype.forEach.call(boxes, function (box) {
    var table = document.getElementById(box.getAttribute("data-table"));
    if (!table) return;
    var rows = table.tBodies[0].rows, text = [];
    box.addEventListener("input", function () {
      var q = box.value.toLowerCase();
      for (var i = 0; i < rows.length; i++) {
        if (text.length <= i) text.push(rows[i].textContent.toLowerCase());
        rows[i].hidden = q !== "" && text[i].indexOf(q) < 0;
      }
      text = [];
    });
  });
  var tables = document.querySelectorAll("table.data");
  Array.prototype.forEach.call(tables, function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, col) {
      th.addEventListener("click", function () {
        var asc = !th.classList.contains("asc");
        Array.prototype.forEach.call(heads, function (h) { h.classList.remove("asc", "desc"); });
        th.classList.add(asc ? "asc" : "desc");
        var num = th.getAttribute("data-type") === "num";
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var key = function (r) {
          var c = r.cells[col];
          var v = c.hasAttribute("data-v") ? c.getAttribute("data-v") : c.textContent;
          return num ? parseFloat(v) || 0 : v.toLowerCase();
        };
        var keyed = rows.map(function (r, i) { return [key(r), i, r]; });
        keyed.sort(function (a, b) {
          if (a[0] < b[0]) return asc ? -1 : 1;
          if (a[0] > b[0]) return asc ? 1 : -1;
          return a[1] - b[1];
        });
        keyed.forEach(function (k) { body.appendChild(k[2]); });
      });
    });
  });
  // A view can be linked: report.html?filter.demands-table=baltic&sort.demands-table=-5 filters
  // that table and sorts it by its 5th column (1-based; "-": descending).
  var params = new URLSearchParams(location.search);
  params.forEach(function (value, key) {
    var dot = key.indexOf(".");
    var table = document.getElementById(key.slice(dot + 1));
    if (dot < 0 || !table || !table.classList.contains("data")) return;
    if (key.slice(0, dot) === "filter") {
      var box = document.querySelector('input.filter[data-table="' + table.id + '"]');
      if (box) { box.value = value; box.dispatchEvent(new Event("input")); }
    } else if (key.slice(0, dot) === "sort") {
      var col = Math.abs(parseInt(value, 10)) - 1, th = table.tHead.rows[0].cells[col];
      if (!th) return;
      th.click();
      if (value.charAt(0) === "-") th.click();
    }
  });
  Array.prototype.forEach.call(document.querySelectorAll(".picture"), function (picture) {
    picture.addEventListener("click", function () { picture.classList.toggle("full"); });
  });
  document.documentElement.setAttribute("data-ready", "1");
})();
)JS";

std::string Hex64(std::uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

std::uint64_t Fnv1a(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

bool IsActor(NodeType t) { return t == NodeType::kState || t == NodeType::kOrganization || t == NodeType::kPerson; }

}  // namespace

Result<std::string> WriteReport(const KnowledgeGraph& g, const ReportOptions& o) {
  QueryEngine engine(g);
  Page p(g, o);

  // --- The rows, from the query engine. ---
  // Demands: one row per demand node, its makers and addressees united.
  std::vector<Item> demands;
  {
    auto a = engine.Demands({});
    if (!a) return a.error();
    std::unordered_map<Vertex, std::size_t> at;
    for (Row& r : a->rows) {
      if (r.cells.size() < 3 || r.cells[1].nodes.empty()) continue;
      Vertex d = r.cells[1].nodes[0];
      auto [it, fresh] = at.emplace(d, demands.size());
      if (fresh) {
        demands.emplace_back();
        demands.back().node = d;
      }
      Item& item = demands[it->second];
      AddUnique(&item.makers, r.cells[0].nodes);
      AddUnique(&item.of, r.cells[2].nodes);
      item.evidence.insert(item.evidence.end(), r.evidence.begin(), r.evidence.end());
    }
  }
  std::vector<Item> rejections;
  {
    auto a = engine.Rejections({});
    if (!a) return a.error();
    for (Row& r : a->rows) {
      if (r.cells.size() < 4 || r.cells[0].nodes.empty() || r.cells[1].nodes.empty()) continue;
      Item& item = rejections.emplace_back();
      item.node = r.cells[1].nodes[0];
      item.makers = r.cells[3].nodes;
      item.rejecters = r.cells[0].nodes;
      item.kind = engine.Text(r.cells[2]);
      item.evidence = std::move(r.evidence);
    }
  }
  std::unordered_map<Vertex, std::pair<std::vector<Vertex>, std::size_t>> rejected_by;  // rejecters, evidence
  for (const Item& r : rejections) {
    auto& [who, count] = rejected_by[r.node];
    AddUnique(&who, r.rejecters);
    count += r.Count();
  }
  for (Item& d : demands) {
    SortUnique(&d.evidence);
    if (auto it = rejected_by.find(d.node); it != rejected_by.end()) {
      d.rejecters = it->second.first;
      d.rejection_evidence = it->second.second;
    }
  }
  std::vector<Item> meetings;
  {
    auto a = engine.Meetings({});
    if (!a) return a.error();
    for (Row& r : a->rows) {
      if (r.cells.size() < 5 || r.cells[1].nodes.empty()) continue;
      Item& item = meetings.emplace_back();
      item.node = r.cells[1].nodes[0];
      item.participants = r.cells[4].nodes;
      item.city = r.cells[2].nodes;
      item.status = engine.Text(r.cells[3]);
      item.date = engine.Text(r.cells[0]);
      item.evidence = std::move(r.evidence);
    }
  }
  auto by_evidence = [&](const Item& a, const Item& b) {
    if (a.Count() != b.Count()) return a.Count() > b.Count();
    return g.node(a.node).key < g.node(b.node).key;
  };
  std::stable_sort(demands.begin(), demands.end(), by_evidence);
  std::stable_sort(rejections.begin(), rejections.end(), by_evidence);

  // --- What was read. ---
  std::unordered_map<std::string, std::string> docs;  // id -> date
  if (!o.documents.empty()) {
    for (const auto& [id, d] : o.documents) docs.emplace(id, d.date);
  } else {
    auto note = [&](const std::vector<Evidence>& ev) {
      for (const Evidence& e : ev) docs.emplace(e.doc_id, e.date);
    };
    for (auto v : boost::make_iterator_range(boost::vertices(g.graph()))) note(g.node(v).evidence);
    for (auto e : boost::make_iterator_range(boost::edges(g.graph()))) note(g.edge(e).evidence);
  }
  std::string first, last;
  std::size_t undated = 0;
  std::map<std::string, std::size_t> per_year;
  for (const auto& [id, date] : docs) {
    if (date.empty()) {
      ++undated;
      continue;
    }
    if (first.empty() || date < first) first = date;
    if (last.empty() || date > last) last = date;
    ++per_year[date.substr(0, 4)];
  }
  std::map<std::string, std::size_t> node_types, relations;
  for (auto v : boost::make_iterator_range(boost::vertices(g.graph()))) ++node_types[std::string(NodeTypeName(g.node(v).type))];
  for (auto e : boost::make_iterator_range(boost::edges(g.graph()))) ++relations[std::string(RelationName(g.edge(e).relation))];

  // --- The most active actors: evidence of their demands, asks, rejections and meetings. ---
  std::unordered_map<Vertex, std::size_t> activity;
  for (const Item& d : demands) {
    for (Vertex v : d.makers) activity[v] += d.Count();
    for (Vertex v : d.of) activity[v] += d.Count();
  }
  for (const Item& r : rejections) {
    for (Vertex v : r.rejecters) activity[v] += r.Count();
  }
  for (const Item& m : meetings) {
    for (Vertex v : m.participants) activity[v] += m.Count();
  }
  std::vector<std::pair<Vertex, std::size_t>> actors;
  for (const auto& [v, n] : activity) {
    if (IsActor(g.node(v).type)) actors.emplace_back(v, n);
  }
  std::sort(actors.begin(), actors.end(), [&](const auto& a, const auto& b) {
    if (a.second != b.second) return a.second > b.second;
    return g.node(a.first).key < g.node(b.first).key;
  });
  if (actors.size() > o.max_actors) actors.resize(o.max_actors);

  // --- The pictures: demands and meetings by evidence, with their actors. ---
  // Demands first (three fifths of the nodes), then meetings with the rest, each kind by
  // evidence (a demand's with its rejections'); an event without an actor (a meeting with no
  // participant) is left out. `center`, when given, is drawn whatever the events.
  auto draw = [&](const std::vector<const Item*>& demand_items, const std::vector<const Item*>& meeting_items,
                  std::size_t max_nodes, const Vertex* center, std::size_t* n_demands,
                  std::size_t* n_meetings) -> Result<std::string> {
    std::vector<Vertex> chosen;
    std::unordered_set<Vertex> in;
    if (center) {
      chosen.push_back(*center);
      in.insert(*center);
    }
    auto take = [&](const std::vector<const Item*>& items, std::size_t budget, std::size_t* taken) {
      std::vector<const Item*> ranked;
      for (const Item* it : items) {
        if (!it->makers.empty() || !it->participants.empty()) ranked.push_back(it);
      }
      std::stable_sort(ranked.begin(), ranked.end(), [&](const Item* a, const Item* b) {
        std::size_t x = a->Count() + a->rejection_evidence, y = b->Count() + b->rejection_evidence;
        return x != y ? x > y : by_evidence(*a, *b);
      });
      for (const Item* ev : ranked) {
        if (chosen.size() >= budget) break;
        std::vector<Vertex> add{ev->node};
        auto some = [&](const std::vector<Vertex>& vs, std::size_t n) {
          for (std::size_t i = 0; i < vs.size() && i < n; ++i) add.push_back(vs[i]);
        };
        some(ev->makers, 3);
        some(ev->of, 2);
        some(ev->rejecters, 3);
        some(ev->participants, 4);
        some(ev->city, 1);
        std::vector<Vertex> fresh;
        for (Vertex v : add) {
          if (!in.count(v) && std::find(fresh.begin(), fresh.end(), v) == fresh.end()) fresh.push_back(v);
        }
        if (chosen.size() + fresh.size() > budget) continue;
        for (Vertex v : fresh) {
          chosen.push_back(v);
          in.insert(v);
        }
        ++*taken;
      }
    };
    take(demand_items, meeting_items.empty() ? max_nodes : max_nodes * 3 / 5, n_demands);
    take(meeting_items, max_nodes, n_meetings);
    KnowledgeGraph sub;
    for (Vertex v : chosen) {
      Node n = g.node(v);
      n.evidence.clear();
      sub.AddNode(n);
    }
    for (Vertex v : chosen) {
      for (auto e : boost::make_iterator_range(boost::out_edges(v, g.graph()))) {
        Relation r = g.edge(e).relation;
        if (r == Relation::kRepresents || !in.count(g.target(e))) continue;
        sub.AddEdge(g.node(v).key, r, g.node(g.target(e)).key, std::vector<Evidence>{});
      }
    }
    if (sub.num_nodes() <= (center ? 1u : 0u)) return std::string();
    auto drawn = RenderSvg(sub, "neato");
    if (!drawn) return drawn.error();
    std::string svg = std::move(*drawn);
    if (auto at = svg.find("<svg"); at != std::string::npos) svg.erase(0, at);
    return svg;
  };
  std::size_t picture_demands = 0, picture_meetings = 0;
  std::string svg;
  {
    std::vector<const Item*> ds, ms;
    for (const Item& d : demands) ds.push_back(&d);
    for (const Item& m : meetings) ms.push_back(&m);
    auto drawn = draw(ds, ms, o.max_picture_nodes, nullptr, &picture_demands, &picture_meetings);
    if (!drawn) return drawn.error();
    svg = std::move(*drawn);
  }

  // --- The page. ---
  p.Raw("<h1>");
  p.Text(o.title);
  p.Raw("</h1><p>");
  p.Raw(std::to_string(docs.size()) + (docs.size() == 1 ? " document" : " documents"));
  if (!first.empty()) {
    p.Raw(", ");
    p.Text(first);
    p.Raw(" to ");
    p.Text(last);
  }
  p.Raw(" · " + std::to_string(demands.size()) + " demands, " + std::to_string(rejections.size()) + " rejections, " +
        std::to_string(meetings.size()) + " meetings</p></header>");
  p.Raw(
      "<nav><a href=\"#read\">Read</a><a href=\"#picture\">Picture</a><a href=\"#demands\">Demands</a>"
      "<a href=\"#rejections\">Rejections</a><a href=\"#meetings\">Meetings</a><a href=\"#actors\">Actors</a></nav><main>");

  p.Raw("<section id=\"read\"><h2>What was read</h2><dl class=\"facts\"><dt>Documents</dt><dd>" +
        std::to_string(docs.size()) + " (" + std::to_string(docs.size() - undated) + " dated, " +
        std::to_string(undated) + " undated)</dd><dt>Dates covered</dt><dd>");
  if (first.empty()) {
    p.Raw("none");
  } else {
    p.Text(first);
    p.Raw(" to ");
    p.Text(last);
  }
  p.Raw("</dd>");
  if (!per_year.empty()) {
    p.Raw("<dt>Documents by year</dt><dd>");
    bool sep = false;
    for (const auto& [year, n] : per_year) {
      if (sep) p.Raw(" · ");
      sep = true;
      p.Text(year);
      p.Raw(": " + std::to_string(n));
    }
    p.Raw("</dd>");
  }
  p.Raw("<dt>Nodes</dt><dd>" + std::to_string(g.num_nodes()));
  for (const auto& [k, n] : node_types) p.Raw(" · " + k + " " + std::to_string(n));
  p.Raw("</dd><dt>Edges</dt><dd>" + std::to_string(g.num_edges()));
  for (const auto& [k, n] : relations) p.Raw(" · " + k + " " + std::to_string(n));
  p.Raw("</dd></dl></section>");

  p.Raw("<section id=\"picture\"><h2>The negotiation picture</h2><p class=\"note\">The " +
        std::to_string(picture_demands) + " demands and " + std::to_string(picture_meetings) +
        " meetings with the most evidence, with their makers, addressees, rejecters, participants and places "
        "(at most " + std::to_string(o.max_picture_nodes) +
        " nodes; red notes are demands, orange hexagons meetings; click the picture to see it at full size).</p><div class=\"picture\">");
  if (svg.empty()) p.Raw("<p>Nothing to draw: no demand or meeting.</p>");
  else p.Raw(svg);
  p.Raw("</div></section>");

  p.Raw("<section id=\"demands\"><h2>Who demands what of whom</h2>");
  p.TableStart("demands-table", {"Demand", "Made by", "Of", "Rejected by", "Evidence#", "First seen", "Last seen"});
  std::size_t shown = std::min(demands.size(), o.max_rows);
  for (std::size_t i = 0; i < shown; ++i) {
    const Item& d = demands[i];
    p.Raw("<tr><td>");
    p.Name(d.node);
    p.Raw("</td><td>");
    p.Names(d.makers);
    p.Raw("</td><td>");
    p.Names(d.of);
    p.Raw("</td><td>");
    p.Names(d.rejecters);
    p.Raw("</td>");
    p.EvidenceCell(d.evidence);
    p.Seen(d.evidence);
    p.Raw("</tr>");
  }
  p.Raw("</tbody></table>");
  p.Capped(shown, demands.size(), "demarche demands --sort evidence --limit N");
  p.Raw("</section>");

  p.Raw("<section id=\"rejections\"><h2>Rejections</h2>");
  p.TableStart("rejections-table", {"Rejected by", "Rejects", "Kind", "Made by", "Evidence#", "First seen", "Last seen"});
  shown = std::min(rejections.size(), o.max_rows);
  for (std::size_t i = 0; i < shown; ++i) {
    const Item& r = rejections[i];
    p.Raw("<tr><td>");
    p.Names(r.rejecters);
    p.Raw("</td><td>");
    p.Name(r.node);
    p.Raw("</td><td>");
    p.Text(r.kind);
    p.Raw("</td><td>");
    p.Names(r.makers);
    p.Raw("</td>");
    p.EvidenceCell(r.evidence);
    p.Seen(r.evidence);
    p.Raw("</tr>");
  }
  p.Raw("</tbody></table>");
  p.Capped(shown, rejections.size(), "demarche rejections --sort evidence --limit N");
  p.Raw("</section>");

  // Meetings: the ones with most evidence when capped, shown in date order (undated last).
  std::vector<Item*> timeline;
  for (Item& m : meetings) timeline.push_back(&m);
  std::stable_sort(timeline.begin(), timeline.end(), [&](const Item* a, const Item* b) { return by_evidence(*a, *b); });
  shown = std::min(timeline.size(), o.max_rows);
  timeline.resize(shown);
  std::stable_sort(timeline.begin(), timeline.end(), [](const Item* a, const Item* b) {
    if (a->date.empty() != b->date.empty()) return b->date.empty();
    return a->date < b->date;
  });
  p.Raw("<section id=\"meetings\"><h2>Meetings timeline</h2>");
  p.TableStart("meetings-table", {"Date", "Meeting", "Place", "Status", "Participants", "Evidence#"});
  for (const Item* m : timeline) {
    p.Raw("<tr><td class=\"d\">");
    p.Text(m->date);
    p.Raw("</td><td>");
    p.Name(m->node);
    p.Raw("</td><td>");
    p.Names(m->city);
    p.Raw("</td><td class=\"status-");
    p.Attr(m->status);
    p.Raw("\">");
    p.Text(m->status);
    p.Raw("</td><td>");
    p.Names(m->participants, 12);
    p.Raw("</td>");
    p.EvidenceCell(m->evidence);
    p.Raw("</tr>");
  }
  p.Raw("</tbody></table>");
  p.Capped(shown, meetings.size(), "demarche meetings --sort evidence --limit N");
  p.Raw("</section>");

  p.Raw("<section id=\"actors\"><h2>The most active actors</h2><p class=\"note\">The " +
        std::to_string(actors.size()) +
        " actors with the most evidence in demands, rejections and meetings; more with <code>demarche actor NAME "
        "--evidence</code>.</p>");
  for (std::size_t a = 0; a < actors.size(); ++a) {
    Vertex v = actors[a].first;
    std::vector<const Item*> makes, asked, rejects, meets;
    auto has = [v](const std::vector<Vertex>& vs) { return std::find(vs.begin(), vs.end(), v) != vs.end(); };
    for (const Item& d : demands) {
      if (has(d.makers)) makes.push_back(&d);
      if (has(d.of)) asked.push_back(&d);
    }
    for (const Item& r : rejections) {
      if (has(r.rejecters)) rejects.push_back(&r);
    }
    for (const Item& m : meetings) {
      if (has(m.participants)) meets.push_back(&m);
    }
    std::stable_sort(meets.begin(), meets.end(), [&](const Item* x, const Item* y) { return by_evidence(*x, *y); });
    p.Raw(a == 0 ? "<details class=\"actor\" open><summary>" : "<details class=\"actor\"><summary>");
    p.Name(v);
    p.Raw(" <span class=\"muted\">(");
    p.Text(NodeTypeName(g.node(v).type));
    p.Raw(") — " + std::to_string(makes.size()) + " demands made, " + std::to_string(asked.size()) + " asked of it, " +
          std::to_string(rejects.size()) + " rejections, " + std::to_string(meets.size()) + " meetings</span></summary>");
    auto list = [&](const char* title, const std::vector<const Item*>& items, auto&& line) {
      if (items.empty()) return;
      p.Raw(std::string("<h4>") + title + "</h4><ul>");
      for (std::size_t i = 0; i < items.size() && i < o.max_panel_items; ++i) {
        p.Raw("<li>");
        line(*items[i]);
        EvidenceSummary s = Summarize(items[i]->evidence);
        p.Raw(" <span class=\"muted\">(" + std::to_string(s.count) + " evidence");
        if (!s.first_seen.empty()) {
          p.Raw(", ");
          p.Text(s.first_seen == s.last_seen ? s.first_seen : s.first_seen + " to " + s.last_seen);
        }
        p.Raw(")</span></li>");
      }
      if (items.size() > o.max_panel_items) {
        p.Raw("<li class=\"more\">and " + std::to_string(items.size() - o.max_panel_items) + " more</li>");
      }
      p.Raw("</ul>");
    };
    {
      // Its own picture: its demands, what is asked of it, what it rejects, its meetings.
      std::vector<const Item*> ds, ms;
      for (const Item& d : demands) {
        if (has(d.makers) || has(d.of) || has(d.rejecters)) ds.push_back(&d);
      }
      for (const Item& m : meetings) {
        if (has(m.participants)) ms.push_back(&m);
      }
      std::size_t nd = 0, nm = 0;
      auto focus = draw(ds, ms, o.max_focus_nodes, &v, &nd, &nm);
      if (!focus) return focus.error();
      if (!focus->empty()) {
        p.Raw("<div class=\"picture focus\">");
        p.Raw(*focus);
        p.Raw("</div>");
      }
    }
    list("Demands", makes, [&](const Item& d) {
      p.Name(d.node);
      if (!d.of.empty()) {
        p.Raw(" <span class=\"muted\">of</span> ");
        p.Names(d.of, 4);
      }
      if (!d.rejecters.empty()) {
        p.Raw(" <span class=\"muted\">rejected by</span> ");
        p.Names(d.rejecters, 4);
      }
    });
    list("Asked of it", asked, [&](const Item& d) {
      p.Name(d.node);
      p.Raw(" <span class=\"muted\">by</span> ");
      p.Names(d.makers, 4);
    });
    list("Rejects", rejects, [&](const Item& r) {
      p.Name(r.node);
      if (!r.makers.empty()) {
        p.Raw(" <span class=\"muted\">of</span> ");
        p.Names(r.makers, 4);
      }
    });
    list("Meetings", meets, [&](const Item& m) {
      p.Text(m.date);
      p.Raw(" ");
      p.Name(m.node);
      p.Raw(" <span class=\"muted\">");
      p.Text(m.status);
      p.Raw("</span>");
    });
    p.Raw("</details>");
  }
  p.Raw("</section></main>");

  // Facts for machines reading the page, as JSON (escaped for <script>).
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.StartObject();
  Key(w, "documents");
  w.Uint64(docs.size());
  Key(w, "first");
  Str(w, first);
  Key(w, "last");
  Str(w, last);
  Key(w, "demands");
  w.Uint64(demands.size());
  Key(w, "rejections");
  w.Uint64(rejections.size());
  Key(w, "meetings");
  w.Uint64(meetings.size());
  Key(w, "actors");
  w.StartArray();
  for (const auto& [v, n] : actors) Str(w, g.node(v).name);
  w.EndArray();
  w.EndObject();
  p.Raw("<script type=\"application/json\" id=\"report-facts\">");
  p.Raw(JsonForScript(std::string_view(buf.GetString(), buf.GetSize())));
  p.Raw("</script>");

  // The script may run by its nonce (content-derived: the page stays deterministic); nothing
  // else may run or load.
  std::string body = std::move(p.out());
  std::string nonce = Hex64(Fnv1a(body) ^ Fnv1a(kScript));
  std::string page;
  page.reserve(body.size() + 8192);
  page += "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n";
  page += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
          "img-src data:; script-src 'nonce-" + nonce + "'\">\n";
  page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
  page += HtmlEscape(o.title);
  page += "</title>\n<style>";
  page += kStyle;
  page += "</style></head>\n<body><header>";
  page += body;
  page += "\n<script nonce=\"" + nonce + "\">";
  page += kScript;
  page += "</script>\n</body></html>\n";
  return page;
}

}  // namespace demarche
