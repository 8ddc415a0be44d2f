#include "core/query.h"

#include <algorithm>
#include <deque>
#include <functional>
#include <map>

#include "core/date.h"
#include "core/text_util.h"

namespace demarche {
namespace {

using Vertex = KnowledgeGraph::Vertex;
using EdgeId = KnowledgeGraph::EdgeId;

const std::vector<NodeType> kActorTypes = {NodeType::kState, NodeType::kOrganization, NodeType::kPerson};

bool OfType(NodeType t, const std::vector<NodeType>& types) {
  return types.empty() || std::find(types.begin(), types.end(), t) != types.end();
}

bool Contains(const std::vector<Vertex>& sorted, Vertex v) { return std::binary_search(sorted.begin(), sorted.end(), v); }

// ISO date padded to a full day: the earliest ("-00") or latest ("-99") day it may be.
std::string Pad(const std::string& iso, const char* fill) {
  std::string out = iso;
  while (out.size() < 10) out += fill;
  return out.substr(0, 10);
}

Status CheckDate(const std::string& iso, const char* flag) {
  if (iso.empty() || ParseIsoDate(iso)) return Ok{};
  return Error{std::string(flag) + " takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not '" + iso + "'"};
}

void Append(std::vector<Evidence>* to, const std::vector<Evidence>& from) { to->insert(to->end(), from.begin(), from.end()); }

// The nodes one edge away from `v`, either direction, with that edge, in key order (then
// relation): paths found among equally short ones do not depend on insertion order.
std::vector<std::pair<Vertex, EdgeId>> Neighbours(const KnowledgeGraph::Graph& g, Vertex v) {
  std::vector<std::pair<Vertex, EdgeId>> next;
  for (auto [oi, oe] = boost::out_edges(v, g); oi != oe; ++oi) next.emplace_back(boost::target(*oi, g), *oi);
  for (auto [ii, ie] = boost::in_edges(v, g); ii != ie; ++ii) next.emplace_back(boost::source(*ii, g), *ii);
  std::sort(next.begin(), next.end(), [&](const auto& x, const auto& y) {
    return std::tie(g[x.first].key, g[x.second].relation) < std::tie(g[y.first].key, g[y.second].relation);
  });
  return next;
}

// The row of an edge: its cells, its evidence, its CAMEO codes.
Row EdgeRow(std::vector<Cell> cells, const Edge& edge) {
  Row row{std::move(cells), edge.evidence, {}};
  if (auto it = edge.props.find("cameo"); it != edge.props.end()) row.cameo = it->second;
  return row;
}

// Adds a second edge behind a row.
void AddEdgeTo(Row* row, const Edge& edge) {
  Append(&row->evidence, edge.evidence);
  if (auto it = edge.props.find("cameo"); it != edge.props.end()) row->cameo = UniteSets(row->cameo, it->second);
}

}  // namespace

std::string FoldName(std::string_view name) {
  std::string s = Slug(name);
  if (s.starts_with("the-") && s.size() > 4) s.erase(0, 4);
  return s;
}

void NameIndex::Add(std::string_view name, const std::string& key) {
  std::string folded = FoldName(name);
  if (folded.empty()) return;
  auto& keys = map_[folded];
  if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
}

const std::vector<std::string>& NameIndex::Lookup(std::string_view name) const {
  static const std::vector<std::string> kNone;
  auto it = map_.find(FoldName(name));
  return it == map_.end() ? kNone : it->second;
}

std::optional<AnswerSort> ParseAnswerSort(std::string_view word) {
  if (word.empty()) return AnswerSort::kDefault;
  if (word == "date") return AnswerSort::kDate;
  if (word == "evidence") return AnswerSort::kEvidence;
  if (word == "actor") return AnswerSort::kActor;
  return std::nullopt;
}

QueryEngine::QueryEngine(const KnowledgeGraph& graph, const NameIndex* aliases, WordForms forms)
    : graph_(graph), aliases_(aliases), forms_(std::move(forms)), by_relation_(std::size(kAllRelations)) {
  const auto& g = graph_.graph();
  // Storage order: answers are sorted at the end, and Find() sorts what it returns.
  for (auto [vi, ve] = boost::vertices(g); vi != ve; ++vi) {
    Vertex v = *vi;
    const Node& n = g[v];
    by_name_[FoldName(n.name)].push_back(v);
    std::string_view id = std::string_view(n.key).substr(n.key.find(':') + 1);
    if (FoldName(id) != FoldName(n.name)) by_name_[FoldName(id)].push_back(v);
    if (n.type == NodeType::kPerson) {
      std::string folded = FoldName(n.name);
      std::size_t dash = folded.rfind('-');
      if (dash != std::string::npos) by_surname_[folded.substr(dash + 1)].push_back(v);
    }
  }
  for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei) by_relation_[static_cast<std::size_t>(g[*ei].relation)].push_back(*ei);
}

