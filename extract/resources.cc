#include "extract/resources.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <filesystem>

#include "core/text_util.h"
#include "extract/doc_state.h"
#include "extract/rules/rules.h"
#include "extract/segmenter.h"
#include "extract/text/morphology.h"

namespace demarche {
namespace {

// Reads a TSV file: skips '#' comments and blank lines; checks the column count.
Result<std::vector<std::vector<std::string>>> ReadTsv(const std::string& path, std::size_t min_cols,
                                                      std::size_t max_cols) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Error{path + ": cannot open (is --data-dir right? it must hold gazetteers/ and lexicons/)"};
  }
  std::vector<std::vector<std::string>> rows;
  std::string line;
  int lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::size_t bad = 0;
    if (!ValidateUtf8(line, &bad)) {
      return Error{path + ":" + std::to_string(lineno) + ": invalid UTF-8 at column " + std::to_string(bad + 1)};
    }
    auto fields = Split(line, '\t');
    if (fields.size() < min_cols || fields.size() > max_cols) {
      return Error{path + ":" + std::to_string(lineno) + ": expected " + std::to_string(min_cols) +
                   (max_cols != min_cols ? "-" + std::to_string(max_cols) : "") + " tab-separated columns, got " +
                   std::to_string(fields.size()) + " (spaces instead of tabs?)"};
    }
    std::vector<std::string> row;
    for (auto f : fields) row.emplace_back(Trim(f));
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<std::string> SplitList(const std::string& s) {
  std::vector<std::string> out;
  if (s.empty()) return out;
  for (auto part : Split(s, ';')) {
    auto t = Trim(part);
    if (!t.empty()) out.emplace_back(t);
  }
  return out;
}

std::string LineError(const std::string& path, const std::string& what) { return path + ": " + what; }

}  // namespace

std::string PhraseKey(std::string_view text) {
  std::string key;
  for (const Token& t : Tokenize(text)) {
    if (!key.empty()) key.push_back(' ');
    key.append(text.substr(t.begin, t.end - t.begin));
  }
  return key;
}

void Resources::AddPhrase(const std::string& text, EntryKind kind, const std::string& id) {
  // News often drops accents: "Reykjavík" is also found as "Reykjavik".
  if (std::string folded = FoldLatin(text); folded != text) AddPhrase(folded, kind, id);
  std::string key = PhraseKey(text);
  // Names start with a capital (or digit, or non-ASCII letter); the matcher relies on it to
  // skip lower-case tokens ("eMbalenhle" is the one city this leaves out).
  if (key.empty() || (key[0] >= 'a' && key[0] <= 'z')) return;
  auto& list = phrases_[key];
  for (const auto& e : list) {
    if (e.kind == kind && e.id == id) return;
  }
  list.push_back({kind, id});
  int n = 1 + static_cast<int>(std::count(key.begin(), key.end(), ' '));
  max_phrase_tokens_ = std::max(max_phrase_tokens_, n);
  first_tokens_.insert(key.substr(0, key.find(' ')));
  for (std::size_t sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1)) {
    prefixes_.insert(key.substr(0, sp));
  }
}

