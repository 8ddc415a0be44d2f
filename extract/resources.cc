#include "extract/resources.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <tuple>

#include <filesystem>

#include "core/text_util.h"
#include "extract/dates.h"
#include "extract/doc_state.h"
#include "extract/rules/rules.h"
#include "extract/segmenter.h"
#include "extract/text/morphology.h"

namespace demarche {
namespace {

// Reads a TSV file: skips '#' comments and blank lines; checks the column count. `linenos`, if
// given, receives the line number of each row.
Result<std::vector<std::vector<std::string>>> ReadTsv(const std::string& path, std::size_t min_cols,
                                                      std::size_t max_cols, std::vector<int>* linenos = nullptr) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Error{path + ": cannot open (is --data-dir right? it must hold gazetteers/ and lexicons/)"};
  }
  // The whole file at once, read line by line as views: every start of the binary reads some
  // 30,000 lines, and a string per line (getline) was a good part of its start-up.
  std::string text;
  in.seekg(0, std::ios::end);
  text.resize(static_cast<std::size_t>(std::max<std::streamoff>(in.tellg(), 0)));
  in.seekg(0, std::ios::beg);
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(in.gcount()));
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string_view> fields;
  int lineno = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    std::string_view line(text.data() + pos, nl - pos);
    pos = nl + 1;
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    std::size_t bad = 0;
    if (!ValidateUtf8(line, &bad)) {
      return Error{path + ":" + std::to_string(lineno) + ": invalid UTF-8 at column " + std::to_string(bad + 1)};
    }
    fields.clear();  // Split(line, '\t'), into one reused vector
    for (std::size_t from = 0;;) {
      std::size_t tab = line.find('\t', from);
      fields.push_back(line.substr(from, tab == std::string_view::npos ? tab : tab - from));
      if (tab == std::string_view::npos) break;
      from = tab + 1;
    }
    if (fields.size() < min_cols || fields.size() > max_cols) {
      return Error{path + ":" + std::to_string(lineno) + ": expected " + std::to_string(min_cols) +
                   (max_cols != min_cols ? "-" + std::to_string(max_cols) : "") + " tab-separated columns, got " +
                   std::to_string(fields.size()) + " (spaces instead of tabs?)"};
    }
    std::vector<std::string>& row = rows.emplace_back();
    row.reserve(fields.size());
    for (auto f : fields) row.emplace_back(Trim(f));
    if (linenos) linenos->push_back(lineno);
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
std::string LineError(const std::string& path, int line, const std::string& what) {
  return path + ":" + std::to_string(line) + ": " + what;
}

// "2009-01-20" -> the date; "" -> an unknown (open) date; anything else: false.
bool ParseRoleDate(std::string_view text, Date* out) {
  *out = Date{};
  if (text.empty()) return true;
  auto d = ParseIsoDate(text);
  if (!d || d->day == 0) return false;
  *out = *d;
  return true;
}

// Dates compared as numbers; `open` stands for an unknown date.
long DateNumber(const Date& d, long open) { return d.known() ? d.year * 10000L + d.month * 100L + d.day : open; }

// The tenures in a curated role text: "President (1993-2001)", "Prime Minister (2006-2007,
// 2012-2020)", "(2014-)". Years, whole: 1993-2001 runs from 1993-01-01 to 2001-12-31. No
// parenthesised years: one role without dates. False with *error set for malformed years.
bool CuratedTenures(const std::string& role, const std::string& principal, std::vector<PersonRole>* out,
                    std::string* error) {
  for (std::size_t open = role.find('('); open != std::string::npos; open = role.find('(', open + 1)) {
    std::size_t close = role.find(')', open);
    std::string inside = role.substr(open + 1, close == std::string::npos ? std::string::npos : close - open - 1);
    if (inside.empty() || inside[0] < '0' || inside[0] > '9') continue;
    for (auto part : Split(inside, ',')) {
      std::string t(Trim(part));
      int from = 0, to = 0;
      char dash = 0, extra = 0;
      int n = std::sscanf(t.c_str(), "%4d%c%4d%c", &from, &dash, &to, &extra);
      bool ok = t.size() >= 4 && from >= 1000 && ((n == 1 && t.size() == 4) || (n == 2 && dash == '-' && t.size() == 5) ||
                                                  (n == 3 && dash == '-' && to >= from && t.size() == 9));
      if (!ok) {
        *error = "bad years '" + t + "' in the role (YYYY-YYYY, YYYY- or YYYY, comma-separated)";
        return false;
      }
      PersonRole r{principal, Date{from, 1, 1}, Date{}};
      if (n == 1) r.to = Date{from, 12, 31};
      if (n == 3) r.to = Date{to, 12, 31};
      out->push_back(r);
    }
  }
  if (out->empty()) out->push_back(PersonRole{principal, Date{}, Date{}});
  return true;
}