std::vector<Vertex> QueryEngine::Find(std::string_view name, const std::vector<NodeType>& types) const {
  const auto& g = graph_.graph();
  std::vector<Vertex> out;
  auto take = [&](Vertex v) {
    if (OfType(g[v].type, types) && std::find(out.begin(), out.end(), v) == out.end()) out.push_back(v);
  };
  auto finish = [&] {
    std::sort(out.begin(), out.end(), [&](Vertex a, Vertex b) { return g[a].key < g[b].key; });
    return out;
  };
  if (auto v = graph_.Find(std::string(name))) take(*v);
  if (!out.empty()) return finish();
  std::string folded = FoldName(name);
  if (folded.empty()) return out;
  auto only_persons = [&] {
    return std::all_of(out.begin(), out.end(), [&](Vertex v) { return g[v].type == NodeType::kPerson; });
  };
  // A one-word name may be the surname of several persons: they join the persons the name
  // or an alias found ("Clinton": an alias of Bill Clinton, and Hillary Clinton).
  auto add_surnames = [&] {
    if (folded.find('-') != std::string::npos || !only_persons()) return;
    if (auto it = by_surname_.find(folded); it != by_surname_.end()) {
      for (Vertex v : it->second) take(v);
    }
  };
  if (auto it = by_name_.find(folded); it != by_name_.end()) {
    for (Vertex v : it->second) take(v);
  }
  if (!out.empty()) {
    add_surnames();
    return finish();
  }
  if (aliases_) {
    for (const std::string& key : aliases_->Lookup(name)) {
      if (auto v = graph_.Find(key)) take(*v);
    }
  }
  add_surnames();
  return finish();
}

Result<std::vector<Vertex>> QueryEngine::Resolve(std::string_view name, const std::vector<NodeType>& types,
                                                 std::string_view what, std::vector<std::string>* notes) const {
  std::vector<Vertex> found = Find(name, types);
  if (found.empty()) {
    return Error{"no " + std::string(what) + " called '" + std::string(name) +
                 "' in the graph (try `demarche actor` with part of the name, or a key such as state:USA)"};
  }
  if (found.size() > 1 && notes) {  // Find() sorted them by key
    std::string note = "'" + std::string(name) + "' matches " + std::to_string(found.size()) + " nodes: ";
    for (std::size_t i = 0; i < found.size(); ++i) {
      note += (i ? ", " : "") + graph_.node(found[i]).name + " (" + graph_.node(found[i]).key + ")";
    }
    notes->push_back(note + "; answering for all of them (give a key to choose one)");
  }
  std::sort(found.begin(), found.end());
  return found;
}

namespace {

// Whether a document date lies inside the window, each end compared at its own precision.
bool InWindow(const std::string& date, const TimeWindow& w) {
  if (w.empty()) return true;
  if (date.empty()) return false;
  if (!w.from.empty() && Pad(date, "-99") < Pad(w.from, "-00")) return false;
  if (!w.to.empty() && Pad(date, "-00") > Pad(w.to, "-99")) return false;
  return true;
}

Status CheckWindow(const TimeWindow& w) {
  if (auto s = CheckDate(w.from, "--from"); !s) return s;
  if (auto s = CheckDate(w.to, "--to"); !s) return s;
  if (!w.from.empty() && !w.to.empty() && Pad(w.from, "-00") > Pad(w.to, "-99")) {
    return Error{"--from " + w.from + " is after --to " + w.to};
  }
  return Ok{};
}

}  // namespace

void QueryEngine::Date(Answer* answer, const TimeWindow& when) const {
  std::vector<Row> kept;
  kept.reserve(answer->rows.size());
  for (Row& r : answer->rows) {
    if (!when.empty()) {
      std::erase_if(r.evidence, [&](const Evidence& e) { return !InWindow(e.date, when); });
      if (r.evidence.empty()) continue;
    }
    EvidenceSummary seen = Summarize(r.evidence);
    r.cells.push_back(Cell{{}, seen.first_seen, false});
    r.cells.push_back(Cell{{}, seen.last_seen, false});
    kept.push_back(std::move(r));
  }
  answer->rows = std::move(kept);
  answer->columns.push_back("first_seen");
  answer->columns.push_back("last_seen");
}