Result<Resources> Resources::Load(const std::string& data_dir) {
  Resources r;
  const std::string gz = data_dir + "/gazetteers/";
  const std::string lx = data_dir + "/lexicons/";

  // States (generated from world-countries).
  {
    std::string path = gz + "states.tsv";
    auto rows = ReadTsv(path, 7, 7);
    if (!rows) return rows.error();
    std::unordered_set<std::string> claimed;  // demonyms and capitals of independent states
    for (const auto& f : *rows) {
      if (f[6] != "1") continue;
      for (const auto& d : SplitList(f[3])) claimed.insert(d);
      claimed.insert(f[4]);
    }
    for (const auto& f : *rows) {
      if (f[0].size() != 3) return Error{LineError(path, "bad ISO3 code '" + f[0] + "'")};
      r.states_[f[0]] = StateInfo{f[0], f[1], f[6] == "1"};
      r.AddPhrase(f[1], EntryKind::kStateName, f[0]);
      for (const auto& a : SplitList(f[2])) r.AddPhrase(a, EntryKind::kStateName, f[0]);
      // Territories share demonyms with states ("American" is also American Samoa's): a
      // territory keeps only the demonyms and capital no independent state has.
      bool independent = f[6] == "1";
      for (const auto& d : SplitList(f[3])) {
        if (!independent && claimed.count(d)) continue;
        r.AddPhrase(d, EntryKind::kStateDemonym, f[0]);
        // "the Palestinians", "Israelis": the people as an actor, like the state's name.
        bool plural_s = d.back() == 'n' || d.back() == 'i';
        if (plural_s) r.AddPhrase(d + "s", EntryKind::kStateName, f[0]);
      }
      if (!f[4].empty() && (independent || !claimed.count(f[4]))) r.AddPhrase(f[4], EntryKind::kStateSeat, f[0]);
    }
    if (r.states_.size() < 100) return Error{LineError(path, "too few states; regenerate it with scripts/gen-gazetteers")};
  }
  {
    std::string path = gz + "state_extra.tsv";
    auto rows = ReadTsv(path, 3, 3);
    if (!rows) return rows.error();
    for (const auto& f : *rows) {
      const std::string& kind = f[1];
      if (kind == "state") {
        auto names = SplitList(f[2]);
        if (names.empty()) return Error{LineError(path, "historical state " + f[0] + " needs a name")};
        r.states_[f[0]] = StateInfo{f[0], names[0], true};
        r.AddPhrase(names[0], EntryKind::kStateName, f[0]);
        for (std::size_t i = 1; i < names.size(); ++i) r.AddPhrase(names[i], EntryKind::kStateDemonym, f[0]);
        continue;
      }
      if (!r.states_.count(f[0])) return Error{LineError(path, "unknown state " + f[0] + " (define it first)")};
      if (kind == "name") {
        r.AddPhrase(f[2], EntryKind::kStateName, f[0]);
      } else if (kind == "demonym") {
        r.AddPhrase(f[2], EntryKind::kStateDemonym, f[0]);
      } else if (kind == "seat") {
        r.AddPhrase(f[2], EntryKind::kStateSeat, f[0]);
      } else {
        return Error{LineError(path, "unknown kind '" + kind + "' (name, demonym, seat or state)")};
      }
    }
  }
  {
    std::string path = gz + "cities.tsv";
    auto rows = ReadTsv(path, 4, 4);
    if (!rows) return rows.error();
    // Several cities share a name ("London" in Canada and in Britain): a capital first, then
    // the most populous, so that a bare name means the city most readers mean.
    std::stable_sort(rows->begin(), rows->end(), [](const auto& a, const auto& b) {
      if (a[0] != b[0]) return a[0] < b[0];
      if (a[3] != b[3]) return a[3] == "1";
      return std::atol(a[2].c_str()) > std::atol(b[2].c_str());
    });
    for (const auto& f : *rows) {
      std::string id = f[0] + "|" + f[1];
      CityInfo c{f[0], f[1], std::atol(f[2].c_str()), f[3] == "1"};
      r.cities_[id] = c;
      r.AddPhrase(f[0], EntryKind::kCity, id);
    }
  }
  {
    // Curated small venues; a city of the same name in cities.tsv comes first.
    std::string path = gz + "venues.tsv";
    auto rows = ReadTsv(path, 2, 2);
    if (!rows) return rows.error();
    for (const auto& f : *rows) {
      if (f[1].size() != 3) return Error{LineError(path, "bad ISO3 code '" + f[1] + "'")};
      std::string id = f[0] + "|" + f[1];
      if (r.cities_.count(id)) continue;
      r.cities_[id] = CityInfo{f[0], f[1], 0, false};
      r.AddPhrase(f[0], EntryKind::kCity, id);
    }
  }
  {
    std::string path = gz + "organizations.tsv";
    auto rows = ReadTsv(path, 7, 7);
    if (!rows) return rows.error();
    for (const auto& f : *rows) {
      OrgInfo o{f[0], f[1], f[3], f[4], SplitList(f[5]), f[6]};
      r.orgs_[Slug(o.id)] = o;
      r.AddPhrase(o.name, EntryKind::kOrgName, o.id);
      for (const auto& a : SplitList(f[2])) r.AddPhrase(a, EntryKind::kOrgName, o.id);
    }
  }
  {
    std::string path = gz + "persons.tsv";
    auto rows = ReadTsv(path, 4, 4);
    if (!rows) return rows.error();
    for (const auto& f : *rows) {
      r.persons_[f[0]] = PersonInfo{f[0], f[2]};
      r.AddPhrase(f[0], EntryKind::kPersonFull, f[0]);
      std::string no_periods;  // "George W Bush" for "George W. Bush"
      for (char c : f[0]) {
        if (c != '.') no_periods.push_back(c);
      }
      if (no_periods != f[0]) r.AddPhrase(no_periods, EntryKind::kPersonFull, f[0]);
      for (const auto& s : SplitList(f[1])) r.AddPhrase(s, EntryKind::kPersonShort, f[0]);
    }
  }
  {
    std::string path = lx + "titles.tsv";
    auto rows = ReadTsv(path, 2, 2);
    if (!rows) return rows.error();
    for (const auto& f : *rows) {
      if (f[0] == "title-head") r.title_heads_.insert(f[1]);
      else if (f[0] == "title-mod") r.title_mods_.insert(f[1]);
      else if (f[0] == "anaphor") r.anaphors_.insert(f[1]);
      else return Error{LineError(path, "unknown kind '" + f[0] + "' (title-head, title-mod or anaphor)")};
      if (f[0] != "anaphor") {
        r.title_any_case_.insert(f[1]);
        r.title_shape_.Add(f[1]);
        std::string lower = f[1];
        if (!lower.empty() && lower[0] >= 'A' && lower[0] <= 'Z') lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
        r.title_any_case_.insert(lower);
        r.title_shape_.Add(lower);
      }
    }
  }
  if (std::filesystem::exists(lx + "triggers.tsv")) {
    return Error{lx + "triggers.tsv: this file is no longer read: its words are lemmas in lexicons/classes/*.tsv "
                      "(demand_*, demand_noun, reject_verb, meeting_noun, meeting_verb, modal_block); move any "
                      "entries of your own there and delete it"};
  }
  {
    auto morphology = Morphology::Load(lx + "irregular.tsv");
    if (!morphology) return morphology.error();
    auto shared = std::make_shared<const Morphology>(std::move(*morphology));
    r.morphology_ = shared;
    InflectFn inflect = [shared](const std::string& lemma, char pos) { return shared->Forms(lemma, pos); };
    r.classes_ = std::make_shared<WordClasses>();
    // Every lexicons/classes/*.tsv file, in name order; each class is defined in one of them.
    std::vector<std::string> class_files;
    std::error_code cec;
    for (const auto& entry : std::filesystem::directory_iterator(lx + "classes", cec)) {
      if (entry.path().extension() == ".tsv") class_files.push_back(entry.path().string());
    }
    if (cec) return Error{lx + "classes: cannot list (" + cec.message() + "; is --data-dir right?)"};
    std::sort(class_files.begin(), class_files.end());
    for (const auto& f : class_files) {
      if (auto s = r.classes_->Load(f, inflect); !s) return s.error();
    }
    for (const auto& name : RequiredClasses()) {
      if (r.classes_->Id(name) < 0) {
        return Error{lx + "classes: no word class '" + name + "' (the extractor reads it; nearest: " +
                     NearestName(name, r.classes_->names()) + ")"};
      }
    }
    // Every rules/*.rules file, in name order (the order breaks ties in priority).
    std::string rules_dir = data_dir + "/rules";
    std::vector<std::string> files;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(rules_dir, ec)) {
      if (entry.path().extension() == ".rules") files.push_back(entry.path().string());
    }
    if (ec) return Error{rules_dir + ": cannot list (" + ec.message() + "; is --data-dir right? it must hold rules/)"};
    if (files.empty()) return Error{rules_dir + ": no *.rules file (is --data-dir right?)"};
    std::sort(files.begin(), files.end());
    std::vector<ActionSpec> actions = FrameActions();
    for (const auto& a : MeetingActions()) actions.push_back(a);
    auto rules = RuleSet::Load(files, r.classes_.get(), actions, inflect);
    if (!rules) return rules.error();
    r.rules_ = std::make_shared<const RuleSet>(std::move(*rules));
    // A class that no rule names and no stage reads is a typo or dead data.
    std::vector<int> used = r.rules_->UsedClasses();
    std::vector<std::string> known;
    for (int id : used) known.push_back(r.classes_->names()[static_cast<std::size_t>(id)]);
    for (const auto& name : RequiredClasses()) known.push_back(name);
    for (std::size_t id = 0; id < r.classes_->names().size(); ++id) {
      const std::string& name = r.classes_->names()[id];
      if (name.rfind("lemma:", 0) == 0 || std::find(known.begin(), known.end(), name) != known.end()) continue;
      return Error{r.classes_->DefinedAt(static_cast<int>(id)) + ": class '" + name +
                   "' is named by no rule and read by no stage (nearest: " + NearestName(name, known) +
                   "; a typo, or a rule to add in rules/*.rules)"};
    }
    // Meeting nouns by phrase, for the stages that ask whether a word names a meeting.
    if (int id = r.classes_->Id("meeting_noun"); id >= 0) {
      for (const auto& [phrase, value] : r.classes_->Phrases(id)) r.meeting_nouns_[phrase] = value;
    }
  }
  // Organisation members and person affiliations must name known actors.
  for (const auto& [id, o] : r.orgs_) {
    for (const auto& m : o.members) {
      if (!r.states_.count(m) && !r.orgs_.count(Slug(m))) {
        return Error{gz + "organizations.tsv: " + id + ": unknown member '" + m + "'"};
      }
    }
  }
  for (const auto& [name, p] : r.persons_) {
    if (!r.states_.count(p.represents) && !r.orgs_.count(Slug(p.represents))) {
      return Error{gz + "persons.tsv: " + name + ": unknown state or organisation '" + p.represents + "'"};
    }
  }
  return r;
}