bool Dated(const PersonRole& r) { return r.from.known() || r.to.known(); }
// Orders roles by when they end (open = still held), then by when they start.
bool EndsLater(const PersonRole& a, const PersonRole& b) {
  long ea = DateNumber(a.to, 99999999), eb = DateNumber(b.to, 99999999);
  return ea != eb ? ea > eb : DateNumber(a.from, 0) > DateNumber(b.from, 0);
}

// The role that holds on `date` (a year or month stands for its whole span): a dated role
// before an undated one, then one that acts for someone, then the latest begun.
const PersonRole* RoleOn(const PersonInfo& p, const Date& date) {
  long lo = DateNumber(Date{date.year, date.month ? date.month : 1, date.day ? date.day : 1}, 0);
  long hi = DateNumber(Date{date.year, date.month ? date.month : 12, date.day ? date.day : 31}, 0);
  const PersonRole* best = nullptr;
  auto rank = [](const PersonRole& r) { return std::tuple(Dated(r), !r.principal.empty(), DateNumber(r.from, 0)); };
  for (const PersonRole& r : p.roles) {
    if (DateNumber(r.from, 0) > hi || DateNumber(r.to, 99999999) < lo) continue;
    if (!best || rank(r) > rank(*best)) best = &r;
  }
  return best;
}

// The latest dated role, else an undated one (one that acts for someone first);
// with `acting`, only roles that act for someone.
const PersonRole* LatestRole(const PersonInfo& p, bool acting) {
  const PersonRole* best = nullptr;
  for (const PersonRole& r : p.roles) {
    if (acting && r.principal.empty()) continue;
    if (!best || (Dated(r) && !Dated(*best)) ||
        (Dated(r) == Dated(*best) && (Dated(r) ? EndsLater(r, *best) : !r.principal.empty() && best->principal.empty()))) {
      best = &r;
    }
  }
  return best;
}

}  // namespace

std::string PrincipalOn(const PersonInfo& p, const Date& date, bool in_office) {
  const PersonRole* r = date.known() ? RoleOn(p, date) : LatestRole(p, /*acting=*/false);
  if (r && !r->principal.empty()) return r->principal;
  if (!in_office) return "";
  r = LatestRole(p, /*acting=*/true);
  // A generated person whose last office ended holds another one we do not know ("Deputy
  // Secretary of Defense Paul Wolfowitz", World Bank until 2007, in a history of 2003).
  if (r && !p.curated && r->to.known()) return "";
  return r ? r->principal : "";
}

std::string PhraseKey(std::string_view text) {
  // Fast path: ASCII letters and digits in words separated by single spaces tokenize to
  // those words, so the key is the text itself (most names; no token vector to build).
  bool plain = !text.empty() && text.front() != ' ' && text.back() != ' ';
  for (std::size_t i = 0; plain && i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            (c == ' ' && text[i - 1] != ' ');
  }
  if (plain) return std::string(text);
  std::string key;
  for (const Token& t : Tokenize(text)) {
    if (!key.empty()) key.push_back(' ');
    key.append(text.substr(t.begin, t.end - t.begin));
  }
  return key;
}

std::string PersonNodeKey(std::string_view full_name) {
  return MayFoldLatin(full_name) ? PersonKey(FoldLatin(full_name)) : PersonKey(full_name);
}