void QueryEngine::Arrange(Answer* answer, AnswerSort sort, std::size_t limit) const {
  auto column = [&](std::initializer_list<const char*> names) -> std::optional<std::size_t> {
    for (const char* n : names) {
      auto it = std::find(answer->columns.begin(), answer->columns.end(), n);
      if (it != answer->columns.end()) return static_cast<std::size_t>(it - answer->columns.begin());
    }
    return std::nullopt;
  };
  auto& rows = answer->rows;
  switch (sort) {
    case AnswerSort::kDefault: break;
    case AnswerSort::kDate:
      if (auto c = column({"date", "first_seen"})) {
        std::stable_sort(rows.begin(), rows.end(), [&](const Row& x, const Row& y) {
          const std::string &a = x.cells[*c].text, &b = y.cells[*c].text;
          if (a.empty() != b.empty()) return b.empty();  // undated rows last
          return a < b;
        });
      }
      break;
    case AnswerSort::kEvidence:
      std::stable_sort(rows.begin(), rows.end(),
                       [](const Row& x, const Row& y) { return x.evidence.size() > y.evidence.size(); });
      break;
    case AnswerSort::kActor: {
      std::size_t c = column({"maker", "rejecter", "actor", "participants", "from"}).value_or(0);
      std::vector<std::pair<std::string, std::size_t>> order;
      for (std::size_t i = 0; i < rows.size(); ++i) order.emplace_back(c < rows[i].cells.size() ? Text(rows[i].cells[c]) : "", i);
      std::stable_sort(order.begin(), order.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
      std::vector<Row> sorted;
      sorted.reserve(rows.size());
      for (const auto& [text, i] : order) sorted.push_back(std::move(rows[i]));
      rows = std::move(sorted);
      break;
    }
  }
  if (limit && rows.size() > limit) rows.resize(limit);
}

std::string QueryEngine::Text(const Cell& cell) const {
  if (cell.nodes.empty()) return cell.text;
  std::string out;
  for (Vertex v : cell.nodes) {
    if (!out.empty()) out += ", ";
    out += graph_.node(v).name;
  }
  return out;
}

void QueryEngine::Finish(Answer* answer) const {
  std::vector<std::pair<std::string, std::size_t>> order;
  order.reserve(answer->rows.size());
  for (std::size_t i = 0; i < answer->rows.size(); ++i) {
    std::string key;
    for (const Cell& c : answer->rows[i].cells) key += Text(c) + '\x1f';
    key += '\x1e';
    for (const Cell& c : answer->rows[i].cells) {
      for (Vertex v : c.nodes) key += graph_.node(v).key + '\x1f';
      key += '\x1e';
    }
    order.emplace_back(std::move(key), i);
  }
  std::sort(order.begin(), order.end());
  std::vector<Row> rows;
  rows.reserve(order.size());
  for (std::size_t k = 0; k < order.size(); ++k) {
    Row& r = answer->rows[order[k].second];
    if (k > 0 && order[k].first == order[k - 1].first) {
      for (const Evidence& e : r.evidence) AddEvidence(&rows.back().evidence, e);
      rows.back().cameo = UniteSets(rows.back().cameo, r.cameo);
      continue;
    }
    std::sort(r.evidence.begin(), r.evidence.end());
    r.evidence.erase(std::unique(r.evidence.begin(), r.evidence.end()), r.evidence.end());
    rows.push_back(std::move(r));
  }
  answer->rows = std::move(rows);
}


void QueryEngine::VisitEdges(Relation relation, const std::vector<Vertex>& from,
                             const std::function<void(EdgeId)>& visit) const {
  const auto& g = graph_.graph();
  if (from.empty()) {
    for (EdgeId e : by_relation_[static_cast<std::size_t>(relation)]) visit(e);
    return;
  }
  for (Vertex v : from) {
    for (auto [oi, oe] = boost::out_edges(v, g); oi != oe; ++oi) {
      if (g[*oi].relation == relation) visit(*oi);
    }
  }
}

Result<std::vector<QueryEngine::Vertex>> QueryEngine::ResolveIfGiven(const std::string& name,
                                                                     std::vector<std::string>* notes) const {
  if (name.empty()) return std::vector<Vertex>{};
  return Resolve(name, kActorTypes, "actor", notes);
}

Result<Answer> QueryEngine::Demands(const DemandsQuery& q) const {
  const auto& g = graph_.graph();
  if (auto s = CheckWindow(q.when); !s) return s.error();
  Answer a{{"maker", "demand", "of"}, {}, {}};
  auto by = ResolveIfGiven(q.by, &a.notes);
  if (!by) return by.error();
  auto of_r = ResolveIfGiven(q.of, &a.notes);
  if (!of_r) return of_r.error();
  const std::vector<Vertex>& of = *of_r;
  std::vector<std::vector<std::string>> about = WordsWithForms(q.about);
  VisitEdges(Relation::kDemands, *by, [&](EdgeId e) {
    Vertex maker = boost::source(e, g), demand = boost::target(e, g);
    if (!about.empty() && !Describes(about, g[demand].name)) return;
    bool any = false;
    for (auto [oi, oe] = boost::out_edges(demand, g); oi != oe; ++oi) {
      if (g[*oi].relation != Relation::kDemandsOf) continue;
      Vertex addressee = boost::target(*oi, g);
      if (!of.empty() && !Contains(of, addressee)) continue;
      Row row = EdgeRow({NodeCell(maker), NodeCell(demand), NodeCell(addressee)}, g[e]);
      AddEdgeTo(&row, g[*oi]);
      a.rows.push_back(std::move(row));
      any = true;
    }
    if (!any && of.empty()) a.rows.push_back(EdgeRow({NodeCell(maker), NodeCell(demand), Cell{}}, g[e]));
  });
  Finish(&a);
  Date(&a, q.when);
  return a;
}

Result<Answer> QueryEngine::Rejections(const RejectionsQuery& q) const {
  const auto& g = graph_.graph();
  if (auto s = CheckWindow(q.when); !s) return s.error();
  Answer a{{"rejecter", "rejects", "kind", "made_by"}, {}, {}};
  auto by = ResolveIfGiven(q.by, &a.notes);
  if (!by) return by.error();
  VisitEdges(Relation::kRejects, *by, [&](EdgeId e) {
    Vertex item = boost::target(e, g);
    Cell makers{{}, "", true};
    for (auto [ii, ie] = boost::in_edges(item, g); ii != ie; ++ii) {
      Relation r = g[*ii].relation;
      if (r == Relation::kDemands || r == Relation::kProposes) makers.nodes.push_back(boost::source(*ii, g));
    }
    std::sort(makers.nodes.begin(), makers.nodes.end(),
              [&](Vertex x, Vertex y) { return g[x].key < g[y].key; });
    makers.nodes.erase(std::unique(makers.nodes.begin(), makers.nodes.end()), makers.nodes.end());
    a.rows.push_back(EdgeRow({NodeCell(boost::source(e, g)), NodeCell(item),
                              Cell{{}, std::string(NodeTypeName(g[item].type)), false}, std::move(makers)},
                             g[e]));
  });
  Finish(&a);
  Date(&a, q.when);
  return a;
}

Result<Answer> QueryEngine::Meetings(const MeetingsQuery& q) const {
  const auto& g = graph_.graph();
  if (auto s = CheckDate(q.from, "--from"); !s) return s.error();
  if (auto s = CheckDate(q.to, "--to"); !s) return s.error();
  Answer a{{"date", "meeting", "city", "status", "participants"}, {}, {}};
  std::vector<Vertex> in, with;
  std::vector<std::string> in_countries;  // ISO3 codes of states named by --in
  if (!q.in.empty()) {
    in = Find(q.in, {NodeType::kCity, NodeType::kState});
    std::sort(in.begin(), in.end());
    for (Vertex v : in) {
      if (auto iso = g[v].props.find("iso3"); g[v].type == NodeType::kState && iso != g[v].props.end()) {
        in_countries.push_back(iso->second);
      }
    }
    // A state the graph has no node for still has cities in it ("--in Austria" for Vienna).
    if (in.empty() && aliases_) {
      for (const std::string& key : aliases_->Lookup(q.in)) {
        if (key.starts_with("state:")) in_countries.push_back(key.substr(6));
      }
    }
    if (in.empty() && in_countries.empty()) {
      return Error{"no city or state called '" + q.in + "' in the graph or the gazetteers"};
    }
  }
  if (auto r = ResolveIfGiven(q.with, &a.notes); r) {
    with = std::move(*r);
  } else {
    return r.error();
  }
  std::vector<Vertex> candidates;
  if (!with.empty()) {
    for (Vertex v : with) {
      for (auto [oi, oe] = boost::out_edges(v, g); oi != oe; ++oi) {
        if (g[*oi].relation == Relation::kParticipatesIn) candidates.push_back(boost::target(*oi, g));
      }
    }
  } else {
    for (auto [vi, ve] = boost::vertices(g); vi != ve; ++vi) {
      if (g[*vi].type == NodeType::kMeeting) candidates.push_back(*vi);
    }
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  // A city matches --in when it is named, or lies in the state named.
  auto in_place = [&](Vertex city) {
    if (Contains(in, city)) return true;
    auto country = g[city].props.find("country");
    return country != g[city].props.end() &&
           std::find(in_countries.begin(), in_countries.end(), country->second) != in_countries.end();
  };
  for (Vertex m : candidates) {
    const Node& n = g[m];
    auto prop = [&](const char* k) {
      auto it = n.props.find(k);
      return it == n.props.end() ? std::string() : it->second;
    };
    std::string date = prop("date");
    if (!q.from.empty() && (date.empty() || Pad(date, "-99") < Pad(q.from, "-00"))) continue;
    if (!q.to.empty() && (date.empty() || Pad(date, "-00") > Pad(q.to, "-99"))) continue;
    Cell city;
    for (auto [oi, oe] = boost::out_edges(m, g); oi != oe; ++oi) {
      if (g[*oi].relation == Relation::kHostedIn) city.nodes.push_back(boost::target(*oi, g));
    }
    if (!q.in.empty() && std::none_of(city.nodes.begin(), city.nodes.end(), in_place)) continue;
    Cell participants{{}, "", true};
    for (auto [ii, ie] = boost::in_edges(m, g); ii != ie; ++ii) {
      if (g[*ii].relation == Relation::kParticipatesIn) participants.nodes.push_back(boost::source(*ii, g));
    }
    auto by_key = [&](Vertex x, Vertex y) { return g[x].key < g[y].key; };
    std::sort(participants.nodes.begin(), participants.nodes.end(), by_key);
    std::sort(city.nodes.begin(), city.nodes.end(), by_key);
    a.rows.push_back(Row{{Cell{{}, date, false}, NodeCell(m), std::move(city), Cell{{}, prop("status"), false},
                          std::move(participants)},
                         n.evidence, {}});
  }
  Finish(&a);
  return a;
}

std::vector<std::vector<std::string>> QueryEngine::WordsWithForms(std::string_view text) const {
  // "lift sanctions" -> {lift, lifted, ...}, {sanctions, ...}.
  std::vector<std::vector<std::string>> words;
  std::string folded = FoldName(text);
  if (folded.empty()) return words;
  for (std::string_view w : Split(folded, '-')) {
    std::string word(w);
    std::vector<std::string> forms = forms_ ? forms_(word) : std::vector<std::string>{};
    forms.push_back(word);
    words.push_back(std::move(forms));
  }
  return words;
}

bool QueryEngine::Describes(const std::vector<std::vector<std::string>>& words, std::string_view name) const {
  std::string folded = FoldName(name);
  std::vector<std::string_view> name_words = Split(folded, '-');
  return std::all_of(words.begin(), words.end(), [&](const std::vector<std::string>& forms) {
    return std::any_of(name_words.begin(), name_words.end(), [&](std::string_view w) {
      return std::find(forms.begin(), forms.end(), w) != forms.end();
    });
  });
}

Result<Answer> QueryEngine::Stance(std::string_view demand, const TimeWindow& when) const {
  const auto& g = graph_.graph();
  if (auto s = CheckWindow(when); !s) return s.error();
  std::vector<Vertex> items;
  if (auto v = graph_.Find(std::string(demand))) items.push_back(*v);
  std::string folded = FoldName(demand);
  if (items.empty() && !folded.empty()) {
    std::vector<std::vector<std::string>> words = WordsWithForms(demand);
    for (Vertex v : graph_.SortedVertices()) {
      const Node& n = g[v];
      if (n.type != NodeType::kDemand && n.type != NodeType::kProposal) continue;
      if (FoldName(n.name).find(folded) != std::string::npos || n.key.find(folded) != std::string::npos ||
          Describes(words, n.name)) {
        items.push_back(v);
      }
    }
  }
  if (items.empty()) {
    return Error{"no demand or proposal matches '" + std::string(demand) +
                 "' (give a key such as demand:rus:east-expand-refusal, or words of its description; "
                 "`demarche demands` lists them)"};
  }
  Answer a{{"demand", "role", "actor"}, {}, {}};
  auto text = [](const char* s) { return Cell{{}, s, false}; };
  for (Vertex d : items) {
    auto maker = g[d].props.find("maker");
    for (auto [ii, ie] = boost::in_edges(d, g); ii != ie; ++ii) {
      Vertex who = boost::source(*ii, g);
      const char* role = nullptr;
      switch (g[*ii].relation) {
        case Relation::kDemands:
          role = maker != g[d].props.end() && maker->second == g[who].key ? "makes" : "backs";
          break;
        case Relation::kRejects: role = "rejects"; break;
        case Relation::kProposes: role = "proposes"; break;
        default: continue;
      }
      a.rows.push_back(EdgeRow({NodeCell(d), text(role), NodeCell(who)}, g[*ii]));
    }
    for (auto [oi, oe] = boost::out_edges(d, g); oi != oe; ++oi) {
      if (g[*oi].relation != Relation::kDemandsOf) continue;
      a.rows.push_back(EdgeRow({NodeCell(d), text("of"), NodeCell(boost::target(*oi, g))}, g[*oi]));
    }
  }
  Finish(&a);
  Date(&a, when);
  return a;
}

Result<Answer> QueryEngine::Actor(std::string_view name, const TimeWindow& when) const {
  const auto& g = graph_.graph();
  if (auto s = CheckWindow(when); !s) return s.error();
  Answer a{{"actor", "relation", "direction", "node", "type"}, {}, {}};
  auto found = Resolve(name, {}, "node", &a.notes);
  if (!found) return found.error();
  auto type = [&](Vertex v) { return Cell{{}, std::string(NodeTypeName(g[v].type)), false}; };
  auto rel = [&](EdgeId e) { return Cell{{}, std::string(RelationName(g[e].relation)), false}; };
  for (Vertex v : *found) {
    // The node itself first (its key and the evidence of its mentions), then its edges.
    a.rows.push_back(Row{{NodeCell(v), Cell{{}, "(node)", false}, Cell{}, Cell{{}, g[v].key, false}, type(v)},
                         g[v].evidence, {}});
    for (auto [oi, oe] = boost::out_edges(v, g); oi != oe; ++oi) {
      Vertex t = boost::target(*oi, g);
      a.rows.push_back(EdgeRow({NodeCell(v), rel(*oi), Cell{{}, "out", false}, NodeCell(t), type(t)}, g[*oi]));
    }
    for (auto [ii, ie] = boost::in_edges(v, g); ii != ie; ++ii) {
      Vertex s = boost::source(*ii, g);
      a.rows.push_back(EdgeRow({NodeCell(v), rel(*ii), Cell{{}, "in", false}, NodeCell(s), type(s)}, g[*ii]));
    }
  }
  Finish(&a);
  Date(&a, when);
  return a;
}

Result<Answer> QueryEngine::Path(std::string_view from, std::string_view to) const {
  const auto& g = graph_.graph();
  Answer a{{"step", "from", "relation", "to"}, {}, {}};
  auto sources = Resolve(from, {}, "node", &a.notes);
  if (!sources) return sources.error();
  auto targets = Resolve(to, {}, "node", &a.notes);
  if (!targets) return targets.error();
  // Breadth-first over edges in both directions; neighbours in key order, so the path
  // found among equally short ones does not depend on insertion order.
  std::vector<std::optional<EdgeId>> via(graph_.num_nodes());
  std::vector<bool> seen(graph_.num_nodes(), false);
  std::deque<Vertex> queue;
  auto by_key = [&](Vertex x, Vertex y) { return g[x].key < g[y].key; };
  std::vector<Vertex> start = *sources;
  std::sort(start.begin(), start.end(), by_key);
  for (Vertex s : start) {
    seen[s] = true;
    queue.push_back(s);
  }
  std::optional<Vertex> reached;
  while (!queue.empty() && !reached) {
    Vertex v = queue.front();
    queue.pop_front();
    if (Contains(*targets, v)) {
      reached = v;
      break;
    }
    std::vector<std::pair<Vertex, EdgeId>> next = Neighbours(g, v);
    for (const auto& [u, e] : next) {
      if (seen[u]) continue;
      seen[u] = true;
      via[u] = e;
      queue.push_back(u);
    }
  }
  if (!reached) return a;
  std::vector<EdgeId> chain;
  for (Vertex v = *reached; via[v];) {
    EdgeId e = *via[v];
    chain.push_back(e);
    v = boost::source(e, g) == v ? boost::target(e, g) : boost::source(e, g);
  }
  std::reverse(chain.begin(), chain.end());
  for (std::size_t i = 0; i < chain.size(); ++i) {
    EdgeId e = chain[i];
    a.rows.push_back(EdgeRow({Cell{{}, std::to_string(i + 1), false}, NodeCell(boost::source(e, g)),
                              Cell{{}, std::string(RelationName(g[e].relation)), false}, NodeCell(boost::target(e, g))},
                             g[e]));
  }
  return a;  // already in path order: not sorted
}

Result<Answer> QueryEngine::Paths(std::string_view from, std::string_view to, std::size_t max,
                                  std::uint64_t max_steps) const {
  const auto& g = graph_.graph();
  Answer a{{"path", "step", "from", "relation", "to"}, {}, {}};
  auto sources = Resolve(from, {}, "node", &a.notes);
  if (!sources) return sources.error();
  auto targets = Resolve(to, {}, "node", &a.notes);
  if (!targets) return targets.error();
  // Breadth-first over partial chains (each a list of edges from its start), so chains come
  // out shortest first; neighbours in key order, so equally long ones come in a stable order.
  struct Chain {
    std::vector<EdgeId> edges;
    std::vector<Vertex> nodes;  // start, then the node each edge leads to
  };
  auto by_key = [&](Vertex x, Vertex y) { return g[x].key < g[y].key; };
  std::vector<Vertex> start = *sources;
  std::sort(start.begin(), start.end(), by_key);
  std::deque<Chain> queue;
  for (Vertex s : start) queue.push_back(Chain{{}, {s}});
  std::uint64_t steps = 0;
  std::size_t found = 0;
  while (!queue.empty() && found < max) {
    if (++steps > max_steps) {
      a.notes.push_back("stopped after " + std::to_string(max_steps) + " partial chains with " +
                        std::to_string(found) + " found; name closer nodes or lower --max");
      break;
    }
    Chain c = std::move(queue.front());
    queue.pop_front();
    Vertex v = c.nodes.back();
    if (!c.edges.empty() && Contains(*targets, v)) {
      ++found;
      for (std::size_t i = 0; i < c.edges.size(); ++i) {
        EdgeId e = c.edges[i];
        a.rows.push_back(EdgeRow({Cell{{}, std::to_string(found), false}, Cell{{}, std::to_string(i + 1), false},
                                  NodeCell(boost::source(e, g)),
                                  Cell{{}, std::string(RelationName(g[e].relation)), false}, NodeCell(boost::target(e, g))},
                                 g[e]));
      }
      continue;  // a chain ends at its first target
    }
    if (c.edges.empty() && Contains(*targets, v)) continue;  // from and to name the same node
    std::vector<std::pair<Vertex, EdgeId>> next = Neighbours(g, v);
    for (const auto& [u, e] : next) {
      if (std::find(c.nodes.begin(), c.nodes.end(), u) != c.nodes.end()) continue;  // no node twice
      Chain longer = c;
      longer.edges.push_back(e);
      longer.nodes.push_back(u);
      queue.push_back(std::move(longer));
    }
  }
  return a;  // in chain order: not sorted
}

namespace {

// Backtracking join of a pattern's triples over the adjacency lists.
class Join {
 public:
  // `excluded[i]`: the nodes the name side of inequality i resolves to (sorted; empty when
  // both sides are variables).
  Join(const KnowledgeGraph& graph, const Pattern& p, const std::vector<std::vector<Vertex>>& constants,
       const std::vector<std::vector<Vertex>>& excluded, const std::vector<std::vector<EdgeId>>& by_relation,
       std::function<void(const Join&)> emit)
      : g_(graph.graph()),
        p_(p),
        constants_(constants),
        excluded_(excluded),
        by_relation_(by_relation),
        emit_(std::move(emit)),
        nodes_(p.variables.size()),
        relations_(p.variables.size()),
        done_(p.triples.size(), false) {}

  // False once the work budget is spent: the search unwinds without more results.
  bool Solve(std::size_t remaining) {
    if (stopped_) return false;
    if (remaining == 0) {
      if (!Unequal()) return true;
      if (++solutions_ > max_rows_) stopped_ = "rows";
      else emit_(*this);
      return !stopped_;
    }
    std::size_t best = 0;
    int best_score = -1;
    for (std::size_t i = 0; i < p_.triples.size(); ++i) {
      if (done_[i]) continue;
      int score = 2 * Known(p_.triples[i].subject, 2 * i) + Known(p_.triples[i].object, 2 * i + 1);
      if (score > best_score) best_score = score, best = i;
    }
    done_[best] = true;
    const Triple& t = p_.triples[best];
    auto try_edge = [&](EdgeId e) {
      if (stopped_ || ++steps_ > max_steps_) {
        if (!stopped_) stopped_ = "steps";
        return;
      }
      std::optional<Relation> saved_r;
      if (!BindRelation(t.predicate, g_[e].relation, &saved_r)) return;
      int bs = BindNode(t.subject, 2 * best, boost::source(e, g_));
      int bo = bs ? BindNode(t.object, 2 * best + 1, boost::target(e, g_)) : 0;
      if (bo) {
        edges_.push_back(e);
        Solve(remaining - 1);
        edges_.pop_back();
      }
      if (bo == 2) nodes_[Index(t.object.text)].reset();
      if (bs == 2) nodes_[Index(t.subject.text)].reset();
      if (!t.predicate.relation) relations_[Index(t.predicate.variable)] = saved_r;
    };
    if (auto subjects = Candidates(t.subject, 2 * best)) {
      for (Vertex s : *subjects) {
        for (auto [oi, oe] = boost::out_edges(s, g_); oi != oe; ++oi) try_edge(*oi);
      }
    } else if (auto objects = Candidates(t.object, 2 * best + 1)) {
      for (Vertex o : *objects) {
        for (auto [ii, ie] = boost::in_edges(o, g_); ii != ie; ++ii) try_edge(*ii);
      }
    } else if (t.predicate.relation) {
      for (EdgeId e : by_relation_[static_cast<std::size_t>(*t.predicate.relation)]) try_edge(e);
    } else {
      for (const auto& list : by_relation_) {
        for (EdgeId e : list) try_edge(e);
      }
    }
    done_[best] = false;
    return !stopped_;
  }

  // Why the search stopped early ("rows" or "steps"), or nullptr.
  const char* stopped() const { return stopped_; }
  void SetLimits(std::size_t max_rows, std::uint64_t max_steps) { max_rows_ = max_rows, max_steps_ = max_steps; }

  const std::vector<std::optional<Vertex>>& nodes() const { return nodes_; }
  const std::vector<std::optional<Relation>>& relations() const { return relations_; }
  const std::vector<EdgeId>& edges() const { return edges_; }

 private:
  // Whether the bound variables satisfy every "!=" of the pattern.
  bool Unequal() const {
    for (std::size_t i = 0; i < p_.inequalities.size(); ++i) {
      const Inequality& q = p_.inequalities[i];
      if (q.left.is_variable && q.right.is_variable) {
        if (*nodes_[Index(q.left.text)] == *nodes_[Index(q.right.text)]) return false;
      } else {
        const PatternTerm& var = q.left.is_variable ? q.left : q.right;
        if (Contains(excluded_[i], *nodes_[Index(var.text)])) return false;
      }
    }
    return true;
  }

  std::size_t Index(const std::string& var) const {
    return static_cast<std::size_t>(std::find(p_.variables.begin(), p_.variables.end(), var) - p_.variables.begin());
  }
  bool Known(const PatternTerm& term, std::size_t slot) const {
    return !term.is_variable ? !constants_[slot].empty() : nodes_[Index(term.text)].has_value();
  }
  // The vertices a term may be, when known; nullopt for a free variable.
  std::optional<std::vector<Vertex>> Candidates(const PatternTerm& term, std::size_t slot) const {
    if (!term.is_variable) return constants_[slot];
    if (auto v = nodes_[Index(term.text)]) return std::vector<Vertex>{*v};
    return std::nullopt;
  }
  // 0: v does not fit the term; 1: it fits (a name, or a variable already bound to v);
  // 2: the variable was free and is now bound to v.
  int BindNode(const PatternTerm& term, std::size_t slot, Vertex v) {
    if (!term.is_variable) return Contains(constants_[slot], v) ? 1 : 0;
    std::size_t i = Index(term.text);
    if (nodes_[i]) return *nodes_[i] == v ? 1 : 0;
    if (p_.variable_types[i] && g_[v].type != *p_.variable_types[i]) return 0;
    nodes_[i] = v;
    return 2;
  }
  bool BindRelation(const PatternPredicate& p, Relation r, std::optional<Relation>* saved) {
    if (p.relation) return *p.relation == r;
    auto& slot = relations_[Index(p.variable)];
    *saved = slot;
    if (slot) return *slot == r;
    slot = r;
    return true;
  }

  const KnowledgeGraph::Graph& g_;
  const Pattern& p_;
  const std::vector<std::vector<Vertex>>& constants_;
  const std::vector<std::vector<Vertex>>& excluded_;
  const std::vector<std::vector<EdgeId>>& by_relation_;
  std::function<void(const Join&)> emit_;
  std::vector<std::optional<Vertex>> nodes_;
  std::vector<std::optional<Relation>> relations_;
  std::vector<bool> done_;
  std::vector<EdgeId> edges_;
  std::size_t solutions_ = 0, max_rows_ = 0;
  std::uint64_t steps_ = 0, max_steps_ = 0;
  const char* stopped_ = nullptr;
};

}  // namespace

Result<Answer> QueryEngine::Run(const Pattern& pattern, const Limits& limits) const {
  const auto& g = graph_.graph();
  // Names resolve once, to sorted vertex sets: slot 2i is triple i's subject, 2i+1 its object.
  std::vector<std::vector<Vertex>> constants(2 * pattern.triples.size());
  for (std::size_t i = 0; i < pattern.triples.size(); ++i) {
    const PatternTerm* ends[] = {&pattern.triples[i].subject, &pattern.triples[i].object};
    for (int k = 0; k < 2; ++k) {
      if (ends[k]->is_variable) continue;
      std::vector<Vertex> found = Find(ends[k]->text);
      if (found.empty()) {
        return Error{"column " + std::to_string(ends[k]->column) + ": no node is called '" + ends[k]->text +
                     "' (names are matched case-blind; quote names with spaces: \"United States\")"};
      }
      std::sort(found.begin(), found.end());
      constants[2 * i + k] = std::move(found);
    }
  }
  std::vector<std::vector<Vertex>> excluded(pattern.inequalities.size());
  for (std::size_t i = 0; i < pattern.inequalities.size(); ++i) {
    const Inequality& q = pattern.inequalities[i];
    if (q.left.is_variable && q.right.is_variable) continue;
    const PatternTerm& name = q.left.is_variable ? q.right : q.left;
    excluded[i] = Find(name.text);  // a name that matches nothing excludes nothing
    std::sort(excluded[i].begin(), excluded[i].end());
  }
  Answer a;
  a.columns = pattern.variables;
  // Solutions are kept as vertex/relation/edge ids; rows (names, evidence) are built only
  // once the search has finished within its limits.
  struct Solution {
    std::vector<std::size_t> values;  // vertex, or Relation for a relation variable
    std::vector<EdgeId> edges;
  };
  std::vector<Solution> solutions;
  Join join(graph_, pattern, constants, excluded, by_relation_, [&](const Join& j) {
    Solution sol;
    sol.values.reserve(pattern.variables.size());
    for (std::size_t i = 0; i < pattern.variables.size(); ++i) {
      sol.values.push_back(pattern.relation_variables[i] ? static_cast<std::size_t>(*j.relations()[i]) : *j.nodes()[i]);
    }
    sol.edges = j.edges();
    solutions.push_back(std::move(sol));
  });
  join.SetLimits(limits.max_rows, limits.max_steps);
  join.Solve(pattern.triples.size());
  if (join.stopped()) {
    return Error{std::string(join.stopped()) == "rows"
                     ? "the pattern has more than " + std::to_string(limits.max_rows) +
                           " solutions; join its triples on shared variables, name more nodes, or raise --max-rows"
                     : "the pattern needs more than " + std::to_string(limits.max_steps) +
                           " edge visits; join its triples on shared variables or name more nodes"};
  }
  a.rows.reserve(solutions.size());
  for (const Solution& sol : solutions) {
    Row row;
    for (std::size_t i = 0; i < pattern.variables.size(); ++i) {
      if (pattern.relation_variables[i]) {
        row.cells.push_back(Cell{{}, std::string(RelationName(static_cast<Relation>(sol.values[i]))), false});
      } else {
        row.cells.push_back(NodeCell(sol.values[i]));
      }
    }
    for (EdgeId e : sol.edges) AddEdgeTo(&row, g[e]);
    a.rows.push_back(std::move(row));
  }
  Finish(&a);
  return a;
}

}  // namespace demarche
