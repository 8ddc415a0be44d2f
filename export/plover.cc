#include "export/plover.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "export/json_util.h"

namespace demarche {
namespace {

using Vertex = KnowledgeGraph::Vertex;
using EdgeId = KnowledgeGraph::EdgeId;

struct Record {
  std::string doc;
  std::uint32_t sentence = 0;
  std::string event;  // DEMAND, REJECT, CONSULT
  std::vector<Vertex> source, target;
  Vertex object{};
  std::optional<Vertex> place;  // CONSULT: the meeting's city
  std::string date, cameo, rule, quote, mode;
  std::string id;
};

std::string Prop(const std::map<std::string, std::string>& props, const char* key) {
  auto it = props.find(key);
  return it == props.end() ? std::string() : it->second;
}
std::string Prop(const Node& n, const char* key) { return Prop(n.props, key); }

// The PLOVER actor code of a node (see the header).
std::string ActorCode(const KnowledgeGraph::Graph& g, Vertex v) {
  const Node& n = g[v];
  if (n.type == NodeType::kState) return Prop(n, "iso3");
  if (n.type == NodeType::kOrganization) {
    std::string kind = Prop(n, "kind");
    if (kind == "igo" || kind == "alliance" || kind == "council") return "IGO";
    if (kind == "ngo") return "NGO";
  }
  if (std::string country = Prop(n, "country"); !country.empty()) return country;
  std::optional<Vertex> state;  // the represented state first in key order
  for (auto [oi, oe] = boost::out_edges(v, g); oi != oe; ++oi) {
    Vertex t = boost::target(*oi, g);
    if (g[*oi].relation == Relation::kRepresents && g[t].type == NodeType::kState &&
        (!state || g[t].key < g[*state].key)) {
      state = t;
    }
  }
  return state ? Prop(g[*state], "iso3") : "";
}

bool SameSentence(const Evidence& a, const Evidence& b) { return a.doc_id == b.doc_id && a.sentence == b.sentence; }

// Whether any of an edge's evidence items lies in the sentence of `at`.
bool HasSentence(const std::vector<Evidence>& evidence, const Evidence& at) {
  return std::any_of(evidence.begin(), evidence.end(), [&](const Evidence& e) { return SameSentence(e, at); });
}

void SortUnique(std::vector<Vertex>* vs, const KnowledgeGraph::Graph& g) {
  std::sort(vs->begin(), vs->end(), [&](Vertex a, Vertex b) { return g[a].key < g[b].key; });
  vs->erase(std::unique(vs->begin(), vs->end()), vs->end());
}

}  // namespace

std::string WritePloverEvents(const KnowledgeGraph& graph) {
  const auto& g = graph.graph();
  std::vector<Record> records;
  // DEMAND and REJECT: one record per edge per sentence of its evidence.
  for (EdgeId e : graph.SortedEdges()) {
    Relation r = g[e].relation;
    if (r != Relation::kDemands && r != Relation::kProposes && r != Relation::kRejects) continue;
    Vertex actor = boost::source(e, g), item = boost::target(e, g);
    std::set<std::pair<std::string, std::uint32_t>> done;
    for (const Evidence& ev : g[e].evidence) {
      if (!done.emplace(ev.doc_id, ev.sentence).second) continue;
      Record rec;
      rec.doc = ev.doc_id;
      rec.sentence = ev.sentence;
      rec.event = r == Relation::kRejects ? "REJECT" : "DEMAND";
      rec.mode = r == Relation::kProposes ? "proposal" : "";
      rec.source = {actor};
      rec.object = item;
      rec.date = ev.date;
      rec.cameo = Prop(g[e].props, "cameo");
      rec.rule = ev.rule;
      rec.quote = ev.quote;
      if (r == Relation::kRejects) {
        std::vector<Vertex> all, here;
        for (auto [ii, ie] = boost::in_edges(item, g); ii != ie; ++ii) {
          Relation ir = g[*ii].relation;
          if (ir != Relation::kDemands && ir != Relation::kProposes) continue;
          all.push_back(boost::source(*ii, g));
          if (HasSentence(g[*ii].evidence, ev)) here.push_back(boost::source(*ii, g));
        }
        rec.target = here.empty() ? all : here;
      } else {
        for (auto [oi, oe] = boost::out_edges(item, g); oi != oe; ++oi) {
          if (g[*oi].relation == Relation::kDemandsOf && HasSentence(g[*oi].evidence, ev)) {
            rec.target.push_back(boost::target(*oi, g));
          }
        }
      }
      std::erase(rec.target, actor);
      SortUnique(&rec.target, g);
      records.push_back(std::move(rec));
    }
  }
  // CONSULT: one record per meeting per sentence that names participants.
  for (Vertex m : graph.SortedVertices()) {
    if (g[m].type != NodeType::kMeeting) continue;
    // (doc, sentence) -> participants with the offset of their mention, and one evidence item.
    std::map<std::pair<std::string, std::uint32_t>, std::vector<std::pair<std::uint32_t, Vertex>>> by_sentence;
    std::map<std::pair<std::string, std::uint32_t>, const Evidence*> first;
    std::map<std::pair<std::string, std::uint32_t>, std::string> cameo;  // of the edges in the sentence, a set
    for (auto [ii, ie] = boost::in_edges(m, g); ii != ie; ++ii) {
      if (g[*ii].relation != Relation::kParticipatesIn) continue;
      for (const Evidence& ev : g[*ii].evidence) {
        auto k = std::make_pair(ev.doc_id, ev.sentence);
        by_sentence[k].emplace_back(ev.begin, boost::source(*ii, g));
        if (!first.count(k)) first[k] = &ev;
        cameo[k] = UniteSets(cameo[k], Prop(g[*ii].props, "cameo"));
      }
    }
    std::vector<Vertex> city;
    for (auto [oi, oe] = boost::out_edges(m, g); oi != oe; ++oi) {
      if (g[*oi].relation == Relation::kHostedIn) city.push_back(boost::target(*oi, g));
    }
    SortUnique(&city, g);
    for (auto& [k, people] : by_sentence) {
      std::sort(people.begin(), people.end(), [&](const auto& a, const auto& b) {
        return std::tie(a.first, g[a.second].key) < std::tie(b.first, g[b.second].key);
      });
      Record rec;
      rec.doc = k.first;
      rec.sentence = k.second;
      rec.event = "CONSULT";
      rec.source = {people.front().second};
      for (std::size_t i = 1; i < people.size(); ++i) rec.target.push_back(people[i].second);
      std::erase(rec.target, rec.source[0]);
      SortUnique(&rec.target, g);
      rec.object = m;
      rec.date = Prop(g[m], "date");
      if (rec.date.empty()) rec.date = first[k]->date;
      rec.cameo = cameo[k];
      if (std::string status = Prop(g[m], "status"); status != "held") rec.mode = status;  // planned, cancelled
      rec.rule = first[k]->rule;
      rec.quote = first[k]->quote;
      if (!city.empty()) rec.place = city.front();
      records.push_back(std::move(rec));
    }
  }
  std::sort(records.begin(), records.end(), [&](const Record& a, const Record& b) {
    return std::tie(a.doc, a.sentence, a.event, g[a.source[0]].key, g[a.object].key) <
           std::tie(b.doc, b.sentence, b.event, g[b.source[0]].key, g[b.object].key);
  });
  std::string out;
  std::map<std::tuple<std::string, std::uint32_t, std::string>, int> seq;
  for (Record& rec : records) {
    int n = ++seq[{rec.doc, rec.sentence, rec.event}];
    rec.id = rec.doc + "#" + std::to_string(rec.sentence) + "#" + rec.event + "#" + std::to_string(n);
    rapidjson::StringBuffer buf;
    JsonWriter w(buf);
    auto actor = [&](Vertex v) {
      w.StartObject();
      Key(w, "actorText");
      Str(w, g[v].name);
      Key(w, "code");
      Str(w, ActorCode(g, v));
      Key(w, "key");
      Str(w, g[v].key);
      Key(w, "type");
      Str(w, std::string(NodeTypeName(g[v].type)));
      w.EndObject();
    };
    w.StartObject();
    Key(w, "id");
    Str(w, rec.id);
    Key(w, "date");
    Str(w, rec.date);
    Key(w, "event");
    Str(w, rec.event);
    Key(w, "cameo");
    Str(w, rec.cameo);
    Key(w, "source");
    w.StartArray();
    for (Vertex v : rec.source) actor(v);
    w.EndArray();
    Key(w, "target");
    w.StartArray();
    for (Vertex v : rec.target) actor(v);
    w.EndArray();
    Key(w, "object");
    w.StartObject();
    Key(w, "text");
    Str(w, g[rec.object].name);
    Key(w, "key");
    Str(w, g[rec.object].key);
    Key(w, "type");
    Str(w, std::string(NodeTypeName(g[rec.object].type)));
    w.EndObject();
    if (rec.place) {
      Vertex c = *rec.place;
      Key(w, "eventLoc");
      w.StartObject();
      Key(w, "placeText");
      Str(w, g[c].name);
      Key(w, "key");
      Str(w, g[c].key);
      Key(w, "country");
      Str(w, Prop(g[c], "country"));
      w.EndObject();
    }
    if (!rec.mode.empty()) {
      Key(w, "mode");
      Str(w, rec.mode);
    }
    Key(w, "text");
    Str(w, rec.quote);
    Key(w, "doc");
    Str(w, rec.doc);
    Key(w, "sentence");
    w.Uint(rec.sentence);
    Key(w, "rule");
    Str(w, rec.rule);
    Key(w, "language");
    Str(w, "en");
    w.EndObject();
    out.append(buf.GetString(), buf.GetSize());
    out += '\n';
  }
  return out;
}

}  // namespace demarche
