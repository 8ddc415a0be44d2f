#include "core/model.h"

#include <algorithm>

#include "core/text_util.h"

namespace demarche {

std::string_view NodeTypeName(NodeType type) {
  switch (type) {
    case NodeType::kState: return "State";
    case NodeType::kOrganization: return "Organization";
    case NodeType::kPerson: return "Person";
    case NodeType::kCity: return "City";
    case NodeType::kMeeting: return "Meeting";
    case NodeType::kDemand: return "Demand";
    case NodeType::kProposal: return "Proposal";
  }
  return "?";
}

std::optional<NodeType> ParseNodeType(std::string_view name) {
  std::string lower = AsciiLower(name);
  for (NodeType t : kAllNodeTypes) {
    if (AsciiLower(NodeTypeName(t)) == lower) return t;
  }
  return std::nullopt;
}

std::string_view RelationName(Relation relation) {
  switch (relation) {
    case Relation::kDemands: return "demands";
    case Relation::kDemandsOf: return "demands-of";
    case Relation::kRejects: return "rejects";
    case Relation::kHostedIn: return "hosted-in";
    case Relation::kParticipatesIn: return "participates-in";
    case Relation::kRepresents: return "represents";
    case Relation::kProposes: return "proposes";
  }
  return "?";
}

std::string RelationLabel(Relation relation) {
  std::string out;
  for (char c : RelationName(relation)) {
    out.push_back(c == '-' ? '_' : static_cast<char>(c - 'a' + 'A'));
  }
  return out;
}

std::optional<Relation> ParseRelation(std::string_view name) {
  auto fold = [](std::string_view s) {
    std::string out;
    for (char c : s) {
      if (c == '-' || c == '_' || c == ' ') continue;
      out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
    }
    return out;
  };
  std::string want = fold(name);
  for (Relation r : kAllRelations) {
    if (fold(RelationName(r)) == want) return r;
  }
  return std::nullopt;
}

std::string StateKey(std::string_view iso3) { return "state:" + std::string(iso3); }
std::string OrganizationKey(std::string_view id) {
  std::string key = "org:";
  AppendSlug(&key, id);
  return key;
}
std::string PersonKey(std::string_view full_name) {
  std::string key = "person:";
  AppendSlug(&key, full_name);
  return key;
}
std::string CityKey(std::string_view name, std::string_view iso3) {
  return "city:" + Slug(name) + "-" + AsciiLower(iso3);
}

std::string UniteSets(std::string_view a, std::string_view b) {
  std::vector<std::string_view> items;
  for (std::string_view s : {a, b}) {
    while (!s.empty()) {
      std::size_t semi = s.find(';');
      std::string_view item = s.substr(0, semi);
      if (!item.empty()) items.push_back(item);
      if (semi == std::string_view::npos) break;
      s.remove_prefix(semi + 1);
    }
  }
  std::sort(items.begin(), items.end());
  items.erase(std::unique(items.begin(), items.end()), items.end());
  std::string joined;
  for (std::string_view item : items) {
    if (!joined.empty()) joined.push_back(';');
    joined.append(item);
  }
  return joined;
}

EvidenceSummary Summarize(const std::vector<Evidence>& evidence) {
  EvidenceSummary s;
  s.count = evidence.size();
  const SharedText* last_doc = nullptr;  // evidence is sorted by document first
  for (const Evidence& e : evidence) {
    if (!last_doc || *last_doc != e.doc_id) ++s.documents;
    last_doc = &e.doc_id;
    if (e.date.empty()) continue;
    if (s.first_seen.empty() || e.date < s.first_seen) s.first_seen = e.date;
    if (s.last_seen.empty() || e.date > s.last_seen) s.last_seen = e.date;
  }
  return s;
}

bool AddEvidence(std::vector<Evidence>* list, const Evidence& e) {
  auto it = std::lower_bound(list->begin(), list->end(), e);
  if (it != list->end() && *it == e) return false;
  list->insert(it, e);
  return true;
}

std::string ExactText(const Evidence& e) {
  std::size_t off = e.begin >= e.sentence_begin ? e.begin - e.sentence_begin : 0;
  return off < e.quote.size() ? e.quote.substr(off, e.end - e.begin) : e.quote.str();
}

std::string EvidenceProblem(const Evidence& e) {
  auto range = [](std::uint32_t a, std::uint32_t b) {
    return "[" + std::to_string(a) + ", " + std::to_string(b) + ")";
  };
  if (e.doc_id.empty()) return "no document id";
  if (e.begin > e.end) return "byte range " + range(e.begin, e.end) + " is reversed";
  if (e.char_begin > e.char_end) return "character range " + range(e.char_begin, e.char_end) + " is reversed";
  if (e.begin < e.sentence_begin || e.end - e.sentence_begin > e.quote.size()) {
    return "byte range " + range(e.begin, e.end) + " lies outside its quote (bytes " +
           range(e.sentence_begin, e.sentence_begin + static_cast<std::uint32_t>(e.quote.size())) + ")";
  }
  // The span must start and end on character boundaries of the quote (a span that cuts a
  // multi-byte character would export as invalid UTF-8).
  auto continuation = [&](std::uint32_t at) {
    std::size_t i = at - e.sentence_begin;
    return i < e.quote.size() && (static_cast<unsigned char>(e.quote[i]) & 0xC0) == 0x80;
  };
  if (continuation(e.begin) || continuation(e.end)) {
    return "byte range " + range(e.begin, e.end) + " cuts a UTF-8 character of its quote";
  }
  return "";
}

}  // namespace demarche