void Resources::AddPhrase(const std::string& text, EntryKind kind, const std::string& id) {
  AddPhrase(text, PhraseKey(text), kind, id);
}

void Resources::AddPhrase(const std::string& text, std::string key, EntryKind kind, const std::string& id) {
  // News often drops accents: "Reykjavík" is also found as "Reykjavik". (Most names have
  // nothing to fold: no copy for them.)
  if (MayFoldLatin(text)) {
    if (std::string folded = FoldLatin(text); folded != text) AddPhrase(folded, kind, id);
  }
  // Names start with a capital (or digit, or non-ASCII letter); the matcher relies on it to
  // skip lower-case tokens ("eMbalenhle" is the one city this leaves out).
  if (key.empty() || (key[0] >= 'a' && key[0] <= 'z')) return;
  auto [it, added] = phrases_.try_emplace(std::move(key));
  auto& list = it->second;
  for (const auto& e : list) {
    if (e.kind == kind && e.id == id) return;
  }
  list.push_back({kind, id});
  if (!added) return;  // its first token and prefixes are in already
  const std::string_view phrase = it->first;
  int n = 1 + static_cast<int>(std::count(phrase.begin(), phrase.end(), ' '));
  max_phrase_tokens_ = std::max(max_phrase_tokens_, n);
  // Views for the lookups: a string is made only for a word or prefix not yet in the set.
  std::string_view first = phrase.substr(0, phrase.find(' '));
  if (first_tokens_.find(first) == first_tokens_.end()) {
    first_token_filter_.Add(first);
    first_tokens_.emplace(first);
  }
  for (std::size_t sp = phrase.find(' '); sp != std::string_view::npos; sp = phrase.find(' ', sp + 1)) {
    if (prefixes_.find(phrase.substr(0, sp)) == prefixes_.end()) prefixes_.emplace(phrase.substr(0, sp));
  }
}

