#include "export/table.h"

#include <algorithm>
#include <set>
#include <vector>

namespace demarche {
namespace {

using Row = std::vector<std::string>;

// Display width in code points.
std::size_t Width(const std::string& s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::string Clip(const std::string& s, std::size_t max) {
  if (Width(s) <= max) return s;
  std::string out;
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && ++n > max - 1) break;
    out.push_back(s[i]);
  }
  return out + "\xE2\x80\xA6";
}

void Render(std::string* out, const std::string& title, const Row& header, std::vector<Row> rows) {
  *out += title + "\n";
  if (rows.empty()) {
    *out += "  (none)\n\n";
    return;
  }
  for (auto& r : rows) {
    for (auto& c : r) c = Clip(c, 48);
  }
  std::vector<std::size_t> w(header.size());
  for (std::size_t i = 0; i < header.size(); ++i) {
    w[i] = Width(header[i]);
    for (const auto& r : rows) w[i] = std::max(w[i], Width(r[i]));
  }
  auto line = [&](const Row& r) {
    std::string s = " ";
    for (std::size_t i = 0; i < r.size(); ++i) {
      s += " " + r[i];
      if (i + 1 < r.size()) s += std::string(w[i] - Width(r[i]) + 1, ' ');
    }
    *out += s + "\n";
  };
  line(header);
  for (const auto& r : rows) line(r);
  *out += "\n";
}

std::string Join(const std::set<std::string>& items) {
  std::string s;
  for (const auto& i : items) s += (s.empty() ? "" : ", ") + i;
  return s.empty() ? "-" : s;
}

}  // namespace

std::string WriteSummaryTable(const KnowledgeGraph& g) {
  const auto& graph = g.graph();
  auto is_person = [&](KnowledgeGraph::Vertex v) { return g.node(v).type == NodeType::kPerson; };
  // Actors on the in-edges of a vertex with a relation; persons only when alone.
  auto actors_in = [&](KnowledgeGraph::Vertex v, Relation r) {
    std::set<std::string> groups, persons;
    for (auto [ei, ee] = boost::in_edges(v, graph); ei != ee; ++ei) {
      if (g.edge(*ei).relation != r) continue;
      auto s = g.source(*ei);
      (is_person(s) ? persons : groups).insert(g.node(s).name);
    }
    return groups.empty() ? persons : groups;
  };
  auto targets_out = [&](KnowledgeGraph::Vertex v, Relation r) {
    std::set<std::string> out;
    for (auto [ei, ee] = boost::out_edges(v, graph); ei != ee; ++ei) {
      if (g.edge(*ei).relation == r) out.insert(g.node(g.target(*ei)).name);
    }
    return out;
  };
  std::vector<Row> demands, proposals, rejections, meetings;
  for (auto v : g.SortedVertices()) {
    const Node& n = g.node(v);
    if (n.type == NodeType::kDemand || n.type == NodeType::kProposal) {
      bool proposal = n.type == NodeType::kProposal;
      auto makers = actors_in(v, proposal ? Relation::kProposes : Relation::kDemands);
      auto rejecters = actors_in(v, Relation::kRejects);
      if (!makers.empty()) {
        (proposal ? proposals : demands)
            .push_back({Join(makers), n.name, Join(targets_out(v, Relation::kDemandsOf)), Join(rejecters)});
      } else if (!rejecters.empty()) {
        rejections.push_back({Join(rejecters), n.name});
      }
    } else if (n.type == NodeType::kMeeting) {
      auto date = n.props.count("date") ? n.props.at("date") : "-";
      auto status = n.props.count("status") ? n.props.at("status") : "-";
      meetings.push_back({date, n.name, Join(targets_out(v, Relation::kHostedIn)),
                          Join(actors_in(v, Relation::kParticipatesIn)), status});
    }
  }
  std::sort(meetings.begin(), meetings.end());
  std::string out;
  Render(&out, "Demands", {"who", "demands", "of whom", "rejected by"}, demands);
  if (!proposals.empty()) Render(&out, "Proposals", {"who", "proposes", "to whom", "rejected by"}, proposals);
  if (!rejections.empty()) Render(&out, "Other rejections", {"who", "rejects"}, rejections);
  Render(&out, "Meetings", {"date", "meeting", "where", "who", "status"}, meetings);
  return out;
}

}  // namespace demarche