int Resources::ClassId(std::string_view name) const { return classes_->Id(name); }

const std::vector<GazetteerEntry>* Resources::Lookup(const std::string& phrase) const {
  auto it = phrases_.find(phrase);
  return it == phrases_.end() ? nullptr : &it->second;
}

const StateInfo* Resources::State(std::string_view iso3) const {
  auto it = states_.find(std::string(iso3));
  return it == states_.end() ? nullptr : &it->second;
}
const OrgInfo* Resources::Org(std::string_view id) const {
  auto it = orgs_.find(Slug(id));
  return it == orgs_.end() ? nullptr : &it->second;
}
const PersonInfo* Resources::Person(std::string_view name) const {
  auto it = persons_.find(std::string(name));
  return it == persons_.end() ? nullptr : &it->second;
}
void Resources::AddNamesTo(NameIndex* index) const {
  // Sorted, so an ambiguous alias lists its keys in the same order on every run.
  std::vector<std::pair<std::string, const std::vector<GazetteerEntry>*>> phrases;
  phrases.reserve(phrases_.size());
  for (const auto& [phrase, entries] : phrases_) phrases.emplace_back(phrase, &entries);
  std::sort(phrases.begin(), phrases.end());
  for (const auto& [phrase, entries] : phrases) {
    for (const GazetteerEntry& e : *entries) {
      switch (e.kind) {
        case EntryKind::kStateName:
        case EntryKind::kStateDemonym:
        case EntryKind::kStateSeat: index->Add(phrase, StateKey(e.id)); break;
        case EntryKind::kOrgName: index->Add(phrase, OrganizationKey(e.id)); break;
        case EntryKind::kPersonFull:
        case EntryKind::kPersonShort: index->Add(phrase, PersonKey(e.id)); break;
        case EntryKind::kCity:
          if (const CityInfo* c = City(e.id)) index->Add(phrase, CityKey(c->name, c->iso3));
          break;
      }
    }
  }
}

const CityInfo* Resources::City(std::string_view id) const {
  auto it = cities_.find(std::string(id));
  return it == cities_.end() ? nullptr : &it->second;
}
std::vector<const OrgInfo*> Resources::OrgsSeatedIn(std::string_view city) const {
  std::vector<const OrgInfo*> out;
  for (const auto& [id, o] : orgs_) {
    if (o.seat == city) out.push_back(&o);
  }
  std::sort(out.begin(), out.end(), [](auto* a, auto* b) { return a->id < b->id; });
  return out;
}

}  // namespace demarche