Result<Resources> Resources::Load(const std::string& data_dir) {
  Resources r;
  r.first_token_filter_.Reserve(1 << 16);  // ~40,000 first words today: 1 in 25 passes by chance
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
      r.states_[f[0]] = StateInfo{f[0], f[1], f[6] == "1", SplitList(f[2])};
      r.AddPhrase(f[1], EntryKind::kStateName, f[0]);
      for (const auto& a : SplitList(f[2])) {
        r.AddPhrase(a, EntryKind::kStateName, f[0]);
        // "the Saudis": a one-word alias that opens the state's name and ends like a demonym
        // in -i ("Saudi" of Saudi Arabia) is one; its plural names the people, as below.
        if (a.find(' ') == std::string::npos && a.back() == 'i' && f[1].starts_with(a + " "))
          r.AddPhrase(a + "s", EntryKind::kStateName, f[0]);
      }
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
    // Seats of government that lie in a city: the venue of what happens there.
    std::string path = gz + "seat_venues.tsv";
    auto rows = ReadTsv(path, 3, 3);
    if (!rows) return rows.error();
    for (const auto& f : *rows) {
      std::string id = f[1] + "|" + f[2];
      if (!r.cities_.count(id)) return Error{LineError(path, "no city '" + f[1] + "' of " + f[2] + " in cities.tsv or venues.tsv")};
      r.seat_venues_[f[0]] = id;
    }
  }
  {
    std::string path = gz + "organizations.tsv";
    auto rows = ReadTsv(path, 7, 7);
    if (!rows) return rows.error();
    for (const auto& f : *rows) {
      OrgInfo o{f[0], f[1], f[3], f[4], SplitList(f[5]), f[6]};
      r.orgs_[Slug(o.id)] = o;
      std::vector<std::string> names = SplitList(f[2]);
      names.insert(names.begin(), o.name);
      for (const auto& a : names) r.AddPhrase(a, EntryKind::kOrgName, o.id);
      // British house style writes an acronym said as a word in title case ("Nato", "Opec",
      // "Isis", "Asean"): a name of four or more capitals is known so too, unless that
      // spelling already means something else.
      for (const auto& a : names) {
        if (a.size() < 4 || !std::all_of(a.begin(), a.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) continue;
        const std::string title = a.substr(0, 1) + AsciiLower(std::string_view(a).substr(1));
        if (!r.Lookup(PhraseKey(title))) r.AddPhrase(title, EntryKind::kOrgName, o.id);
      }
    }
  }
  {
    // Generated from the Phoenix dictionaries (scripts/gen-actors), after the curated file: an
    // organisation or a name that one knows stays the curated one's.
    std::string path = gz + "phoenix-organizations.tsv";
    auto rows = ReadTsv(path, 7, 7);
    if (!rows) return rows.error();
    for (const auto& f : *rows) {
      OrgInfo o{f[0], f[1], f[3], f[4], SplitList(f[5]), f[6]};
      if (r.orgs_.count(Slug(o.id))) continue;
      r.orgs_[Slug(o.id)] = o;
      for (const auto& name : [&] {
             auto v = SplitList(f[2]);
             v.insert(v.begin(), o.name);
             return v;
           }()) {
        // A phrase the curated data gives a state, city or organisation keeps only that meaning.
        if (!r.Lookup(PhraseKey(name))) r.AddPhrase(name, EntryKind::kOrgName, o.id);
      }
    }
  }
  {
    // Misspellings of state names and demonyms (generated by scripts/gen-actors from Phoenix:
    // "Afganistan"), after every place and organisation: a phrase another entry has keeps that.
    std::string path = gz + "phoenix-state-spellings.tsv";
    auto rows = ReadTsv(path, 3, 3);
    if (!rows) return rows.error();
    for (const auto& f : *rows) {
      if (!r.states_.count(f[0])) return Error{LineError(path, "unknown state " + f[0] + " (regenerate with scripts/gen-actors)")};
      if (f[1] != "name" && f[1] != "demonym") return Error{LineError(path, "unknown kind '" + f[1] + "' (name or demonym)")};
      if (r.Lookup(PhraseKey(f[2]))) continue;
      r.AddPhrase(f[2], f[1] == "name" ? EntryKind::kStateName : EntryKind::kStateDemonym, f[0]);
    }
  }
  if (Status st = r.LoadCuratedPersons(gz + "persons.tsv"); !st) return st.error();
  if (Status st = r.LoadPhoenixPersons(gz + "phoenix-persons.tsv"); !st) return st.error();
  {
    std::string path = gz + "given-names.tsv";
    std::vector<int> lines;
    auto rows = ReadTsv(path, 2, 2, &lines);
    if (!rows) return rows.error();
    for (std::size_t i = 0; i < rows->size(); ++i) {
      const auto& f = (*rows)[i];
      if (f[1] != "m" && f[1] != "f" && f[1] != "-") {
        return Error{LineError(path, lines[i], "sex '" + f[1] + "' of given name '" + f[0] + "' is none of m, f, -")};
      }
      r.given_names_[f[0]] = f[1][0];
    }
    r.given_name_filter_.Reserve(r.given_names_.size());
    for (const auto& [name, sex] : r.given_names_) r.given_name_filter_.Add(name);
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
    r.title_any_case_filter_.Reserve(r.title_any_case_.size());
    for (const auto& w : r.title_any_case_) r.title_any_case_filter_.Add(w);
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
    auto resolve = [&r](const std::vector<std::string>& names) {
      std::vector<int> ids;
      ids.reserve(names.size());
      for (const auto& name : names) ids.push_back(r.classes_->Id(name));
      return ids;
    };
    r.stage_classes_.mentions = resolve(MentionClassNames());
    r.stage_classes_.frames = resolve(FrameClassNames());
    r.stage_classes_.meetings = resolve(MeetingClassNames());
    r.stage_classes_.dates = resolve(DateClassNames());
    r.stage_classes_.link_list_end = r.classes_->Id("link_list_end");
    r.stage_classes_.page_furniture = r.classes_->Id("page_furniture");
    {
      // Family names written first: the first word of the names of three dictionary persons or
      // more of a state of class family_name_first_state ("Kim", "Park", "Wang"), unless it is a
      // given name of the lists (gazetteers/given-names.tsv leaves out such family names).
      const int family_first = r.classes_->Id("family_name_first_state");
      std::unordered_map<std::string, int> counts;
      for (const auto& [name, p] : r.persons_) {
        std::string iso = p.country;
        for (char& c : iso) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        const auto sp = p.name.find(' ');
        if (sp == std::string::npos || iso.empty() || !r.classes_->Contains(family_first, iso)) continue;
        ++counts[p.name.substr(0, sp)];
      }
      for (const auto& [word, count] : counts) {
        if (count >= 3 && !r.GivenName(word) && word.size() >= 2) r.family_first_names_.insert(word);
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
    if (p.curated && !r.states_.count(p.represents) && !r.orgs_.count(Slug(p.represents))) {
      return Error{gz + "persons.tsv: " + name + ": unknown state or organisation '" + p.represents + "'"};
    }
  }
  // Organisations by seat, sorted by id: OrgsSeatedIn() is asked at every city mention.
  for (const auto& [slug, o] : r.orgs_) {
    if (!o.seat.empty()) r.orgs_by_seat_[o.seat].push_back(&o);
    if (!o.country.empty()) r.orgs_by_country_[o.country].push_back(&o);
  }
  for (auto* by : {&r.orgs_by_seat_, &r.orgs_by_country_}) {
    for (auto& [seat, list] : *by) {
      std::sort(list.begin(), list.end(), [](const OrgInfo* a, const OrgInfo* b) { return a->id < b->id; });
    }
  }
  // Persons by family name, for "Mr. Netanyahu" with no full name in the document.
  // Chinese, Korean and Vietnamese names put the family name first, and a few family names are
  // shared by very many ("Ms. Meng" is neither Ho Chio Meng nor Meng Jianzhu): left out.
  static const std::unordered_set<std::string> kFamilyFirst = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM"};
  for (const auto& [name, p] : r.persons_) {
    if (kFamilyFirst.count(p.country)) continue;
    std::string family = FoldLatin(name.substr(name.rfind(' ') + 1));
    if (family.size() < 2 || family.find('.') != std::string::npos) continue;
    r.persons_by_family_[family].push_back(&p);
  }
  // Every phrase is in: the filters over the gazetteer's phrases and prefixes (see the header).
  r.phrase_filter_.Reserve(r.phrases_.size());
  for (const auto& [phrase, entries] : r.phrases_) r.phrase_filter_.Add(phrase);
  r.prefix_filter_.Reserve(r.prefixes_.size());
  for (const auto& prefix : r.prefixes_) r.prefix_filter_.Add(prefix);
  r.gazetteer_filters_ = true;
  return r;
}

int Resources::ClassId(std::string_view name) const { return classes_->Id(name); }

// persons.tsv: name, short names, represents, role (free text whose parenthesised years are the
// tenures in which the person acts for `represents`).
Status Resources::LoadCuratedPersons(const std::string& path) {
  std::vector<int> lines;
  auto rows = ReadTsv(path, 4, 4, &lines);
  if (!rows) return rows.error();
  for (std::size_t i = 0; i < rows->size(); ++i) {
    const auto& f = (*rows)[i];
    PersonInfo p{f[0], f[2], "", {}, {}, true};
    std::string error;
    if (!CuratedTenures(f[3], f[2], &p.roles, &error)) return Error{LineError(path, lines[i], error)};
    persons_[f[0]] = std::move(p);
    AddPhrase(f[0], EntryKind::kPersonFull, f[0]);
    std::string no_periods;  // "George W Bush" for "George W. Bush"
    for (char c : f[0]) {
      if (c != '.') no_periods.push_back(c);
    }
    if (no_periods != f[0]) AddPhrase(no_periods, EntryKind::kPersonFull, f[0]);
    for (const auto& s : SplitList(f[1])) AddPhrase(s, EntryKind::kPersonShort, f[0]);
  }
  // A curated person's country is the state it represents.
  for (auto& [name, p] : persons_) {
    if (states_.count(p.represents)) p.country = p.represents;
  }
  return Ok{};
}

void Resources::AddPersonSpelling(const std::string& text, const std::string& id) {
  std::string key = PhraseKey(text);
  if (phrases_.count(key)) return;  // a curated person, a state, a city ... comes first
  AddPhrase(text, std::move(key), EntryKind::kPersonFull, id);
}

// phoenix-persons.tsv (generated by scripts/gen-actors): name, spellings, short names, country,
// roles (CODE:principal:from:to). A person the curated file names (by its name or one of the
// spellings, accents folded) stays the curated one and only gains the spellings.
Status Resources::LoadPhoenixPersons(const std::string& path) {
  std::vector<int> lines;
  auto rows = ReadTsv(path, 5, 5, &lines);
  if (!rows) return rows.error();
  std::unordered_map<std::string, std::string> curated;  // node key -> curated name
  for (const auto& [name, p] : persons_) {
    curated[PersonNodeKey(name)] = name;
    std::string no_periods;
    for (char c : name) {
      if (c != '.') no_periods.push_back(c);
    }
    curated[PersonNodeKey(no_periods)] = name;
  }
  for (std::size_t i = 0; i < rows->size(); ++i) {
    const auto& f = (*rows)[i];
    const int line = lines[i];
    if (f[0].find(' ') == std::string::npos) {
      return Error{LineError(path, line, "name '" + f[0] + "' has one word; a full name has two or more")};
    }
    PersonInfo p{f[0], "", f[3], {}, SplitList(f[2]), false};
    if (!p.country.empty() && !states_.count(p.country)) {
      return Error{LineError(path, line, "unknown country '" + p.country + "' (an ISO3 code in states.tsv)")};
    }
    std::vector<std::string> spellings = SplitList(f[1]);
    for (const auto& s : spellings) {
      if (s.find(' ') == std::string::npos) {
        return Error{LineError(path, line, "spelling '" + s + "' has one word (single names go to short_names)")};
      }
    }
    for (const auto& s : p.short_names) {
      if (s.find(' ') != std::string::npos) {
        return Error{LineError(path, line, "short name '" + s + "' has more than one word")};
      }
    }
    // The roles, split as SplitList(f[4]) would, but read as views: no string for each item
    // and part (17,000 persons).
    const std::vector<std::string_view> role_items = Split(f[4], ';');
    if (!f[4].empty()) p.roles.reserve(role_items.size());
    for (std::string_view listed : role_items) {
      const std::string_view item = Trim(listed);
      if (item.empty()) continue;
      std::string_view parts[4];
      std::size_t num_parts = 0;
      for (std::size_t from = 0; num_parts < 5;) {
        std::size_t colon = item.find(':', from);
        if (num_parts < 4) parts[num_parts] = item.substr(from, colon == std::string_view::npos ? colon : colon - from);
        ++num_parts;
        if (colon == std::string_view::npos) break;
        from = colon + 1;
      }
      PersonRole role;
      if (num_parts != 4 || parts[0].empty()) {
        return Error{LineError(path, line, "role '" + std::string(item) + "': expected CODE:principal:from:to")};
      }
      role.principal = std::string(parts[1]);
      if (!role.principal.empty() && !states_.count(role.principal) && !orgs_.count(Slug(role.principal))) {
        return Error{LineError(path, line, "role '" + std::string(item) + "': unknown state or organisation '" +
                                               role.principal + "'")};
      }
      if (!ParseRoleDate(parts[2], &role.from) || !ParseRoleDate(parts[3], &role.to)) {
        return Error{LineError(path, line, "role '" + std::string(item) + "': dates must be YYYY-MM-DD or empty")};
      }
      if (role.from.known() && role.to.known() && DateNumber(role.to, 0) < DateNumber(role.from, 0)) {
        return Error{LineError(path, line, "role '" + std::string(item) + "': ends before it starts")};
      }
      p.roles.push_back(role);
    }
    // Curated wins: the same person by name or spelling keeps its curated entry.
    std::string same;
    if (auto it = curated.find(PersonNodeKey(p.name)); it != curated.end()) same = it->second;
    for (std::size_t k = 0; same.empty() && k < spellings.size(); ++k) {
      if (auto it = curated.find(PersonNodeKey(spellings[k])); it != curated.end()) same = it->second;
    }
    if (!same.empty()) {
      AddPersonSpelling(p.name, same);
      for (const auto& s : spellings) AddPersonSpelling(s, same);
      continue;
    }
    auto [slot, fresh] = persons_.try_emplace(p.name);  // one hash probe for the check and the insert
    if (!fresh) return Error{LineError(path, line, "person '" + p.name + "' is listed twice")};
    AddPersonSpelling(p.name, p.name);
    for (const auto& s : spellings) AddPersonSpelling(s, p.name);
    slot->second = std::move(p);
  }
  return Ok{};
}

const std::vector<GazetteerEntry>* Resources::Lookup(const std::string& phrase) const {
  if (gazetteer_filters_ && !phrase_filter_.MayContain(phrase)) return nullptr;
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
const GazetteerEntry* Resources::ShortNameHolderOn(const std::vector<GazetteerEntry>& entries, const Date& date) const {
  const GazetteerEntry* best = nullptr;
  long best_distance = 0;
  for (const auto& e : entries) {
    if (e.kind != EntryKind::kPersonShort) continue;
    long distance = 100000;  // years; no dated role
    if (const PersonInfo* p = Person(e.id); p && date.known()) {
      for (const PersonRole& r : p->roles) {
        if (!r.from.known()) continue;
        const long from = r.from.year, to = r.to.known() ? r.to.year : 100000;
        distance = std::min(distance, date.year < from ? from - date.year : date.year > to ? date.year - to : 0L);
      }
    }
    if (!best || distance < best_distance) {
      best = &e;
      best_distance = distance;
    }
  }
  return best;
}

const PersonInfo* Resources::OnlyPersonInOfficeNamed(const std::string& family, const Date& date) const {
  if (!date.known()) return nullptr;
  auto it = persons_by_family_.find(FoldLatin(family));
  if (it == persons_by_family_.end()) return nullptr;
  long lo = DateNumber(Date{date.year, date.month ? date.month : 1, date.day ? date.day : 1}, 0);
  long hi = DateNumber(Date{date.year, date.month ? date.month : 12, date.day ? date.day : 31}, 0);
  const PersonInfo* only = nullptr;
  for (const PersonInfo* p : it->second) {
    // An office begun on a known date and not ended before the article.
    bool in_office = std::any_of(p->roles.begin(), p->roles.end(), [&](const PersonRole& r) {
      return r.from.known() && DateNumber(r.from, 0) <= hi && DateNumber(r.to, 99999999) >= lo;
    });
    if (!in_office) continue;
    if (only) return nullptr;  // two namesakes in office: no telling which
    only = p;
  }
  return only;
}

const PersonInfo* Resources::OnlyPersonOfSexNamed(const std::string& family, char sex) const {
  auto it = persons_by_family_.find(FoldLatin(family));
  if (it == persons_by_family_.end()) return nullptr;
  const PersonInfo* only = nullptr;
  for (const PersonInfo* p : it->second) {
    const auto sp = p->name.find(' ');
    if (sp == std::string::npos || GivenName(p->name.substr(0, sp)) != sex) continue;
    if (only) return nullptr;  // two namesakes of that sex: no telling which
    only = p;
  }
  return only;
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
        case EntryKind::kPersonShort: index->Add(phrase, PersonNodeKey(e.id)); break;
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
const CityInfo* Resources::SeatVenue(std::string_view seat) const {
  auto it = seat_venues_.find(std::string(seat));
  return it == seat_venues_.end() ? nullptr : City(it->second);
}
const std::vector<const OrgInfo*>& Resources::OrgsOfCountry(std::string_view iso3) const {
  static const std::vector<const OrgInfo*> kNone;
  auto it = orgs_by_country_.find(std::string(iso3));
  return it == orgs_by_country_.end() ? kNone : it->second;
}

std::vector<const OrgInfo*> Resources::OrgsSeatedIn(std::string_view city) const {
  auto it = orgs_by_seat_.find(std::string(city));
  return it == orgs_by_seat_.end() ? std::vector<const OrgInfo*>() : it->second;
}

}  // namespace demarche
